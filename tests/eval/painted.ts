/**
 * How much of an article Backstory paints (issue 17, "a calmer page"): the share of the body text's
 * characters under any highlight, by default (names with the people quoted marked as speakers, and
 * disputed claims) and with full quote tinting switched on. On the demo article, the seed article and
 * 50 real news articles (the first 50 scrapinghub pages by file name, a fixed rule; only those the
 * detector calls articles count, as only those are painted). Target: the default under 30 %.
 *
 * `npx tsx tests/eval/painted.ts` on its own, or `run()` from `npm run eval`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyzeDocument } from '../../lib/analyze';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { paintedShare, type PaintSettings } from '../../lib/highlight/targets';
import { loadBundledDataset } from '../../lib/tools/load-dataset';
import { disposeHtml, parseHtml } from '../../lib/tools/parse-html';
import { DEFAULT_SETTINGS } from '../../lib/extension/settings';
import type { Analysis } from '../../lib/types';
import { buildSeedPage } from '../fixtures/seed-page';

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED = resolve(ROOT, '../shared');
const SEED_TXT = resolve(SHARED, 'seeds/000_59ca9e13b7f063f4.txt');
const SCRAPINGHUB = resolve(SHARED, 'pages/scrapinghub-article-extraction-benchmark/html');
const REAL = 50;
export const TARGET = 0.3;

const DEFAULT: PaintSettings = DEFAULT_SETTINGS;
const ALL: PaintSettings = { entities: true, quotes: true, claims: true };

async function analyse(html: string, url: string, lookup: ReturnType<typeof createMemoryLookup>): Promise<Analysis> {
  const doc = parseHtml(html, url);
  try {
    return (await analyzeDocument(doc, { lookup, url })).analysis;
  } finally {
    await disposeHtml(doc);
  }
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

export interface PaintedRow {
  name: string;
  pages: number;
  articles: number;
  /** Painted characters over body characters, pooled over the articles. */
  byDefault: number;
  withQuotes: number;
  /** The largest single-article default share. */
  maxDefault: number;
}

function row(name: string, pages: number, as: Analysis[]): PaintedRow {
  const arts = as.filter((a) => a.isArticle && a.text.length);
  const pool = (s: PaintSettings) => {
    let p = 0;
    let t = 0;
    for (const a of arts) {
      const r = paintedShare(a, s);
      p += r.painted;
      t += r.total;
    }
    return t ? p / t : 0;
  };
  return {
    name,
    pages,
    articles: arts.length,
    byDefault: pool(DEFAULT),
    withQuotes: pool(ALL),
    maxDefault: Math.max(0, ...arts.map((a) => paintedShare(a, DEFAULT).share)),
  };
}

export async function measure(): Promise<PaintedRow[]> {
  const lookup = createMemoryLookup(loadBundledDataset());
  const rows: PaintedRow[] = [];
  rows.push(
    row('demo article', 1, [
      await analyse(readFileSync(resolve(ROOT, 'assets/demo/article.html'), 'utf8'), 'https://ledger.example/world/2026/11/20/belarus-sanctions', lookup),
    ]),
  );
  if (existsSync(SEED_TXT))
    rows.push(row('seed article', 1, [await analyse(buildSeedPage(readFileSync(SEED_TXT, 'utf8')), 'https://theweek.example/news/seed', lookup)]));
  if (existsSync(SCRAPINGHUB)) {
    const files = readdirSync(SCRAPINGHUB)
      .filter((f) => f.endsWith('.html.gz'))
      .sort()
      .slice(0, REAL);
    const as: Analysis[] = [];
    for (const f of files)
      as.push(await analyse(gunzipSync(readFileSync(resolve(SCRAPINGHUB, f))).toString('utf8'), `https://news.example/${f.replace('.html.gz', '')}`, lookup));
    rows.push(row(`real news (scrapinghub, first ${files.length})`, files.length, as));
  }
  return rows;
}

export async function run(): Promise<void> {
  const rows = await measure();
  console.log('Share of article characters painted (pooled over the articles; target: default under 30 %)');
  console.log('  what                                   pages  articles  default (max)       + full quotes');
  for (const r of rows) {
    console.log(
      `  ${r.name.padEnd(38)} ${String(r.pages).padStart(5)}  ${String(r.articles).padStart(8)}  ${pct(r.byDefault).padStart(7)} (${pct(r.maxDefault)})  ${pct(r.withQuotes).padStart(9)}`,
    );
  }
  const over = rows.filter((r) => r.articles && r.byDefault >= TARGET);
  console.log(over.length ? `  OVER TARGET: ${over.map((r) => r.name).join(', ')}` : '  default under 30 % on every row');
  if (!existsSync(SEED_TXT) || !existsSync(SCRAPINGHUB)) console.log(`  (seed or real pages skipped: ${SHARED} is incomplete)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
