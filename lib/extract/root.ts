/**
 * Choose the element that holds the article body, by our own scorer rather than Readability:
 * Readability mutates the document (we must leave the live page intact for Range highlights),
 * and mapping its clone's output back to live nodes costs more code than this scorer does.
 *
 * Every prose-like block votes for all its ancestors with its length; furniture and link lists
 * vote against them. The best element is the one where prose outweighs the rest: the smallest
 * container that still holds nearly all the prose.
 */
import type { Block } from './blocks';
import { PROSE_MAX_LINK_SHARE, PROSE_MIN_CHARS } from './dom';
import { never, runSync, type Steps, type Tick } from './slice';

/*
 * The numbers below were set while reading wcxb-dev's first 550 pages and the scrapinghub benchmark
 * (commits 2252433, b6e7618, db0efc6), and are re-checked by tests/eval/extract-folds.ts on all 793
 * wcxb-dev articles, its held-out half and scrapinghub's 181.
 */

/** Prose: a block of real sentences, not a link list or a label. */
export function isProse(b: Block): boolean {
  if (b.furniture || b.heading) return false;
  const own = b.chars - b.linkChars;
  return own >= PROSE_MIN_CHARS && b.linkChars / b.chars < PROSE_MAX_LINK_SHARE;
}

const PARAGRAPH_TAGS = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'TD', 'DD']);

/**
 * Legal notices: copyright lines and disclaimers ("not intended to replace the advice of...",
 * "for informational purposes only"). Sites print them in every page's footer, often as long
 * paragraphs, so they read as prose, yet they are the site's, not the article's.
 */
export const LEGAL_NOTICE =
  /(?:all rights reserved|copyright\s*(?:©|\(c\))?\s*(?:19|20)\d\d|©\s*(?:19|20)\d\d|not intended (?:to|as) (?:an? )?(?:replace|substitute|provide|constitute)|does not constitute|(?:do|does) not (?:provide|give|offer) (?:any )?(?:tax|legal|investment|financial|medical)|for (?:general )?(?:informational?|educational)(?: (?:or|and) (?:informational?|educational))? purposes only|(?:cannot|can ?not|shall not|will not) be (?:held )?(?:liable|responsible))/i;

export function blockString(b: Block): string {
  let s = '';
  for (const n of b.nodes) s += n.data;
  return s.replace(/\s+/g, ' ').trim();
}

/** A block that is a legal notice (checked only on prose: short labels never vote anyway). */
/** Site notices are a paragraph or two; a longer block that mentions liability is an article about it. */
const LEGAL_MAX_CHARS = 2000;
/**
 * A word every LEGAL_NOTICE wording contains (none of them holds a space, so collapsing whitespace
 * cannot make or break one): a block without any is no notice, and its text need not be collapsed.
 */
const LEGAL_WORD = /reserved|copyright|©|intended|constitute|tax|legal|investment|financial|medical|purposes|liable|responsible/i;
function rawString(b: Block): string {
  let s = '';
  for (const n of b.nodes) s += n.data;
  return s;
}
export const isLegal = (b: Block) => b.chars < LEGAL_MAX_CHARS && LEGAL_WORD.test(rawString(b)) && LEGAL_NOTICE.test(blockString(b));

/**
 * Headings that open the list of other stories a page appends after the article, or its back
 * matter (references, further reading): lists of names and titles, not the article's prose.
 */
export const TRAILER =
  /^(?:references|bibliography|works cited|footnotes|citations|further reading|external links|see also|acknowledge?ments|related(?: posts?| articles?| stories| reading| content| news)?|more (?:stories|articles|posts|news|from\b.{0,40})|(?:the )?latest (?:posts|articles|news|blogs?|stories)|recent (?:posts|articles|stories)|you (?:might|may) also (?:like|enjoy)|read (?:this )?next|recommended(?: for you| reading| articles| stories)?|(?:most )?popular (?:posts|articles|stories)|also read|keep reading)\s*:?$/i;

/** The box a block's text belongs to: a paragraph's parent, else the block's own container. */
const boxOf = (b: Block): Element | null => (PARAGRAPH_TAGS.has(b.container.tagName) ? b.container.parentElement : b.container);

/**
 * Prose after a "Read this next" / "Related posts" line that sits outside the boxes the prose
 * before it was in: the other stories' excerpts a page appends after the article. They must not
 * pull the root up to the container that holds both. Prose in the same boxes (or their parents:
 * a body split into sections) goes on voting, so an inline "Related" link box in the middle of an
 * article changes nothing.
 */
/** A trailer heading counts after this much of the article's prose (300 characters and a quarter of it). */
const TRAILER_AFTER_CHARS = 300;
const TRAILER_AFTER_SHARE = 0.25;
/** A heading is short: "You might also like" is 19 characters. */
export const TRAILER_MAX_CHARS = 40;

