import type { Span } from '../types';

/**
 * "Does this span overlap any of those?" in O(log n) instead of a scan per question: the spans
 * sorted by start with a running maximum of their ends. Spans may overlap each other. Long
 * articles ask this once per capitalised token, against every mention found.
 */
export class OverlapIndex {
  // (Typed arrays: one map whatever the spans. Mapped and pushed arrays came in several element kinds, and each function
  // that inlines `overlaps` was optimised for one and thrown away at another: three deoptimisations in the bench's first analyses.)
  private readonly starts: Float64Array;
  private readonly maxEnd: Float64Array;

  constructor(spans: readonly Span[]) {
    // (Callers mostly pass spans in text order already: sorted only when they are not.)
    let inOrder = true;
    for (let i = 1; i < spans.length && inOrder; i++) inOrder = spans[i - 1]!.start <= spans[i]!.start;
    const sorted = inOrder ? spans : [...spans].sort((a, b) => a.start - b.start);
    const n = sorted.length;
    this.starts = new Float64Array(n);
    this.maxEnd = new Float64Array(n);
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const s = sorted[i]!;
      this.starts[i] = s.start;
      this.maxEnd[i] = max = Math.max(max, s.end);
    }
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
