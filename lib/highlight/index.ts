import type { BodyText, Segment } from '../extract';
import type { Span } from '../types';

/**
 * From text offsets to live DOM Ranges and back. Highlights are painted with the CSS Custom
 * Highlight API, which takes Ranges and leaves the page's DOM untouched; the API gives highlights no
 * pointer events, so hovers are hit-tested here against the same offsets.
 */

export type HighlightName = 'backstory-entity' | 'backstory-speaker' | 'backstory-quote' | 'backstory-claim';
export const HIGHLIGHT_NAMES: HighlightName[] = ['backstory-claim', 'backstory-quote', 'backstory-entity', 'backstory-speaker'];

/** Binary search: the segment holding text offset `at` (the one starting at or before it). */
function segmentAt(segments: Segment[], at: number, preferEnd = false): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  let best: Segment | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (preferEnd ? s.start < at : s.start <= at) {
      best = s;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** A Range over the live nodes covering text span `span`, or null when it falls outside the body. */
export function rangeFor(doc: Document, body: BodyText, span: Span): Range | null {
  if (span.end <= span.start) return null;
  const a = segmentAt(body.segments, span.start);
  const b = segmentAt(body.segments, span.end, true);
  if (!a || !b || span.start >= a.end || span.end > b.end) return null;
  // Ranges into nodes the page has since removed or shortened would throw; skip them.
  const aOff = a.nodeStart + (span.start - a.start);
  const bOff = b.nodeStart + (span.end - b.start);
  if (!a.node.isConnected || !b.node.isConnected || aOff > a.node.length || bOff > b.node.length) return null;
  const r = doc.createRange();
  r.setStart(a.node, aOff);
  r.setEnd(b.node, bOff);
  return r;
}

/** A text offset for a (node, offset) caret position, or -1 when the node is not part of the body. */
export function offsetAt(index: Map<Node, Segment[]>, node: Node, offset: number): number {
  const segs = index.get(node);
  if (!segs) return -1;
  for (const s of segs) {
    const rel = offset - s.nodeStart;
    if (rel >= 0 && rel <= s.end - s.start) return s.start + rel;
  }
  return -1;
}

export function indexSegments(body: BodyText): Map<Node, Segment[]> {
  const m = new Map<Node, Segment[]>();
  for (const s of body.segments) {
    const list = m.get(s.node);
    if (list) list.push(s);
    else m.set(s.node, [s]);
  }
  return m;
}

export interface Target<T = unknown> extends Span {
  name: HighlightName;
  data: T;
}

/**
 * The innermost target under a text offset: entity and speaker names win over the quote or claim
 * that contains them, so hovering a name inside a flagged sentence opens the name's card.
 */
export function targetAt<T>(targets: Target<T>[], at: number): Target<T> | null {
  let best: Target<T> | null = null;
  for (const t of targets) {
    if (at < t.start || at >= t.end) continue;
    if (!best || t.end - t.start < best.end - best.start) best = t;
  }
  return best;
}

interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): void;
}

/**
 * Paint ranges under their names. Returns false where the Custom Highlight API is missing; the
 * caller then decides whether to fall back to wrapping (which changes the page's DOM).
 */
export function paint(win: Window & typeof globalThis, groups: Map<HighlightName, Range[]>, variant: '' | '-bg' = ''): boolean {
  const registry = (win.CSS as unknown as { highlights?: HighlightRegistry })?.highlights;
  const HighlightCtor = (win as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightCtor) return false;
  clearPaint(win);
  // The style variant is a second set of names styled by the same manifest CSS, because ::highlight()
  // rules cannot be switched without adding a stylesheet to the page.
  for (const [name, ranges] of groups) if (ranges.length) registry.set(name + variant, new HighlightCtor(...ranges));
  return true;
}

export function clearPaint(win: Window & typeof globalThis): void {
  const registry = (win.CSS as unknown as { highlights?: HighlightRegistry })?.highlights;
  for (const n of HIGHLIGHT_NAMES) {
    registry?.delete(n);
    registry?.delete(`${n}-bg`);
  }
}
