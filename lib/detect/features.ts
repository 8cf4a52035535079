/**
 * What a page says about itself and what a bounded sample of its content shows, gathered in ONE
 * walk over at most MAX_ELEMENTS elements in document order (no querySelectorAll('*'), no layout):
 * detection must stay cheap on the many pages that are not articles. The walk is here; what each
 * kind of element adds is `read.ts`; the record it fills is `record.ts`; the patterns are `cues.ts`.
 */
import { ARTICLE_TYPES, NON_ARTICLE_TYPES } from './jsonld';
import { readElement, readLeaf, readMarkup } from './read';
import { emptyFeatures, type PageFeatures, type Walk } from './record';

export type { PageFeatures };

/**
 * Elements read by the first walk. On wcxb-dev most non-articles (service, shop, forum pages) are
 * already a clear no within them; the rest get the longer walk below (see `EXTEND_ABOVE` in index.ts).
 */
export const MAX_ELEMENTS = 250;
/** The budget of the second, longer walk for pages the first one left undecided. */
export const EXTENDED_ELEMENTS = 1000;

/** Not descended into: never prose, and big site menus would eat the element budget. */
const SKIP = new Set(['NAV', 'FOOTER', 'HEADER', 'SELECT', 'STYLE', 'SVG', 'svg', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'CANVAS', 'MATH', 'math']);

export function pageFeatures(doc: Document, budget = MAX_ELEMENTS): PageFeatures {
  const f = emptyFeatures();
  const root = doc.documentElement;
  if (!root) return f;
  const walk: Walk = { f, types: new Set(), proseByParent: new Map(), lastBrParent: null };
  // Explicit stack over `children` (indexed access): nextElementSibling is a linear scan of the
  // parent's child list in some DOMs (happy-dom), which made wide pages quadratic.
  const stack: { kids: HTMLCollection; i: number }[] = [];
  let el: Element | null = root;
  let walked = 0;
  while (el) {
    walked++;
    const tag: string = el.tagName;
    const descend = readElement(el, tag, walk) && !SKIP.has(tag);
    // `children` is one cached collection; firstElementChild is a scan of the child list in a JS DOM.
    const kids = descend ? el.children : null;
    if (kids && kids.length === 0) readLeaf(el, tag, f);
    readMarkup(el, tag, f);
    if (walked >= budget) {
      f.truncated = true;
      break;
    }
    if (kids && kids.length) stack.push({ kids, i: 0 });
    // Next element in document order.
    el = null;
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.i < top.kids.length) {
        el = top.kids[top.i++]!;
        break;
      }
      stack.pop();
    }
  }
  f.walked = walked;
  finish(doc, walk);
  return f;
}

/** Totals that need the whole sample: where the prose sits, and what the JSON-LD types add up to. */
function finish(doc: Document, { f, types, proseByParent }: Walk): void {
  let top = 0;
  for (const n of proseByParent.values()) if (n > top) top = n;
  f.proseParents = proseByParent.size;
  f.proseTopShare = f.proseChars ? top / f.proseChars : 0;
  // Prose kept straight in an <article> with neither <p> nor <br> (Readability counts it too).
  if (f.proseParas === 0 && f.articleEls > 0) {
    const a = doc.getElementsByTagName('article')[0];
    const n = a ? (a.textContent ?? '').replace(/\s+/g, ' ').trim().length : 0;
    // 140 characters: Readability's own threshold for a node worth reading (isProbablyReaderable).
    if (n >= 140) {
      f.proseParas = 1;
      f.proseParents = 1;
      f.proseTopShare = 1;
      f.proseChars = n;
      f.longestPara = Math.max(f.longestPara, n);
    }
  }
  // An Offer in JSON-LD is price markup as surely as a price element is.
  if (types.has('Offer') || types.has('AggregateOffer')) f.priceMarks += 2;
  f.ldTypes = [...types];
  for (const t of types) {
    if (ARTICLE_TYPES.has(t)) f.ldArticle ??= t;
    else if (NON_ARTICLE_TYPES[t]) f.ldOther ??= NON_ARTICLE_TYPES[t]!;
  }
}
