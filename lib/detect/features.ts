/**
 * What a page says about itself and what a bounded sample of its content shows, gathered in ONE
 * walk over at most MAX_ELEMENTS elements in document order (no querySelectorAll('*'), no layout):
 * detection must stay cheap on the many pages that are not articles.
 */
import { ARTICLE_TYPES, NON_ARTICLE_TYPES, collectTypes } from './jsonld';

export const MAX_ELEMENTS = 250;
/** The budget of the second, longer walk for pages the first one left undecided. */
export const EXTENDED_ELEMENTS = 1000;
const MAX_PARAGRAPHS = 30;

export interface PageFeatures {
  ldTypes: string[];
  ldArticle: string | null;
  ldOther: string | null;
  ogType: string | null;
  published: boolean;
  author: boolean;
  articleEls: number;
  h1: number;
  paras: number;
  proseParas: number;
  proseChars: number;
  longestPara: number;
  teaserHeads: number;
  heads: number;
  links: number;
  priceMarks: number;
  cartButton: boolean;
  forumMarks: number;
  docsMarks: number;
  commentMarks: number;
  codeBlocks: number;
  inputs: number;
  listItems: number;
  /** Distinct parents of the prose paragraphs, and the share of prose under the busiest one. */
  proseParents: number;
  proseTopShare: number;
  /** An <h1> comes before the first prose paragraph (a headline over its text). */
  h1BeforeProse: boolean;
  /** Words in the first <h1>: headlines are sentences, service and shop pages name a thing. */
  h1Words: number;
  /** In the prose sample: words, and how many address the reader ("you") or speak for a firm ("we"). */
  proseWords: number;
  youWords: number;
  weWords: number;
  /** The document title's headline part (its longest segment between separators): its words, and
   *  whether it is phrased like a story or a guide ("How…", "Why…", "10 …", a question). */
  titleWords: number;
  titleLead: boolean;
  /** Short texts in the sample: a visible date, calls to action, prices. */
  dateTexts: number;
  ctaTexts: number;
  priceTexts: number;
  /** Forum posts: titles answering another ("Re: …") and post controls ("Quote", "Reply", "Joined:", "#3"). */
  replyTitles: number;
  forumTexts: number;
  walked: number;
  truncated: boolean;
}

/** Not descended into: never prose, and big site menus would eat the element budget. */
const SKIP = new Set(['NAV', 'FOOTER', 'HEADER', 'SELECT', 'STYLE', 'SVG', 'svg', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'CANVAS', 'MATH', 'math', 'SELECT']);
const w = (words: string) => `(?:^|[^a-z])(?:${words})(?:$|[^a-z])`;
const MARKED_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'UL', 'OL', 'LI', 'SPAN', 'FORM', 'BODY', 'MAIN', 'TABLE', 'BUTTON']);
/** One pass per class attribute: which kind of markup it names (price, forum, docs, comments, byline). */
const MARKS = new RegExp([
  'price|prices|product-price|add-to-cart|addtocart|add-to-basket|buy-now|buybox|sku|cart-button',
  'forum|forums|thread|threads|threadlist|reply|replies|post-author|postbody|post-body-forum|message-body|messagelist|topic-list|topiclist|bbcode|vbulletin|phpbb|discourse|username|user-info|postprofile|poster',
  'docs|documentation|doc-content|toc|table-of-contents|api|sidebar-nav|sidenav|docsearch|menu-item-doc|md-nav|wy-nav|sphinx|rst-content|theme-doc|markdown-body',
  'comment|comments|commentlist|comment-list|disqus',
  'byline|author|authors|author-name|writer|contributor|article-author',
].map((x) => `(${w(x)})`).join('|'), 'i');
const CART_TEXT = /^\s*(add to (cart|bag|basket|trolley)|buy now|in den warenkorb|ajouter au panier|añadir al carrito)\s*$/i;

