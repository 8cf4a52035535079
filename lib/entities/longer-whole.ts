/**
 * A place's name that the text writes as one word of a longer whole, a whole that is not the place (issue 18: on real pages the
 * commonest wrong dataset link is a place's name taken out of a longer proper name):
 *  - a conjunct of its own country's compound name, written another way than the dataset writes it ("St Vincent and the
 *    Grenadines", "Sao Tome & Principe"): the country is meant, not its parish, island or capital. The record's summary names
 *    the country the place belongs to ("parish of Saint Vincent and the Grenadines"); the words beside the hit, with "and" or
 *    "&" (and "the"), are that name's neighbouring words. (The country's own name, written as the dataset writes it, matched
 *    whole first: link.ts, longest alias.)
 *  - a work's title: the name opening its line (perhaps after a list's number) before "by" and a person's name ("Atacama by
 *    Ana Reyes (May 13th)", "3. Patagonia by Jon Ellis"): a book, a film or a photograph called after the place. Inside a sentence
 *    ("discovered in Ethiopia by Kaldi", "published in Canada by University of Manitoba Press") "by" names the agent, and the
 *    place stays. (A name in quotation marks links to nothing already.)
 *  - a thing named after a saint: "St" or "Saint" and a given name, in the possessive, before a capitalised word that is no
 *    title, or standing alone ("St. Martin's Press", "St Martin's Lane", "acquired by St. Martin's, published", "St Martin's was
 *    closed"): a
 *    publisher, a street, a church or a day, not the island. Before a lower-case word it is the place's ("St Lucia's
 *    economy"), and a place's name of another word stays ("St Petersburg's Hermitage").
 *  - the first of two places' names that a third capitalised word, no place's, goes on from in one run ("The Holland America
 *    Line ship", "the Japan America Society"): one name, a firm's or a body's, of which the places are words. Prose lists places
 *    with commas or "and"; two names run together and a capitalised word after them are one name. (Not on a Title Case line,
 *    where every word is capitalised.)
 * Cost: asked of hits with a place among their candidates; two short slices and a regex or two.
 */
import { aliasKey, aliasKeyMemo } from '../dataset/alias-key';
import type { LexiconSets } from './lexicon-sets';
import type { Hit } from './link';
import { isPlaceRecord } from './record-reads';
import { TITLE_WORDS } from '../text/words';
import { inTitledRun } from './titled-run';
import { inTitleCaseLine } from './title-case';

export function inLongerWhole(h: Hit, text: string, L: LexiconSets | null): boolean {
  if (!h.candidates.some(isPlaceRecord)) return false;
  // ("Swim Across America": a title's capitalised preposition before the name, titled-run.ts.)
  return conjunctOfCountry(h, text) || titledWork(h, text, L) || namedAfterSaint(h, text, L) || inTitledRun(h, text) || opensPlacesRun(h, text, L);
}

