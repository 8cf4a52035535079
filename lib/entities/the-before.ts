/**
 * "Low water on the Mississippi halted barge traffic", "Bolivia has been called the Saudi Arabia of lithium": "the" before
 * a place's name that English writes without it makes the name something else — a river, a boat, a shop, or a metaphor
 * ("the Switzerland of Africa"). Written with it: a name in the plural ("the Netherlands", "the Maldives"), one the dataset
 * writes with "the" ("The Gambia", "Republic of the Congo", "the Ukraine"), one with a common noun's head or an "of" ("the United
 * Kingdom", "the West Bank", "the State of Israel": THE_HEADS), an abbreviation ("the UK"), or one of THE_NAMES.
 *
 * Read, after "the" and the name:
 *  - for any place or country: "of" and a lower-case word that is no determiner ("the Saudi Arabia of lithium"), or a
 *    continent's or a region's name ("the Paris of the East", "the Singapore of Africa") — not a date or a person ("the Russia
 *    of Putin", "the Britain of 1950");
 *  - for a country, a US state or a capital: punctuation, a preposition, or a clause's verb (not speech: "The Vatican said" is the state);
 *    for a US state also a relative clause or a preposition of a river's course ("the Mississippi that anglers fish", "aboard");
 *  - for any place or country, before "the": a river's part and "of" ("tributaries of the Mississippi", "the mouth of the Missouri",
 *    "the banks of the Jordan"): a river of the place's name, which English writes with "the" and the place without.
 * Not before a noun ("the Texas governor", "the Brazil squad"): an attributive name is the place's.
 * Cost: asked of hits with "the" right before; a slice or two.
 */
import type { DatasetEntity } from '../types';
import type { Hit } from './link';
import type { LexiconSets } from './lexicon-sets';
import { opensSentence, wordBefore } from './name-words';
import { inTitleCaseLine } from './title-case';
import { aliasKeyMemo } from '../dataset/alias-key';
import { isCapital } from './place-evidence';
import { speechAfter } from './country-evidence';
import { isPlaceRecord } from './record-reads';

/** Names English writes with "the" that the dataset writes without it. */
const THE_NAMES: ReadonlySet<string> = new Set(
  'vatican holy see hague congo gambia sudan lebanon yemen ukraine argentine bahamas caribbean gulf crimea punjab bronx levant sahel'.split(' '),
);
const DETERMINERS = 'the|a|an|its|his|her|their|our|my|your|this|that|these|those|today|yesterday|tomorrow|old|yore|late|early|recent|\\d';
/** Continents, regions and compass points after "of" in a metaphor. */
const REGIONS =
  'Africa|Asia|Europe|America|Americas|Latin|North|South|East|West|Middle|Far|Caribbean|Pacific|Atlantic|Gulf|Balkans|Arab|Orient|Mediterranean|Baltic|Andes|Sahel|Alps|Himalayas';
const METAPHOR_AFTER = new RegExp(`^\\s+of\\s+(?:(?!(?:${DETERMINERS})\\b)\\p{Ll}|(?:the\\s+)?(?:${REGIONS})\\b)`, 'u');
/** A river's part and "of the" before the name ("tributaries of the", "the upper reaches of the"): the river's. */
const RIVER_PART_BEFORE = /\b(?:tributar(?:y|ies)|banks?|mouth|headwaters|confluence|estuary|delta|floodplain|reaches|backwaters|riverbed)\s+of\s+the\s+$/i;
/** Punctuation, or a preposition ("on the Missouri after the lock failed"). */
const PUNCTUATION_AFTER = /^(?:\s*(?:[,.;:!?)\u2014\u2013]|$)|\s(?:after|before|in|at|near|since|during|until|for|from|to|by|with|below|above)\s)/u;
/** A lower-case word after the name that is no function word nor a verb in -ed or -s: a noun the name qualifies. */
const NOUN_AFTER =
  /^\s(?!(?:that|which|where|and|or|but|in|at|on|near|from|to|for|with|by|as|is|was|were|has|had|have|will|would|can|could|may|might|into|through|below|above|after|before|last|this|next|each|every|early|late|earlier|later|again|too|since|until|during|when|while|because|so|upstream|downstream)\b)(?!\p{Ll}+(?:ed|s)\b)\p{Ll}/u;
