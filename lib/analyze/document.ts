import { detectArticle } from '../detect';
import { extractBody, extractBodySliced, type BodyText } from '../extract';
import { findPublished } from '../published';
import { findPublisher } from '../publisher';
import type { Analysis, ArticleDecision } from '../types';
import { clock, MAX_CHARS, type AnalyzeOptions } from './options';

/**
 * Work per main-thread task in the page before the page gets a turn, ms: a long task is one over
 * 50 ms (the RAIL budget and the Long Tasks API's threshold), and a slice's task also carries the
 * yield's own cost and the odd garbage collection.
 */
export const SLICE_MS = 12;

/** The text half: an Analysis of an article body (its `text` may be left empty; the caller sets it). */
export type TextStage = (text: string, opts: AnalyzeOptions) => Promise<Analysis>;

/**
 * The page half of the pipeline on a live or parsed Document: detect → extract, then the text half
 * (entities → quotes → claims → cards) through `textStage`. Node passes analyzeBody itself
 * (lib/analyze/index.ts); the content script passes a message to the background, where the dataset
 * lives, so that the text stages need not ride in every page's content script.
 */
export async function analyzePage(doc: Document, opts: AnalyzeOptions, textStage: TextStage): Promise<{ analysis: Analysis; body: BodyText | null }> {
  const now = opts.now ?? clock;
  const t0 = now();
  const decision: ArticleDecision = detectArticle(doc, opts.url);
  const tDetect = now() - t0;
  if (!decision.isArticle && !opts.force) {
    return {
      analysis: { ...emptyAnalysis(decision), url: opts.url, ms: { total: now() - t0, detect: tDetect } },
      body: null,
    };
  }
  const maxChars = opts.maxChars ?? MAX_CHARS;
  let body: BodyText;
  let tExtract: number;
  if (opts.pause) {
    // In the page: the walk over the page in slices, the page's own work going first between them
    // (`pause` is the content script's yield; it may return at once when little work has run).
    await opts.pause();
    const t1 = now();
    body = await extractBodySliced(doc, { maxChars, pause: opts.pause, now, sliceMs: SLICE_MS });
    tExtract = now() - t1;
  } else {
    const t1 = now();
    body = extractBody(doc, { maxChars });
    tExtract = now() - t1;
  }
  const publishedAt = findPublished(doc, body.text, opts.today);
  // Sending the body to the background serialises it: the page may get a turn first.
  await opts.pause?.();
  const analysis = await textStage(body.text, { ...opts, publishedAt });
  // In the content script the text half's answer arrives in a task of its own.
  await opts.pause?.();
  analysis.text = body.text;
  analysis.isArticle = decision.isArticle;
  analysis.articleScore = decision.articleScore;
  analysis.reasons = decision.reasons;
  analysis.title = body.title;
  analysis.url = opts.url;
  analysis.publisher = await findPublisher(doc, opts.url, opts.lookup);
  analysis.ms = { ...analysis.ms, total: now() - t0, detect: tDetect, extract: tExtract };
  return { analysis, body };
}

/** An analysis with nothing found: a page that is not an article, or one the user paused. */
export function emptyAnalysis(d: ArticleDecision = { isArticle: false, articleScore: 0, reasons: [] }): Analysis {
  return {
    isArticle: d.isArticle,
    articleScore: d.articleScore,
    reasons: d.reasons,
    title: null,
    publisher: null,
    text: '',
    entities: [],
    quotes: [],
    claims: [],
    ms: { total: 0 },
  };
}
