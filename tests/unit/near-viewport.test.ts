import { describe, expect, it } from 'vitest';
import type { HighlightName } from '../../lib/highlight';
import { ALL_AT_ONCE, BATCH, createPainter } from '../../lib/highlight/near-viewport';

/**
 * The painter with a stand-in window: a highlight registry, Highlight sets, animation frames run by
 * hand and an IntersectionObserver the test drives (what the browser would report as the reader
 * scrolls). The real browsers are in tests/e2e/long-page.test.ts.
 */
function fakeWindow(withObserver = true) {
  const registry = new Map<string, Set<unknown>>();
  const frames: (() => void)[] = [];
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
  const win = {
    CSS: { highlights: registry },
    Highlight,
    ...(withObserver ? { IntersectionObserver: IO } : {}),
    requestAnimationFrame: (f: () => void) => frames.push(f),
    cancelAnimationFrame: () => undefined,
  } as unknown as Window & typeof globalThis;
  const size = () => [...registry.values()].reduce((n, h) => n + h.size, 0);
  const runFrames = () => {
    while (frames.length) frames.shift()!();
  };
  return { win, registry, observers, size, runFrames };
}

/** `n` paragraphs with `per` ranges each, in one fake document; ranges are stand-ins keyed by paragraph. */
function page(n: number, per: number) {
  const paragraphs = Array.from({ length: n }, (_, i) => ({ id: i }) as unknown as Element);
  const ranges = paragraphs.flatMap((p) => Array.from({ length: per }, () => ({ startContainer: { nodeType: 3, parentElement: p } }) as unknown as Range));
  const groups = new Map<HighlightName, Range[]>([['backstory-entity', ranges]]);
  return { paragraphs, ranges, groups };
}

describe('painting near the viewport', () => {
  it('paints a page with few ranges at once, without an observer', () => {
    const f = fakeWindow();
    const { groups } = page(10, 5);
    expect(createPainter(f.win).paint(groups, '')).toBe(true);
    expect(f.size()).toBe(50);
    expect(f.observers).toHaveLength(0);
  });

  it('on a long page registers only what the observer reports near, and more once scrolled to', () => {
    const f = fakeWindow();
    const { paragraphs, groups } = page(100, 5);
    expect(500).toBeGreaterThan(ALL_AT_ONCE);
    const painter = createPainter(f.win);
    expect(painter.paint(groups, '')).toBe(true);
    // Registered under its name from the start, empty until the observer reports.
    expect(f.registry.has('backstory-entity')).toBe(true);
    expect(f.size()).toBe(0);
    const io = f.observers[0]!;
    expect(io.targets).toHaveLength(100);
    expect(io.margin).toMatch(/^\d+% 0px \d+% 0px$/);
    // The first screen: paragraphs 0-9 near, the rest not.
    io.cb(paragraphs.map((p, i) => ({ target: p, isIntersecting: i < 10 })));
    expect(f.size()).toBe(50);
    expect(painter.registered()).toBe(50);
    // The reader scrolls to the end: the last ten come near, the first ten go far.
    io.cb([
      ...paragraphs.slice(0, 10).map((p) => ({ target: p, isIntersecting: false })),
      ...paragraphs.slice(90).map((p) => ({ target: p, isIntersecting: true })),
    ]);
    f.runFrames();
    expect(f.size()).toBe(50);
    const ranges = [...f.registry.get('backstory-entity')!] as Range[];
    expect(ranges.every((r) => (r.startContainer.parentElement as unknown as { id: number }).id >= 90)).toBe(true);
  });

  it('adds at most BATCH ranges a frame', () => {
    const f = fakeWindow();
    const { paragraphs, groups } = page(200, 5);
    createPainter(f.win).paint(groups, '-bg');
    f.observers[0]!.cb(paragraphs.map((p) => ({ target: p, isIntersecting: true })));
    expect(f.size()).toBeLessThanOrEqual(BATCH);
    expect(f.size()).toBeGreaterThan(0);
    f.runFrames();
    expect(f.size()).toBe(1000);
    expect(f.registry.has('backstory-entity-bg')).toBe(true);
  });

  it('clear removes every highlight and stops listening to the observer', () => {
    const f = fakeWindow();
    const { paragraphs, groups } = page(100, 5);
    const painter = createPainter(f.win);
    painter.paint(groups, '');
    painter.clear();
    expect(f.registry.size).toBe(0);
    expect(f.observers[0]!.off).toBe(true);
    f.observers[0]!.cb(paragraphs.map((p) => ({ target: p, isIntersecting: true })));
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
