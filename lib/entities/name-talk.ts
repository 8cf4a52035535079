import type { Span } from '../types';
import { AT_PLACE_PREPOSITIONS } from '../text/words';
import { wordBefore } from './name-words';

/*
 * A sentence about children's names lists places as names: "Aurora and Milan were the fastest climbers" in a story on baby
 * names, "Indiana and Arizona … are now among the fastest-rising names for baby boys", "Savannah, Vienna and Cairo: Why Parents
 * Are Naming Their Babies After Places". A place's name in a list there, with no preposition of place before it ("names
 * registered in Texas and Ohio" keeps both), is a name, nobody's card.
 * Cost: a test of the characters around the name (a list's comma or "and"); the sentence is sliced and read only then.
 */
const NAME_TALK =
  /\b(?:baby|babies['’]?|boys['’]?|girls['’]?|first|given|christian|popular|fore)\s?names?\b|\bnames?\s+for\s+(?:baby\s+)?(?:boys|girls|babies|newborns)\b|\bnam(?:e|es|ed|ing)\s+(?:their|her|his|a|the)\s+(?:new\s+|newborn\s+)?(?:babies|baby|children|child|sons?|daughters?|twins)\b/i;
/** The name stands in a list: a comma or "and"/"or" right before or right after it. */
const LIST_AFTER = /^(?:,\s|\s(?:and|or|&)\s)\p{Lu}/u;
const LIST_BEFORE = /(?:\p{L},\s|\p{L}\s(?:and|or|&)\s)$/u;
/** A preposition of place before the list's first name: "registered in Texas, Ohio and Utah". */
const PLACED_LIST_BEFORE =
  /\b(?:in|at|from|to|across|near|around|throughout|between)\s+(?:\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?(?:,\s(?:and\s|or\s)?|\s(?:and|or|&)\s))+$/u;

export function inNameTalk(text: string, span: Span): boolean {
  if (!LIST_AFTER.test(text.slice(span.end, span.end + 6)) && !LIST_BEFORE.test(text.slice(Math.max(0, span.start - 6), span.start))) return false;
  const prev = wordBefore(text, span.start) ?? '';
  if (AT_PLACE_PREPOSITIONS.has(prev) || prev === 'from' || PLACED_LIST_BEFORE.test(text.slice(Math.max(0, span.start - 80), span.start))) return false;
  const from = sentenceStart(text, span.start, Math.max(0, span.start - 400));
  const to = sentenceEnd(text, span.end, Math.min(text.length, span.end + 400));
  return NAME_TALK.test(text.slice(from, to));
}

/**
 * The last ". ", "? " or line break at or before `at`, no further back than `floor` (`floor` if none): what
 * Math.max(floor, text.lastIndexOf('. ', at), text.lastIndexOf('\n', at), text.lastIndexOf('? ', at)) is, read back from `at` only
 * as far as the floor (a text with no question mark before the name was read back to its start, at each name asked).
 */
function sentenceStart(text: string, at: number, floor: number): number {
  for (let i = Math.min(at, text.length - 1); i > floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || ((c === 46 || c === 63) && text.charCodeAt(i + 1) === 32)) return i;
  }
  return floor;
}
/** The first ". " or line break at or after `at` and before `limit` (`limit` if none), read no further than the limit. */
function sentenceEnd(text: string, at: number, limit: number): number {
  for (let i = at; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 46 && text.charCodeAt(i + 1) === 32)) return i;
  }
  return limit;
}
