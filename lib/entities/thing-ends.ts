import type { EntityResult } from '../types';
import type { LexiconSets } from './lexicon-sets';
import { everydayWord } from './one-word';
import { personAround } from './shape-people';
import { withoutJoinedPieces } from './joined-pieces';

/**
 * An article-built person of three words or more whose last word is an everyday English word is a
 * thing named after someone, or a heading that runs on after a name: "Oskar Reinhart Collection",
 * "Beth Helmstetter Events", "Clyde Operations Facility", "Monte Carlo Tree Search", "Hannah Cairo Solved",
 * "Arthur Golden Wheat Flour". A person's full name seldom ends in such a word (L.everyday, spoken English's
 * 10,000 most frequent words, plurals included); where one does, an initial or a particle usually sits in the
 * middle ("George W. Bush", "Edwina von Gal") or the text shows a person around a mention ("said Mary E.
 * Lovely", "by Lydia Marie Child"), and those stay. Short last words stay too ("Kim Sang Hee").
 * Applied before the name finder sees the spans, so a thing's name may still get its own card there.
 * With them go the pieces of a longer name joined by "&" or continued by "on" (of every kind: joined-pieces.ts).
 */
export function withoutThingEnds(text: string, names: EntityResult[], L: LexiconSets | null | undefined): EntityResult[] {
  if (!L?.everyday.size) return names;
  return withoutJoinedPieces(
    text,
    names.filter((e) => !(e.type === 'person' && !e.fromDataset && thingEnd(text, e, L))),
    L,
  );
}

function thingEnd(text: string, e: EntityResult, L: LexiconSets): boolean {
  const words = e.name.split(/\s+/);
  if (words.length < 3) return false;
  const last = words[words.length - 1]!;
  const low = last.toLowerCase();
  if (last.length < 4 || L.givenNames.has(low) || L.titles.has(low) || !everydayWord(low, (w) => L.everyday.has(w))) return false;
  for (let i = 1; i < words.length - 1; i++) if (!NAME_WORD.test(words[i]!)) return false; // ("W.", "von", "van der")
  for (const m of e.mentions) if (personAround(text, m, L)) return false;
  return true;
}

/** A capitalised word of two letters or more: not an initial, not a lower-case particle. */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]+$/u;
