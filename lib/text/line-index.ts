/**
 * The lines of a text, read once per text: where each line break stands, so that the line around a position is two binary
 * searches instead of a walk character by character to each end. The name finders ask for the line around a name hundreds
 * of times per long article (lib/entities/title-case.ts: the walks to the two ends were two thirds of that function's time in
 * profiles of the 5,000-word bench page), and many names share a line.
 *
 * (An index is an object, made once per text: a caller keeps its own answers per text in a WeakMap keyed by it.)
 *
 * Kept for the last two texts: the entity stage reads a text and, where it lowers a Title Case headline, a view of it of the
 * same length (lib/entities/truecase.ts), in turn.
 */
export interface LineIndex {
  /** (Equal to the text asked last: the index is that text's; see lineIndex.) */
  text: string;
  /** Offsets of the text's line breaks ("\n"), ascending: breaks[0] to breaks[count - 1]. */
  readonly breaks: Int32Array;
  readonly count: number;
}

let last: LineIndex | null = null;
let before: LineIndex | null = null;

/** The line index of `text` (made on first ask, kept for the last two texts). */
export function lineIndex(text: string): LineIndex {
  // (The text asked is kept even when equal: an equal text that is another string, as the same page's body read again is, is
  // compared character by character, and the callers ask once per name. Measured: 7 µs a question on the bench page, not 0.03.)
  if (last && last.text === text) {
    last.text = text;
    return last;
  }
  if (before && before.text === text) {
    const b = before;
    b.text = text;
    before = last;
    return (last = b);
  }
  before = last;
  return (last = build(text));
}

function build(text: string): LineIndex {
  let breaks = new Int32Array(64);
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (count === breaks.length) {
      const grown = new Int32Array(breaks.length * 2);
      grown.set(breaks);
      breaks = grown;
    }
    breaks[count++] = i;
  }
  return { text, breaks, count };
}

/** The number of line breaks before offset `at` (at offsets below `at`). */
function breaksBefore(ix: LineIndex, at: number): number {
  let lo = 0;
  let hi = ix.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.breaks[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the line holding the character before `at` starts: after the last line break before `at`, or 0. */
export function lineStart(ix: LineIndex, at: number): number {
  const k = breaksBefore(ix, at);
  return k ? ix.breaks[k - 1]! + 1 : 0;
}

/** Where the line goes on to from `at`: the first line break at or after `at`, or the text's end. */
export function lineEnd(ix: LineIndex, at: number): number {
  const k = breaksBefore(ix, at);
  return k < ix.count ? ix.breaks[k]! : ix.text.length;
}
