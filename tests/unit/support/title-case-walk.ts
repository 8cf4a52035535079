/**
 * inTitleCaseLine (lib/entities/title-case.ts) as first written: walk to each end of the line (at most 300 characters each way),
 * then count the stretch's capitalised words of four letters or more with regexes. The equivalence tests compare the product's
 * faster form with this one (entities-scanners.test.ts, line-index.test.ts).
 */
export function walkingTitleCaseLine(text: string, span: { start: number; end: number }): boolean {
  let a = span.start;
  while (a > 0 && text[a - 1] !== '\n' && span.start - a < 300) a--;
  let b = span.end;
  while (b < text.length && text[b] !== '\n' && b - span.end < 300) b++;
  let caps = 0;
  let all = 0;
  for (const m of text.slice(a, b).matchAll(/\p{L}+/gu)) {
    if (m[0].length < 4) continue;
    all++;
    if (m[0].charCodeAt(0) < 128 ? m[0].charCodeAt(0) <= 90 : /^\p{Lu}/u.test(m[0])) caps++;
  }
  return all >= 3 && caps / all > 0.7 && !/[.!?]["\u201d\u2019)]?\s*$/.test(text.slice(a, b));
}
