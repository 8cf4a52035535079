/**
 * A place's name as a code word of the radio spelling alphabet ("call signs with words such as Lima, India and Golf",
 * "Quebec, Uniform, Echo", "'Lima Charlie' means loud and clear"): in a list of single capitalised words, every one of them a code word, three or more long,
 * or a pair of them in quotation marks, the names spell letters and name no place. A list with a word that is no code word ("Lima, Quito and Bogotá"), or two
 * code words only ("India and Golf"), keeps its places; "Mike Pence" is no list item (a capitalised word goes on).
 * Cost: per place hit whose name is a code word, a walk over the list's items on either side (at most four each way).
 */
import type { Span } from '../types';

const CODE_WORDS: ReadonlySet<string> = new Set(
  'alfa alpha bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey whisky x-ray xray yankee zulu'.split(
    ' ',
  ),
);
/** A list's separator and its next item, a single capitalised word (not followed by another capitalised word). */
const NEXT_ITEM = /^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(\p{Lu}[\p{L}-]*)(?!\s+\p{Lu})(?![\p{L}-])/u;
/** The item before and its separator. */
const PREV_ITEM = /(?<![\p{L}-]\s?)(?<!\p{Lu}[\p{L}-]*\s)(\p{Lu}[\p{L}-]*)(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/u;

/** Code words quoted as a phrase: "'Lima Charlie' means loud and clear", "“Oscar Mike”". */
const QUOTED_PAIR_AFTER = /^\s+(\p{Lu}[\p{L}-]*)['’"”]/u;
const OPEN_QUOTES: ReadonlySet<number> = new Set([0x201c, 0x2018, 34, 39]);

/** True where the place hit at `span` is an item of a list of three or more code words, or of a quoted pair of them. */
export function spellingAlphabet(text: string, span: Span): boolean {
  if (!CODE_WORDS.has(text.slice(span.start, span.end).toLowerCase())) return false;
  const pair = OPEN_QUOTES.has(text.charCodeAt(span.start - 1)) ? QUOTED_PAIR_AFTER.exec(text.slice(span.end, span.end + 24)) : null;
  if (pair && CODE_WORDS.has(pair[1]!.toLowerCase())) return true;
  let n = 1;
  for (let at = span.end, i = 0; i < 4; i++) {
    const m = NEXT_ITEM.exec(text.slice(at, at + 40));
    if (!m) break;
    if (!CODE_WORDS.has(m[1]!.toLowerCase())) return false;
    n++;
    at += m[0].length;
  }
  for (let at = span.start, i = 0; i < 4; i++) {
    const m = PREV_ITEM.exec(text.slice(Math.max(0, at - 40), at));
    if (!m) break;
    if (!CODE_WORDS.has(m[1]!.toLowerCase())) return false;
    n++;
    at -= m[0].length;
  }
  return n >= 3;
}
