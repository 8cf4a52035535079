import { PEERAGE_RANKS } from '../text/words';

/** A capitalised rank and "of" right before the name: "Duke of ", "Countess of " (ranks in words.ts). */
const RANK_OF = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+of\s+$/u;

/**
 * "The Duke of Wellington won at Waterloo", "the Earl of Derby's horses", "Margaret Douglas, Countess
 * of Lennox": the place in a peer's style names the title, not the town or the country a card would
 * describe — Wellington is not New Zealand's capital there, nor Derby the English city. Such a name
 * opens no dataset card; it is still a place's name, and the other finders may call it one.
 * The rank must be capitalised, as it is in a style: "the count of Florida ballots" is a tally.
 */
export function inPeerStyle(text: string, start: number): boolean {
  const m = RANK_OF.exec(text.slice(Math.max(0, start - 24), start));
  return !!m && PEERAGE_RANKS.has(m[1]!.toLowerCase());
}
