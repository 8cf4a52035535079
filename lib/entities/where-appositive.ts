import type { Span } from '../types';
import type { Hit } from './link';
import type { LexiconSets } from './lexicon-sets';
import { isDivision } from './seat-cities';
import { hitIndexFrom } from './hit-index';
import { CLAUSE_VERBS } from './thing-appositive';
import { regionTownCountry } from './region-towns';

/**
 * The country a place's own appositive puts it in: "Tripoli, in northern Lebanon,", "Hyderabad, in Pakistan's Sindh
 * province,", "La Paz, the capital of Baja California Sur,", "Kingston, the Jamaican capital,". News says where a place is
 * right after naming it when the name is shared; the dataset's place of that name is the one only if its country is
 * the one said (decide.ts keeps that country's places alone, as for "San Jose, Costa Rica").
 *
 * Read: from the comma (or " in ") after the name to the end of the phrase (the next comma, full stop, semicolon or
 * bracket, at most 80 characters); the countries of the dataset hits inside it (a country, or a place or division of one
 * country) and of the country adjectives inside it. One country said: its id. None, or two ("in Lebanon and Syria"): null.
 * Cost: asked only of place hits followed by a comma or " in "; a slice and a scan of the hits after it.
 */
export interface WhereView {
  text: string;
  hits: Hit[];
  adjectiveCountries: Map<string, Span[]>;
  L: LexiconSets | null;
}

/**
 * The country the words around a place say it is in: its address, its adjective and kind, or its appositive; or a region's adjective
 * and kind ("Perth, the Scottish city", "the Andalusian city of Córdoba", region-towns.ts).
 */
export const saidCountry = (h: Hit, v: WhereView): string | null =>
  addressCountry(h, v) ??
  provinceCode(h, v.text) ??
  adjectiveTown(h, v.text, v.adjectiveCountries) ??
  appositiveCountry(h, v) ??
  regionTownCountry(v.text, h.span);

/** A Canadian province's abbreviation after the comma, as Canadian datelines write it ("Perth, Ont.", "KINGSTON, Ont. —", "Sydney, N.S."). */
const PROVINCE_CODE = /^, (?:Ont|Que|Alta|Man|Sask|Nfld|B\.C|N\.S|N\.B|N\.L|P\.E\.I|N\.W\.T)\./;
const provinceCode = (h: Hit, text: string): string | null =>
  text.charCodeAt(h.span.end) === 44 && PROVINCE_CODE.test(text.slice(h.span.end, h.span.end + 10)) ? 'country:ca' : null;

/** (Also ", on" or ", near": "Lagos, on Portugal's Algarve coast,"; a pair before " in": "between Perth and Kingston in eastern Ontario"; a
 * local body's word: "Kingston council in south-west London".) */
