import { PEERAGE_RANKS } from '../text/words';

/** A capitalised rank and "of" right before the name: "Duke of ", "Countess of " (ranks in words.ts). */
const RANK_OF = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+\s+of|\p{Lu}+\s+OF)\s+$/u; // ("DUKE OF YORK" in a shouted headline too)

/**
 * "The Duke of Wellington won at Waterloo", "the Earl of Derby's horses", "Margaret Douglas, Countess
 * of Lennox": the place in a peer's style names the title, not the town or the country a card would
 * describe — Wellington is not New Zealand's capital there, nor Derby the English city. Such a name
 * opens no dataset card; it is still a place's name, and the other finders may call it one.
 * The rank must be capitalised, as it is in a style: "the count of Florida ballots" is a tally.
 */
export function inPeerStyle(text: string, start: number): boolean {
  if (!ofBefore(text, start)) return false; // (RANK_OF only where "of" and white space end the text before: most names have none)
  const m = RANK_OF.exec(text.slice(Math.max(0, start - 24), start));
  return !!m && PEERAGE_RANKS.has(m[1]!.slice(0, m[1]!.search(/\s/)).toLowerCase());
}

const SPACE = /\s/;
/** "of" then white space right before `start`: what RANK_OF must end on. */
function ofBefore(text: string, start: number): boolean {
  let i = start - 1;
  if (!white(text, i)) return false;
  while (i >= 0 && white(text, i)) i--;
  return i >= 1 && (text.charCodeAt(i) | 32) === 102 && (text.charCodeAt(i - 1) | 32) === 111;
}

/** /\s/.test(text[k]), with an ASCII fast path. */
function white(text: string, k: number): boolean {
  if (k < 0 || k >= text.length) return false; // (not read: compiled code deopts on an out-of-bounds read)
  const c = text.charCodeAt(k);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : k >= 0 && k < text.length && SPACE.test(text[k]!);
}
