/**
 * The matches a global multiline regex /^…$/gm finds in `text`, for a pattern that cannot match across a line's end, found by trying
 * it only where a line starts: `re` is the same pattern with the flags y and m (sticky) in place of g and m. The global regex tries its
 * start at every character, and on a long article that is the cost (0.1–0.3 ms for each such pattern on the 5,000-word bench text);
 * a text has a few hundred lines. The same matches, in order: each can start only where `^` holds and ends before the line's end.
 */
export function lineStartMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.sticky || !re.multiline || re.global) throw new Error('lineStartMatches: a sticky multiline regex, not global');
  const out: RegExpExecArray[] = [];
  const starts = lineStartsOf(text);
  for (let i = 0; i < starts.length; i++) {
    re.lastIndex = starts[i]!;
    const m = re.exec(text);
    if (m) out.push(m);
  }
  return out;
}

/** The text whose line starts `starts` holds: three patterns ask of each article's text in turn (signature.ts, email-names.ts), one pass serves them. */
let startsText: string | null = null;
let starts: number[] = [];

/** Where `^` holds in a multiline regex: 0, and after each "\n", "\r", U+2028 and U+2029 (after the "\r" and the "\n" of "\r\n" both). */
function lineStartsOf(text: string): number[] {
  if (text === startsText) return starts;
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) out.push(i + 1);
  }
  startsText = text;
  starts = out;
  return out;
}
