import type { Run } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { tokenKey, type Found } from './link';
import { isNameWord } from './name-words';
import { isPlaceRecord } from './record-reads';

/**
 * Place names that an article uses as a person's surname, mapped to where that full name ends: a name of two to four words
 * whose last word is a place's name and whose word before it is a given name ("DeAndre Jordan", "Jack London"). The name is
 * a whole run, or a part of one between its joiners ("Kate York and Caitlyn Smith", "Pamela Lyon of the University of
 * Adelaide": the run goes on past the person). The run decided before that the place there is no place (link.ts,
 * partOfName); a later bare "York" or "Lyon" is that person too (index.ts runHits).
 */
export function surnamesOfPeople(runs: Run[], found: Found, L: LexiconSets | null): Map<string, number> {
  const out = new Map<string, number>();
  if (!L) return out;
  for (const r of runs) {
    const ts = r.tokens;
    let from = 0; // the first word of the current part
    for (let j = 0; j <= ts.length; j++) {
      // A part ends at the run's end or at a joiner (a word in lower case: "and", "of", "the").
      if (j < ts.length && ts[j]!.cap) continue;
      const n = j - from;
      const last = ts[j - 1];
      const prev = ts[j - 2];
      from = j + 1;
      if (n < 2 || n > 4 || !last || !prev) continue;
      if (prev.end + 1 !== last.start || !L.givenNames.has(tokenKey(prev)) || !isNameWord(last)) continue;
      const k = tokenKey(last);
      const f = found.get(k);
      if (f?.length && f.every(isPlaceRecord) && !out.has(k)) out.set(k, last.end);
    }
  }
  return out;
}
