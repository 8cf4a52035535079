/**
 * What each element adds to the page's features, one reader per kind of element: metadata,
 * paragraphs (the prose sample), short leaf texts (dates, buttons, prices) and class names.
 * Called by the walk in `features.ts`, in document order.
 */
import {
  AUTHOR_META,
  CART_TEXT,
  CTA_TEXT,
  DATE_TEXT,
  FORUM_TEXT,
  MARKED_TAGS,
  MARKS,
  PERSON,
  PRICE_META,
  PRICE_TEXT,
  REPLY_TITLE,
  SENTENCE_END,
  VOTE_TEXT,
  WORD,
  headlineOf,
} from './cues';
import { collectTypes } from './jsonld';
import type { PageFeatures, Walk } from './record';

/** Paragraphs read for the prose sample: an article shows its kind within its first thirty. */
const MAX_PARAGRAPHS = 30;
/**
 * A paragraph of prose: at least 80 characters (two lines of a column; a label, caption or
 * teaser line is shorter), under 30 % of them link text (a link list is not prose), and a
 * sentence end. Both checked on wcxb-dev with detect-fit.ts's cross-validation.
 */
const PROSE_MIN_CHARS = 80;
const PROSE_MAX_LINK_SHARE = 0.3;
/** Leaf texts read for dates, buttons and prices: a label is short; longer text is prose. */
const LEAF_MIN = 3;
const LEAF_MAX = 80;
/** Forum post controls ("Quote", "Reply", "#3") are a word or two. */
const CONTROL_MAX = 30;

/** Where a dateline, a button's label or a price tag sits; other leaves (images, icons) are not read. */
const LEAF_TEXT_TAGS = new Set(['A', 'SPAN', 'TIME', 'BUTTON', 'SMALL', 'LI', 'TD', 'DIV', 'STRONG', 'B', 'EM', 'DD', 'ABBR']);

/** Whitespace that s.replace(/\s+/g, ' ') would change: a run of two, or one that is not a space. */
const NEEDS_COLLAPSE = /\s{2}|[^\S ]/;
/** s.replace(/\s+/g, ' ').trim(), without the copy when nothing needs collapsing (most paragraphs of a page). */
const collapsed = (s: string): string => (NEEDS_COLLAPSE.test(s) ? s.replace(/\s+/g, ' ') : s).trim();

function textStats(p: Element): { chars: number; linkChars: number; text: string } {
  const text = collapsed(p.textContent ?? '');
  let linkChars = 0;
  const links = p.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) linkChars += (links[i]!.textContent ?? '').trim().length;
  return { chars: text.length, linkChars: Math.min(linkChars, text.length), text };
}

/** The longest PERSON word. */
const PERSON_MAX = Math.max(...[...PERSON.keys()].map((w) => w.length));

const WORD_CHAR = new RegExp(`[${WORD.source.slice(1, WORD.source.indexOf(']'))}]`, 'uy');

/**
 * How many UTF-16 units of a word character (WORD's class: a letter, a digit or an apostrophe)
 * start at i: 0, 1 or 2. ASCII and general punctuation (U+2000-U+206F: curly quotes, dashes; no
 * letter or digit but ’) answered from the char code, the rest by the class itself.
 */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 39 ? 1 : 0;
  if (c === 0x2019) return 1;
  if (c >= 0x2000 && c <= 0x206f) return 0;
  WORD_CHAR.lastIndex = i;
  return WORD_CHAR.test(text) ? WORD_CHAR.lastIndex - i : 0;
}

/**
 * A paragraph of prose joins the sample: its words, who it addresses, and the box it sits in. The
 * words are WORD's matches, found by a scan (the regex's /u letter class was most of the count's cost).
 */
