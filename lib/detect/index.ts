import type { ArticleDecision } from '../types';
import { pageFeatures } from './features';
import { THRESHOLD, score } from './score';
import { urlShape } from './url';

/**
 * Is this page an article (news story, blog post, opinion piece, live blog)? Combines what the
 * page says about itself (JSON-LD, og:type, bylines, dates, URL shape) with what a bounded sample
 * of its content shows (prose paragraphs, link density, teaser headings, price/forum/docs markup).
 * Cheap: one walk over at most a few thousand elements, no layout. `reasons` explain the decision.
 */
export function detectArticle(doc: Document, url?: string): ArticleDecision {
  const features = pageFeatures(doc);
  const href = url ?? doc.location?.href ?? doc.URL;
  const { z, reasons } = score(features, urlShape(href || undefined));
  // Shift so the decision threshold sits at 0.5.
  const articleScore = 1 / (1 + Math.exp(-(z - THRESHOLD)));
  return { isArticle: z > THRESHOLD, articleScore: Math.round(articleScore * 1000) / 1000, reasons };
}
