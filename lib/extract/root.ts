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

/** Prose: a block of real sentences, not a link list or a label. */
export function isProse(b: Block): boolean {
  if (b.furniture || b.heading) return false;
  const own = b.chars - b.linkChars;
  return own >= 40 && b.linkChars / b.chars < 0.4;
}

const PENALTY = 0.6;
const PARAGRAPH_TAGS = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'TD', 'DD']);

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
    if (!isProse(b) || b.chars - b.linkChars > 600) continue;
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
  return found.size >= 3 ? found : new Set();
}

export function chooseRoot(body: Element, blocks: Block[]): Element {
  const good = new Map<Element, number>();
  const bad = new Map<Element, number>();
  const teasers = findTeasers(blocks);
  for (const b of blocks) {
    const prose = isProse(b) && !teasers.has(b);
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
    if (g >= 1.25 * (good.get(best) ?? 0) && score >= 0.6 * bestScore) best = el;
    if (el === body) break;
  }
  return best;
}
