/**
 * Cut a subtree into blocks of text: each paragraph, heading, list item, or run of inline content
 * between block elements / <br>s becomes one Block holding the live Text nodes it is made of.
 * Nothing is cloned or changed: the Text nodes are the page's own, so offsets map back to it.
 */
import { runSync, never, type Steps, type Tick } from './slice';
import { BLOCK_TAGS, NEVER_CONTENT, PROSE_MAX_LINK_SHARE, PROSE_MIN_CHARS, SKIP_TAGS, furnitureReason, isElement, isText } from './dom';

export interface Block {
  /** Nearest block-level element holding the text. */
  container: Element;
  nodes: Text[];
  /** Count of non-space characters, and how many of them sit inside links. */
  chars: number;
  linkChars: number;
  /** h1..h6 level, or 0. */
  heading: number;
  listItem: boolean;
  /** Inside a furniture element (nav, share bar, newsletter box...): its reason, else null. */
  furniture: string | null;
  /** The furniture elements around the block, outermost first (see `settleFurniture`). */
  chain: Element[];
  /** Index in document order. */
  index: number;
  /** The nearest <article>/<main> around the block, and how many `chain` elements enclose it. */
  anchor: Element | null;
  anchorDepth: number;
}

interface Ctx {
  container: Element;
  chain: Element[];
  anchor: Element | null;
  anchorDepth: number;
  inLink: boolean;
  heading: number;
  listItem: boolean;
}

/** Characters that are none of: a control or space (≤ U+0020), a no-break space, a zero-width space, a byte-order mark. */
function nonSpaceCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // (c > 32 added as its sign bit, not branched on: spaces come every few letters, and a branch that
    // guesses wrong that often cost twice the count's time; the rare characters above are the branch.)
    n += (32 - c) >>> 31;
    if (c >= 160 && (c === 160 || c === 0x200b || c === 0xfeff)) n--;
  }
  return n;
}

