import type { Span } from '../types';
import type { LexiconSets } from './lexicon-sets';

/**
 * Article-built people named only as one item of a list of things (issue 18; the built-people audits, tests/fixtures/
 * links-judged-2026-12-07-s29.json … -s32.json and built-people-judged-2026-12-07-seed38.json, found wineries, cloud-gaming
 * services, car-rental firms, clients of an agency and bands kept as people on a given name's or a list's evidence).
 *
 * A list holds things of one kind. Where every other item of a list of three or more (joined by commas, perhaps a last "and" or
 * "or") is a capitalised name that is no person's — the article finds no person there and no item opens with a given name
 * ("Ravenswood, Ridge, Pedroncelli, Joseph Swan"; "Nvidia GeForce Now, Xbox Cloud Gaming, Luna, Utomik, and others"; "Dollar,
 * Fox Rent A Car, and Payless"; "UNKLE, Lambrini Girls, Idles, and Deap Vally") — the name is one of those things, not a person.
 * A list of people names its people in full, and the finder makes them people ("Jonathan Huberdeau, Colton Sceviour and Mike
 * Hoffman", "Trump, Farage, Meloni": any person among the items keeps the name, and so does an item with a given name first, a
 * role's word — "Gil Omenn, Associate Professor of …": an appositive — or an author's initials last; see personish).
 * Asked by built-person-doubt.ts only where the evidence is weak (a given name, the shape, a list, a verb a firm has as readily).
 */
export function listOfThings(text: string, m: Span, L: LexiconSets, around: Around, given: boolean, oneWord: boolean): boolean {
  const { starts: personStarts, ends: personEnds } = around;
  let before = 0;
  let thing = false;
  let after = 0;
  let comma = false;
  let last = false;
  let places = true;
  // Backwards: a separator, then an item ending right before it. "and" or "or" alone joins only a list's last item, so it may stand
  // only right before the name ("How to Win Friends and Influence People, Dale Carnegie" is a title and its author).
  let at = m.start;
  for (let k = 0; k < 3; k++) {
    const s = SEPARATOR_END.exec(text.slice(Math.max(0, at - 16), at));
    if (!s || (k > 0 && !s[0].includes(','))) break;
    const itemEnd = at - s[0].length;
    const it = ITEM_END.exec(text.slice(Math.max(0, itemEnd - 48), itemEnd));
    if (!it) break;
    const itemStart = itemEnd - it[1]!.length;
    if (personEnds.has(itemEnd) || personStarts.has(itemStart) || personish(it[1]!, L)) return false;
    if (s[0].includes(',')) comma = true;
    if (k === 0) last = /\b(?:and|or)\b|&/.test(s[0]);
    thing ||= thingItem(it[1]!, itemStart, itemEnd, around, L);
    places &&= placeItem(it[1]!, L, around);
    before++;
    at = itemStart;
  }
  // The name first is no list's item but a person's appositive ("– Dan Glass, CISO, NTT DATA"; "Krystal Hernandez, Marketing, Klatch Coffee").
  if (before === 0) return false;
  const opened = COLON_BEFORE.test(text.slice(Math.max(0, at - 4), at));
  // Forwards: perhaps a possessive ("Cabo Bob's,"), a separator, then an item; after an "and" or an "or", the list ends.
  at = m.end;
  for (let k = 0; k < 3; k++) {
    const s = SEPARATOR_START.exec(text.slice(at, at + 16));
    if (!s) break;
    const itemStart = at + s[0].length;
    const it = ITEM_START.exec(text.slice(itemStart, itemStart + 48));
    if (!it) break;
    if (personStarts.has(itemStart) || personEnds.has(itemStart + it[1]!.length) || personish(it[1]!, L)) return false;
    after++;
    at = itemStart + it[1]!.length;
    thing ||= thingItem(it[1]!, itemStart, at, around, L);
    places &&= placeItem(it[1]!, L, around);
    if (!s[0].includes(',')) break;
    comma = true;
  }
  // (A year after the list makes it a reference's authors: "Sova, Dawn, and Harry Teitelbaum. 2002.", "(Dietrichson, Bøg, Filges, Klint Jørgensen, 2017)".)
  if (YEAR_AFTER.test(text.slice(at, at + 10))) return false;
  // (A given name is asked for three others. A one-word name among one-word items the article and the lists know as nothing may be
  // one of people's given names the lexicon lacks, "Harm, Robin and Seppe": there an item of two words or more, one in capitals or
  // one the article or the lists know as a thing is asked, or four others — "Port, Madeira, Vermouth, Sherry, Marsala".)
  // (A list ends with "and" or "or" before its last item, goes on past the name, or opens after a colon ("Sonoma: Ravenswood,
  // Ridge, Pedroncelli, Joseph Swan"): "Born in Braşov, Romania, Prunariu graduated …" is a phrase's place, then its subject.)
  const n = before + after;
  // (Among places only, a name with a given name first stays a person's: a list of stops or guests names people too, and a shape-made
  // name there is the place lists' to type — "Stops in Paris, Marla Vance, Vienna and Rome".)
  if (places && (given || L.givenNames.has(text.slice(m.start, m.end).split(/\s/)[0]!.toLowerCase()))) return false;
  return comma && (last || after > 0 || opened) && n >= (given ? 3 : 2) && (thing || !oneWord || n >= 4);
}

