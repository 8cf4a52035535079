import type { Span } from '../types';
import { sentenceRangeAround } from '../text/sentences';

/**
 * Fixed compounds English makes of a place's name and a noun for a thing that is no mention of the place, which a dictionary
 * lists under the compound: a tree ("a cedar of Lebanon planted in 1680"), a bed's size ("a California king"), a bread ("Texas
 * toast"), a tea ("Ceylon tea exports earned Sri Lanka …"). The general heads are read elsewhere (goods-named-after.ts: "York
 * stone"; place-terms.ts: "Stockholm syndrome", "Brussels sprouts"); these are the pairs whose noun would name the place's own
 * thing after another place ("the Spanish king", "Kenya tea exports", "cedars in Oxfordshire"), so only the pair is read.
 * Case is not asked of the noun: a Title Case headline writes "Texas Toast Showdown".
 *
 * Also a list of goods: a place's name listed beside the names of goods made with a place ("Red Leicester, Lancashire and Double
 * Gloucester top the list of best-selling cheeses") is one of them — a list names things of one kind.
 *
 * Also a stop named after a place: a metro's, a tram's or a motorway's. "the Rome and Europe metro stations" in a sentence naming the
 * metro's own town ("the Paris transport authority", "stations in Paris") are two of its stations; "Washington services on the
 * A1(M)" a motorway's service area. A station in the named place is "a Seoul subway station" with no other town's metro named: kept.
 * Cost: a map look-up of the place's name; a slice only where it is one of the few; a character test and three plain searches for a
 * station's, a stop's or services' noun after the name, its pattern (a list of up to four names, then the noun) and a scan of the
 * sentence only then.
 */

