/**
 * Turn page features into an explainable score: a logistic model over the signals below, whose
 * weights (WEIGHTS, in the signals' order) were fitted by tests/eval/detect-fit.ts. Each signal that
 * fires carries a sentence for the popup's "why"; the strongest ones become `reasons`.
 */
import type { PageFeatures } from './features';
import type { UrlShape } from './url';

/** A signal's value in 0..1 for this page, and the sentence that explains it ('' when none). */
export type Signal = [value: number, reason: string];

/*
 * Fitted by tests/eval/detect-fit.ts (L2-regularised logistic regression; weights rounded to 0.05)
 * on all 1,497 wcxb-dev pages (793 articles), with scrapinghub's 181 and readability-test-pages'
 * 122 readerable articles at half weight: the mean of the ten models of a 10-fold CV, at the L2
 * strength (0.3 of 0.3 / 1 / 3) and THRESHOLD (the best min(precision, recall)) picked on those
 * models' out-of-fold scores. Held out (the same procedure nested in a 10-fold CV, picked inside
 * each training split): precision 0.951, recall 0.953 (39 false positives of 795 called articles,
 * 37 missed of 793); in-sample 0.961 / 0.957. Re-run it after changing a signal and paste its
 * FITTED block here.
 */
// FITTED: BEGIN
export const THRESHOLD = 0.1;
const BIAS = -2.2;
const WEIGHTS = [
  2.25, -2.9, -1.75, -0.7, -0.85, 1.1, -1.35, -1.7, -0.45, 0.8, 1.2, -1.2, 0.6, 3, 0.8, 1.65, -0.85, -0.65, 0.65, -1.05, -1.35, -2.05, -2.8, 0.1, -0.7, 1.1,
  -1.5, -0.35, -1, -1.1, -0.4, 0.85, -0.85, -0.95, -0.2, 1.15, 1.6, -0.5, -1, 0.5, 0.5, -0.6, -2, -0.9, -0.65, 0.3, -2.7, 0.3, 2.05, 1, -0.85, -1.2, -3.65,
  2.55,
];
// FITTED: END

const FAQ_TYPES = ['FAQPage', 'Question'];

/** Share of the prose sample's words that are these, scaled so `full` (2.5 % unless said) saturates; 0 under 50 words. */
const rateOf =
  (f: PageFeatures) =>
  (n: number, full = 0.025) =>
    f.proseWords >= 50 ? Math.min(n / f.proseWords / full, 1) : 0;

