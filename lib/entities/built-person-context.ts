import type { EntityResult } from '../types';
import type { LexiconSets } from './lexicon-sets';

/**
 * Article-built people that the words right by the name, or its own words, make a place or a product (issue 18; the built-people
 * audits, tests/fixtures/built-people-judged-2026-12-07-seed39.json and the real pages' built people, found hospitals, craters,
 * world regions, course platforms and voice assistants among them). Asked once per built person from
 * built-person-doubt.ts; `spoken` tells whether the article speaks of the name as a person's (a "he" or "she", a quotation, "said"),
 * which keeps it:
 *  - placeKindAfter: a place's or a building's kind in lower case right after a mention ("a trip to Walter Reed hospital", "the
 *    John Wayne airport"): the place named after a person, not the person;
 *  - placeKindLast: the name's last word a landform's or a building's kind no surname is ("Gale Crater", "Soldier Canyon", "Lumen
 *    Stadium", "Hoover Reservoir");
 *  - placesOnly: every word a known place or region and the first no given name ("Asia Pacific", "Latin America"): a region's name;
 *  - productBefore: software's or a device's words before a mention ("integrates with Carmen", "compatible with Alexa", "built on
 *    Alexa", "powered by Gemini", "runs on Linux"): a product or a platform — a person is worked with, not integrated with (and
 *    "built by", "pairs with" take people: not asked).
 */
export function placeOrProduct(text: string, e: EntityResult, L: LexiconSets, spoken: () => boolean): boolean {
  const name = e.name;
  const ws = name.toLowerCase().split(/\s+/);
  if (ws.length > 1 && (PLACE_KIND_LAST.has(ws[ws.length - 1]!) || placesOnly(ws, L))) return !spoken();
  const marked = e.mentions.some(
    (m) => PLACE_KIND_AFTER.test(text.slice(m.end, m.end + 32)) || PRODUCT_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)),
  );
  return marked && !spoken();
}

/** A building's or a landform's kind in lower case right after the name (not before a role's noun: "the Smith museum curator"). */
const PLACE_KIND_AFTER =
  /^\s(?:hospital|airport|stadium|arena|campus|library|museum|bridge|tunnel|station|crater|cemetery|memorial)(?![\p{L}-])(?!\s+\p{Ll}+(?:er|ers|or|ors|ist|ists)\b)/u;
/** Kinds of places that end a place's name and no English surname (a "Field", a "Park", a "Hall", a "Lake", a "Hill" are surnames). */
const PLACE_KIND_LAST: ReadonlySet<string> = new Set(
  'crater craters canyon volcano stadium basilica tunnel highway boulevard reservoir expressway freeway motorway'.split(' '),
);

function placesOnly(ws: readonly string[], L: LexiconSets): boolean {
  if (L.givenNames.has(ws[0]!)) return false;
  return ws.every((w) => L.regions.has(w) || L.knownPlaces.has(w));
}

/** Software's or a device's words right before the name. */
const PRODUCT_BEFORE =
  /(?:^|[^\p{L}])(?:(?:integrates?|integrated|integrating|integration|interoperates?|compatible|syncs?|synced)\s+with|powered\s+by|(?:built|runs?|running)\s+on)\s+$/u;