export function findTrailing(blocks: Block[], votes: (b: Block) => boolean): Set<Block> {
  const found = new Set<Block>();
  let total = 0;
  for (const b of blocks) if (votes(b)) total += b.chars - b.linkChars;
  let seen = 0;
  let at = -1;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (votes(b)) seen += b.chars - b.linkChars;
    else if (seen >= TRAILER_AFTER_CHARS && seen >= TRAILER_AFTER_SHARE * total && b.chars <= TRAILER_MAX_CHARS && TRAILER.test(blockString(b))) {
      at = i;
      break;
    }
  }
  if (at < 0) return found;
  const boxes = new Set<Element>();
  for (let i = 0; i < at; i++) {
    const b = blocks[i]!;
    if (!votes(b)) continue;
    const box = boxOf(b);
    if (box) boxes.add(box);
    if (box?.parentElement) boxes.add(box.parentElement);
  }
  for (let i = at + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!votes(b)) continue;
    const box = boxOf(b);
    if (box && (boxes.has(box) || (box.parentElement && boxes.has(box.parentElement)))) continue;
    found.add(b);
  }
  return found;
}

/** What a character of link text or furniture costs a container, against one of prose. */
const PENALTY = 0.6;
/** Climbing to a parent: it must hold a quarter more prose, and keep 60 % of the best score. */
const CLIMB_MORE_PROSE = 1.25;
const CLIMB_KEEP_SCORE = 0.6;
/** A teaser is one short paragraph (under 600 characters of own text); a list of them, three or more. */
const TEASER_MAX_CHARS = 600;
const TEASER_MIN_RUN = 3;

/** A headline that is all link: the title of another story in a list of them. */
const linkedHeadline = (b: Block) => b.chars >= 15 && b.linkChars >= 0.8 * b.chars && !b.furniture;

/**
 * Teaser excerpts: single short paragraphs each sitting between linked headlines ("More stories":
 * headline link, date, one-paragraph summary, next headline link). Their prose is not the
 * article's, so it must not pull the root up to a container that also holds the article. Only a
 * run of three or more counts, so one linked sub-heading in an article changes nothing.
 */
export function findTeasers(blocks: Block[]): Set<Block> {
  const found = new Set<Block>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!isProse(b) || b.chars - b.linkChars > TEASER_MAX_CHARS) continue;
    let before = false;
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      if (linkedHeadline(blocks[j]!)) {
        before = true;
        break;
      }
      if (isProse(blocks[j]!)) break;
    }
    if (!before) continue;
    let after = i + 1 >= blocks.length;
    for (let j = i + 1; j < blocks.length && j <= i + 4; j++) {
      if (linkedHeadline(blocks[j]!)) {
        after = true;
        break;
      }
      if (isProse(blocks[j]!)) break;
    }
    if (after) found.add(b);
  }
  return found.size >= TEASER_MIN_RUN ? found : new Set();
}

export function chooseRoot(body: Element, blocks: Block[]): Element {
  return runSync(chooseRootSteps(body, blocks, never));
}

/** `chooseRoot` as a walk that yields when `tick` says its slice is used up (lib/extract/slice.ts). */
export function* chooseRootSteps(body: Element, blocks: Block[], tick: Tick): Steps<Element> {
  const good = new Map<Element, number>();
  const bad = new Map<Element, number>();
  const teasers = findTeasers(blocks);
  // Each block's text is read once (legal notices are found by their wording).
  const voters = new Set<Block>();
  for (const b of blocks) {
    if (tick()) yield;
    if (isProse(b) && !teasers.has(b) && !isLegal(b)) voters.add(b);
  }
  const votes = (b: Block) => voters.has(b);
  const trailing = findTrailing(blocks, votes);
  for (const b of blocks) {
    if (tick()) yield;
    const prose = votes(b) && !trailing.has(b);
    // Short plain lines (labels, sub-heads, bylines) are neutral; link text and furniture count
    // against a container.
    const g = prose ? b.chars - b.linkChars : 0;
    const w = b.furniture ? b.chars : prose ? 0 : b.linkChars;
    if (g === 0 && w === 0) continue;
    for (let el: Element | null = b.container; el; el = el.parentElement) {
      if (g) good.set(el, (good.get(el) ?? 0) + g);
      if (w) bad.set(el, (bad.get(el) ?? 0) + w);
      if (el === body) break;
    }
  }
  let best: Element = body;
  let bestScore = -Infinity;
  for (const [el, g] of good) {
    const score = g - PENALTY * (bad.get(el) ?? 0);
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  }
  // Climb while the parent holds clearly more prose at a similar cost: a list of items or a body
  // split in sibling containers is one article, not its single longest item.
  // A single paragraph is never the whole body: start from its container.
  if (best !== body && PARAGRAPH_TAGS.has(best.tagName) && best.parentElement) best = best.parentElement;
  bestScore = (good.get(best) ?? 0) - PENALTY * (bad.get(best) ?? 0);
  for (let el = best.parentElement; el && best !== body; el = el.parentElement) {
    const g = good.get(el) ?? 0;
    const score = g - PENALTY * (bad.get(el) ?? 0);
    if (g >= CLIMB_MORE_PROSE * (good.get(best) ?? 0) && score >= CLIMB_KEEP_SCORE * bestScore) best = el;
    if (el === body) break;
  }
  return best;
}