/** A word in capitals ("NES", "UNKLE"): an acronym's or a brand's. */
const CAPITALS = /^\p{Lu}{2,}$/u;

/** Where the article's people and things start and end (built-person-doubt.ts's PeopleNamed). */
export interface Around {
  starts: ReadonlySet<number>;
  ends: ReadonlySet<number>;
  thingStarts: ReadonlySet<number>;
  thingEnds: ReadonlySet<number>;
  /** What the article names as a place or a country, as written, in lower case. */
  places?: ReadonlySet<string>;
}

/** An item of two words or more ("Fox Rent A Car", "Xbox Cloud Gaming"), in capitals, or an organisation or a place of the article's or the lists'. */
function thingItem(item: string, start: number, end: number, around: Around, L: LexiconSets): boolean {
  if (item.includes(' ') || CAPITALS.test(item) || around.thingStarts.has(start) || around.thingEnds.has(end)) return true;
  const low = item.toLowerCase();
  return L.knownOrgs.has(low) || L.companies.has(low) || L.knownPlaces.has(low) || L.cities.has(low);
}

/** An item the article names as a place, or a one-word item the lists know as a place or a city. */
const placeItem = (item: string, L: LexiconSets, around: Around): boolean => {
  // (An item may end the sentence: "… Vienna and Rome.")
  const low = item.replace(/\.+$/, '').toLowerCase();
  return !!around.places?.has(low) || (!low.includes(' ') && (L.knownPlaces.has(low) || L.cities.has(low)));
};

const COLON_BEFORE = /:\s*$/;
/** A comma (perhaps with "and" or "or"), or "and", "or", "&", right before the mention. */
const SEPARATOR_END = /(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$/;
/** The same after it, perhaps after a possessive. */
const SEPARATOR_START = /^(?:['\u2019]s)?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)/;
/** One to four capitalised words (a word may be a capital letter alone, "Fox Rent A Car", or a digit's, "Zenithstar 73") at a word's start. */
const ITEM_END = /(?:^|[^\p{L}\d.&'\u2019-])(\p{Lu}[\p{L}\d.&'\u2019-]*(?:\s(?:\p{Lu}|\d)[\p{L}\d.&'\u2019-]*){0,3})$/u;
const ITEM_START = /^(\p{Lu}[\p{L}\d.&'\u2019-]*(?:\s(?:\p{Lu}|\d)[\p{L}\d.&'\u2019-]*){0,3})(?![\p{L}\d])/u;

/**
 * An item that may be a person the finder did not make one: its first word a given name ("Marshall Bern, David Eppstein"), or a
 * word that opens sentences rather than lists ("However, Baba Budan, a pilgrim, …").
 */
function personish(item: string, L: LexiconSets): boolean {
  const ws = item.toLowerCase().split(/[\s'\u2019]+/);
  return L.givenNames.has(ws[0]!) || L.lead.has(ws[0]!) || ws.some((w) => L.titles.has(w)) || INITIALS_LAST.test(item);
}
/** An author's initials last ("Conversano C", "Schell LK"): a reference's list of authors. */
const INITIALS_LAST = /\s\p{Lu}{1,3}$/u;
/** A year right after the list (", 2017)", ". 2002."). */
const YEAR_AFTER = /^[,.]?\s*\(?(?:1[5-9]|20)\d\d\b/;
