// Relative imports: the unit tier (tests/unit/hover.test.ts) runs this file without WXT's `~` alias.
import { indexSegments, offsetAt, rangeFor, targetAt, type Target } from '../../lib/highlight';
import type { BodyText } from '../../lib/extract';
import { CLOSE_DELAY, OPEN_DELAY, SCROLL_QUIET } from '../../lib/highlight/timing';

interface HoverOptions<T> {
  doc: Document;
  body: BodyText;
  targets: () => Target<T>[];
  isOverCard: (e: MouseEvent) => boolean;
  open: (t: Target<T>, range: Range) => void;
  close: () => void;
  signal: AbortSignal;
  /** Where highlights are wrapped elements (no Highlight API), the element under the pointer says. */
  resolve?: (e: MouseEvent) => { t: Target<T>; r: Range } | null;
  /**
   * The last trusted pointer position on the page, if any: a watcher installed after a re-analysis
   * hit-tests it at once, so a pointer already resting on a name (whose dwell the old watcher was
   * timing) still opens its card without another move.
   */
  pointer?: { clientX: number; clientY: number } | null;
}

/**
 * Highlights painted by the Custom Highlight API receive no pointer events, so hovering is
 * hit-tested here: the caret position under the pointer maps to a text offset, the offset to a
 * target, and the target's own rectangles confirm the pointer is really on it (a caret lookup also
 * answers for the blank margin next to a line). Only trusted input counts: a page's synthetic
 * mousemove, scroll or mouseleave neither opens, holds nor closes a card.
 */
/** How long a pointer move waits for a frame before it is hit-tested anyway, ms. */
const FRAME_FALLBACK = 50;

export function watchHover<T>(o: HoverOptions<T>): { cancel: () => void } {
  const index = indexSegments(o.body);
  let current: Target<T> | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let lastScroll = 0;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: MouseEvent | null = null;
  let frame = 0;
  let fallback: ReturnType<typeof setTimeout> | undefined;

  const cancelOpen = () => clearTimeout(openTimer);
  const scheduleClose = () => {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      current = null;
      o.close();
    }, CLOSE_DELAY);
  };

  const hit = (e: MouseEvent): { t: Target<T>; r: Range } | null => {
    if (o.resolve) return o.resolve(e);
    const pos = caretAt(o.doc, e.clientX, e.clientY);
    if (!pos) return null;
    const at = offsetAt(index, pos.node, pos.offset);
    if (at < 0) return null;
    // The caret sits between characters: try the character after it and the one before it.
    for (const off of [at, at - 1]) {
      const t = targetAt(o.targets(), off);
      if (!t) continue;
      const r = rangeFor(o.doc, o.body, t);
      if (r && contains(r, e.clientX, e.clientY)) return { t, r };
    }
    return null;
  };

  const onMove = (e: MouseEvent) => {
    // Only the newest move is ever judged: one held back below and replayed after a newer move was
    // judged would cancel that move's dwell (or close its card) while the pointer rests on the name.
    clearTimeout(settleTimer);
    if (o.isOverCard(e)) {
      clearTimeout(closeTimer);
      cancelOpen();
      return;
    }
    const sinceScroll = Date.now() - lastScroll;
    if (sinceScroll < SCROLL_QUIET) {
      // Text slides under a still pointer while the page scrolls: judge the hover once scrolling stops.
      settleTimer = setTimeout(() => onMove(e), SCROLL_QUIET - sinceScroll + 10);
      return;
    }
    const found = e.buttons !== 0 || hasSelection(o.doc) ? null : hit(e);
    if (found && current && found.t.start === current.start && found.t.end === current.end && found.t.name === current.name) {
      clearTimeout(closeTimer);
      return;
    }
    cancelOpen();
    if (!found) {
      if (current) scheduleClose();
      return;
    }
    clearTimeout(closeTimer);
    openTimer = setTimeout(() => {
      current = found.t;
      o.open(found.t, found.r);
    }, OPEN_DELAY);
  };

  o.doc.addEventListener(
    'mousemove',
    (e) => {
      if (!e.isTrusted) return;
      // One hit test per frame at most, however fast the pointer moves.
      pending = e;
      if (frame) return;
      // One hit-test per frame. A frame callback never comes while the browser thinks the page
      // hidden (seen with headless Firefox at start-up), so a timer stands in after FRAME_FALLBACK.
      const flush = () => {
        if (!frame) return;
        cancelAnimationFrame(frame);
        clearTimeout(fallback);
        frame = 0;
        if (pending) onMove(pending);
        pending = null;
      };
      frame = requestAnimationFrame(flush);
      fallback = setTimeout(flush, FRAME_FALLBACK);
    },
    { passive: true, signal: o.signal },
  );
  o.doc.addEventListener('scroll', (e) => e.isTrusted && (lastScroll = Date.now()), { passive: true, capture: true, signal: o.signal });
  o.doc.addEventListener('mouseleave', (e) => e.isTrusted && current && scheduleClose(), { signal: o.signal });
  o.signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    cancelOpen();
    clearTimeout(settleTimer);
    clearTimeout(closeTimer);
  });
  if (o.pointer && !o.resolve) {
    const { clientX, clientY } = o.pointer;
    onMove({ clientX, clientY, buttons: 0, composedPath: () => [] } as unknown as MouseEvent);
  }
  return {
    cancel: () => {
      cancelOpen();
      clearTimeout(closeTimer);
      current = null;
    },
  };
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function contains(r: Range, x: number, y: number): boolean {
  for (const rect of Array.from(r.getClientRects())) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

function hasSelection(doc: Document): boolean {
  const s = doc.getSelection();
  return !!s && !s.isCollapsed && s.toString().trim().length > 0;
}
