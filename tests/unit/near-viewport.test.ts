import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HighlightName } from '../../lib/highlight';
import { ALL_AT_ONCE, BATCH, GAP, createPainter } from '../../lib/highlight/near-viewport';

/**
 * The painter with a stand-in window: a highlight registry, Highlight sets and an
 * IntersectionObserver the test drives (what the browser would report as the reader scrolls).
 * The real browsers are in tests/e2e/long-page.test.ts.
 */
function fakeWindow(withObserver = true) {
  const registry = new Map<string, Set<unknown>>();
  const sets: string[] = [];
  const observers: { cb: (e: { target: Element; isIntersecting: boolean }[]) => void; targets: Element[]; margin: string; off: boolean }[] = [];
  class Highlight extends Set<unknown> {
    constructor(...r: unknown[]) {
      super(r);
    }
  }
  class IO {
    o: (typeof observers)[number];
    constructor(cb: (typeof observers)[number]['cb'], opts: { rootMargin: string }) {
      this.o = { cb, targets: [], margin: opts.rootMargin, off: false };
      observers.push(this.o);
    }
    observe(el: Element) {
      this.o.targets.push(el);
    }
    disconnect() {
      this.o.off = true;
    }
  }
  const highlights = {
    set: (n: string, h: Set<unknown>) => (sets.push(n), registry.set(n, h)),
    get: (n: string) => registry.get(n),
    delete: (n: string) => registry.delete(n),
  };
  const win = { CSS: { highlights }, Highlight, ...(withObserver ? { IntersectionObserver: IO } : {}) } as unknown as Window & typeof globalThis;
  const size = () => [...registry.values()].reduce((n, h) => n + h.size, 0);
  return { win, registry, sets, observers, size };
}

/** `n` paragraphs with `per` ranges each; ranges are stand-ins whose start names their paragraph. */
function page(n: number, per: number) {
  const paragraphs = Array.from({ length: n }, (_, i) => ({ id: i }) as unknown as Element);
  const ranges = paragraphs.flatMap((p) => Array.from({ length: per }, () => ({ startContainer: { nodeType: 3, parentElement: p } }) as unknown as Range));
  const groups = new Map<HighlightName, Range[]>([['backstory-entity', ranges]]);
  return { paragraphs, ranges, groups };
}
const paragraphOf = (r: unknown) => ((r as Range).startContainer.parentElement as unknown as { id: number }).id;

describe('painting near the viewport', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('paints a page with few ranges at once, without an observer', () => {
    const f = fakeWindow();
    const { groups } = page(10, 5);
    const painter = createPainter(f.win);
    expect(painter.paint(groups, '')).toBe(true);
    expect(f.size()).toBe(50);
    expect(f.observers).toHaveLength(0);
    expect(painter.intact()).toBe(true);
  });

  it('on a long page registers only what the observer reports near, and more once scrolled to', () => {
    const f = fakeWindow();
    const { paragraphs, groups } = page(100, 5);
    expect(500).toBeGreaterThan(ALL_AT_ONCE);
    const painter = createPainter(f.win);
    expect(painter.paint(groups, '')).toBe(true);
    // Nothing is registered before the observer reports (an empty highlight would cost a frame too).
    expect(f.registry.size).toBe(0);
    expect(painter.intact()).toBe(true);
    const io = f.observers[0]!;
    expect(io.targets).toHaveLength(100);
    expect(io.margin).toMatch(/^\d+% 0px \d+% 0px$/);
    // The first screen: paragraphs 0-9 near, the rest not.
    io.cb(paragraphs.map((p, i) => ({ target: p, isIntersecting: i < 10 })));
    expect(f.size()).toBe(50);
    expect(painter.registered()).toBe(50);
    // The reader scrolls to the end: the last ten come near, the first ten go far, in one change.
    io.cb([
      ...paragraphs.slice(0, 10).map((p) => ({ target: p, isIntersecting: false })),
      ...paragraphs.slice(90).map((p) => ({ target: p, isIntersecting: true })),
    ]);
    vi.advanceTimersByTime(GAP);
    expect(f.size()).toBe(50);
    expect([...f.registry.get('backstory-entity')!].every((r) => paragraphOf(r) >= 90)).toBe(true);
    expect(f.sets).toEqual(['backstory-entity']);
  });

  it('applies at most BATCH ranges at once and batches at least GAP ms apart', () => {
    const f = fakeWindow();
    const { paragraphs, groups } = page(200, 5);
    createPainter(f.win).paint(groups, '-bg');
    f.observers[0]!.cb(paragraphs.map((p) => ({ target: p, isIntersecting: true })));
    expect(f.size()).toBe(BATCH);
    vi.advanceTimersByTime(GAP - 1);
    expect(f.size()).toBe(BATCH);
    vi.advanceTimersByTime(1);
    expect(f.size()).toBe(Math.min(1000, 2 * BATCH));
    vi.advanceTimersByTime(10 * GAP);
    expect(f.size()).toBe(1000);
    expect(f.registry.has('backstory-entity-bg')).toBe(true);
    expect(f.registry.has('backstory-entity')).toBe(false);
  });

  it('reports a highlight the page removed or replaced, and clear removes every highlight', () => {
    const f = fakeWindow();
    const { paragraphs, groups } = page(100, 5);
    const painter = createPainter(f.win);
    painter.paint(groups, '');
    f.observers[0]!.cb(paragraphs.map((p) => ({ target: p, isIntersecting: true })));
    expect(painter.intact()).toBe(true);
    f.registry.set('backstory-entity', new Set());
    expect(painter.intact()).toBe(false);
    painter.clear();
    expect(f.registry.size).toBe(0);
    expect(f.observers[0]!.off).toBe(true);
    f.observers[0]!.cb(paragraphs.map((p) => ({ target: p, isIntersecting: true })));
    vi.advanceTimersByTime(10 * GAP);
    expect(f.size()).toBe(0);
  });

  it('without IntersectionObserver paints everything, and without the Highlight API says so', () => {
    const f = fakeWindow(false);
    expect(createPainter(f.win).paint(page(100, 5).groups, '')).toBe(true);
    expect(f.size()).toBe(500);
    const none = { CSS: {} } as unknown as Window & typeof globalThis;
    expect(createPainter(none).paint(page(1, 1).groups, '')).toBe(false);
  });
});
