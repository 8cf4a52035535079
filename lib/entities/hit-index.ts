import type { Hit } from './link';

/** The index of the first hit starting at or after `at` (hits are in text order; a binary search). */
export function hitIndexFrom(hits: readonly Hit[], at: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.span.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
