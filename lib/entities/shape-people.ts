import { HONORIFICS } from '../text/words';
import type { EntityResult, Span } from '../types';
import type { LexiconSets } from './lexicon-sets';
import { lowerWordBeforeSpace, wordBeforeSpace } from './name-words';
import { LIFE_NOUN_AFTER, PERSON_OBJECT_VERBS, isRole, speechAfter, speechBefore } from './person-evidence';
import { pronounAfter } from './pronoun-evidence';

/**
 * People of two words or more typed by the shape of their name alone (other-names.ts, rule 3: a run of personal-name
 * words) are as often no one's: product lines and services ("Apache Spark", "Amazon Comprehend", "Blue Origin"), plural
 * nouns and headings ("Pull Requests", "Core Web Vitals", "Reviewers Say", "Error Handling"), wines ("Pinot Noir" aside).
 * A person's surname is seldom an everyday English word; a thing's name mostly ends in one. So a shape-only name with an
 * everyday word after its first (L.everyday, from spoken English's 40,000 most frequent words) is no person's — unless
 * its first word is a given name the lists know, or some mention has a person's evidence around it (a title, role or
 * honorific before; a speech verb; an age; born, died, married; a life's possessive; he or she after).
 * (On 974 real texts about 1 in 25 of the people so removed was one: "Taylor Swift", "swift" being a word; so is "Elon
 * Musk", "musk" ranking 23,893 — a cost the 40,000-word list pays for some 150 more things dropped, build-names.ts says.)
 */
export function withoutThingNames(text: string, names: EntityResult[], L: LexiconSets): EntityResult[] {
  if (!L.everyday.size) return names;
  const out: EntityResult[] = [];
  for (const e of names) if (!(e.type === 'person' && thingName(text, e, L))) out.push(e);
  return out;
}

/**
 * A shape-only person's name with an everyday word after its first and no evidence of a person anywhere. Before a Roman numeral the
 * first word is asked: a monarch's name is no everyday word, a numbered part's is and so is a pronoun's verb ("Part II", "Schedule IV",
 * "Do I", "Whenever I"; "Darius I" stays).
 */
export function thingName(text: string, e: EntityResult, L: LexiconSets): boolean {
  const space = e.name.indexOf(' ');
  if (space < 0) return titleCaseWord(text, e, L);
  if (L.givenNames.has(e.name.slice(0, space).toLowerCase())) return false;
  const words = e.name.toLowerCase().split(' ');
  const numbered = words.length === 2 && ROMAN.test(e.name.slice(space + 1));
  if (!(numbered ? L.everyday.has(words[0]!) || pronounI(words) : words.slice(1).some((w) => L.everyday.has(w)))) return false;
  for (const m of e.mentions) if (personAround(text, m, L)) return false;
  return true;
}

/**
 * A one-word person made by a title before it (other-names.ts, rule 4) where the title is capitalised and the word an everyday one:
 * a phrase in Title Case, no title and name ("Player Count", "Chief Diversity Officer", "Head Winemaker", "Student Discount").
 */
function titleCaseWord(text: string, e: EntityResult, L: LexiconSets): boolean {
  const m = e.mentions[0]!;
  if (!L.everyday.has(e.name.toLowerCase())) return false;
  const title = wordBeforeSpace(text.slice(Math.max(0, m.start - 24), m.start));
  if (!title || !CAPITALISED.test(title) || !L.titles.has(title.toLowerCase())) return false;
  for (const n of e.mentions) if (personAround(text, n, L)) return false;
  return true;
}
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/** Person evidence around one mention. */
export function personAround(text: string, m: Span, L: LexiconSets): boolean {
  const lead = text.slice(Math.max(0, m.start - 40), m.start);
  // ("senior staff writer Kimber Streams", "Dr. Jane Roe": a role in lower case, an honorific as written — not "the REP Fitness …".)
  const role = lowerWordBeforeSpace(lead);
  if (role && isRole(role, L)) return true;
  const hon = wordBeforeSpace(lead);
  if (hon && /^\p{Lu}\p{Ll}*\.?$/u.test(hon) && HONORIFICS.has(hon.replace(/\.$/, '').toLowerCase())) return true;
  if (speechAfter(text, m.end) || speechBefore(lead)) return true;
  // ("Army arrested Ghulam Mohiuddin Lone": the object of a verb that takes a person.)
  if (role && PERSON_OBJECT_VERBS.has(role)) return true;
  const after = text.slice(m.end, m.end + 40);
  return AGE_OR_LIFE.test(after) || LIFE_NOUN_AFTER.test(after) || pronounAfter(text, m.start, m.end);
}

/**
 * "I" after a word of two letters is the pronoun after a verb or a conjunction ("Do I", "Am I", "So I"): no monarch's name
 * is so short, and the everyday list holds no two-letter word (it would take "Jack Ma" and "Andrew Ng").
 */
function pronounI(words: string[]): boolean {
  return words[1] === 'i' && words[0]!.length === 2;
}

const ROMAN = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,2}|XI{1,3}|XIV|XV|XVI{1,3}|XIX|XX)$/;

/** "Jane Roe (42)", "Jane Roe, 42,", "Jane Roe was born", "Jane Roe, born in", "Jane Roe died". */
const AGE_OR_LIFE = /^(?:\s?\(\d{1,3}\)|,\s\d{1,3},|,?\s+(?:was\s+|is\s+)?born\b|\s+(?:died|married)\b)/;
