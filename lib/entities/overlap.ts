import type { Span } from '../types';

/**
 * "Does this span overlap any of those?" in O(log n) instead of a scan per question: the spans
 * sorted by start with a running maximum of their ends. Spans may overlap each other. Long
 * articles ask this once per capitalised token, against every mention found.
 */
export class OverlapIndex {
  private readonly starts: number[];
  private readonly maxEnd: number[];

  constructor(spans: readonly Span[]) {
    // (Callers mostly pass spans in text order already: sorted only when they are not.)
    let inOrder = true;
    for (let i = 1; i < spans.length && inOrder; i++) inOrder = spans[i - 1]!.start <= spans[i]!.start;
    const sorted = inOrder ? spans : [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.maxEnd = [];
    let max = -Infinity;
    for (const s of sorted) this.maxEnd.push((max = Math.max(max, s.end)));
  }

  /** Some span o with o.start < s.end && s.start < o.end. */
  overlaps(s: Span): boolean {
    // Last span starting before s.end; of those, does any end after s.start?
    let lo = 0;
    let hi = this.starts.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < s.end) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && this.maxEnd[last]! > s.start;
  }
}
