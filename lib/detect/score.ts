/**
 * Turn page features into an explainable score: a logistic model whose weights were fitted (L2-regularised,
 * by tests/eval/detect-fit.ts, which also reports their 10-fold cross-validated precision and recall) on
 * labelled real pages (wcxb-dev articles vs service/forum/product/listing/collection/docs pages, plus the
 * article-only benchmarks) and then rounded to 0.05. Each signal that fires carries a sentence
 * for the popup's "why"; the strongest ones become `reasons`.
 */
import type { PageFeatures } from './features';
import type { UrlShape } from './url';

interface Signal {
  weight: number;
  /** Value in 0..1 for this page. */
  value: number;
  reason: string;
}

/**
 * Decision threshold on the logit: below 0 because missing an article costs more than a false alarm.
 * Chosen as the best wcxb F1 that keeps scrapinghub recall >= 0.99 and readability-test-pages agreement
 * >= 0.95 (116/122: no page to spare). The same figures hold from -0.35 to -0.25; held out (10-fold
 * cross-validation by detect-fit.ts) precision is about 0.91 at recall 0.96 here.
 */
export const THRESHOLD = -0.3;
const BIAS = -0.65;

const FAQ_TYPES = ['FAQPage', 'Question'];

/** Share of the prose sample's words that are these, scaled so 2.5 % saturates; 0 for short samples. */
const rateOf = (f: PageFeatures) => (n: number) => (f.proseWords >= 50 ? Math.min((n / f.proseWords) * 40, 1) : 0);