const WHITE = /\s/;
const OPENS = /^(?:,\s+(?:in|on|near|the|a|an)\s|\s+(?:(?:council|borough|district|town|village)\s+)?in\s|\s+and\s+\p{Lu}[\p{L}'’-]*\s+in\s)/u;
/** A division after the phrase's comma, ending an address: "in Norfolk County, Ontario,". */
const DIVISION_AFTER = /^,\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?(?=[,.;])/u;
const BORDER = /\b(?:border|borders|frontier|boundary)\b/i;
const PHRASE_END = /[,.;:()\u2014\u2013]/u;
/**
 * A clause's verb after a noun ends the phrase: "In Busan, the jury praised … a Thai drama" is a clause, not an appositive
 * (Thailand is no country said of Busan). Only after ", the|a|an" and a word at least; a verb before the noun is an adjective
 * ("the besieged city").
 */
const CLAUSE_AFTER_NOUN = new RegExp(`^(?:[\\p{L}'’-]+\\s+){1,3}?(?=(?:${[...CLAUSE_VERBS].join('|')}|\\p{Ll}{3,}ed)\\b)`, 'u');
/**
 * After " in " with no comma, the phrase is the place's name and its lowercase qualifiers only: "near Perth in central Scotland to
 * promote exports to the United States" says Scotland, not the clause after it.
 */
const IN_NAME = /^(?:[\p{Ll}-]+\s+){0,2}?(?:\p{Lu}[\p{L}'’.-]*(?:\s+|$))+(?:(?:province|state|region|county|district|coast)\b)?/u;
function phraseEnd(rest: string, opening: string): number {
  const stop = rest.search(PHRASE_END);
  if (!opening.startsWith(',')) {
    const name = IN_NAME.exec(rest)?.[0].length;
    return name !== undefined && (stop < 0 || name < stop) ? name : stop;
  }
  if (!/^,\s+(?:the|a|an)\s$/.test(opening)) return stop;
  const clause = CLAUSE_AFTER_NOUN.exec(stop < 0 ? rest : rest.slice(0, stop));
  return clause ? clause[0].length : stop;
}

export function appositiveCountry(h: Hit, v: WhereView): string | null {
  // (A continent or region has no country to be said: "in Asia, the best resorts in the Maldives" is a list.)
  if (!h.candidates.some((c) => c.type === 'place' && c.countryId)) return null;
  // (OPENS starts with a comma or white space: a hit before anything else is passed without the slice and the pattern.)
  const c0 = v.text.charCodeAt(h.span.end);
  if (c0 !== 44 && !(c0 < 128 ? c0 === 32 || (c0 >= 9 && c0 <= 13) : c0 > 0 && WHITE.test(v.text[h.span.end]!))) return null; // (NaN at the text's end: no read past it)
  const after = v.text.slice(h.span.end, h.span.end + 90);
  const open = OPENS.exec(after);
  if (!open) return null;
  const rest = after.slice(open[0].length);
  const stop = phraseEnd(rest, open[0]);
  const from = h.span.end + open[0].length;
  let to = from + (stop < 0 ? Math.min(rest.length, 80) : stop);
  // (Only after "in": ", the Museum of Contemporary Art, Chicago," after "Amsterdam" is a list's next item.)
  if (/\bin\s$/.test(open[0])) to += DIVISION_AFTER.exec(v.text.slice(to, to + 40))?.[0].length ?? 0;
  // ("Rafah, on Egypt's border", "Goma, near the Rwandan frontier": a border is another country's too.)
  if (BORDER.test(v.text.slice(from, to))) return null;
  const said = new Set<string>();
  // (From the first hit at the phrase, found by a binary search: a page of thousands of "X, in Y" stays linear.)
  for (let i = hitIndexFrom(v.hits, from); i < v.hits.length; i++) {
    const x = v.hits[i]!;
    if (x.span.end > to) break;
    if (x.candidates.length !== 1) continue;
    const c = x.candidates[0]!;
    const country = c.type === 'country' ? c.id : c.type === 'place' ? c.countryId : undefined;
    if (country) said.add(country);
  }
  for (const [id, spans] of v.adjectiveCountries) if (spans.some((s) => s.start >= from && s.end <= to)) said.add(id);
  return said.size === 1 ? [...said][0]! : null;
}

const hitFrom = (hits: Hit[], at: number): Hit | undefined => hits[hitIndexFrom(hits, at)];
/** A list's item before the town ("Boston, London, Berlin, Singapore"): a name and a comma right before it. */
const LIST_ITEM_BEFORE = /\p{L}[.)]?,\s$/u;
/** A list going on after the country ("Singapore, Paris", "Singapore and Sydney"). */
const LIST_GOES_ON = /^(?:,\s+(?:and\s+|or\s+)?\p{Lu}|\s+(?:and|or|&)\s)/u;

/**
 * A town and its country, as addresses and datelines write them ("San Jose, United States", "Birmingham, USA"): the
 * country's id, for the town is that country's and no namesake's elsewhere (Costa Rica's San José, England's
 * Birmingham). So with a province or constituent country after the comma ("Kingston, Ontario", "Perth, Scotland"): its
 * country's id, and a capital of another country of the town's name is not it. Not in a list of places ("Toronto,
 * Singapore, Paris and London").
 */
export function addressCountry(h: Hit, v: WhereView): string | null {
  if (v.text.charCodeAt(h.span.end) !== 44 || v.text.charCodeAt(h.span.end + 1) !== 32) return null;
  const next = hitFrom(v.hits, h.span.end);
  if (!next || next.span.start !== h.span.end + 2 || next.candidates.length !== 1) return null;
  const after = next.candidates[0]!;
  if (after.type !== 'country' && !(isDivision(after) && after.countryId)) return null;
  if (LIST_GOES_ON.test(v.text.slice(next.span.end, next.span.end + 8))) return null;
  if (LIST_ITEM_BEFORE.test(v.text.slice(Math.max(0, h.span.start - 4), h.span.start))) return null;
  return after.type === 'country' ? after.id : after.countryId!;
}

/** A people's adjective and a kind of town right before the name ("the Canadian town of ", "a Mexican port city of "; group 1: the adjective). */
const ADJECTIVE_TOWN_BEFORE = /(\p{Lu}\p{Ll}+)\s(?:port\s)?(?:city|town|village|port|resort)\sof\s$/u;
/**
 * A town after a country's adjective and its kind ("the Canadian town of Paris", "the American city of Athens"): that
 * country's id, for the town is that country's and no capital elsewhere of its name. (Only a country's adjective the dataset
 * has: "the Scottish city of Perth" is not read.)
 */
export function adjectiveTown(h: Hit, text: string, adjectives: Map<string, Span[]>): string | null {
  if (!adjectives.size || text.charCodeAt(h.span.start - 2) !== 102) return null; // ("of ")
  const m = ADJECTIVE_TOWN_BEFORE.exec(text.slice(Math.max(0, h.span.start - 40), h.span.start));
  if (!m) return null;
  const at = h.span.start - m[0].length;
  for (const [id, spans] of adjectives) if (spans.some((s) => s.start === at)) return id;
  return null;
}
