import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import type { DatasetEntity } from '../types';
import { aliasKey, aliasKeyMemo } from '../dataset/alias-key';
import { NAME_PARTICLES, TITLE_WORDS } from '../text/words';
import { MONTHS } from '../text/calendar';

const key = (t: Token): string => aliasKeyMemo(t.text);
const office = (t: Token, L: LexiconSets): boolean => L.titles.has(key(t)) || TITLE_WORDS.has(key(t));

/**
 * A place after "<Name> of (the)" where the words before "of" are a name of their own — two or more
 * capitalised words ("Blue Cross Blue Shield of Michigan", "Ministry of Foreign Affairs of …") or one
 * after "the" ("the Judgement of Paris", "the Order of Canada") — is a word of that longer name, not
 * the place (as "University of Michigan" and "Bank of England" are, by their head words: link.ts).
 * Not where an office is named ("the Prime Minister of Japan", "the Mayor of London": the place is
 * the office's), nor a part of a place ("the North of England"), nor a word that opens a sentence
 * ("Most of London"). `head` is the token before "of": an everyday noun, in the singular (below).
 */
function ofLongerName(text: string, ts: readonly Token[], head: number, L: LexiconSets): boolean {
  const h = ts[head];
  // An everyday noun in the singular: not a person's name ("Yasutaka Uchiyama of Japan", "Martin Taylor of
  // Aberdeenshire"), nor features of the place, which "of" locates ("the Adirondacks of New York", "the White Mountains of New Hampshire").
  if (!h?.cap || !L.everyday.has(key(h)) || /[^s]s$/.test(key(h)) || L.qualifiers.has(key(h)) || L.lead.has(key(h))) return false;
  let first = head;
  while (first > 0 && ts[first - 1]!.cap && ts[first - 1]!.end + 1 === ts[first]!.start) first--;
  // An office anywhere before it in the run: "the Minister of Foreign Affairs of Japan".
  for (let i = 0; i <= head; i++) if (office(ts[i]!, L)) return false;
  return first < head || /\bthe\s$/i.test(text.slice(Math.max(0, h.start - 4), h.start));
}

/**
 * The place whose first token is `a` follows "<head> of (the)" in its run, the head naming a longer
 * name: an institution's or a place's head word ("University of Melbourne", "Bank of Japan", "Gulf of
 * Mexico", "Superior Court of the District of Columbia"), a business's ("Moving of America") or ofLongerName's.
 */
export function afterOfHead(text: string, ts: readonly Token[], a: number, L: LexiconSets, b = a + 1): boolean {
  if (a >= 2 && ts[a - 1]!.text === 'for') return forLongerName(text, ts, a, b, L);
  const of = a >= 3 && ts[a - 1]!.text === 'the' ? a - 1 : a;
  if (of < 2 || ts[of - 1]!.text !== 'of') return false;
  const head = key(ts[of - 2]!);
  return (
    L.orgLeads.has(head) ||
    L.placeLeads.has(head) ||
    L.orgHeads.has(head) ||
    ofLongerName(text, ts, of - 2, L) ||
    acronymOf(text, ts[of - 2]!, L) ||
    // A business's head word capitalised alone before "of" ("Moving of America", a movers' firm in a table of movers: the countries
    // audit judged its links wrong): a firm's name. Not after another capitalised word ("the National Pavilion of Ireland" is the
    // country's), nor in lower case ("a moving of troops").
    (ts[of - 2]!.cap && L.businessHeads.has(head) && !(of >= 3 && ts[of - 3]!.cap && ts[of - 3]!.end + 1 === ts[of - 2]!.start))
  );
}

/**
 * A place after "<Noun> for", the noun capitalised inside a sentence after a word in lower case, is the last word of a body's name:
 * "a spokesman for Transport for London said", "joined Teach for America", "a report by Results for America". Mid-sentence, English
 * capitalises an everyday word only in a name, and "for" then joins the name's parts as "of" does ("Bank of England"). Not an office
 * ("the Minister for Europe", "the Secretary of State for Wales": the place is the office's), nor a month ("in May for London"), nor a
 * run of capitals going on after the place ("Best Hotels for Paris Weekends": a heading's title case); a person's name before "for"
 * ("thanked Hughes for Norway's help") is no everyday word. (Opening a sentence, "Transport for London's" reads as "Support for
 * Norway's": nothing is said.)
 */