/** A relative clause or a preposition of a river's course after a US state's name with "the": the river's. */
const STATE_RIVER_AFTER = /^\s(?:that|which|where|aboard|through|past|into|toward|towards|near|along|around|beyond|between)\b/;
/** A clause's verb; not speech (country-evidence.ts speechAfter) nor what a state does ("The Vatican said", "decided"). */
const VERB_AFTER =
  /^\s(?:(?:\p{Ll}+ly|also|now|still|already|then|finally)\s)?(?:is|was|were|has|had|have|will|would|could|can|remains|became|rose|fell|flooded|\p{Ll}{2,}ed)\b(?<!\s(?:decided|signed|voted|approved|rejected|objected|responded|replied|accused|urged|called|asked|agreed))/u;

/** Heads of names written with "the" ("the United Kingdom", "the West Bank", "the Czech Republic", "the Ivory Coast"). */
const THE_HEADS =
  /\s(?:kingdom|states|state|republic|emirates|islands?|isles|bank|strip|coast|union|federation|territory|territories|lands|sea|peninsula|valley|gulf|east|west|north|south|city|confederation|commonwealth)$|\sof\s/;
const writtenWithThe = (e: DatasetEntity, name: string): boolean =>
  [e.name, ...e.aliases].some((n) => ((n = n.toLowerCase()), n === name || n.endsWith(` ${name}`)));

export function theBeforeName(h: Hit, text: string, L: LexiconSets | null): boolean {
  if (wordBefore(text, h.span.start) !== 'the') return false;
  const surface = text.slice(h.span.start, h.span.end);
  const key = surface.toLowerCase();
  // (Nor an abbreviation: "the UK", "the U.S.")
  if (key.endsWith('s') || THE_NAMES.has(key) || THE_HEADS.test(key) || !/\p{Ll}/u.test(surface) || !h.candidates.some(isPlaceRecord)) return false;
  if (h.candidates.some((e) => isPlaceRecord(e) && writtenWithThe(e, `the ${key}`))) return false;
  const after = text.slice(h.span.end, h.span.end + 40);
  if (METAPHOR_AFTER.test(after)) return true;
  // (Not before a noun: "the banks of the Texas coast" are the state's.)
  if (RIVER_PART_BEFORE.test(text.slice(Math.max(0, h.span.start - 36), h.span.start)) && !NOUN_AFTER.test(after)) return true;
  const kinds = h.candidates.filter(isPlaceRecord).every((e) => e.type === 'country' || isCapital(e) || !!L?.usStates.has(key));
  if (!kinds) return false;
  if (PUNCTUATION_AFTER.test(after) || (VERB_AFTER.test(after) && !speechAfter(after))) return true;
  // ("the Mississippi that anglers fish", "down the Missouri aboard a keelboat": a state's name is written with "the" only before a noun.)
  return !!L?.usStates.has(key) && STATE_RIVER_AFTER.test(after);
}

/** "first at The Hanover and now at Aon": a capitalised "The" inside a sentence, not in a heading, names a firm or a venue. */
export const theInside = (h: Hit, text: string): boolean =>
  h.before === 'the' && text.startsWith('The ', h.span.start - 4) && !opensSentence(text, h.span.start - 4) && !inTitleCaseLine(text, h.span);
/** An everyday word the record carries ("down" of County Down) opening a sentence, where its capital is the sentence's. */
export const everydayOpening = (c: DatasetEntity, h: Hit, text: string): boolean =>
  !!c.everydayAliases?.some((a) => aliasKeyMemo(a) === h.key) && opensSentence(text, h.span.start);
