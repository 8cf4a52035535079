import type { HighlightName } from './index';

/**
 * For browsers without the CSS Custom Highlight API only (it is in Chrome 105+ and Firefox 140+):
 * wrap each range in a <mark>. This changes the page's DOM, which is why it is never the default;
 * `unwrap` puts every node back exactly as it was. Ranges that cross element boundaries are skipped
 * rather than split, so the page's own structure is never reshaped.
 */
export interface Wrapped<T> {
  marks: Map<Element, T>;
  unwrap(): void;
}

const STYLE: Record<HighlightName, string> = {
  'backstory-entity': 'background:none;color:inherit;text-decoration:underline 2px #3b5bdb;text-underline-offset:3px',
  'backstory-speaker': 'background:rgba(64,192,87,.14);color:inherit;text-decoration:underline 2px #2b8a3e',
  'backstory-quote': 'background:rgba(76,110,245,.10);color:inherit',
  'backstory-claim': 'background:rgba(253,126,20,.10);color:inherit;text-decoration:underline wavy 1px #d9480f',
};

export function wrapRanges<T>(doc: Document, items: { name: HighlightName; range: Range; data: T }[]): Wrapped<T> {
  const marks = new Map<Element, T>();
  // Later ranges first, so wrapping one never moves the offsets of those still to come.
  const usable = items
    .filter((i) => i.range.startContainer === i.range.endContainer && i.range.startContainer.nodeType === 3 && !i.range.collapsed)
    .sort((x, y) =>
      x.range.startContainer === y.range.startContainer ? y.range.startOffset - x.range.startOffset : x.range.compareBoundaryPoints(0, y.range) > 0 ? -1 : 1,
    );
  const taken: Range[] = [];
  for (const i of usable) {
    // Overlapping ranges (a name inside a quote) cannot both be wrapped: the first (innermost) wins.
    if (taken.some((t) => t.startContainer === i.range.startContainer && t.startOffset < i.range.endOffset && i.range.startOffset < t.endOffset)) continue;
    const mark = doc.createElement('mark');
    mark.setAttribute('data-backstory', i.name);
    mark.setAttribute('style', STYLE[i.name]);
    i.range.surroundContents(mark);
    marks.set(mark, i.data);
    taken.push(i.range);
  }
  return {
    marks,
    unwrap() {
      for (const mark of marks.keys()) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        parent.removeChild(mark);
        parent.normalize();
      }
      marks.clear();
    },
  };
}