const WORD = /[\p{L}\p{N}'’]+/gu;
/** 1: the reader addressed; 2: a firm speaking for itself */
const PERSON: Record<string, number> = {
  you: 1, your: 1, yours: 1, "you're": 1, "you'll": 1, 'you’re': 1, 'you’ll': 1,
  we: 2, our: 2, ours: 2, us: 2, "we're": 2, "we've": 2, "we'll": 2, 'we’re': 2, 'we’ve': 2, 'we’ll': 2,
};

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE_TEXT = new RegExp(`\\b${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\\d\\d\\b|\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? (?:19|20)\\d\\d\\b|\\b(?:19|20)\\d\\d-[01]\\d-[0-3]\\d\\b|\\b[0-3]?\\d[./][01]?\\d[./](?:19|20)\\d\\d\\b|\\b\\d+ (?:minutes?|hours?|days?|weeks?) ago\\b`, 'i');
const PRICE_TEXT = /(?:[$€£¥₹]\s?\d|\d(?:[.,]\d\d)?\s?(?:€|USD|EUR|GBP)\b)/;
const CTA_TEXT = /^\s*(?:contact us|get (?:a |your |an )?(?:free )?(?:quote|estimate|started|in touch)|book (?:now|online|a|an|your)|schedule|request (?:a|an|your)|call (?:us|now|today)|sign up|shop (?:now|all)|buy|learn more|free consultation|enrol+ (?:now|today)|apply (?:now|today)|talk to|view (?:all|more|details)|see (?:all|more)|add to)\b/i;

const REPLY_TITLE = /^\s*re:\s/i;
const FORUM_TEXT = /^\s*(?:quote|reply|report|joined:?|posts:|member since|posted:|#\d{1,4}|permalink|multi-?quote|thanks|like|likes)\s*:?\s*\S{0,12}\s*$/i;

/** Where a dateline, a button's label or a price tag sits; other leaves (images, icons) are not read. */
const LEAF_TEXT_TAGS = new Set(['A', 'SPAN', 'TIME', 'BUTTON', 'SMALL', 'LI', 'TD', 'DIV', 'STRONG', 'B', 'EM', 'DD', 'ABBR']);
/** Site names and sections hang off a title after one of these. */
const TITLE_SEPARATOR = /\s(?:[|\-–—:·•»/]|::)\s/;
const HEADLINE_LEAD = /^\s*(?:\d|how\b|what\b|why\b|when\b|who\b|where\b|which\b|is\b|are\b|can\b|should\b|do\b|does\b|(?:the )?best\b|top \d)/i;

function headlineOf(title: string, f: PageFeatures): void {
  let best = '';
  let bestWords = 0;
  for (const seg of title.replace(/\s+/g, ' ').split(TITLE_SEPARATOR)) {
    const n = (seg.match(WORD) ?? []).length;
    if (n > bestWords) [best, bestWords] = [seg, n];
  }
  f.titleWords = bestWords;
  f.titleLead = HEADLINE_LEAD.test(best) || best.includes('?');
}

/** A sentence ends somewhere in the text (Latin or CJK punctuation). */
const SENTENCE_END = /[.!?]["'\u201d\u2019)]?(\s|$)|[\u3002\uff01\uff1f]/;

function textStats(p: Element): { chars: number; linkChars: number; text: string } {
  const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
  let linkChars = 0;
  const links = p.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) linkChars += (links[i]!.textContent ?? '').trim().length;
  return { chars: text.length, linkChars: Math.min(linkChars, text.length), text };
}

export function pageFeatures(doc: Document, budget = MAX_ELEMENTS): PageFeatures {
  const f: PageFeatures = {
    ldTypes: [], ldArticle: null, ldOther: null, ogType: null, published: false, author: false,
    articleEls: 0, h1: 0, paras: 0, proseParas: 0, proseChars: 0, longestPara: 0, teaserHeads: 0, heads: 0,
    links: 0, priceMarks: 0, cartButton: false, forumMarks: 0, docsMarks: 0, commentMarks: 0, codeBlocks: 0,
    inputs: 0, listItems: 0, proseParents: 0, proseTopShare: 0, h1BeforeProse: false, h1Words: 0, proseWords: 0, youWords: 0, weWords: 0, titleWords: 0, titleLead: false, dateTexts: 0, ctaTexts: 0, priceTexts: 0,
    replyTitles: 0, forumTexts: 0,
    walked: 0, truncated: false,
  };
  const types = new Set<string>();
  const root = doc.documentElement;
  if (!root) return f;

  // Explicit stack over `children` (indexed access): nextElementSibling is a linear scan of the
  // parent's child list in some DOMs (happy-dom), which made wide pages quadratic.
  const stack: { kids: HTMLCollection; i: number }[] = [];
  let el: Element | null = root;
  let walked = 0;
  let lastBrParent: Element | null = null;
  const proseByParent = new Map<Element, number>();
  const countProse = (parent: Element | null, n: number, text: string) => {
    f.proseParas++;
    const words = text.match(WORD);
    if (words) {
      f.proseWords += words.length;
      for (const w of words) {
        const k = PERSON[w.toLowerCase()];
        if (k === 1) f.youWords++;
        else if (k === 2) f.weWords++;
      }
    }
    f.proseChars += n;
    if (parent) proseByParent.set(parent, (proseByParent.get(parent) ?? 0) + n);
    if (f.h1 > 0 && f.proseParas === 1) f.h1BeforeProse = true;
  };
  while (el) {
    walked++;
    const tag: string = el.tagName;
    let descend: boolean = !SKIP.has(tag);
    switch (tag) {
      case 'META': {
        const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
        if (key === 'og:type') f.ogType = (el.getAttribute('content') ?? '').toLowerCase().trim();
        else if (key === 'article:published_time' || key === 'datepublished' || key === 'pubdate' || key === 'date' ||
          key === 'publish-date' || key === 'sailthru.date' || key === 'parsely-pub-date' || key === 'dc.date.issued')
          f.published = true;
        else if (key === 'author' || key === 'article:author' || key === 'parsely-author' || key === 'sailthru.author') f.author = true;
        else if (key === 'product:price:amount' || key === 'og:price:amount') f.priceMarks++;
        break;
      }
      case 'SCRIPT':
        descend = false;
        if ((el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') collectTypes(el.textContent ?? '', types);
        break;
      case 'TITLE':
        if (!f.titleWords && el.parentElement?.tagName === 'HEAD') headlineOf(el.textContent ?? '', f);
        descend = false;
        break;
      case 'ARTICLE':
        f.articleEls++;
        break;
      case 'H1':
        if (f.h1++ === 0) f.h1Words = ((el.textContent ?? '').match(WORD) ?? []).length;
        break;
      case 'H2': case 'H3': case 'H4': {
        f.heads++;
        if (el.firstElementChild?.tagName === 'A' || el.parentElement?.tagName === 'A') f.teaserHeads++;
        // A thread's posts are headed "Re: <topic>".
        if (REPLY_TITLE.test(el.textContent ?? '')) f.replyTitles++;
        break;
      }
      case 'A':
        f.links++;
        break;
      case 'TIME':
        f.published = true;
        break;
      case 'INPUT': case 'TEXTAREA':
        f.inputs++;
        break;
      case 'BUTTON':
        if (!f.cartButton && CART_TEXT.test(el.textContent ?? '')) f.cartButton = true;
        break;
      case 'LI':
        f.listItems++;
        break;
      case 'BR': {
        // Text laid out with <br>s in a <div> is a paragraph too (old CMSs, forums, Readability's view).
        const parent = el.parentElement;
        if (parent && parent !== lastBrParent && parent.tagName !== 'P' && f.paras < MAX_PARAGRAPHS) {
          lastBrParent = parent;
          let own = '';
          for (let c = parent.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) own += (c as Text).data;
          own = own.replace(/\s+/g, ' ').trim();
          if (own.length >= 80) {
            f.paras++;
            if (own.length > f.longestPara) f.longestPara = own.length;
            if (SENTENCE_END.test(own)) countProse(parent, own.length, own);
          }
        }
        break;
      }
      case 'P':
      case 'PRE':
        if (tag === 'PRE') f.codeBlocks++;
        if (f.paras < MAX_PARAGRAPHS) {
          f.paras++;
          const s = textStats(el);
          if (s.chars > f.longestPara) f.longestPara = s.chars;
          if (s.chars >= 80 && s.linkChars < 0.3 * s.chars && SENTENCE_END.test(s.text)) {
            // A paragraph alone in its own wrapper (sites that slot ads between paragraphs wrap
            // each one) belongs to the wrapper's parent: that is the box the story runs on in.
            const parent = el.parentElement;
            countProse(parent && parent.childElementCount === 1 ? parent.parentElement : parent, s.chars - s.linkChars, s.text);
          }
        }
        descend = false;
        break;
    }
    // Short leaf texts (a dateline, a button, a price tag) say what kind of page this is.
    // `children` is one cached collection; firstElementChild is a scan of the child list in a JS DOM.
    const kids = descend ? el.children : null;
    if (kids && kids.length === 0 && LEAF_TEXT_TAGS.has(tag)) {
      const t = el.textContent ?? '';
      if (t.length >= 3 && t.length <= 80) {
        if (DATE_TEXT.test(t)) f.dateTexts++;
        else if (PRICE_TEXT.test(t)) f.priceTexts++;
        else if ((tag === 'A' || tag === 'BUTTON' || tag === 'SPAN') && CTA_TEXT.test(t)) f.ctaTexts++;
        if (REPLY_TITLE.test(t)) f.replyTitles++;
      }
      // Each post in a thread carries its own controls and its poster's details.
      if (t.length <= 30 && (tag === 'A' || tag === 'BUTTON' || tag === 'SPAN') && FORUM_TEXT.test(t)) f.forumTexts++;
    }
    // Attribute reads dominate the walk's cost in a DOM implemented in JS: itemprop is read only
    // where schema.org microdata usually sits.
    const itemprop = tag === 'SPAN' || tag === 'TIME' || tag === 'DIV' && f.paras === 0 ? el.getAttribute('itemprop') : null;
    if (itemprop) {
      if (itemprop === 'price' || itemprop === 'offers' || itemprop === 'priceCurrency') f.priceMarks++;
      else if (itemprop === 'datePublished') f.published = true;
      else if (itemprop === 'author') f.author = true;
    }
    // Class names are read only on the containers that carry them for layout (reading every
    // link's and image's class doubled the walk's cost in a JS DOM).
    const cls = MARKED_TAGS.has(tag) ? el.className : '';
    if (cls && typeof cls === 'string' && cls.length < 300) {
      const m = MARKS.exec(cls);
      if (m) {
        if (m[1]) f.priceMarks++;
        else if (m[2]) f.forumMarks++;
        else if (m[3]) f.docsMarks++;
        else if (m[4]) f.commentMarks++;
        else if (m[5]) f.author = true;
      }
    }
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
  let top = 0;
  for (const n of proseByParent.values()) if (n > top) top = n;
  f.proseParents = proseByParent.size;
  f.proseTopShare = f.proseChars ? top / f.proseChars : 0;
  f.walked = walked;
  // Prose kept straight in an <article> with neither <p> nor <br> (Readability counts it too).
  if (f.proseParas === 0 && f.articleEls > 0) {
    const a = doc.getElementsByTagName('article')[0];
    const n = a ? (a.textContent ?? '').replace(/\s+/g, ' ').trim().length : 0;
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
  return f;
}
