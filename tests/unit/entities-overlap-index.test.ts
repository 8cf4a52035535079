import { describe, expect, it } from 'vitest';
import { OverlapIndex } from '../../lib/entities/overlap';
import type { Span } from '../../lib/types';

/** A small deterministic generator (no Math.random: a failure replays). */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const bruteOverlaps = (spans: Span[], s: Span): boolean => spans.some((o) => o.start < s.end && s.start < o.end);

describe('OverlapIndex', () => {
  it('answers as a scan of every span, for spans in text order and out of it (the packed sort)', () => {
    const rnd = lcg(146);
    for (let round = 0; round < 300; round++) {
      const n = Math.floor(rnd() * 40);
      const spans: Span[] = [];
      for (let i = 0; i < n; i++) {
        const start = Math.floor(rnd() * 200);
        spans.push({ start, end: start + 1 + Math.floor(rnd() * 12) });
      }
      if (round % 3 === 0) spans.sort((a, b) => a.start - b.start);
      const index = new OverlapIndex(spans);
      for (let q = 0; q < 60; q++) {
        const start = Math.floor(rnd() * 210);
        const s = { start, end: start + 1 + Math.floor(rnd() * 10) };
        expect(index.overlaps(s), JSON.stringify({ spans, s })).toBe(bruteOverlaps(spans, s));
      }
    }
  });

  it('keeps spans of one start apart from their order in the list ("John Paul" inside "John Paul STEVENS")', () => {
    const index = new OverlapIndex([
      { start: 50, end: 55 },
      { start: 10, end: 30 },
      { start: 10, end: 14 },
    ]);
    expect(index.overlaps({ start: 20, end: 25 })).toBe(true);
    expect(index.overlaps({ start: 31, end: 40 })).toBe(false);
    expect(index.overlaps({ start: 54, end: 60 })).toBe(true);
  });

  it('falls back to the comparator sort for offsets that do not pack', () => {
    const big = 2 ** 27;
    const index = new OverlapIndex([
      { start: big, end: big + 5 },
      { start: 3, end: 4 },
    ]);
    expect(index.overlaps({ start: big + 2, end: big + 3 })).toBe(true);
    expect(index.overlaps({ start: 5, end: big })).toBe(false);
  });
});
