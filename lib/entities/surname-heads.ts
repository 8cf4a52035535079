import type { Span } from '../types';
import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { isNameWord, lowerWordBeforeSpace } from './name-words';
import { speechAfter, WORDLIKE_GIVEN } from './person-evidence';
import { HONORIFICS } from '../text/words';
import { roleAlone, roleBeforeName } from './role-before-name';

/**
 * A head word of places, organisations or shops that is also a common surname ("Jennifer Park", "Charlotte Church", "Tom
 * House"): after a listed given name it ends a person's name where the sentence makes it a speaker's — a
 * speech verb right after, or an honorific before. The head test (name-scan.ts) read every such name as a park's, a
 * church's or a shop's, whatever the sentence said. Two words only, the given name no everyday word or known place, the
 * whole no known place or organisation ("Lincoln Center said" keeps "Center", no surname).
 */
export function surnameHead(text: string, span: Span, low: string, last: string, L: LexiconSets): string | null {
  if (!SURNAME_HEADS.has(last)) return null;
  const words = low.split(' ');
  const first = words[0]!;
  if (words.length !== 2 || !L.soleGivenNames.has(first) || WORDLIKE_GIVEN.has(first) || L.knownPlaces.has(first)) return null;
  if (L.knownPlaces.has(low) || L.knownOrgs.has(low) || L.companies.has(low)) return null;
  if (speechAfter(text, span.end)) return 'speech verb after the name';
  const before = lowerWordBeforeSpace(text.slice(Math.max(0, span.start - 8), span.start))?.replace(/\.$/, '');
  return before && HONORIFICS.has(before) ? 'title before the name' : null;
}

/** Head words that are common English or Korean surnames. */
const SURNAME_HEADS: ReadonlySet<string> = new Set('park church house street temple castle garden chapel tower court'.split(' '));

/** Run token k is a title and k + 1 a given name right after it, or a job's noun before a full name (role-before-name.ts: "Pasta Owner John
 * Smith"), and the name begun at i does not open with a given name ("Carole King Smith" stays whole). */
export function titleBeforeGiven(ts: Token[], i: number, k: number, L: LexiconSets | null): boolean {
  const next = ts[k + 1];
  if (!L || !next || L.givenNames.has(ts[i]!.low)) return false;
  return (L.titles.has(ts[k]!.low) && L.givenNames.has(next.low) && next.start - ts[k]!.end === 1) || roleBeforeName(ts, k, L);
}

/**
 * Run token k is a title word that is also a common surname ("Charlie King", "Julie Bishop", "Alexander Pope", "Martin Luther King"),
 * right after a name that opens with a listed given name: the name's last word, not a title. The finder had read every such word as
 * a title (lib/text/words.ts TITLE_WORDS), which no name may hold, and lost the person. Not before "of" or a name word ("Charles
 * Prince of Wales", "Mary King Smith": the office, or a longer name).
 */
export function titleSurname(ts: Token[], i: number, k: number, L: LexiconSets | null): boolean {
  const t = ts[k];
  const next = ts[k + 1];
  return (
    !!L &&
    !!t &&
    k > i &&
    k - i <= 2 &&
    TITLE_SURNAMES.has(t.low) &&
    t.cap &&
    givenNotPlace(ts[i]!.low, L) &&
    (!next || (next.low !== 'of' && (!next.cap || SUFFIX.test(next.text))))
  );
}

/** A listed given name that is no known place ("Virginia Judge Blocks …", "Jordan King" are a place's judge and king). */
const givenNotPlace = (w: string, L: LexiconSets): boolean => L.soleGivenNames.has(w) && !L.knownPlaces.has(w) && !L.cities.has(w);

const SUFFIX = /^(?:Jr|Sr)\.?$/;
/** Title words that are common English surnames. */
const TITLE_SURNAMES: ReadonlySet<string> = new Set('king bishop pope judge prince'.split(' '));
/** A title word that is a common surname ("King"): a name's last word only after a given name (titleSurname), and alone only after an honorific ("Mr. King"). */
export const titleSurnameWord = (w: string): boolean => TITLE_SURNAMES.has(w.toLowerCase());

/** Run token i is a title in the plural before a given name ("Senators Charles E. Grassley … and Patrick J. Leahy"): a title, no name's word. */
export function pluralTitle(ts: Token[], i: number, L: LexiconSets | null): boolean {
  const t = ts[i]!;
  const next = ts[i + 1];
  return !!L && !!next && t.low.length > 4 && t.low.endsWith('s') && L.titles.has(t.low.slice(0, -1)) && L.givenNames.has(next.low) && next.start - t.end === 1;
}

/** Run token i is a title, in the singular or the plural, or a job's noun before a full name: no word of a name. */
export const titleAt = (ts: Token[], i: number, L: LexiconSets | null): boolean =>
  !!L?.titles.has(ts[i]!.low) || pluralTitle(ts, i, L) || roleBeforeName(ts, i, L) || roleAlone(ts, i, L); // ("says Owner John Saunders": role-before-name.ts)

/** Run token k, in a name begun at i, is a name's word: a name word, or a title word that is a surname there (titleSurname). */
export const nameWordAt = (ts: Token[], i: number, k: number, L: LexiconSets | null): boolean => isNameWord(ts[k]!) || titleSurname(ts, i, k, L);