export function signals(f: PageFeatures, u: UrlShape): Signal[] {
  const ldOtherKind = !f.ldArticle && f.ldOther && !['product', 'forum'].includes(f.ldOther) ? f.ldOther : null;
  const s = (value: boolean | number, reason: string): Signal => [Number(value), reason];
  const rate = rateOf(f);
  return [
    // What the page says about itself.
    s(!!f.ldArticle, `declares itself a ${f.ldArticle} (JSON-LD)`),
    s(!f.ldArticle && f.ldOther === 'product', 'declares a product (JSON-LD)'),
    s(!f.ldArticle && f.ldOther === 'forum', 'declares a forum discussion (JSON-LD)'),
    s(!!ldOtherKind, `declares a ${ldOtherKind} (JSON-LD)`),
    s(
      f.ldTypes.some((t) => FAQ_TYPES.includes(t)),
      'declares questions and answers (JSON-LD)',
    ),
    s(f.ogType === 'article', 'og:type is "article"'),
    // SEO plugins tag every CMS page og:type "article" and describe it in JSON-LD as a mere WebPage;
    // their posts get an Article as well.
    s(f.ogType === 'article' && !f.ldArticle && f.ldTypes.includes('WebPage'), 'declares a plain web page (JSON-LD)'),
    s(!!f.ogType && f.ogType.includes('product'), 'og:type is a product'),
    s(f.ogType === 'website', 'og:type is "website"'),
    s(f.author, 'has a byline or author'),
    s(f.articleEls === 1, 'has a single <article> element'),
    // What a bounded sample of the content shows.
    s(f.proseParas >= 2, ''),
    s(f.proseParas >= 3, `${f.proseParas} paragraphs of prose in the first ${f.paras}`),
    s(Math.min(Math.log1p(f.proseChars), 9) / 9, ''),
    s(f.longestPara >= 400, 'has long paragraphs'),
    // An article's paragraphs run on under one parent; a service or landing page spreads short
    // paragraphs over many boxes, each under its own heading.
    s(f.proseParas >= 2 ? f.proseTopShare : 0, 'its prose runs on in one block'),
    s(Math.min(f.proseParents, 8) / 8, `prose spread over ${f.proseParents} separate boxes`),
    s(f.h1BeforeProse, ''),
    s(f.h1 === 1, ''),
    s(f.priceMarks >= 1, 'has price/offer markup'),
    s(f.cartButton, 'has an "Add to cart" button'),
    s(f.forumMarks >= 2, 'has forum-thread markup'),
    // A thread: posts answering one another, each with its own controls and date.
    s(f.replyTitles >= 1, 'has replies titled "Re: …" (a forum thread)'),
    s(f.forumTexts >= 3, ''),
    s(f.dateTexts >= 3, `shows ${f.dateTexts} dates (posts or list items)`),
    s(f.commentMarks > 0, 'has a comment section'),
    s(f.codeBlocks >= 2, `has ${f.codeBlocks} code blocks (documentation-like)`),
    s(f.inputs >= 2, 'has many form inputs'),
    s(Math.min(f.links / (1 + f.proseParas), 60) / 60, 'many links per paragraph of prose'),
    // How the page talks: a firm speaks as "we" and asks the reader to act; a story shows a date.
    s(rate(f.weWords), 'speaks as a firm ("we", "our")'),
    s(rate(f.youWords), ''),
    s(f.dateTexts >= 1, 'shows a date'),
    s(Math.min(f.ctaTexts, 3) / 3, `${f.ctaTexts} calls to action ("Contact us", "Get a quote")`),
    s(Math.min(f.priceTexts, 3) / 3, 'shows prices'),
    // What its title says: a story or a guide has a headline; a service, shop or list page names a thing.
    s(f.titleWords > 0 && f.titleWords <= 3, ''),
    s(f.titleWords >= 8, 'its title reads like a headline'),
    s(f.titleLead, 'its title is phrased like a story or a guide'),
    s(f.h1Words > 0 && f.h1Words <= 4, ''),
    // How the text talks (new): a blogger says "I", a story tells of others and reports what they said.
    s(rate(f.iWords), 'the writer speaks as "I"'),
    s(rate(f.theyWords), ''),
    s(rate(f.saidWords, 0.01), 'reports what people said'),
    s(rate(f.edWords, 0.08), ''),
    s(Math.min(f.codeEls, 20) / 20, `has ${f.codeEls} pieces of code (documentation-like)`),
    s(f.timeEls >= 3, ''),
    s(Math.min(f.linksBeforeProse, 100) / 100, 'many links before its first paragraph'),
    s(f.questionHeads >= 2, 'its headings ask questions (FAQ)'),
    s(f.voteTexts >= 2, 'has votes or comment counts (forum or Q&A)'),
    s(f.proseParas ? Math.min(f.proseChars / f.proseParas, 600) / 600 : 0, ''),
    // What the URL's shape says.
    s(u.dated, 'URL carries a date'),
    s(u.slug, 'URL ends in a long headline slug'),
    s(u.front, 'URL is a site or section front'),
    s(u.root, ''),
    s(!!u.kind, `URL looks like a ${u.kind} page`),
    s(u.articlePath, 'URL is under a blog/news/article path'),
  ];
}

export function score(f: PageFeatures, u: UrlShape): { z: number; reasons: string[] } {
  const sig = signals(f, u);
  let z = BIAS;
  const fired: { c: number; reason: string }[] = [];
  for (let i = 0; i < sig.length; i++) {
    const [value, reason] = sig[i]!;
    const c = WEIGHTS[i]! * value;
    z += c;
    // A contribution under 0.3 (a third of a typical signal) moves the decision too little to explain it.
    if (reason && Math.abs(c) >= 0.3) fired.push({ c, reason });
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
