/**
 * The bench's 5,000-word analysis apart from the bench (which is noisy while others use the machine), for CPU profiles
 * and for comparing two versions of the code in one process:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx tests/bench/profile-analyze.ts [--runs N] [--entities]
 *   npx tsx tests/bench/profile-top.ts /tmp/prof/*.cpuprofile          (self time by function; options in its header)
 *   npx tsx tests/bench/profile-ab.ts A.mjs B.mjs [--runs N] [--entities] (two bundles of this file, alternated)
 *
 * Builds the same synthetic page as `npm run bench` (inputs.ts syntheticArticle), warms up, then runs analyzeDocument
 * (or, with --entities, findEntities over the same chunks analyzeBody gives it) N times and prints min and median ms.
 * Line numbers in a profile need an unminified bundle (tsx puts each module on one line):
 *   npx esbuild tests/bench/profile-analyze.ts --bundle --platform=node --format=esm --packages=external --outfile=tests/.perf/profile.mjs
 */
import { fileURLToPath } from 'node:url';
import { analyzeDocument, chunkSpans } from '../../lib/analyze';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { findEntities } from '../../lib/entities';
import { extractBody } from '../../lib/extract';
import { datelineDate } from '../../lib/published';
import { loadBundledDataset } from '../../lib/tools/load-dataset';
import { parseHtml } from '../../lib/tools/parse-html';
import { syntheticArticle } from './inputs';

export interface Runner {
  chars: number;
  chunks: number;
  analyze: () => Promise<unknown>;
  entities: () => Promise<unknown>;
}

/** The page parsed, its body extracted and chunked as analyzeBody chunks it; the two measured jobs. */
export function prepare(): Runner {
  const lookup = createMemoryLookup(loadBundledDataset());
  const page = syntheticArticle(5_000);
  const doc = parseHtml(page.html, page.url);
  const text = extractBody(doc)?.text ?? '';
  // The entity stage as analyzeBody runs it: per chunk, each chunk a string of its own, with the text's date.
  const chunks = chunkSpans(text).map((c) => structuredClone(text.slice(c.start, c.end)));
  const publishedAt = datelineDate(text);
  return {
    chars: text.length,
    chunks: chunks.length,
    analyze: () => analyzeDocument(doc, { lookup, url: page.url }),
    entities: async () => {
      for (const c of chunks) await findEntities(c, lookup, publishedAt);
    },
  };
}

/** Milliseconds of each of `runs` calls, in call order. */
export async function timeRuns(job: () => Promise<unknown>, runs: number): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await job();
    ms.push(performance.now() - t);
  }
  return ms;
}

export const minMedian = (ms: number[]): string => {
  const s = [...ms].sort((a, b) => a - b);
  return `min ${s[0]!.toFixed(2)} median ${s[s.length >> 1]!.toFixed(2)} ms`;
};

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 200;
  const entitiesOnly = argv.includes('--entities');
  const r = prepare();
  const job = entitiesOnly ? r.entities : r.analyze;
  await timeRuns(job, 30); // (warm-up: the first dozens of runs still compile)
  const ms = await timeRuns(job, runs);
  console.log(`${entitiesOnly ? 'findEntities' : 'analyze'} on ${r.chars} chars (${r.chunks} chunks), ${runs} runs: ${minMedian(ms)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