function countProse({ f, proseByParent }: Walk, parent: Element | null, n: number, text: string): void {
  if (f.proseParas++ === 0) f.linksBeforeProse = f.links;
  const len = text.length;
  let i = 0;
  while (i < len) {
    let u = wordCharAt(text, i);
    if (!u) {
      // (A pair of surrogates is one character, as the regex steps.)
      // (Nothing read past the end: compiled code deopts on the first out-of-bounds read, at the first text ending so.)
      const c = text.charCodeAt(i);
      const d = i + 1 < len ? text.charCodeAt(i + 1) : 0;
      i += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
      continue;
    }
    const start = i;
    let bits = -1; // the word's characters AND-ed, 0 once one is not ASCII (bit 5 is clear in A-Z alone)
    while (u) {
      const c = text.charCodeAt(i);
      bits &= c < 128 ? c : 0;
      i += u;
      u = i < len ? wordCharAt(text, i) : 0;
    }
    f.proseWords++;
    // (An ASCII word longer than every PERSON word is read for its "-ed" alone, without a copy; a lower-case one is its own
    // lower case. Most words of a paragraph are one or the other, and this runs on every word of thirty paragraphs.)
    if (bits && i - start > PERSON_MAX) {
      if ((text.charCodeAt(i - 2) | 32) === 101 && (text.charCodeAt(i - 1) | 32) === 100) f.edWords++;
      continue;
    }
    const lw = bits & 32 ? text.slice(start, i) : text.slice(start, i).toLowerCase();
    const k = PERSON.get(lw);
    if (k === 1) f.youWords++;
    else if (k === 2) f.weWords++;
    else if (k === 3) f.iWords++;
    else if (k === 4) f.theyWords++;
    else if (k === 5) f.saidWords++;
    else if (lw.length > 4 && lw.endsWith('ed')) f.edWords++;
  }
  f.proseChars += n;
  if (parent) proseByParent.set(parent, (proseByParent.get(parent) ?? 0) + n);
  if (f.h1 > 0 && f.proseParas === 1) f.h1BeforeProse = true;
}

function readMeta(el: Element, f: PageFeatures): void {
  const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
  if (key === 'og:type') f.ogType = (el.getAttribute('content') ?? '').toLowerCase().trim();
  else if (AUTHOR_META.has(key)) f.author = true;
  else if (PRICE_META.has(key)) f.priceMarks++;
}

/** Text laid out with <br>s in a <div> is a paragraph too (old CMSs, forums, Readability's view). */
function readBrParent(el: Element, walk: Walk): void {
  const { f } = walk;
  const parent = el.parentElement;
  if (!parent || parent === walk.lastBrParent || parent.tagName === 'P' || f.paras >= MAX_PARAGRAPHS) return;
  walk.lastBrParent = parent;
  let own = '';
  for (let c = parent.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) own += (c as Text).data;
  own = collapsed(own);
  if (own.length < PROSE_MIN_CHARS) return;
  f.paras++;
  if (own.length > f.longestPara) f.longestPara = own.length;
  if (SENTENCE_END.test(own)) countProse(walk, parent, own.length, own);
}

function readParagraph(el: Element, walk: Walk): void {
  const { f } = walk;
  if (f.paras >= MAX_PARAGRAPHS) return;
  f.paras++;
  const s = textStats(el);
  if (s.chars > f.longestPara) f.longestPara = s.chars;
  if (s.chars >= PROSE_MIN_CHARS && s.linkChars < PROSE_MAX_LINK_SHARE * s.chars && SENTENCE_END.test(s.text)) {
    // A paragraph alone in its own wrapper (sites that slot ads between paragraphs wrap
    // each one) belongs to the wrapper's parent: that is the box the story runs on in.
    const parent = el.parentElement;
    countProse(walk, parent && parent.childElementCount === 1 ? parent.parentElement : parent, s.chars - s.linkChars, s.text);
  }
}

