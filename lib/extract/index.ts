import type { Span } from '../types';
import { settleFurniture, walkBlocks, type Block } from './blocks';
import { BLOCK_TAGS } from './dom';
import { blockString, chooseRootSteps, isProse, TRAILER, TRAILER_MAX_CHARS } from './root';
import { never, runSliced, runSync, slicer, type Tick, type Steps } from './slice';
import { buildTextSteps, type Segment } from './text';
import { findTitle } from './title';

export type { Segment };

export interface BodyText {
  /** The article body as plain text: blocks (paragraphs, list items, headings) joined by "\n". */
  text: string;
  /** The headline, when found (not part of `text`). */
  title: string | null;
  segments: Segment[];
  /** Block spans in `text` (paragraphs etc.). */
  blocks: Span[];
}

/** Short lines that are calls to action, not prose, even when they sit inside the body. */
const BOILERPLATE =
  /^(advertisement|advertising|sponsored|comments?|leave a (comment|reply)|ad|share|share this( article| story)?|read more|related|related articles?|click here|continue reading|story continues below|more on this story|recommended|sign up\b.*|subscribe\b.*|follow us\b.*|from our\b.*newsletter.*|get the\b.*newsletter.*)$/i;

/** Text enough for an article (a few paragraphs) on a page where nothing visible reads as prose. */
const STARVED_TEXT = 1000;

/**
 * Sub-headings: mostly own text (a heading that is 80 % link is a teaser's title) and short (200
 * characters; longer "headings" are styled paragraphs or whole teasers). Short lines under 120
 * characters are checked against BOILERPLATE; a non-prose block more than half link is a link list.
 * Set on wcxb-dev and scrapinghub (see root.ts).
 */
const HEADING_MAX_LINK_SHARE = 0.8;
const HEADING_MAX_CHARS = 200;
const BOILERPLATE_MAX_CHARS = 120;
const LINE_MAX_LINK_SHARE = 0.5;

/** Keep a block of the chosen root in the body? */
function keep(b: Block, title: string | null): boolean {
  if (b.furniture) return false;
  const density = b.linkChars / b.chars;
  if (b.heading) {
    if (b.heading === 1) return false; // the headline goes to `title`
    return density < HEADING_MAX_LINK_SHARE && b.chars < HEADING_MAX_CHARS;
  }
  if (isProse(b)) return true;
  const s = blockString(b);
  if (title && s === title) return false;
  if (s.length < BOILERPLATE_MAX_CHARS && BOILERPLATE.test(s)) return false;
  if (density > LINE_MAX_LINK_SHARE) return false;
  return true;
}

/**
 * Cut the body at a "Related posts" / "You might also like" line in its last half: what follows is
 * other stories' teasers, which the root can hold when they share the article's container.
 */
function cutTrailer(kept: Block[]): Block[] {
  let total = 0;
  for (const b of kept) total += b.chars;
  let seen = 0;
  for (let i = 0; i < kept.length; i++) {
    const b = kept[i]!;
    if (seen >= 0.5 * total && b.chars <= TRAILER_MAX_CHARS && TRAILER.test(blockString(b))) return kept.slice(0, i);
    seen += b.chars;
  }
  return kept;
}

/** At least `min` characters of text under `el` (its textContent's length), read only as far as needed. */
function hasText(el: Element, min: number): boolean {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 | 8 /* NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION, as textContent reads */);
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if ((n += (t as Text).data.length) >= min) return true;
  return false;
}

/** Ancestors that give the text under them a context of their own in a walk (a link, a list item, a heading). */
const CONTEXT_TAG = /^(?:A|LI|H[1-6])$/;

