import type { Hit } from './link';
import { hitIndexFrom } from './hit-index';
import { weakFor } from './record-reads';
import type { LexiconSets } from './lexicon-sets';

/** A longer name goes on after the word: a capitalised word, or a particle and one ("Santiago de Compostela", "Valencia del Sol"). */
export const NAME_GOES_ON = /^ (?:(?:de|del|da|do|dos|das|di|du) \p{Lu}|\p{Lu})/u;

/** What of the article the checks read (decide.ts's Context has it). */
interface ListView {
  text: string;
  hits: Hit[];
  L: LexiconSets | null;
}

/**
 * A place in a list of places ("Boston, London, Berlin and Sydney", "Europe/Middle East/Africa"): the next or the last hit is a place or a
 * country, joined by a comma, "and", "or", "&" or a slash, and "the" before a country English writes with it ("Florida and the Bahamas";
 * not a river: "Syria and the Jordan"). Beside a country, a name that is another country's own counts though people bear it too ("Jordan
 * and Israel both extract potash": "Jordan" is the kingdom's own name and a weak alias of people; a list of two countries is of countries).
 */
export function listedWithPlaces(h: Hit, ctx: ListView): boolean {
  const i = hitIndexFrom(ctx.hits, h.span.start);
  const prev = ctx.hits[i - 1];
  const next = ctx.hits[i + 1];
  const joins = (a: Hit, b: Hit, between = ctx.text.slice(a.span.end, b.span.start)): boolean =>
    LIST_JOIN.test(between) || (THE_LIST_JOIN.test(between) && countryWithThe(b, ctx.text));
  // (A mate in a compound is none: "Big Turkey, Kenya-born pilot".)
  const mate = (x: Hit): boolean => listMate(x, h) && ctx.text.charCodeAt(x.span.end) !== 45;
  const listed = (!!prev && mate(prev) && joins(prev, h)) || (!!next && mate(next) && joins(h, next));
  return listed && !mixedList(i, ctx, joins);
}

/**
 * A capitalised word that is no hit and no known place closes the list or opens it with "and", "or" or "&": "Windhoek, Kilimanjaro and
 * Tusker" (lagers), "Tusker and Windhoek". (Only these joins: a comma after a list may start a clause, "Paris and London, Reuters said";
 * before it, a sentence's opening word, "However, Paris and London".)
 */
const JOINED_WORD_AFTER = /^,?\s+(?:and|or|&)\s+(\p{Lu}[\p{L}'’-]+)/u;
const JOINED_WORD_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]+)\s+(?:and|or|&)\s+$/u;
function mixedList(i: number, ctx: ListView, joins: (a: Hit, b: Hit) => boolean): boolean {
  const { text, hits, L } = ctx;
  let first = i;
  let last = i;
  while (first > 0 && joins(hits[first - 1]!, hits[first]!)) first--;
  while (last < hits.length - 1 && joins(hits[last]!, hits[last + 1]!)) last++;
  const other = (word: string | undefined): boolean => !!word && !L?.knownPlaces.has(word.toLowerCase()) && !L?.cities.has(word.toLowerCase());
  const end = hits[last]!.span.end;
  if (other(JOINED_WORD_AFTER.exec(text.slice(end, end + 40))?.[1])) return true;
  const start = hits[first]!.span.start;
  return other(JOINED_WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1]);
}
export const isPlaceHit = (x: Hit): boolean => x.candidates.every((e) => e.type === 'place' || e.type === 'country');
const isCountryHit = (x: Hit): boolean => x.candidates.every((e) => e.type === 'country');
const ownCountryName = (x: Hit): boolean => x.candidates.some((e) => e.type === 'country' && !weakFor(e, x.key));
const listMate = (x: Hit, h: Hit): boolean => isPlaceHit(x) || (isCountryHit(h) && ownCountryName(x));
export const LIST_JOIN = /^(?:,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+|\s*\/\s*)$/;
const THE_LIST_JOIN = /^(?:,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+)the\s+$/;

/** A country whose name English writes with "the", where no longer name goes on: a plural ("Netherlands", "Philippines") or "The Bahamas". */
export function countryWithThe(x: Hit, text: string): boolean {
  const name = text.slice(x.span.start, x.span.end).toLowerCase();
  if (NAME_GOES_ON.test(text.slice(x.span.end, x.span.end + 6))) return false;
  return x.candidates.some((e) => e.type === 'country' && (name.endsWith('s') || [e.name, ...e.aliases].some((n) => n.toLowerCase() === `the ${name}`)));
}
