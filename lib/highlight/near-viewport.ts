import { HIGHLIGHT_NAMES, type HighlightName } from './index';

/**
 * Painting with the CSS Custom Highlight API, where the cost of a page's highlights is bounded by
 * what is near the viewport, not by the length of the article.
 *
 * Chromium rebuilds the markers of every registered range on each change to a highlight, and the
 * next frame re-paints the page: with ~1,100 ranges on a 2.5 MB page that frame took 30-120 ms of
 * wall time, 25-32 ms of main-thread CPU (bench `--only longtask --trace`: PrePaint, Paint and the
 * commit after the ranges were registered); with the ranges near the viewport only, 12-16 ms.
 * So on pages with more than ALL_AT_ONCE ranges, only the ranges whose text lies within NEAR of the viewport are
 * registered; an IntersectionObserver on the elements holding them adds them as they come near
 * (scrolling, "show in page", keyboard cycling all scroll first) and takes them out once they are far
 * again. Each change to a highlight costs a frame that re-paints the page, whatever its size, so
 * changes are applied together, at most BATCH ranges at once and at most one batch per GAP ms (the
 * margin is one and a half viewports: a reader does not reach unpainted text in that time). Pages with
 * fewer ranges are painted at once, as before: their frame is short and their highlights show one
 * frame sooner.
 *
 * Hovering does not depend on this: it hit-tests the targets' own offsets (entrypoints/content/hover.ts).
 */

/** At or below this many ranges a page is painted in one go (a few hundred markers: a short frame). */
export const ALL_AT_ONCE = 300;
/**
 * How far beyond the viewport, above and below, ranges are registered (a share of its height): one
 * and a half viewports, more than a fast reader's scroll covers in GAP ms (1,350 px at a 900 px
 * viewport, 5,400 px/s).
 */
export const NEAR = '150%';
/** Ranges added or removed in one change at most: no change adds more markers than a page painted at once. */
export const BATCH = ALL_AT_ONCE;
/**
 * Changes are at least this far apart, ms: each one costs a frame that re-paints the page (on the
 * 2.5 MB page scrolling 15,000 px in 1.8 s took 370-440 ms of main-thread CPU with GAP = 100 against
 * 175 ms with every range registered, its longest task 15 ms against 8).
 */
export const GAP = 250;

type Win = Window & typeof globalThis;
interface HighlightSet {
  add(r: Range): unknown;
  delete(r: Range): unknown;
  readonly size: number;
}
interface Registry {
  set(name: string, h: unknown): void;
  get(name: string): unknown;
  delete(name: string): void;
}

export interface Painter {
  /**
   * Paint `groups` under their names (with the style variant's suffix). False where the Custom
   * Highlight API is missing (the caller may fall back to wrapping).
   */
  paint(groups: Map<HighlightName, Range[]>, variant: '' | '-bg'): boolean;
  /** Remove every highlight and stop watching the page. */
  clear(): void;
  /** How many ranges are registered right now (all of them, or those near the viewport). */
  registered(): number;
  /** False when the page removed or replaced a highlight this painter registered (paint again). */
  intact(): boolean;
}

export function createPainter(win: Win): Painter {
  let io: IntersectionObserver | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let count = 0;
  /** What this painter registered, by registry name. */
  const mine = new Map<string, unknown>();
  const registry = () => (win.CSS as unknown as { highlights?: Registry } | undefined)?.highlights;
  const Ctor = () => (win as unknown as { Highlight?: new (...r: Range[]) => HighlightSet }).Highlight;

  const clear = () => {
    io?.disconnect();
    io = null;
    clearTimeout(timer);
    count = 0;
    mine.clear();
    const reg = registry();
    for (const n of HIGHLIGHT_NAMES) {
      reg?.delete(n);
      reg?.delete(`${n}-bg`);
    }
  };

  const paint = (groups: Map<HighlightName, Range[]>, variant: '' | '-bg'): boolean => {
    const reg = registry();
    const H = Ctor();
    if (!reg || !H) return false;
    clear();
    let total = 0;
    for (const ranges of groups.values()) total += ranges.length;
    const IO = (win as unknown as { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
    if (total <= ALL_AT_ONCE || !IO) {
      // The style variant is a second set of names styled by the same manifest CSS, because
      // ::highlight() rules cannot be switched without adding a stylesheet to the page.
      for (const [name, ranges] of groups) {
        if (!ranges.length) continue;
        const h = new H(...ranges);
        reg.set(name + variant, h);
        mine.set(name + variant, h);
      }
      count = total;
      return true;
    }
    // A highlight is registered once it has ranges: registering an empty one would cost a frame too.
    const byElement = new Map<Element, { name: string; h: HighlightSet; r: Range; on: boolean }[]>();
    for (const [base, ranges] of groups) {
      if (!ranges.length) continue;
      const name = base + variant;
      const h = new H();
      for (const r of ranges) {
        const c = r.startContainer;
        const el = c.nodeType === 1 ? (c as Element) : c.parentElement;
        if (!el) continue;
        const list = byElement.get(el);
        if (list) list.push({ name, h, r, on: false });
        else byElement.set(el, [{ name, h, r, on: false }]);
      }
    }
    // Elements whose ranges are to be added (true) or removed (false).
    const queue = new Map<Element, boolean>();
    let last = -Infinity;
    const flush = () => {
      timer = undefined;
      last = performance.now();
      let done = 0;
      for (const [el, near] of queue) {
        if (done >= BATCH) break;
        queue.delete(el);
        for (const item of byElement.get(el) ?? []) {
          if (item.on === near) continue;
          item.on = near;
          if (near) item.h.add(item.r);
          else item.h.delete(item.r);
          if (near && !mine.has(item.name)) {
            mine.set(item.name, item.h);
            reg.set(item.name, item.h);
          }
          count += near ? 1 : -1;
          done++;
        }
      }
      if (queue.size) schedule();
    };
    const schedule = () => {
      if (timer === undefined) timer = setTimeout(flush, Math.max(0, last + GAP - performance.now()));
    };
    const observer = new IO(
      (entries) => {
        if (observer !== io) return;
        for (const e of entries) queue.set(e.target, e.isIntersecting);
        // The observer reports after layout: a batch applied now is painted in the coming frame.
        if (timer === undefined && performance.now() - last >= GAP) flush();
        else schedule();
      },
      { rootMargin: `${NEAR} 0px ${NEAR} 0px` },
    );
    io = observer;
    for (const el of byElement.keys()) observer.observe(el);
    return true;
  };

  const intact = () => {
    const reg = registry();
    for (const [name, h] of mine) if (reg?.get(name) !== h) return false;
    return true;
  };

  return { paint, clear, registered: () => count, intact };
}