/** A space, a place's capitalised name of one word, a space and another capitalised word ("Holland| America Line"). */
const PLACES_RUN_AFTER = /^ (\p{Lu}\p{Ll}[\p{L}'’-]*) (\p{Lu}\p{Ll}[\p{L}'’-]*)(?![\p{L}'’-])/u;
function opensPlacesRun(h: Hit, text: string, L: LexiconSets | null): boolean {
  if (!L || text.charCodeAt(h.span.end) !== 32) return false;
  const m = PLACES_RUN_AFTER.exec(text.slice(h.span.end, h.span.end + 40));
  if (!m) return false;
  const [second, third] = [m[1]!.toLowerCase(), m[2]!.toLowerCase()];
  return L.knownPlaces.has(second) && !L.knownPlaces.has(third) && !inTitleCaseLine(text, h.span);
}

/** A capitalised word, then "and" or "&" and perhaps "the", right before the hit. */
const CONJUNCT_BEFORE = /(\p{Lu}[\p{L}.'’-]*)\s+(?:and|&)\s+(the\s+)?$/u;
/**
 * What every match of CONJUNCT_BEFORE on text[from, at) ends in, read back by hand first: white space, and right before it "and", "&"
 * or "the" (asked of every hit with a place among its candidates; the pattern, anchored at its end, is tried from each of 40 characters).
 */
function conjunctEndBefore(text: string, from: number, at: number): boolean {
  let i = at;
  while (i > from && isWhite(text, i - 1)) i--;
  if (i === at) return false;
  if (i - 1 >= from && text.charCodeAt(i - 1) === 38) return true;
  return i - 3 >= from && (text.startsWith('and', i - 3) || text.startsWith('the', i - 3));
}
/** /\s/ at text[i], ASCII by its code. */
const isWhite = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : WHITE.test(text[i]!);
};
const WHITE = /\s/;
/** "and" or "&", perhaps "the", and a capitalised word right after the hit. */
const CONJUNCT_AFTER = /^\s+(?:and|&)\s+(the\s+)?(\p{Lu}[\p{L}'’-]*)/u;

function conjunctOfCountry(h: Hit, text: string): boolean {
  const from = Math.max(0, h.span.start - 40);
  const before = conjunctEndBefore(text, from, h.span.start) ? CONJUNCT_BEFORE.exec(text.slice(from, h.span.start)) : null;
  const after = before ? null : CONJUNCT_AFTER.exec(text.slice(h.span.end, h.span.end + 40));
  if (!before && !after) return false;
  let words: string | undefined;
  return h.candidates.some((c) => {
    if (c.type !== 'place' || !c.countryId || !c.summary) return false;
    const about = aliasKeyMemo(c.summary.slice(c.summary.indexOf(':') + 1));
    // (The words below always hold " and " between two words, so a summary without it ends or holds none of them: the words are
    // keyed only for a summary that may, not at every place's "Kentucky and …".)
    if (!about.includes(' and ')) return false;
    // The words as the country's name would have them: "vincent and the grenadines", "sao tome and principe".
    const name = text.slice(h.span.start, h.span.end);
    words ??= before ? aliasKey(`${before[1]} and ${before[2] ?? ''}${name}`) : aliasKey(`${name} and ${after![1] ?? ''}${after![2]}`);
    // The country's name ends the summary ("… of Saint Vincent and the Grenadines"): the hit is its last conjunct or its first.
    return before ? about.endsWith(` ${words}`) : about.includes(` of ${words}`) || about.includes(` of the ${words}`);
  });
}

/** "by" and a person's name: two capitalised words, the first perhaps an initial ("by Ana Reyes", "by J. Ellis"). */
const BY_PERSON = /^\s+by\s+(\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)\s+\p{Lu}[\p{Ll}'’-]+/u;
/** The hit opens its line (perhaps after a list's number or bullet). */
const LINE_BEFORE = /(?:^|\n)[ \t]*(?:(?:\d{1,3}[.)]|[-*•])\s+)?$/;

function titledWork(h: Hit, text: string, L: LexiconSets | null): boolean {
  const by = BY_PERSON.exec(text.slice(h.span.end, h.span.end + 60));
  if (!by) return false;
  // Not an office before the name ("Kyiv by President …" is an agent, whatever the line).
  const first = by[1]!.replace(/\.$/, '').toLowerCase();
  if (TITLE_WORDS.has(first) || L?.titles.has(first)) return false;
  return LINE_BEFORE.test(text.slice(Math.max(0, h.span.start - 12), h.span.start));
}

/** "St", "St." or "Saint" and one more word. */
const SAINT_AND_NAME = /^(?:St\.?|Saint)\s+(\p{Lu}\p{Ll}+)$/u;
/** A possessive right after the hit, and the word after it if any. */
const POSSESSIVE_AFTER = /^['’]s(?![\p{L}\p{N}])[ \t]*(\p{L}+)?/u;

const POSSESSIVE_NAME = /['’]s$/;
/** Words that are no noun a possessive could own: the possessive stands alone ("near St. Martin's was closed"). */
const NO_NOUN: ReadonlySet<string> = new Set(
  'is was has had will would and or but in on at to for from of with by said says which who that where when'.split(' '),
);

function namedAfterSaint(h: Hit, text: string, L: LexiconSets | null): boolean {
  const saint = SAINT_AND_NAME.exec(text.slice(h.span.start, h.span.end));
  if (!saint || !L?.givenNames.has(saint[1]!.toLowerCase())) return false;
  const after = POSSESSIVE_AFTER.exec(text.slice(h.span.end, h.span.end + 40));
  // ("Saint George's", "Saint John's": capitals whose own names carry the possessive.)
  if (!after || h.candidates.some((c) => POSSESSIVE_NAME.test(c.name))) return false;
  const next = after[1];
  if (!next) return true;
  const lower = next.toLowerCase();
  if (next === lower) return NO_NOUN.has(lower);
  return !TITLE_WORDS.has(lower) && !L.titles.has(lower);
}
