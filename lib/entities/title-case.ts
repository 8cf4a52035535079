import { lineEnd, lineIndex, lineStart, type LineIndex } from '../text/line-index';
import type { Span } from '../types';

/** The line around the span is a heading, a menu or a list of products: most words capitalised, no sentence end. */
export function inTitleCaseLine(text: string, span: Span): boolean {
  const n = text.length;
  if (span.start < 0 || span.start > n || span.end > n) {
    // (A span outside the text: the line walked to, as before the index.)
    let a = span.start;
    while (a > 0 && text[a - 1] !== '\n' && span.start - a < 300) a--;
    let b = span.end;
    while (b < n && text[b] !== '\n' && b - span.end < 300) b++;
    return titleCaseStretch(text, a, b);
  }
  // The line around the span, up to 300 characters to either side: the line index's two searches, not a walk to each end.
  const ix = lineIndex(text);
  const a = Math.max(lineStart(ix, span.start), span.start - 300);
  const b = Math.max(span.end, Math.min(lineEnd(ix, span.end), span.end + 300));
  // The answer is the stretch's, kept per text: the names of one line ask for the same stretch. (0 <= a, b <= n: one key each.)
  let memo = answers.get(ix);
  if (!memo) answers.set(ix, (memo = new Map()));
  const key = a * (n + 1) + b;
  let yes = memo.get(key);
  if (yes === undefined) memo.set(key, (yes = titleCaseStretch(text, a, b)));
  return yes;
}
/** The answers per text (its line index) and stretch. */
const answers = new WeakMap<LineIndex, Map<number, boolean>>();

/** The text from a to b is in title case: see inTitleCaseLine. */
function titleCaseStretch(text: string, a: number, b: number): boolean {
  // Headings and menu lines do not end as sentences do.
  if (endsSentence(text, a, b)) return false;
  // Words of four letters or more (short function words are lower-case in Title Case too), and
  // how many of them are capitalised: /\p{L}+/gu over the line, scanned by hand without a match
  // per word (asked for every multi-word name the name finder classifies).
  let caps = 0;
  let all = 0;
  let i = a;
  while (i < b) {
    let w = letterAt(text, i, b);
    if (!w) {
      i++;
      continue;
    }
    const start = i;
    const first = w;
    let len = 0;
    do {
      i += w;
      len += w;
    } while (i < b && (w = letterAt(text, i, b)));
    if (len < 4) continue;
    all++;
    const c = text.charCodeAt(start);
    if (c < 128 ? c <= 90 : UPPER.test(text.slice(start, start + first))) caps++;
  }
  return all >= 3 && caps / all > 0.7;
}
const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}/u;

/** Width (1 or 2 code units) of the letter at i before `to`, or 0. */
function letterAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  return LETTER.test(text[i]!) ? 1 : 0;
}

/** /[.!?]["\u201d\u2019)]?\s*$/.test(text.slice(a, b)), read from the end. */
function endsSentence(text: string, a: number, b: number): boolean {
  let i = b - 1;
  while (i >= a && SPACE.test(text[i]!)) i--;
  if (i >= a && '"\u201d\u2019)'.includes(text[i]!) && i - 1 >= a && '.!?'.includes(text[i - 1]!)) return true;
  return i >= a && '.!?'.includes(text[i]!);
}
const SPACE = /\s/;