/**
 * The blocks a walk of `root` would give, made from `all`, the walk of `body` that holds them, when that walk read them
 * as a walk from `root` reads them; else null (walk again). A second walk over the chosen root read the same nodes again:
 * a quarter of the extraction's time on a long article. Read alike when `root` is a block element (both walks close the
 * running block at it, and it is its own text's container) and no element from `root` up to `body` is a link, a list
 * item or a heading (a walk from `root` starts outside all three). What differs is what lies outside `root`: the
 * furniture around it (dropped from each block's chain), an <article> or <main> at or around it (no anchor then), and
 * so the furniture verdicts, settled again over these blocks alone. The caller checks that the whole walk was within the
 * budget, so neither walk was cut short.
 */
function blocksUnder(root: Element, body: Element, all: Block[]): Block[] | null {
  if (!BLOCK_TAGS.has(root.tagName.toUpperCase())) return null;
  for (let el: Element | null = root; el && el !== body; el = el.parentElement) if (CONTEXT_TAG.test(el.tagName.toUpperCase())) return null;
  const inside = (el: Element) => el !== root && root.contains(el);
  const out: Block[] = [];
  for (const b of all) {
    if (!root.contains(b.container)) continue;
    // A chain lists the furniture around a block outermost first: what is outside `root` comes first.
    let outer = 0;
    while (outer < b.chain.length && !inside(b.chain[outer]!)) outer++;
    const anchor = b.anchor && inside(b.anchor) ? b.anchor : null;
    out.push({
      ...b,
      chain: outer ? b.chain.slice(outer) : b.chain,
      furniture: null,
      index: out.length,
      anchor,
      anchorDepth: anchor ? b.anchorDepth - outer : 0,
    });
  }
  settleFurniture(out);
  return out;
}

export interface ExtractOptions {
  maxChars?: number;
}

/**
 * The article body of a page as text mapped to its live Text nodes. Never clones or changes the
 * document.
 */
export function extractBody(doc: Document, opts: ExtractOptions = {}): BodyText {
  return runSync(extractSteps(doc, opts, never));
}

/**
 * `extractBody` in slices of about `sliceMs` of work, with `pause` awaited between them (the
 * content script's yield to the page): the same walk, so the same body, without one long task.
 */
export function extractBodySliced(doc: Document, opts: ExtractOptions & { pause: () => Promise<void>; now: () => number; sliceMs: number }): Promise<BodyText> {
  const { tick, reset } = slicer(opts.now, opts.sliceMs);
  return runSliced(extractSteps(doc, opts, tick), opts.pause, reset);
}

function* extractSteps(doc: Document, opts: ExtractOptions, tick: Tick): Steps<BodyText> {
  const body = doc.body ?? doc.documentElement;
  const title = findTitle(doc);
  if (!body) return { text: '', title, segments: [], blocks: [] };
  // With a budget (the content script's: analysis reads at most that much text), the body root is
  // chosen from the page's first stretch, twice the budget, and the body stops at the budget. Pages
  // under the budget are extracted exactly as without one.
  const max = opts.maxChars ?? Infinity;
  let shown = false;
  let all = yield* walkBlocks(body, max * 2, false, tick);
  // No prose at all, yet the page has text: it is kept under a hiding class ("root hide") that its
  // own script removes once loaded (a preloader). The reader sees it, so it is read as shown.
  if (!all.some(isProse) && hasText(body, STARVED_TEXT)) all = yield* walkBlocks(body, max * 2, (shown = true), tick);
  const root = yield* chooseRootSteps(body, all, tick);
  const within = max === Infinity || all.reduce((n, b) => n + b.chars, 0) <= max;
  // Under the budget the body's walk holds the root's blocks: the root is walked again only when that walk read them otherwise.
  const reused = !within ? null : root === body ? all : blocksUnder(root, body, all);
  const inRoot = reused ?? (yield* walkBlocks(root, max, shown, tick));
  const kept = cutTrailer(inRoot.filter((b) => keep(b, title)));
  const { text, segments, blocks } = yield* buildTextSteps(
    kept.map((b) => b.nodes),
    tick,
  );
  return { text, title, segments, blocks };
}
