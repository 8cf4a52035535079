import type { Span } from '../types';
import type { LexiconSets } from './lexicon-sets';
import { isRole, PERSON_NOUNS } from './person-evidence';

/**
 * People named once, by what the sentence says of them right after the name (name-scan.ts asks both tests below):
 *  - an appositive whose head noun is a role or kin, however many words describe it first ("Kowalczyk, a 34-year-old
 *    mechanic, was …", "Okonkwo, the former mayor of Lagos, said", "Adeyemi Okonkwo, a retired teacher from Lagos,");
 *    the role word alone right after the article was asked before, so ", a retired teacher" named nobody;
 *  - dates of a life in brackets after a one-word name ("Bensaid (born 1950) is", "Okonkwo (died 1990)", "Kowalska (née Nowak)").
 */

/**
 * ", a|an|the|his|her|their", up to three words, then the head: the first lower-case word that ends the appositive or opens its
 * tail (a preposition, "who"). Not "its" (a thing's appositive), nor a possessive head ("the mayor's office": "office" is the head).
 */
const APPOSITIVE =
  /^,\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}\d'\u2019.-]+\s+){0,3}?(\p{Ll}+)(?=[,;)]|\.(?:\s|$)|\s+[-\u2013\u2014]\s|\s+(of|from|at|in|for|with|on|who|whose)\b)/u;
/** The tail after the head, up to the appositive's close: a phrase of up to 60 characters without a clause's punctuation, then a comma, a dash, a bracket or the sentence's end. */
const TAIL_CLOSES = /^\s+[^,.;:!?()\u2013\u2014]{1,60}?(?:[,;)]|\.(?:\s|$)|\s[-\u2013\u2014]\s)/u;
/** Roles that firms are as often called ("a leader in cybersecurity", "Apple, a giant industrial producer,", "a key player in"): no head here. */
const FIRM_TOO: ReadonlySet<string> = new Set(['leader', 'producer', 'player', 'designer', 'chair', 'head', 'pioneer', 'maker']);

const PERSON_NOUN = new RegExp(`^${PERSON_NOUNS}$`);

/**
 * The text right after a name opens an appositive whose head is a role or kin ("Kowalczyk, a 34-year-old mechanic,"). Asked of
 * names of up to three words: four are mostly a heading glued to the name it repeats ("30. Dawoud Bey Dawoud Bey, the artist,").
 */
function roleAppositiveAfter(text: string, span: Span, L: LexiconSets | null): boolean {
  if (!upToThreeWords(text, span)) return false;
  const after = text.slice(span.end, span.end + 160);
  const m = APPOSITIVE.exec(after);
  if (!m || FIRM_TOO.has(m[1]!)) return false;
  // (A word only people are — "man", "mechanic", "mom" — heads a closed appositive: "Kowalczyk, a 34-year-old man, was …".)
  if (!m[2] && PERSON_NOUN.test(m[1]!)) return true;
  if (!isRole(m[1], L)) return false;
  if (!m[2]) return true;
  // (A tail after the head, "of Lagos,": the appositive must close after it.)
  return TAIL_CLOSES.test(after.slice(m.index + m[0].length));
}

/** "(born 1950)", "(b. 1950)", "(died 1990)", "(née Kowalska)": dates of a life in brackets right after the name. */
const LIFE_BRACKET = /^\s+\((?:born|b\.|died|d\.|n[ée]e)\s+(?:in\s+|on\s+)?[\p{L}\d]/u;
/**
 * Dates of a life right after the name. (Not a span of years alone: "British Raj (1858–1947)", "Prussia (1701–1918)".) Asked of
 * one-word names: a longer name is found by its shape there already, and a heading that repeats it above ("30. Dawoud Bey⏎Dawoud
 * Bey (b. 1953) is …"), read before the name's first evidence, would then be left out.
 */
function lifeDatesAfter(text: string, end: number): boolean {
  return LIFE_BRACKET.test(text.slice(end, end + 24));
}

/** Either test above (`single`: a one-word name). */
export function describedAfter(text: string, span: Span, single: boolean, L: LexiconSets | null): boolean {
  return roleAppositiveAfter(text, span, L) || (single && lifeDatesAfter(text, span.end));
}

/** At most three words (a line's end parts words as a space does). */
function upToThreeWords(text: string, span: Span): boolean {
  return text.slice(span.start, span.end).split(/\s+/).length <= 3;
}
