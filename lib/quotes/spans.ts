import type { Span } from '../types';
import type { QuoteMarks } from './marks';

/** Span helpers for the quotes stage: masking quote contents, sentences joined across quotes, paragraphs. */

/** s.lastIndexOf(mark, from) if that is ≥ lo, else -1 — without looking before lo. */
export function lastIndexIn(s: string, mark: string, from: number, lo: number): number {
  // (lastIndexOf reads a negative `from` as 0.)
  for (let i = Math.min(Math.max(from, 0), s.length - mark.length); i >= lo; i--) if (s.startsWith(mark, i)) return i;
  return -1;
}

/** Quote contents replaced by a private-use character so cue and subject scans skip them. */
export function maskQuotes(text: string, marks: QuoteMarks[]): string {
  let out = '';
  let prev = 0;
  for (const q of marks) {
    out += text.slice(prev, q.start) + '\uE000'.repeat(q.end - q.start);
    prev = q.end;
  }
  return out + text.slice(prev);
}

/** Sentence spans, with sentences that split inside a quote joined back together. */
export function mergeAcrossQuotes(sents: readonly Span[], marks: QuoteMarks[]): Span[] {
  const out: Span[] = [];
  let qi = 0;
  for (const s of sents) {
    const last = out[out.length - 1];
    while (qi < marks.length && marks[qi]!.close < s.start) qi++;
    let inside = false;
    for (let k = qi; k < marks.length && marks[k]!.open < s.start; k++) if (marks[k]!.close >= s.start) inside = true;
    if (last && inside) last.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

export function paragraphStarts(text: string): number[] {
  const starts = [0];
  // Blank lines ("\n\n" breaks) do not count as paragraphs.
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) if (text[i + 1] !== "\n") starts.push(i + 1);
  return starts;
}

export function paraIndex(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
