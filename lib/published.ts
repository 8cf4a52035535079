/**
 * The article's publication date, as the page states it: JSON-LD `datePublished` (also inside
 * `@graph` and arrays), publication meta tags, `<time datetime>` in the article's header, or a
 * dateline in the first lines of the text. An ISO date (YYYY-MM-DD) or null. A date after `now`
 * (one day's grace for time zones) or before 1990 is not a publication date.
 */
import { MONTH_ABBREVIATIONS } from './text/calendar';

const MON = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const ISO = /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s_]|[+-]\d{2}:?\d{2}|Z)/;
const SLASH = /^\s*(\d{4})\/(\d{1,2})\/(\d{1,2})\b/;
const MDY = new RegExp(`\\b${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MON},?\\s+(\\d{4})\\b`, 'i');
/** In running text only an ISO date that stands alone counts (not a part number or a range). */
const ISO_IN_TEXT = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/;

const META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'article.published',
  'published_time',
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'publication_date',
  'citation_publication_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'date',
];

/** A date string in any of the usual forms → "YYYY-MM-DD", or null when it is none or out of range. */
export function parseDate(s: string | null | undefined, now: Date = new Date()): string | null {
  if (!s) return null;
  let y: number, m: number, d: number;
  let x = ISO.exec(s) ?? SLASH.exec(s);
  if (x) [y, m, d] = [+x[1]!, +x[2]!, +x[3]!];
  else if ((x = MDY.exec(s))) [y, m, d] = [+x[3]!, month(x[1]!), +x[2]!];
  else if ((x = DMY.exec(s))) [y, m, d] = [+x[3]!, month(x[2]!), +x[1]!];
  else return null;
  return valid(y, m, d, now);
}

function month(name: string): number {
  return MONTH_ABBREVIATIONS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function valid(y: number, m: number, d: number, now: Date): string | null {
  if (y < 1990 || m < 1 || m > 12 || d < 1) return null;
  const t = Date.UTC(y, m - 1, d);
  if (new Date(t).getUTCDate() !== d || t > now.getTime() + 864e5) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A dateline among the first characters of an article's text ("June 3, 2016", "3 June 2016", "2016-06-03"). */
export function datelineDate(text: string, now: Date = new Date()): string | null {
  // A short line of its own among the first three (a date or byline line), or a dateline opening the
  // first paragraph ("MINSK, June 3, 2016 —"): never a date the lead paragraph merely talks about.
  const lines = text.trimStart().split('\n', 3);
  for (const [i, line] of lines.entries()) {
    for (const re of [MDY, DMY, ISO_IN_TEXT]) {
      const x = re.exec(line.slice(0, 100));
      if (!x) continue;
      const before = line.slice(0, x.index);
      // "Updated on July 9, 2025" is not when the article was published.
      if (/updated|modified|revised/i.test(before)) continue;
      if (line.length <= 70 || (i === 0 && DATELINE.test(before))) return parseDate(x[0], now);
    }
  }
  return null;
}

const DATELINE = /^(?:[A-Z]{2}[A-Z .'-]*,(?:\s*[A-Z][a-z]+,)?\s*)?$/;

const ARTICLE_TYPES = /article|posting|report|news/i;

/** JSON-LD nodes looked at per script. */
const JSONLD_NODES = 500;

/** A JSON-LD "@type" as text: a string, or the strings of an array ("NewsArticle,Article"); anything else says nothing. */
const typeText = (t: unknown): string => (typeof t === 'string' ? t : Array.isArray(t) ? t.filter((x) => typeof x === 'string').join(',') : '');

/** JSON-LD: the datePublished of an Article-like node first, else of any node. */
export function fromJsonLd(root: Document | Element | null, now: Date): string | null {
  let any: string | null = null;
  // Tag-name collections, not selectors: on a page of 100,000 nodes a selector scan is what costs.
  for (const el of Array.from(root?.getElementsByTagName('script') ?? [])) {
    if (el.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(el.textContent ?? '');
    } catch {
      continue;
    }
    // The page wrote this JSON and may be hostile: at most JSONLD_NODES nodes are looked at, and
    // only its strings are read (no String() on its objects, no spreading its arrays).
    const stack = [data];
    for (let n = 0; stack.length && n < JSONLD_NODES; n++) {
      const o = stack.pop();
      // Only an array's last JSONLD_NODES items could ever be popped within the budget.
      if (Array.isArray(o)) for (let i = Math.max(0, o.length - JSONLD_NODES); i < o.length; i++) stack.push(o[i]);
      else if (o && typeof o === 'object') {
        const r = o as Record<string, unknown>;
        const date = parseDate(typeof r.datePublished === 'string' ? r.datePublished : typeof r.dateCreated === 'string' ? r.dateCreated : null, now);
        if (date && ARTICLE_TYPES.test(typeText(r['@type']))) return date;
        any ??= date;
        for (const k of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) if (r[k]) stack.push(r[k]);
      }
    }
  }
  return any;
}

export function fromMeta(root: Document | Element | null, now: Date): string | null {
  const found = new Map<string, string>();
  for (const el of Array.from(root?.getElementsByTagName('meta') ?? [])) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const content = el.getAttribute('content');
    if (content && !found.has(key) && META.includes(key)) found.set(key, content);
  }
  for (const key of META) {
    const date = parseDate(found.get(key), now);
    if (date) return date;
  }
  return null;
}

/**
 * Only a <time> that marks the article's own date (pubdate, itemprop, in the article's header or a
 * byline): not the first <time> of a page, which is often a related story's or a comment's.
 */
export function fromTime(doc: Document, now: Date): string | null {
  for (const el of Array.from(doc.getElementsByTagName('time'))) {
    const own = `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    if (
      el.hasAttribute('pubdate') ||
      /publish|entry-date/i.test(own) ||
      el.closest('article header, [class*="byline"], [class*="publish"], [class*="dateline"]')
    ) {
      const date = parseDate(el.getAttribute('datetime'), now);
      if (date) return date;
    }
  }
  return null;
}

/** The page's publication date; `text` is the article body (for a dateline), `now` bounds it. */
export function findPublished(doc: Document, text = '', now: Date = new Date()): string | null {
  // The head first (small); the body's scripts and <time>s only when the head says nothing.
  return (
    fromJsonLd(doc.head, now) ??
    fromMeta(doc.head, now) ??
    fromJsonLd(doc.body, now) ??
    fromMeta(doc.body, now) ??
    fromTime(doc, now) ??
    datelineDate(text, now)
  );
}
