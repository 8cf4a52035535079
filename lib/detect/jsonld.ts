/**
 * The schema.org types a page declares in JSON-LD. Pages nest them in @graph arrays, in
 * mainEntity, in arrays of scripts; some ship broken JSON (trailing commas, raw newlines), so a
 * failed parse falls back to reading the "@type" values with a regex.
 */
export function collectTypes(json: string, into: Set<string>): void {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    for (const m of json.matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      for (const t of m[1]!.matchAll(/"([^"]+)"/g)) into.add(normalise(t[1]!));
    }
    return;
  }
  walk(data, into, 0);
}

const normalise = (t: string) => t.replace(/^https?:\/\/schema\.org\//i, '').replace(/^schema:/i, '');

function walk(v: unknown, into: Set<string>, depth: number): void {
  if (depth > 6 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v.slice(0, 50)) walk(x, into, depth + 1);
    return;
  }
  const o = v as Record<string, unknown>;
  const t = o['@type'];
  if (typeof t === 'string') into.add(normalise(t));
  else if (Array.isArray(t)) for (const x of t) if (typeof x === 'string') into.add(normalise(x));
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'offers', 'hasPart']) {
    if (key in o) walk(o[key], into, depth + 1);
  }
}

export const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'SocialMediaPosting',
  'Report',
  'SatiricalArticle',
  'Review',
]);

/** Types that say the page is something other than an article. */
export const NON_ARTICLE_TYPES: Record<string, string> = {
  Product: 'product',
  Offer: 'product',
  AggregateOffer: 'product',
  ProductGroup: 'product',
  IndividualProduct: 'product',
  ItemList: 'listing',
  CollectionPage: 'listing',
  SearchResultsPage: 'search results',
  DiscussionForumPosting: 'forum',
  QAPage: 'forum',
  Service: 'service page',
  LocalBusiness: 'service page',
  ProfessionalService: 'service page',
  SoftwareApplication: 'product',
  Course: 'service page',
  Event: 'event',
  JobPosting: 'job ad',
  TechArticle: 'documentation',
  APIReference: 'documentation',
};
