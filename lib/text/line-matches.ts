/** A line's end in a multiline regex's sense: "\n", "\r", U+2028 or U+2029. */
const LINE_END = /[\n\r\u2028\u2029]/g;

/**
 * The matches a global multiline regex /^…$/gm finds in `text`, for a pattern that cannot match across a line's end, found by trying
 * it only where a line starts: `re` is the same pattern with the flags y and m (sticky) in place of g and m. The global regex tries its
 * start at every character, and on a long article that is the cost (0.1–0.3 ms for each such pattern on the 5,000-word bench text);
 * a text has a few hundred lines. The same matches, in order: each can start only where `^` holds and ends before the line's end.
 */
export function lineStartMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.sticky || !re.multiline || re.global) throw new Error('lineStartMatches: a sticky multiline regex, not global');
  const out: RegExpExecArray[] = [];
  for (let at = 0; at <= text.length;) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) out.push(m);
    LINE_END.lastIndex = at;
    const end = LINE_END.exec(text);
    if (!end) break;
    at = end.index + 1;
  }
  return out;
}
