/**
 * Bundled by the benchmark (esbuild, IIFE) and injected into plain non-article pages: detection
 * alone, as the content script runs it first on every page. Kept apart from page-entry.ts, which
 * carries the whole dataset: injecting 6 MB into each of 176 pages made that row take an hour.
 */
import { detectArticle } from '../../lib/detect';

/** detectArticle on the live page, `runs` times after two warm-ups: the non-article decision's cost. */
function detect(url: string, runs: number): { samples: number[]; isArticle: boolean } {
  const samples: number[] = [];
  let isArticle = false;
  for (let i = 0; i < runs + 2; i++) {
    const t0 = performance.now();
    isArticle = detectArticle(document, url).isArticle;
    if (i >= 2) samples.push(performance.now() - t0);
  }
  return { samples, isArticle };
}

(globalThis as unknown as { __bsDetect: typeof detect }).__bsDetect = detect;
