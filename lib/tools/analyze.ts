/**
 * `npm run -s analyze -- [--text] FILE...` — one JSON object per input file, one per line, in input
 * order, nothing else on stdout. HTML is analysed as a page (detect, extract, analyse); plain text
 * (`--text`, a `.txt` name, or no markup at all) as an article body. A file that cannot be read or
 * parsed (a binary file) gets {"file", "error"} on its line; the others still run; the exit code is then 1.
 *
 * Each line also carries `counts`: entities, quotes and claims as the popup counts them — quotes by
 * lib/card/view.ts topLevelQuotes (a direct fragment inside the same speaker's paraphrase is part of
 * it, not a quote of its own), so the CLI, the demo and the popup's "Who said what (N)" agree.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { analyzeBody, analyzeDocument } from '../analyze';
import { createMemoryLookup } from '../dataset/memory-lookup';
import { topLevelQuotes } from '../card/view';
import type { Analysis } from '../types';
import { loadBundledDataset } from './load-dataset';
import { disposeHtml, parseHtml } from './parse-html';

export async function analyzeFile(file: string, opts: { text: boolean; lookup: ReturnType<typeof createMemoryLookup> }): Promise<Analysis> {
  const raw = readFileSync(file);
  const content = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  if (!opts.text && content.includes('\u0000')) throw new Error('not a text file');
  // Plain text is an article body as it stands: by flag, by name (.txt) or by content (no markup).
  if (opts.text || /\.txt(?:\.gz)?$/i.test(file) || !/<[a-z!/][^>]*>/i.test(content.slice(0, 4096))) {
    const a = await analyzeBody(content, { lookup: opts.lookup });
    return { file, ...a, isArticle: true, articleScore: 1 };
  }
  const doc = parseHtml(content, 'file://' + file);
  try {
    const { analysis } = await analyzeDocument(doc, { lookup: opts.lookup, url: pageUrl(doc, file) });
    return { file, ...analysis };
  } finally {
    await disposeHtml(doc);
  }
}

/** What the popup shows as its counts. */
export function countsOf(a: Pick<Analysis, 'entities' | 'quotes' | 'claims'>): { entities: number; quotes: number; claims: number } {
  return { entities: a.entities.length, quotes: topLevelQuotes(a.quotes).length, claims: a.claims.length };
}

/** The page's own URL when it says so (canonical, og:url), so the publisher can be matched by domain. */
function pageUrl(doc: Document, file: string): string {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (canonical && /^https?:\/\//.test(canonical)) return canonical;
  return 'file://' + file;
}

async function main(argv: string[]): Promise<number> {
  const text = argv.includes('--text');
  const files = argv.filter((a) => a !== '--text' && a !== '--');
  if (!files.length) {
    process.stderr.write('usage: npm run -s analyze -- [--text] FILE...\n');
    return 2;
  }
  const lookup = createMemoryLookup(loadBundledDataset());
  let failed = false;
  for (const file of files) {
    let line: string;
    try {
      const a = await analyzeFile(file, { text, lookup });
      const { file: _f, ...rest } = a;
      line = JSON.stringify({ file, ...rest, counts: countsOf(a) });
    } catch (err) {
      failed = true;
      line = JSON.stringify({ file, error: err instanceof Error ? err.message : String(err) });
    }
    await writeOut(line + '\n');
  }
  return failed ? 1 : 0;
}

/**
 * Write to stdout and wait until the chunk is handed to the OS. On a pipe, stdout is asynchronous:
 * `process.exit` right after a large write dropped everything past the first 64 KiB. Waiting for
 * the callback (and never calling `process.exit`) lets a consumer such as `jq` read all of it.
 */
function writeOut(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(chunk, (err) => (err ? reject(err) : resolve())));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // process.exitCode, not process.exit(): Node exits once stdout has been flushed.
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(String(err?.stack ?? err) + '\n');
      process.exitCode = 1;
    },
  );
}
