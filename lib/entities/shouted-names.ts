import type { DatasetEntity, Span } from '../types';
import { aliasKeyMemo } from '../dataset/alias-key';
import type { Hit } from './link';
import type { LexiconSets } from './lexicon-sets';
import { wordBefore } from './name-words';
import { shouted, shoutedLine } from './shouted';

/*
 * What a name in capitals on a shouted line is not: an acronym (a place's own short name), or a place where it is an everyday word. Apart
 * from shouted-prose.ts, which reads place evidence (place-evidence.ts), so that outlet-context.ts can ask it without a cycle.
 */

/**
 * Words of a journey before the name, which shouted.ts reads with the word after ("MARCH TO SHEFFIELD TOWN HALL", "ADDS DATE TO LEEDS TOUR
 * LEG"): read in lower case they would place any name ("to Leeds"), a longer name's or an event's first word as often in a headline.
 */
export const JOURNEY: ReadonlySet<string> = new Set(['to', 'into', 'toward', 'towards', 'via', 'between', 'from']);

/** The hit as written has no lower-case letter. */
export const inCapitals = (text: string, h: Hit): boolean => !/\p{Ll}/u.test(text.slice(h.span.start, h.span.end));

/**
 * A country's or a place's name in a shouted line that its capitals do not make an acronym (outlet-context.ts readsAsAcronym): shouted.ts's
 * reading ("CHINA WARNS TAIWAN", "PARADE IN AUCKLAND"), or a place's own name of five letters or fewer (below).
 */
export const shoutedName = (list: readonly DatasetEntity[], key: string, text: string, span: Span, L: LexiconSets | null): boolean =>
  shouted(list, key, text, span, L) || shoutedPlaceName(list, key, text, span.start, L);

/**
 * A place's own name of five letters or fewer in a shouted line ("PARIS", "CORK", "TURIN") reads as no acronym: every word of the line is in
 * capitals. Only a place's record whose own name it is (not one of its acronyms), four letters or more ("ULM" may be an acronym still), and
 * not after a journey's word (above: "DATE TO LEEDS TOUR LEG" stays unread, as shouted.ts leaves it); not an everyday word ("SEALED IN CORK").
 */
const shoutedPlaceName = (list: readonly DatasetEntity[], key: string, text: string, at: number, L: LexiconSets | null): boolean =>
  key.length >= 4 &&
  list.length > 0 &&
  list.every((e) => e.type === 'place' && !e.acronyms?.includes(key)) &&
  list.some((e) => aliasKeyMemo(e.name) === key) &&
  !L?.everyday.has(key) &&
  !JOURNEY.has(wordBefore(text, at) ?? '') &&
  shoutedLine(text, at);

/**
 * A place's name that is an everyday word, in capitals on a shouted line ("INTERESTED IN READING? JOIN OUR BOOK CLUB", "SEALED IN CORK, NOT
 * PLASTIC"): a preposition of place before it says nothing (decide.ts, its weak path), as the word's capital would in prose.
 */
export const shoutedEveryday = (h: Hit, text: string, L: LexiconSets | null): boolean =>
  !!L?.everyday.has(h.key) && inCapitals(text, h) && shoutedLine(text, h.span.start);
