import type { BodyText } from '../extract';
import type { Analysis } from '../types';
import { analyzeBody } from './body';
import { analyzePage } from './document';
import type { AnalyzeOptions } from './options';

/** The whole pipeline in one place (CLI, tests, benchmarks): detect → extract → entities → quotes → claims. */
export function analyzeDocument(doc: Document, opts: AnalyzeOptions): Promise<{ analysis: Analysis; body: BodyText | null }> {
  return analyzePage(doc, opts, analyzeBody);
}

export { analyzeBody, chunkSpans, CHUNK_CHARS } from './body';
export { analyzePage, emptyAnalysis, type TextStage } from './document';
export { MAX_CHARS, PAGE_MAX_CHARS, type AnalyzeOptions } from './options';
