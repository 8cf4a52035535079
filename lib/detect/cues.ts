/**
 * The detector's vocabulary: what class names, short texts and titles say about a page's kind.
 * Patterns only; the walk that applies them is `features.ts`, the weights are `score.ts`.
 */

const w = (words: string) => `(?:^|[^a-z])(?:${words})(?:$|[^a-z])`;

/** Containers whose class names carry layout meaning (links' and images' classes are not read). */
export const MARKED_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'UL', 'OL', 'LI', 'SPAN', 'FORM', 'BODY', 'MAIN', 'TABLE', 'BUTTON']);

/** One pass per class attribute: which kind of markup it names. Groups: 1 price, 2 forum, 3 docs (not
 *  counted: weight 0.17 when fitted; matched so that its words are not taken as comments or bylines), 4 comments, 5 byline. */
export const MARKS = new RegExp(
  [
    'price|prices|product-price|add-to-cart|addtocart|add-to-basket|buy-now|buybox|sku|cart-button',
    'forum|forums|thread|threads|threadlist|reply|replies|post-author|postbody|post-body-forum|message-body|messagelist|topic-list|topiclist|bbcode|vbulletin|phpbb|discourse|username|user-info|postprofile|poster',
    'docs|documentation|doc-content|toc|table-of-contents|api|sidebar-nav|sidenav|docsearch|menu-item-doc|md-nav|wy-nav|sphinx|rst-content|theme-doc|markdown-body',
    'comment|comments|commentlist|comment-list|disqus',
    'byline|author|authors|author-name|writer|contributor|article-author',
  ]
    .map((x) => `(${w(x)})`)
    .join('|'),
  'i',
);

export const CART_TEXT = /^\s*(add to (cart|bag|basket|trolley)|buy now|in den warenkorb|ajouter au panier|añadir al carrito)\s*$/i;

export const WORD = /[\p{L}\p{N}'’]+/gu;

/** 1: the reader addressed; 2: a firm speaking for itself; 3: a writer speaking of themselves;
 *  4: others spoken of; 5: reported speech. A Map: every prose word is looked up, and an object's
 *  keyed load of a fresh string cost more than the rest of the prose count (CPU profile, 5,000 words). */
export const PERSON: ReadonlyMap<string, number> = new Map(
  Object.entries({
    you: 1,
    your: 1,
    yours: 1,
    "you're": 1,
    "you'll": 1,
    'you’re': 1,
    'you’ll': 1,
    we: 2,
    our: 2,
    ours: 2,
    us: 2,
    "we're": 2,
    "we've": 2,
    "we'll": 2,
    'we’re': 2,
    'we’ve': 2,
    'we’ll': 2,
    i: 3,
    my: 3,
    me: 3,
    "i'm": 3,
    "i've": 3,
    'i’m': 3,
    'i’ve': 3,
    he: 4,
    she: 4,
    his: 4,
    her: 4,
    him: 4,
    they: 4,
    their: 4,
    them: 4,
    said: 5,
    says: 5,
    told: 5,
    according: 5,
  }),
);

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const YEAR = '(?:19|20)\\d\\d';
/** A visible date: "May 5, 2024", "5 May 2024", "2024-05-05", "05.05.2024", "3 hours ago". */
export const DATE_TEXT = new RegExp(
  [
    `\\b${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? ${YEAR}\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? ${YEAR}\\b`,
    `\\b${YEAR}-[01]\\d-[0-3]\\d\\b`,
    `\\b[0-3]?\\d[./][01]?\\d[./]${YEAR}\\b`,
    '\\b\\d+ (?:minutes?|hours?|days?|weeks?) ago\\b',
  ].join('|'),
  'i',
);

export const PRICE_TEXT = /(?:[$€£¥₹]\s?\d|\d(?:[.,]\d\d)?\s?(?:€|USD|EUR|GBP)\b)/;

/** A button or link asking the reader to act. */
export const CTA_TEXT = new RegExp(
  `^\\s*(?:${[
    'contact us',
    'get (?:a |your |an )?(?:free )?(?:quote|estimate|started|in touch)',
    'book (?:now|online|a|an|your)',
    'schedule',
    'request (?:a|an|your)',
    'call (?:us|now|today)',
    'sign up',
    'shop (?:now|all)',
    'buy',
    'learn more',
    'free consultation',
    'enrol+ (?:now|today)',
    'apply (?:now|today)',
    'talk to',
    'view (?:all|more|details)',
    'see (?:all|more)',
    'add to',
  ].join('|')})\\b`,
  'i',
);

/** A forum post answering another: "Re: <topic>". */
export const REPLY_TITLE = /^\s*re:\s/i;
/** A forum post's own controls and its poster's details. */
export const FORUM_TEXT =
  /^\s*(?:quote|reply|report|joined:?|posts:|member since|posted:|#\d{1,4}|permalink|multi-?quote|thanks|like|likes)\s*:?\s*\S{0,12}\s*$/i;

/** Votes and comment counts under posts and answers ("Upvote", "12 points", "34 comments"). */
export const VOTE_TEXT = /^\s*(?:up-?vote|down-?vote|vote|votes|\d+\s*(?:points?|votes?|answers?|replies|comments?)|answer|flag|hide|save)\s*$/i;

/** Site names and sections hang off a title after one of these. */
const TITLE_SEPARATOR = /\s(?:[|\-–—:·•»/]|::)\s/;
const HEADLINE_LEAD = /^\s*(?:\d|how\b|what\b|why\b|when\b|who\b|where\b|which\b|is\b|are\b|can\b|should\b|do\b|does\b|(?:the )?best\b|top \d)/i;

/** The document title's headline part (its longest segment between separators): its words, and
 *  whether it is phrased like a story or a guide ("How…", "Why…", "10 …", a question). */
export function headlineOf(title: string): { words: number; lead: boolean } {
  let best = '';
  let bestWords = 0;
  for (const seg of title.replace(/\s+/g, ' ').split(TITLE_SEPARATOR)) {
    const n = (seg.match(WORD) ?? []).length;
    if (n > bestWords) [best, bestWords] = [seg, n];
  }
  return { words: bestWords, lead: HEADLINE_LEAD.test(best) || best.includes('?') };
}

/** A sentence ends somewhere in the text (Latin or CJK punctuation). */
export const SENTENCE_END = /[.!?]["'\u201d\u2019)]?(\s|$)|[\u3002\uff01\uff1f]/;

export const AUTHOR_META = new Set(['author', 'article:author', 'parsely-author', 'sailthru.author']);
export const PRICE_META = new Set(['product:price:amount', 'og:price:amount']);