function forLongerName(text: string, ts: readonly Token[], a: number, b: number, L: LexiconSets): boolean {
  const h = ts[a - 2]!;
  // (The noun opens its run, "for" joining it to the place: the word before it, outside the run, is read from the text.)
  if (a !== 2 || !h.cap || !L.everyday.has(key(h)) || MONTH_WORDS.has(h.text) || office(h, L) || ts[b]?.cap) return false;
  const before = LOWER_WORD_BEFORE.exec(text.slice(Math.max(0, h.start - 24), h.start))?.[1];
  return !!before && !L.titles.has(before) && !TITLE_WORDS.has(before);
}
/** A word in lower case and one space right before the noun: the noun is inside a clause, not its first word nor a heading's. */
const LOWER_WORD_BEFORE = /(?:^|[^\p{L}'’-])(\p{Ll}+) $/u;
const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS);

/**
 * An organisation's acronym before "of" and the place, with no article or possessive before it ("BCBS of Illinois", a regional
 * insurer's name in a table of insurers): the place is a word of the organisation's name. Not a common acronym ("GDP of Japan",
 * "CEO of"), nor a Roman numeral ("King Louis XIV of France"), nor one after "the" ("the AQI of Delhi": a measure of the place).
 */
function acronymOf(text: string, h: Token, L: LexiconSets): boolean {
  if (!ACRONYM.test(h.text) || ROMAN.test(h.text) || L.acronyms.has(h.text) || office(h, L)) return false;
  return !DETERMINER_BEFORE.test(text.slice(Math.max(0, h.start - 8), h.start));
}
const ACRONYM = /^\p{Lu}{3,6}$/u;
const ROMAN = /^[IVXLCDM]+$/;
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|our|your|this|that)\s$/i;

/** In the run, a lower-case name particle and then a capitalised word at `b` ("Chad le Clos", "Jordan de Goey"): a longer name goes on. */
export const particleNameAfter = (ts: readonly Token[], b: number): boolean => !!ts[b] && !ts[b]!.cap && NAME_PARTICLES.has(ts[b]!.low) && !!ts[b + 1]?.cap;
/** The person's own name has the particle and the word after it ("Lula" in "Luiz Inácio Lula da Silva"). */
export const goesOnInName = (e: DatasetEntity, ts: readonly Token[], b: number): boolean =>
  [e.name, ...e.aliases].some((n) => ` ${aliasKey(n)} `.includes(` ${ts[b]!.low} ${key(ts[b + 1]!)} `));

/**
 * A title word right before an institution's head word is a word of that institution's name ("Ohio General Hospital", "Iowa
 * General Assembly"), not an office the place's name qualifies; a government office's head keeps the office ("the U.S.
 * Attorney's Office", "the US Justice Department": the country's own). "General" ending the name after a place is a hospital's.
 */
export const titleInName = (t: Token, next: Token | undefined, L: LexiconSets): boolean =>
  next && next.start - t.end === 1 && next.cap ? L.orgHeads.has(key(next)) && !GOVERNMENT_HEADS.has(key(next)) : key(t) === 'general'; // "a study from Massachusetts General found": a hospital called by its place and "General" alone
const GOVERNMENT_HEADS: ReadonlySet<string> = new Set(['department', 'office', 'ministry', 'bureau', 'agency', 'service', 'services', 'administration']);

/**
 * "Wigan Council", "Reading Borough Council", "Kent Police": a local body after a place's name at token i is that place's own, not a
 * longer name's word (place-undergoes.ts reads it as the place's evidence; "the Arctic Council", a region's, links nothing).
 */
export function localBodyAfter(ts: readonly Token[], i: number, found: ReadonlyMap<string, DatasetEntity[]>): boolean {
  const t = ts[i];
  // (Not a country's: "the Nigeria Police" is a national force's name, "Nigeria Police Force".)
  if (!t?.cap || found.get(aliasKeyMemo(ts[i - 1]?.text ?? ''))?.some((e) => e.type === 'country')) return false;
  // (The body's word ends the name: "the Chicago Police Department" is a longer name of its own.)
  if (LOCAL_BODIES.has(t.low)) return !ts[i + 1]?.cap;
  return LOCAL_KINDS.has(t.low) && !!ts[i + 1]?.cap && ts[i + 1]!.low === 'council' && !ts[i + 2]?.cap;
}
const LOCAL_BODIES: ReadonlySet<string> = new Set(['council', 'police', 'constabulary']);
const LOCAL_KINDS: ReadonlySet<string> = new Set(['borough', 'city', 'county', 'district', 'metropolitan', 'town', 'parish', 'shire']);
