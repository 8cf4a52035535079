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
    const n = spans.length;
    this.starts = new Float64Array(n);
    this.maxEnd = new Float64Array(n);
    if (!inOrder && sortPacked(spans, this.starts, this.maxEnd)) return;
    const sorted = inOrder ? spans : [...spans].sort((a, b) => a.start - b.start);
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

/** Offsets below this pack into one number with the next (start · PACK + end, exact in a double). */
const PACK = 2 ** 26;
const packable = (x: number): boolean => x >= 0 && x < PACK && Math.floor(x) === x;

/**
 * Fills `starts` and `maxEnd` from spans out of order, sorted as numbers start · PACK + end in a typed array: the built-in
 * numeric sort, not a comparator called per pair (an index of every mention found is built several times per article).
 * Spans of one start come in order of their ends, not of the list, which `overlaps` does not read: all of them stand
 * before s.end or none does. False, nothing written, when an offset does not pack (no text is that long).
 */
function sortPacked(spans: readonly Span[], starts: Float64Array, maxEnd: Float64Array): boolean {
  const n = spans.length;
  for (let i = 0; i < n; i++) {
    const s = spans[i]!;
    if (!packable(s.start) || !packable(s.end)) return false;
    maxEnd[i] = s.start * PACK + s.end;
  }
  maxEnd.sort();
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = maxEnd[i]!;
    const start = Math.floor(v / PACK);
    starts[i] = start;
    maxEnd[i] = max = Math.max(max, v - start * PACK);
  }
  return true;
}

/** Spans in text order less each that overlaps the one kept before it (an entity's mentions, once sorted; moved from index.ts). */
export function dedupe(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}