/** "<place> <noun>": the place's name (lower case), and the nouns after it that make the compound. */
const PLACE_NOUN: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      // (Bed and mattress sizes.)
      ['california', 'king kings'],
      // (A bread, a tea and a spice.)
      ['texas', 'toast'],
      ['ceylon', 'tea teas cinnamon'],
    ] as const
  ).map(([place, nouns]) => [place, new Set(nouns.split(' '))] as const),
);
/** The noun after the name: letters only, then no letter ("California king-size", "Texas Toast,"). */
const NOUN_AFTER = /^\s(\p{L}+)(?![\p{L}'’])/u;
/** A fish or a snake after the noun: the place's own ("the California king salmon season"). */
const SPECIES_AFTER = /^\s(?:salmon|crabs?|prawns?|snakes?|cobras?)\b/i;

/** "<noun> of <place>": the trees and plants named so (lower case, the noun first). */
const NOUN_OF_PLACE: ReadonlyMap<string, RegExp> = new Map([
  ['lebanon', /(?:^|[^\p{L}])(?:[Cc]edar|cedars)\sof\s$/u],
  ['bethlehem', /(?:^|[^\p{L}])[Ss]tar\sof\s$/u],
  ['gilead', /(?:^|[^\p{L}])[Bb]alm\sof\s$/u],
]);

/**
 * Names of goods made with a place that a list may hold beside a place's name (cheeses, by their adjective): "Red Leicester",
 * "Double Gloucester", "Sage Derby", "Blue Stilton"; and typefaces, some of them named after places ("Georgia", "Chicago", "Geneva"),
 * whose list with another typeface's name is of typefaces ("designed in Georgia and Baskerville"). The typefaces' names here are
 * no place's, person's or paper's ("Rockwell", "Courier", "Gotham", "Cambria" left out).
 */
const GOODS_NAMES = String.raw`(?:[Rr]ed\s(?:Leicester|Windsor)|[Dd]ouble\sGloucester|[Ss]ingle\sGloucester|[Ss]age\sDerby|(?:[Bb]lue|[Ww]hite)\sStilton|[Ww]hite\sWensleydale|Baskerville|Garamond|Helvetica|Futura|Bodoni|Caslon|Didot|Frutiger|Verdana|Arial|Calibri|Palatino|Lucida|Gill\sSans|Times\sNew\sRoman|Comic\sSans|Franklin\sGothic|Century\sGothic|Trebuchet|Akzidenz-Grotesk|Avenir)`;
/** A list's member right before the name: a name of goods, then ", " or " and "/" or ". */
const GOODS_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${GOODS_NAMES},?\s(?:(?:and|or)\s)?$|(?:^|[^\p{L}])${GOODS_NAMES},\s$`, 'u');
/** A list's member right after the name: ", " or " and "/" or ", and ", then a name of goods. */
const GOODS_AFTER = new RegExp(String.raw`^(?:,\s(?:(?:and|or)\s)?|\s(?:and|or)\s)${GOODS_NAMES}(?![\p{L}])`, 'u');

/** A metro's, a subway's or a tram's word. */
const TRANSIT = String.raw`(?:[Mm]etro|Métro|[Ss]ubway|[Tt]ube|[Uu]nderground|U-Bahn|RER|[Tt]ram|[Ll]ight[\s-]rail)`;
/**
 * After the name, perhaps more names of a list, then perhaps the transit's word (group 2) and "station(s)" or "stop(s)" (group 1:
 * where they end).
 */
const STATION_AFTER = new RegExp(
  String.raw`^((?:(?:,\s(?:and\s)?|\s(?:and|or|&)\s)\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?){0,3}\s(${TRANSIT}\s)?(?:stations?|stops?))\b`,
  'u',
);
/** Another town's transit or transport named ("the Paris transport authority", "on the Paris Métro"; group 1), or its stations' town after them. */
const OWNER = new RegExp(String.raw`(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]+)\s(?:${TRANSIT}|[Tt]ransport|[Tt]ransit)\b`, 'gu');
/** The town the stations are in or of, after them (group 1: "of" or "in"; group 2: the town). */
const STATIONS_IN = /^\s(in|of)\s(?:the\s)?(\p{Lu}[\p{L}'’-]+)/u;
const TRANSIT_AT = new RegExp(String.raw`^\s${TRANSIT}\b`, 'u');
/** A line of the network after the stop: "the Europe stop on line 3". */
const ON_LINE = /^\s(?:on|of)\s(?:the\s)?(?:[Ll]ine|[Rr]oute)\s/;
/** A motorway's service area: "<name> services on the A1(M)", "… services off the M6". */
const SERVICES_AFTER = /^\s(?:services|service\s+area)\s(?:on|off)\s(?:the\s)?[AM]\d/;

/** The place hit at `span` names a station or a stop of another town's transit, or a motorway's services (see the module's comment). */
export function namedStop(text: string, span: Span): boolean {
  const c = text.charCodeAt(span.end);
  if (c !== 32 && c !== 44) return false;
  const after = text.slice(span.end, span.end + 90);
  // (Plain searches first: most place names have no station, stop or services after them.)
  if (!after.includes('station') && !after.includes('stop') && !after.includes('services')) return false;
  if (SERVICES_AFTER.test(after)) return true;
  const m = STATION_AFTER.exec(after);
  if (!m) return false;
  const end = span.end + m[1]!.length;
  // (Not the list's own names, here or elsewhere: "Rome and Europe metro" names no town's metro, and "two Moscow metro stations … the
  // Moscow transport department" are Moscow's own.)
  const names = new Set(text.slice(span.start, end).split(/[\s,&]+/));
  // "Kiev station in Moscow", "the Moscow station of the Paris metro", "the Europe stop on line 3". Without the transit's word only
  // "in" a town or "of" its transit: "the Moscow station of the CIA" is the agency's post in Moscow.
  const next = text.slice(end, end + 40);
  const town = STATIONS_IN.exec(next);
  if (town && !names.has(town[2]!) && (m[2] || town[1] === 'in' || TRANSIT_AT.test(next.slice(town[0].length)))) return true;
  if (ON_LINE.test(next)) return true;
  if (!m[2]) return false;
  const [lo, hi] = sentenceRangeAround(text, span.start, span.end, 300);
  OWNER.lastIndex = 0;
  const sentence = text.slice(lo, hi);
  for (let o = OWNER.exec(sentence); o; o = OWNER.exec(sentence)) if (!names.has(o[1]!)) return true;
  return false;
}

/** The place hit at `span` is a word of a fixed compound naming a thing, or a member of a list of goods (see the module's comment). */
export function placeCompound(text: string, span: Span): boolean {
  const key = text.slice(span.start, span.end).toLowerCase();
  const nouns = PLACE_NOUN.get(key);
  if (nouns) {
    const m = NOUN_AFTER.exec(text.slice(span.end, span.end + 24));
    if (m && nouns.has(m[1]!.toLowerCase()) && !SPECIES_AFTER.test(text.slice(span.end + m[0].length, span.end + m[0].length + 12))) return true;
  }
  const of = NOUN_OF_PLACE.get(key);
  if (of && of.test(text.slice(Math.max(0, span.start - 12), span.start))) return true;
  return listedWithGoods(text, span) || namedStop(text, span);
}

/** The name stands in a list beside a name of goods made with a place ("Red Leicester, Lancashire and Double Gloucester"). */
function listedWithGoods(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 30);
  if (GOODS_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, span.start - 30), span.start);
  return GOODS_BEFORE.test(before);
}
