import type { EntityResult, Span } from '../types';
import { capitalIndexes, type Token } from './candidates';
import { assaultedAfter, compassOfThe, conqueredBefore, placeOf } from './listed-names';
import { opensSentence, wordBefore } from './name-words';
import { OverlapIndex } from './overlap';
import type { LexiconSets } from './lexicon-sets';
import type { LowerWords } from './article-words';
import { listedPlaces } from './place-lists';
import { peopleAmongPlaces } from './among-places';
import { calledPlace } from './place-travel';
import { placesAgainInLowerCase } from './lower-again';

/**
 * A one-word place the article placed surely is that place at its other mentions nearby: "the outskirts
 * of Tarvessa … traders avoided Tarvessa", "occupied Kelbrin … the critics praised Kelbrin". The name
 * finder types a one-word name only at a mention with evidence; an article does not repeat it each
 * time. Sure evidence only — what only a place has ("near", "between", "throughout", placeOf's "the
 * city of", "north of", conqueredBefore's "occupied") — never "in X" alone ("in Rust", "in Python" would
 * spread a language through a page). Only within NEAR characters of a sure placing (further on, a game
 * or a ship named after the place is met: "the island of Catan … Catan is a strategy game"), only the
 * same word capitalised, not inside a longer name (a capital right before or after it), not opening a
 * sentence or a line, not after an "of" no place context explains ("Settlers of Catan"), and not a
 * mention another finder took.
 */
export function placesAgain(text: string, tokens: Token[], entities: EntityResult[], lower: LowerWords, L?: LexiconSets): void {
  // (First the unknown names in a list with a place: "between Noida and Greater Noida" places Noida surely; place-lists.ts.)
  // ("through Boston, Arvo Lindel, Chicago": a name typed a person's by its shape alone, listed between places; among-places.ts.)
  peopleAmongPlaces(text, entities);
  if (L) listedPlaces(text, tokens, entities, L, lower);
  // ("certified in Delaware … in delaware": the place named with a capital, again in lower case; lower-again.ts.)
  if (L) placesAgainInLowerCase(text, tokens, entities, L, lower);
  const byWord = new Map<string, EntityResult>();
  const placedAt = new Map<string, number[]>(); // where each name is placed surely
  for (const e of entities) {
    if (e.fromDataset || e.type !== 'place' || e.name.includes(' ')) continue;
    const at: number[] = [];
    for (const m of e.mentions) if (surelyPlaced(text, m)) at.push(m.start);
    if (!at.length) continue;
    byWord.set(e.name, e);
    placedAt.set(e.name, at);
  }
  if (!byWord.size) return;
  let taken: OverlapIndex | null = null;
  const caps = capitalIndexes(tokens); // (the place's word is a capitalised token: those alone)
  for (let c = 0; c < caps.length; c++) {
    const i = caps[c]!;
    const t = tokens[i]!;
    const e = byWord.get(t.text);
    if (!e) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if ((prev && prev.cap && t.start - prev.end === 1) || (next && next.cap && next.start - t.end === 1)) continue;
    taken ??= new OverlapIndex(entities.flatMap((x) => x.mentions).sort((a, b) => a.start - b.start));
    if (taken.overlaps(t) || !placedAt.get(t.text)!.some((p) => Math.abs(p - t.start) <= NEAR)) continue;
    // (Not a sentence's or a line's first word — a heading, a title's subject: "Positano is a strategy game" — nor after an
    // "of" that no place context explains: "Settlers of Catan", "every game of Catan".)
    if (opensSentence(text, t.start) || (wordBefore(text, t.start) === 'of' && !placeOf(text, t.start))) continue;
    e.mentions.push({ start: t.start, end: t.end });
  }
  for (const e of byWord.values()) {
    e.mentions.sort((a, b) => a.start - b.start);
    if (e.card.lines[1]?.startsWith('Place named '))
      e.card.lines[1] = `Place named ${e.mentions.length} time${e.mentions.length === 1 ? '' : 's'} in this article`;
  }
}

/** How far from a sure placing a mention is read as the same place (characters): a game or a ship named after the place is met further on ("the island of Catan … Catan is a strategy game"). */
const NEAR = 500;

/** Words before a name that only a place follows ("near Kasna", "between Noida and …"; not "in", "into", "across", "outside": "in Rust", "into Python", "outside Kafka"). */
const ONLY_PLACES_AFTER: ReadonlySet<string> = new Set(['near', 'between', 'throughout']);

/** A capitalised mention of the word is placed by what only a place has ("the western city of Falluja … Falluja received"; see surelyPlaced). */
export function placedSurelySomewhere(text: string, tokens: Token[], word: string): boolean {
  return tokens.some((t) => t.cap && t.text === word && surelyPlaced(text, t));
}

/** The mention is placed by what only a place has: see ONLY_PLACES_AFTER, placeOf, compassOfThe ("south of the …"), conqueredBefore, calledPlace ("the town called …"). */
function surelyPlaced(text: string, m: Span): boolean {
  return (
    ONLY_PLACES_AFTER.has(wordBefore(text, m.start) ?? '') ||
    placeOf(text, m.start) ||
    compassOfThe(text, m.start) ||
    conqueredBefore(text, m.start) ||
    assaultedAfter(text, m.start, m.end, text.slice(m.start, m.end).toLowerCase()) ||
    calledPlace(text, m.start)
  );
}
