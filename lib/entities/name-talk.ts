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
  const from = Math.max(text.lastIndexOf('. ', span.start), text.lastIndexOf('\n', span.start), text.lastIndexOf('? ', span.start));
  let to = text.indexOf('. ', span.end);
  if (to < 0 || to - span.end > 400) to = Math.min(text.length, span.end + 400);
  const nl = text.indexOf('\n', span.end);
  if (nl >= 0 && nl < to) to = nl;
  return NAME_TALK.test(text.slice(Math.max(0, from, span.start - 400), to));
}
