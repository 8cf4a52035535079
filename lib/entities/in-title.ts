/**
 * A place's name before "in" and an everyday English word written with a capital in running text is a title's first words: "the 15th
 * edition of U.S. in Progress—an industry market", "entries for Britain in Bloom", "a panel called Europe in Crisis", "Germany in
 * Focus runs on Sundays". English capitalises an everyday word mid-sentence only in a name, and a place named as a place is "in" a
 * place or a time ("the U.S. in Iraq", "Texas in March"), not in a capitalised "Progress" (the links audit of seed 248: the showcase
 * "U.S. in Progress" opened the United States' card five times in one film-festival article).
 * Not in a heading or a menu written in title case ("Protests Grow in Iran in Response to Fuel Prices": every word capitalised there,
 * title-case.ts), nor where the capitalised word is a place, a title, an organisation's or a place's head the lexicon knows ("the
 * U.S. in Congress"), a month or a day, or a given name; nor where another capitalised word follows it, a name of its own the place
 * stands in ("the capital of Mongolia in Final Jeopardy").
 * Asked of place and country hits (meant-else.ts); cost: a test of the four characters after the name, the lexicon's sets only then.
 */
import type { Span } from '../types';
import type { LexiconSets } from './lexicon-sets';
import { inTitleCaseLine } from './title-case';

/** " in " and one capitalised word, whole (group 1), no capitalised word after it. */
const IN_WORD = /^ in (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-]|\s+\p{Lu})/u;
const MONTHS_DAYS: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday spring summer autumn winter'.split(
    ' ',
  ),
);

/** True where the place hit at `span` opens an unquoted title "<Place> in <Word>" (see the module's comment). */
export function opensInTitle(text: string, span: Span, L: LexiconSets | null): boolean {
  if (!L || text.charCodeAt(span.end) !== 32 || text.charCodeAt(span.end + 1) !== 105 || text.charCodeAt(span.end + 3) !== 32) return false;
  const m = IN_WORD.exec(text.slice(span.end, span.end + 24));
  if (!m) return false;
  const w = m[1]!.toLowerCase();
  if (!L.everyday.has(w) || MONTHS_DAYS.has(w) || L.knownPlaces.has(w) || L.cities.has(w) || L.regions.has(w)) return false;
  if (L.titles.has(w) || L.orgHeads.has(w) || L.placeHeads.has(w) || L.givenNames.has(w) || L.knownOrgs.has(w)) return false;
  return !inTitleCaseLine(text, span);
}
