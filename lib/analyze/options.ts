import type { DatasetLookup } from '../types';

export interface AnalyzeOptions {
  lookup: DatasetLookup;
  url?: string;
  /** Analyse even when the page does not look like an article ("Analyze this page anyway"). */
  force?: boolean;
  /** Clock; performance.now in browsers and Node. */
  now?: () => number;
  /** Yield to the host between stages and chunks (the content script passes one; Node needs none). */
  pause?: () => Promise<void>;
  /** Chunk size for long bodies (default CHUNK_CHARS); for evaluations of the chunking itself. */
  chunkChars?: number;
  /** How much body text to read and analyse at most (default MAX_CHARS). */
  maxChars?: number;
  /** The article's publication date when already known (analyzeDocument reads it from the page); otherwise a dateline in the text. */
  publishedAt?: string | null;
  /** Today, bounding publication dates (default: the system date). */
  today?: Date;
}

export const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Beyond this much text (about 50,000 words) a page is a book or a dump, not an article to annotate. */
export const MAX_CHARS = 300_000;
/**
 * What the content script reads (about 16,000 words; the longest of 181 real news articles in the
 * extraction benchmark has 53,000 characters). It also bounds extraction, which reads up to twice
 * this much of the page in one uninterrupted walk: at 300,000 that walk alone was a 60-100 ms task
 * on a 2.5 MB page, and a reader's main thread matters more than the end of a book-length page.
 */
export const PAGE_MAX_CHARS = 100_000;