export function signals(f: PageFeatures, u: UrlShape): Signal[] {
  const ldOtherKind = !f.ldArticle && f.ldOther && !['product', 'forum'].includes(f.ldOther) ? f.ldOther : null;
  const s = (weight: number, value: boolean | number, reason: string): Signal => ({ weight, value: Number(value), reason });
  const rate = rateOf(f);
  return [
    // What the page says about itself.
    s(1.05, !!f.ldArticle, `declares itself a ${f.ldArticle} (JSON-LD)`),
    s(-0.45, !f.ldArticle && f.ldOther === 'product', 'declares a product (JSON-LD)'),
    s(-0.4, !f.ldArticle && f.ldOther === 'forum', 'declares a forum discussion (JSON-LD)'),
    s(-0.5, !!ldOtherKind, `declares a ${ldOtherKind} (JSON-LD)`),
    s(-0.3, f.ldTypes.some((t) => FAQ_TYPES.includes(t)), 'declares questions and answers (JSON-LD)'),
    s(0.75, f.ogType === 'article', 'og:type is "article"'),
    // SEO plugins tag every CMS page og:type "article" and describe it in JSON-LD as a mere WebPage;
    // their posts get an Article as well.
    s(-0.5, f.ogType === 'article' && !f.ldArticle && f.ldTypes.includes('WebPage'), 'declares a plain web page (JSON-LD)'),
    s(-0.5, !!f.ogType && f.ogType.includes('product'), 'og:type is a product'),
    s(-0.6, f.ogType === 'website', 'og:type is "website"'),
    s(1.2, f.author, 'has a byline or author'),
    s(0.85, f.articleEls === 1, 'has a single <article> element'),
    // What a bounded sample of the content shows.
    s(-0.1, f.proseParas >= 2, ''),
    s(0.3, f.proseParas >= 3, `${f.proseParas} paragraphs of prose in the first ${f.paras}`),
    s(0.65, Math.min(Math.log1p(f.proseChars), 9) / 9, ''),
    s(0.8, f.longestPara >= 400, 'has long paragraphs'),
    // An article's paragraphs run on under one parent; a service or landing page spreads short
    // paragraphs over many boxes, each under its own heading.
    s(1.1, f.proseParas >= 2 ? f.proseTopShare : 0, 'its prose runs on in one block'),
    s(-0.95, Math.min(f.proseParents, 8) / 8, `prose spread over ${f.proseParents} separate boxes`),
    s(-0.7, Math.min(f.heads / (1 + f.proseParas), 3) / 3, 'many headings per paragraph'),
    s(0.1, f.h1BeforeProse, ''),
    s(0.1, f.h1 === 1, ''),
    s(-0.1, Math.min(f.teaserHeads, 10) / 10, `${f.teaserHeads} linked headings (teaser blocks)`),
    s(-0.95, f.priceMarks >= 1, 'has price/offer markup'),
    s(-0.25, f.cartButton, 'has an "Add to cart" button'),
    s(-0.65, f.forumMarks >= 2, 'has forum-thread markup'),
    // A thread: posts answering one another, each with its own controls and date.
    s(-0.85, f.replyTitles >= 1, 'has replies titled "Re: …" (a forum thread)'),
    s(-0.55, f.forumTexts >= 3, `${f.forumTexts} post controls ("Quote", "Reply", "Joined")`),
    s(-0.2, f.dateTexts >= 3, `shows ${f.dateTexts} dates (posts or list items)`),
    s(0.65, f.commentMarks > 0, 'has a comment section'),
    s(-0.45, f.codeBlocks >= 2, `has ${f.codeBlocks} code blocks (documentation-like)`),
    s(-0.4, f.inputs >= 2, 'has many form inputs'),
    s(-0.7, Math.min(f.links / (1 + f.proseParas), 60) / 60, 'many links per paragraph of prose'),
    // How the page talks: a firm speaks as "we" and asks the reader to act; a story shows a date.
    s(-0.85, rate(f.weWords), 'speaks as a firm ("we", "our")'),
    s(-0.5, rate(f.youWords), ''),
    s(0.4, f.dateTexts >= 1, 'shows a date'),
    s(-0.5, Math.min(f.ctaTexts, 3) / 3, `${f.ctaTexts} calls to action ("Contact us", "Get a quote")`),
    s(-0.55, Math.min(f.priceTexts, 3) / 3, 'shows prices'),
    // What its title says: a story or a guide has a headline; a service, shop or list page names a thing.
    s(-0.35, f.titleWords > 0 && f.titleWords <= 3, 'its title names a thing, not a story'),
    s(0.75, f.titleWords >= 8, 'its title reads like a headline'),
    s(0.85, f.titleLead, 'its title is phrased like a story or a guide'),
    s(-0.3, f.h1Words > 0 && f.h1Words <= 4, ''),
    // What the URL's shape says.
    s(0.55, u.dated, 'URL carries a date'),
    s(0.1, u.slug, 'URL ends in a long headline slug'),
    s(-1.4, u.front, 'URL is a site or section front'),
    s(-1, u.root, ''),
    s(-2.2, !!u.kind, `URL looks like a ${u.kind} page`),
    s(1.05, u.articlePath, 'URL is under a blog/news/article path'),
  ];
}

export function score(f: PageFeatures, u: UrlShape): { z: number; reasons: string[] } {
  const sig = signals(f, u);
  let z = BIAS;
  const fired: { c: number; reason: string }[] = [];
  for (const x of sig) {
    const c = x.weight * x.value;
    z += c;
    if (x.reason && Math.abs(c) >= 0.3) fired.push({ c, reason: x.reason });
  }
  // Reasons that agree with the decision first, strongest first; then the strongest dissent.
  const forIt = fired.filter((r) => (z > THRESHOLD ? r.c > 0 : r.c < 0)).sort((a, b) => Math.abs(b.c) - Math.abs(a.c));
  const against = fired.filter((r) => (z > THRESHOLD ? r.c < 0 : r.c > 0)).sort((a, b) => Math.abs(b.c) - Math.abs(a.c));
  const reasons = [
    ...forIt.slice(0, 4).map((r) => `${r.c > 0 ? '+' : '−'} ${r.reason}`),
    ...against.slice(0, 2).map((r) => `${r.c > 0 ? '+' : '−'} ${r.reason}`),
  ];
  return { z, reasons };
}
