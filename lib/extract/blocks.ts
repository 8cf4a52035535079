/**
 * Cut a subtree into blocks of text: each paragraph, heading, list item, or run of inline content
 * between block elements / <br>s becomes one Block holding the live Text nodes it is made of.
 * Nothing is cloned or changed: the Text nodes are the page's own, so offsets map back to it.
 */
import { BLOCK_TAGS, NEVER_CONTENT, SKIP_TAGS, furnitureReason, isElement, isText } from './dom';

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
}

interface Ctx {
  container: Element;
  chain: Element[];
  inLink: boolean;
  heading: number;
  listItem: boolean;
}

function nonSpaceCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160 && c !== 0x200b && c !== 0xfeff) n++;
  }
  return n;
}

export function collectBlocks(root: Element, maxChars = Infinity): Block[] {
  const blocks: Block[] = [];
  let run: Block | null = null;
  // A budget of text: past it the walk stops (a 2.5 MB page is read as far as analysis will use).
  let seen = 0;

  const close = () => {
    if (run && run.chars > 0) blocks.push(run);
    run = null;
  };

  const visit = (el: Element, ctx: Ctx) => {
    for (let child = el.firstChild; child && seen <= maxChars; child = child.nextSibling) {
      if (isText(child)) {
        // Markup shown as text (a <noscript> pixel the parser moved into <body>) is not prose.
        if (child.data.charCodeAt(0) === 60 && /^<[a-z!/][^>]*>/i.test(child.data)) continue;
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
      const reason = furnitureReason(child);
      if (reason === 'hidden') continue;
      // A furniture element starts its own block even when inline (<span class="credit">), so
      // its text never merges into the prose around it.
      const block = BLOCK_TAGS.has(tag) || reason !== null;
      if (block) close();
      const heading = /^H[1-6]$/.test(tag) ? Number(tag[1]) : ctx.heading;
      visit(child, {
        container: block ? child : ctx.container,
        chain: reason ? [...ctx.chain, child] : ctx.chain,
        inLink: ctx.inLink || tag === 'A',
        heading,
        listItem: ctx.listItem || tag === 'LI',
      });
      if (block) close();
    }
  };

  visit(root, { container: root, chain: [], inLink: false, heading: 0, listItem: false });
  close();
  blocks.forEach((b, i) => (b.index = i));
  settleFurniture(blocks);
  return blocks;
}

const rawProse = (b: Block) => !b.heading && b.chars - b.linkChars >= 40 && b.linkChars < 0.4 * b.chars;

/**
 * A furniture word on a wrapper that holds most of the page's prose ("widget Blog", a page-wide
 * <form>, "modal-enabled") is a site's naming habit, not furniture: such elements are cleared, and
 * each block takes the reason of its nearest remaining furniture ancestor.
 */
function settleFurniture(blocks: Block[]): void {
  let total = 0;
  const inside = new Map<Element, number>();
  for (const b of blocks) {
    if (!rawProse(b)) continue;
    const n = b.chars - b.linkChars;
    total += n;
    for (const el of b.chain) inside.set(el, (inside.get(el) ?? 0) + n);
  }
  // When nearly all the prose sits inside furniture, the page's only text is in there (an
  // archived newsletter, a whole article wrapped in a "comments"-named box): trust the prose.
  let free = total;
  for (const b of blocks) if (rawProse(b) && b.chain.length) free -= b.chars - b.linkChars;
  const starved = free < 0.15 * total;
  const cleared = new Set<Element>();
  for (const [el, n] of inside) {
    if (n < 0.4 * total || n < 200) continue;
    if (!starved && NEVER_CONTENT.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) continue;
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
