import type { Span } from '../types';

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
 * Cost: a map look-up of the place's name; a slice only where it is one of the few.
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
 * "Double Gloucester", "Sage Derby", "Blue Stilton".
 */
const GOODS_NAMES = String.raw`(?:[Rr]ed\s(?:Leicester|Windsor)|[Dd]ouble\sGloucester|[Ss]ingle\sGloucester|[Ss]age\sDerby|(?:[Bb]lue|[Ww]hite)\sStilton|[Ww]hite\sWensleydale)`;
/** A list's member right before the name: a name of goods, then ", " or " and "/" or ". */
const GOODS_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${GOODS_NAMES},?\s(?:(?:and|or)\s)?$|(?:^|[^\p{L}])${GOODS_NAMES},\s$`, 'u');
/** A list's member right after the name: ", " or " and "/" or ", and ", then a name of goods. */
const GOODS_AFTER = new RegExp(String.raw`^(?:,\s(?:(?:and|or)\s)?|\s(?:and|or)\s)${GOODS_NAMES}(?![\p{L}])`, 'u');

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
  return listedWithGoods(text, span);
}

/** The name stands in a list beside a name of goods made with a place ("Red Leicester, Lancashire and Double Gloucester"). */
function listedWithGoods(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 30);
  if (GOODS_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, span.start - 30), span.start);
  return GOODS_BEFORE.test(before);
}