/** Reads one element by its tag; false when its children are not worth walking into. */
export function readElement(el: Element, tag: string, walk: Walk): boolean {
  const { f } = walk;
  switch (tag) {
    case 'META':
      readMeta(el, f);
      return true;
    case 'SCRIPT':
      if ((el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') collectTypes(el.textContent ?? '', walk.types);
      return false;
    case 'TITLE':
      if (!f.titleWords && el.parentElement?.tagName === 'HEAD') {
        const h = headlineOf(el.textContent ?? '');
        f.titleWords = h.words;
        f.titleLead = h.lead;
      }
      return false;
    case 'ARTICLE':
      f.articleEls++;
      return true;
    case 'H1':
      if (f.h1++ === 0) f.h1Words = ((el.textContent ?? '').match(WORD) ?? []).length;
      return true;
    case 'H2':
    case 'H3':
    case 'H4':
      // A thread's posts are headed "Re: <topic>".
      {
        const t = el.textContent ?? '';
        if (REPLY_TITLE.test(t)) f.replyTitles++;
        if (t.trimEnd().endsWith('?')) f.questionHeads++;
      }
      return true;
    case 'A':
      f.links++;
      return true;
    case 'TIME':
      f.timeEls++;
      return true;
    case 'CODE':
      f.codeEls++;
      return true;
    case 'INPUT':
    case 'TEXTAREA':
      f.inputs++;
      return true;
    case 'BUTTON':
      if (!f.cartButton && CART_TEXT.test(el.textContent ?? '')) f.cartButton = true;
      return true;
    case 'BR':
      readBrParent(el, walk);
      return true;
    case 'PRE':
      f.codeBlocks++;
      readParagraph(el, walk);
      return false;
    case 'P':
      readParagraph(el, walk);
      return false;
  }
  return true;
}

/** Short leaf texts (a dateline, a button, a price tag) say what kind of page this is. */
export function readLeaf(el: Element, tag: string, f: PageFeatures): void {
  if (!LEAF_TEXT_TAGS.has(tag)) return;
  const t = el.textContent ?? '';
  if (t.length >= LEAF_MIN && t.length <= LEAF_MAX) {
    if (DATE_TEXT.test(t)) f.dateTexts++;
    else if (PRICE_TEXT.test(t)) f.priceTexts++;
    else if ((tag === 'A' || tag === 'BUTTON' || tag === 'SPAN') && CTA_TEXT.test(t)) f.ctaTexts++;
    if (REPLY_TITLE.test(t)) f.replyTitles++;
  }
  // Each post in a thread carries its own controls and its poster's details.
  if (t.length <= CONTROL_MAX && (tag === 'A' || tag === 'BUTTON' || tag === 'SPAN')) {
    if (FORUM_TEXT.test(t)) f.forumTexts++;
    else if (VOTE_TEXT.test(t)) f.voteTexts++;
  }
}

/** Microdata and class names: price, forum, comment and byline markup. */
export function readMarkup(el: Element, tag: string, f: PageFeatures): void {
  // Attribute reads dominate the walk's cost in a DOM implemented in JS: itemprop is read only
  // where schema.org microdata usually sits.
  const itemprop = tag === 'SPAN' || tag === 'TIME' || (tag === 'DIV' && f.paras === 0) ? el.getAttribute('itemprop') : null;
  if (itemprop) {
    if (itemprop === 'price' || itemprop === 'offers' || itemprop === 'priceCurrency') f.priceMarks++;
    else if (itemprop === 'author') f.author = true;
  }
  // Class names are read only on the containers that carry them for layout (reading every
  // link's and image's class doubled the walk's cost in a JS DOM).
  const cls = MARKED_TAGS.has(tag) ? el.className : '';
  // Longer class attributes are utility-class soup (Tailwind), not names of what the box is.
  if (cls && typeof cls === 'string' && cls.length < 300) {
    const m = MARKS.exec(cls);
    if (m) {
      if (m[1]) f.priceMarks++;
      else if (m[2]) f.forumMarks++;
      else if (m[4]) f.commentMarks++;
      else if (m[5]) f.author = true;
    }
  }
}