/** Text that opens with a CSS rule (".x-1{color:red}"). Looks only at the head: bounded work. */
function isStyleText(data: string): boolean {
  const head = data.slice(0, 300);
  const brace = head.indexOf('{');
  if (brace < 1) return false;
  const selector = head.slice(0, brace).trim();
  return /^(?:@media|[.#][a-z][\w-]*)[^{};!?"]{0,150}$/i.test(selector) && /^[^{}]*:[^{}]*\}/.test(head.slice(brace + 1));
}

/** Code shown as a word of a sentence, not a listing (<pre>). */
const CODE_TAGS = new Set(['CODE', 'KBD', 'SAMP', 'TT', 'VAR']);
const inlineCode = (el: Element) => CODE_TAGS.has(el.tagName.toUpperCase()) && el.parentElement?.tagName.toUpperCase() !== 'PRE';

/** Furniture words for text that is never on screen (screen-reader labels, print-only lines). */
const INVISIBLE = new Set(['visually-hidden', 'sr-only', 'screen-reader-text', 'skip-link', 'print-only']);

/** Text runs on both sides of an inline element: it is a word or phrase of the running sentence. */
function midSentence(el: Element, run: Block | null): boolean {
  const next = el.nextSibling;
  return run !== null && run.chars > 0 && next !== null && isText(next) && nonSpaceCount(next.data) > 0;
}

export function collectBlocks(root: Element, maxChars = Infinity, classShown = false): Block[] {
  return runSync(walkBlocks(root, maxChars, classShown, never));
}

/** One element being walked: its context, the next child to read, and whether it closes a block. */
interface Frame {
  el: Element;
  ctx: Ctx;
  child: ChildNode | null;
  block: boolean;
}

/**
 * `collectBlocks` as a walk that yields when `tick` says its slice is used up (lib/extract/slice.ts).
 * Depth-first over an explicit stack, so it can stop between any two nodes and go on later.
 */
export function* walkBlocks(root: Element, maxChars: number, classShown: boolean, tick: Tick): Steps<Block[]> {
  const blocks: Block[] = [];
  let run: Block | null = null;
  // A budget of text: past it the walk stops (a 2.5 MB page is read as far as analysis will use).
  let seen = 0;

  const close = () => {
    if (run && run.chars > 0) blocks.push(run);
    run = null;
  };

  const ctx0: Ctx = { container: root, chain: [], anchor: null, anchorDepth: 0, inLink: false, heading: 0, listItem: false };
  const stack: Frame[] = [{ el: root, ctx: ctx0, child: root.firstChild, block: false }];
  while (stack.length) {
    if (tick()) yield;
    const frame = stack[stack.length - 1]!;
    const child = frame.child;
    if (!child || seen > maxChars) {
      stack.pop();
      if (frame.block) close();
      continue;
    }
    frame.child = child.nextSibling;
    const { ctx, el } = frame;
    if (isText(child)) {
      // Markup shown as text (a <noscript> pixel the parser moved into <body>) is not prose.
      // (Inline <code> in a sentence is the article's own example: "a mess of <table> tags".)
      if (child.data.charCodeAt(0) === 60 && !inlineCode(el) && /^<[a-z!/][^>]*>/i.test(child.data)) continue;
      // So is a style sheet left as text (a <style> in a table row that a parser hoisted out
      // without its rules): ".css-1x{color:red}" is never a sentence.
      if (isStyleText(child.data)) continue;
      const n = nonSpaceCount(child.data);
      if (!run) {
        if (n === 0) continue;
        run = {
          container: ctx.container,
          nodes: [],
          chars: 0,
          linkChars: 0,
          heading: ctx.heading,
          listItem: ctx.listItem,
          furniture: null,
          chain: ctx.chain,
          index: blocks.length,
          anchor: ctx.anchor,
          anchorDepth: ctx.anchorDepth,
        };
      }
      run.nodes.push(child);
      run.chars += n;
      seen += n;
      if (ctx.inLink) run.linkChars += n;
      continue;
    }
    if (!isElement(child)) continue;
    const tag = child.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      close();
      continue;
    }
    let reason = furnitureReason(child, classShown);
    if (reason === 'hidden') continue;
    // Inline markup in the middle of a sentence ("position on <a class="meta-loc">Sudan</a> and
    // lift…") is part of that sentence, whatever its class says: only text the reader cannot see
    // (screen-reader labels) leaves it.
    if (reason && !BLOCK_TAGS.has(tag) && !INVISIBLE.has(reason) && midSentence(child, run)) reason = null;
    // A furniture element starts its own block even when inline (<span class="credit">), so
    // its text never merges into the prose around it.
    const block = BLOCK_TAGS.has(tag) || reason !== null;
    if (block) close();
    const anchor = tag === 'ARTICLE' || tag === 'MAIN' || child.getAttribute('role') === 'main';
    const heading = /^H[1-6]$/.test(tag) ? Number(tag[1]) : ctx.heading;
    stack.push({
      el: child,
      ctx: {
        container: block ? child : ctx.container,
        chain: reason ? [...ctx.chain, child] : ctx.chain,
        anchor: anchor ? child : ctx.anchor,
        anchorDepth: anchor ? ctx.chain.length : ctx.anchorDepth,
        inLink: ctx.inLink || tag === 'A',
        heading,
        listItem: ctx.listItem || tag === 'LI',
      },
      child: child.firstChild,
      block,
    });
  }
  close();
  blocks.forEach((b, i) => (b.index = i));
  settleFurniture(blocks);
  return blocks;
}

const rawProse = (b: Block) => !b.heading && b.chars - b.linkChars >= PROSE_MIN_CHARS && b.linkChars < PROSE_MAX_LINK_SHARE * b.chars;

/** WordPress and others mark up each comment as an <article>: never a body, however long. */
const COMMENT = /comment|reply|disqus/i;
const attrsOf = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

/** Tag and class of a classed element, the key under which same-named boxes are summed. */
function habitKey(el: Element): string | null {
  const cls = el.getAttribute('class');
  return cls && cls.trim() ? `${el.tagName} ${cls.trim()}` : null;
}

/*
 * Shares of the page's prose, set on wcxb-dev and scrapinghub (see root.ts): same-class boxes are one
 * habit when they hold 85 % of the prose between the first and the last of them; a page is starved
 * when under 15 % of its prose is outside furniture; a box and an <article> are one when each holds
 * 80 % of the other's prose; a furniture-named box is cleared when it holds 40 % of all prose (and
 * 200 characters: a paragraph or two).
 */
const HABIT_RUN_SHARE = 0.85;
const STARVED_SHARE = 0.15;
const SAME_BOX_SHARE = 0.8;
const CLEAR_SHARE = 0.4;
const CLEAR_MIN_CHARS = 200;

/**
 * A furniture word on a wrapper that holds most of the page's prose ("widget Blog", a page-wide
 * <form>, "modal-enabled") is a site's naming habit, not furniture: such elements are cleared, and
 * each block takes the reason of its nearest remaining furniture ancestor.
 */
export function settleFurniture(blocks: Block[]): void {
  let total = 0;
  const inside = new Map<Element, number>();
  // A body cut into sections that each carry the same furniture-sounding class ("content-nav-section"
  // per chapter, "product-widget" per reviewed item) is one habit too: such boxes are judged
  // together, by their shared class, when they form one run of the page's prose (left and right
  // sidebars, or tickers above and below the article, do not: the article sits between them) and
  // hold paragraphs, not one blurb each (a column of teaser boxes).
  const habits = new Map<string, { n: number; from: number; to: number; els: Set<Element>; blocks: number }>();
  const proseBefore: number[] = []; // prose in blocks[0..i)
  // Prose per <article>/<main> in or around each furniture element: a page that puts its one
  // <article> in a "newsletter" box (or a "newsletter" text box in its <article>) is a newsletter
  // archive page, and that article is its body.
  const anchored = new Map<Element, Map<Element, number>>();
  const anchorProse = new Map<Element, number>();
  for (const b of blocks) {
    proseBefore.push(total);
    if (!rawProse(b)) continue;
    const n = b.chars - b.linkChars;
    total += n;
    if (b.anchor) anchorProse.set(b.anchor, (anchorProse.get(b.anchor) ?? 0) + n);
    for (let i = 0; i < b.chain.length; i++) {
      const el = b.chain[i]!;
      inside.set(el, (inside.get(el) ?? 0) + n);
      if (b.anchor) {
        const m = anchored.get(el) ?? new Map<Element, number>();
        m.set(b.anchor, (m.get(b.anchor) ?? 0) + n);
        anchored.set(el, m);
      }
      const key = habitKey(el);
      if (!key) continue;
      const h = habits.get(key);
      if (h) {
        h.n += n;
        h.to = b.index;
        h.els.add(el);
        h.blocks++;
      } else habits.set(key, { n, from: b.index, to: b.index, els: new Set([el]), blocks: 1 });
    }
  }
  proseBefore.push(total);
  const habitProse = (key: string | null): number => {
    const h = key ? habits.get(key) : undefined;
    if (!h || h.blocks < 2 * h.els.size) return 0;
    const span = proseBefore[h.to + 1]! - proseBefore[h.from]!;
    return h.n >= HABIT_RUN_SHARE * span ? h.n : 0;
  };
  // When nearly all the prose sits inside furniture, the page's only text is in there (an
  // archived newsletter, a whole article wrapped in a "comments"-named box): trust the prose.
  let free = total;
  for (const b of blocks) if (rawProse(b) && b.chain.length) free -= b.chars - b.linkChars;
  const starved = free < STARVED_SHARE * total;
  const cleared = new Set<Element>();
  const holdsArticle = (el: Element, own: number): boolean => {
    // The box and the article hold about the same prose: one is the other's wrapper, not a part of it.
    for (const [anchor, n] of anchored.get(el) ?? []) {
      if (n >= SAME_BOX_SHARE * own && n >= SAME_BOX_SHARE * anchorProse.get(anchor)! && !COMMENT.test(attrsOf(anchor))) return true;
    }
    return false;
  };
  for (const [el, own] of inside) {
    const never = NEVER_CONTENT.test(attrsOf(el));
    if (never && !starved && !holdsArticle(el, own)) continue;
    // Repeated never-content boxes are a thread of comments (or related teasers), however much
    // prose they add up to: only a single such box holding the page's prose is trusted.
    const n = Math.max(own, never ? 0 : habitProse(habitKey(el)));
    if (n < CLEAR_SHARE * total || n < CLEAR_MIN_CHARS) continue;
    cleared.add(el);
  }
  for (const b of blocks) {
    for (let i = b.chain.length - 1; i >= 0; i--) {
      const el = b.chain[i]!;
      if (cleared.has(el)) continue;
      b.furniture = furnitureReason(el);
      break;
    }
  }
}
