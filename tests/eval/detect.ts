/**
 * Article detection and body extraction on real pages from ../shared/pages:
 *  - wcxb-dev: article precision/recall (false positives by page kind), body token F1 on articles,
 *    and Readability's isProbablyReaderable as the rival detector;
 *  - scrapinghub benchmark: recall and body token F1, with Readability.js's F1 in the same run;
 *  - readability-test-pages: agreement with `readerable` (true and false);
 *  - first, the detector's held-out figures: nested 10-fold cross-validation of its model (detect-fit.ts)
 *    on the features of these same pages; the figures after it are the shipped weights in-sample;
 *  - median detection time on non-article pages.
 * Usage: npx tsx tests/eval/detect.ts [--limit N] [--only wcxb|zyte|rtp] [--misses]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { detectArticle } from '../../lib/detect/index';
import { extractBody } from '../../lib/extract/index';
import { disposeHtml, parseHtml } from '../../lib/tools/parse-html';
import { crossValidated, sampleOf, type Sample } from './detect-fit';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.resolve(projectRoot, '../shared');
const PAGES = path.join(SHARED, 'pages');

/** Bag-of-tokens: lowercase words split on whitespace and punctuation (the benchmark's way). */
export function tokens(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

export function tokenF1(predicted: string, gold: string): { p: number; r: number; f1: number } {
  const a = tokens(predicted);
  const b = tokens(gold);
  let overlap = 0;
  let na = 0;
  let nb = 0;
  for (const v of a.values()) na += v;
  for (const v of b.values()) nb += v;
  for (const [k, v] of a) overlap += Math.min(v, b.get(k) ?? 0);
  if (na === 0 && nb === 0) return { p: 1, r: 1, f1: 1 };
  const p = na ? overlap / na : 0;
  const r = nb ? overlap / nb : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const readGz = (f: string) => gunzipSync(readFileSync(f)).toString('utf8');
const median = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');

interface PageResult {
  id: string;
  kind: string;
  isArticle: boolean;
  predicted: boolean;
  score: number;
  reasons: string[];
  detectMs: number;
  f1?: number;
  p?: number;
  r?: number;
  readabilityF1?: number;
  readerable?: boolean;
}

function readabilityText(doc: Document): string {
  try {
    const clone = doc.cloneNode(true) as Document;
    return new Readability(clone).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

async function evalPage(
  id: string,
  html: string,
  url: string | undefined,
  kind: string,
  isArticle: boolean,
  gold: string | null,
  opts: { rival: boolean; set?: Sample['set'] },
): Promise<PageResult> {
  const doc = parseHtml(html, url);
  try {
    // Collect the parser's garbage first (when run with --expose-gc) so the timing is the
    // detector's own work, not a GC pause left over from parsing a 1 MB page.
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    const d = detectArticle(doc, url);
    const detectMs = performance.now() - t0;
    // The features again for the cross-validation (after the timing, so it is not warmed by them).
    if (opts.set) samples.push(sampleOf(doc, id, opts.set, opts.set === 'rtp-no' ? 'not readerable' : kind, url));
    const res: PageResult = {
      id,
      kind,
      isArticle,
      predicted: d.isArticle,
      score: d.articleScore,
      reasons: d.reasons,
      detectMs,
    };
    if (gold !== null) {
      const body = extractBody(doc);
      Object.assign(res, tokenF1(body.text, gold));
      if (opts.rival) res.readabilityF1 = tokenF1(readabilityText(doc), gold).f1;
    }
    if (opts.rival) {
      try {
        res.readerable = isProbablyReaderable(doc);
      } catch {
        res.readerable = false;
      }
    }
    return res;
  } finally {
    await disposeHtml(doc);
  }
}

const samples: Sample[] = [];

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export async function run(): Promise<void> {
  if (!existsSync(PAGES)) {
    console.log(`detect eval skipped: ${PAGES} not found (needs ../shared/pages)`);
    return;
  }
  const limit = Number(argValue('--limit') ?? Infinity);
  const only = argValue('--only');
  const showMisses = process.argv.includes('--misses');
  const rival = !process.argv.includes('--no-rival');
  const lines: string[] = [];

  // ---- wcxb-dev -------------------------------------------------------------------------------
  if (!only || only === 'wcxb') {
    const dir = path.join(PAGES, 'wcxb-dev');
    const ids = readdirSync(path.join(dir, 'html'))
      .map((f) => f.replace('.html.gz', ''))
      .sort()
      .slice(0, limit);
    const results: PageResult[] = [];
    for (const id of ids) {
      const gt = JSON.parse(readFileSync(path.join(dir, 'ground-truth', `${id}.json`), 'utf8'));
      const kind: string = gt._internal?.page_type?.primary ?? 'unknown';
      const isArticle = kind === 'article';
      const gold: string | null = isArticle ? (gt.ground_truth?.main_content ?? '') : null;
      results.push(await evalPage(id, readGz(path.join(dir, 'html', `${id}.html.gz`)), gt.url, kind, isArticle, gold, { rival, set: 'wcxb' }));
    }
    const tp = results.filter((r) => r.isArticle && r.predicted).length;
    const fp = results.filter((r) => !r.isArticle && r.predicted);
    const fn = results.filter((r) => r.isArticle && !r.predicted);
    const art = results.filter((r) => r.isArticle);
    lines.push(`wcxb-dev (${results.length} pages, ${art.length} articles)`);
    const P = tp / (tp + fp.length);
    const R = tp / art.length;
    lines.push(`  detector   precision ${f3(P)}  recall ${f3(R)}  F1 ${f3((2 * P * R) / (P + R))}  (tp ${tp}, fp ${fp.length}, fn ${fn.length})`);
    if (rival) {
      const rtp = results.filter((r) => r.isArticle && r.readerable).length;
      const rfp = results.filter((r) => !r.isArticle && r.readerable).length;
      lines.push(`  isProbablyReaderable  precision ${f3(rtp / (rtp + rfp))}  recall ${f3(rtp / art.length)}  (tp ${rtp}, fp ${rfp})`);
    }
    // Deterministic halves by file number parity, to see that both move together. The weights are
    // fitted on all pages; their held-out figure is tests/eval/detect-fit.ts's 10-fold cross-validation.
    for (const [name, half] of [
      ['A (even)', 0],
      ['B (odd)', 1],
    ] as const) {
      const rs = results.filter((r) => Number(r.id) % 2 === half);
      const htp = rs.filter((r) => r.isArticle && r.predicted).length;
      const hfp = rs.filter((r) => !r.isArticle && r.predicted).length;
      const hart = rs.filter((r) => r.isArticle);
      const hp = htp / (htp + hfp);
      const hr = htp / hart.length;
      lines.push(
        `  split ${name.padEnd(17)} precision ${f3(hp)}  recall ${f3(hr)}  F1 ${f3((2 * hp * hr) / (hp + hr))}  (tp ${htp}, fp ${hfp}, fn ${hart.length - htp})  body F1 ${f3(mean(hart.map((r) => r.f1!)))}`,
      );
    }
    const byKind = new Map<string, number>();
    for (const r of fp) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
    const kinds = new Map<string, number>();
    for (const r of results) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
    lines.push(
      `  false positives by kind: ${[...kinds]
        .filter(([k]) => k !== 'article')
        .map(([k, n]) => `${k} ${byKind.get(k) ?? 0}/${n}`)
        .join(', ')}`,
    );
    lines.push(
      `  body token F1 on articles: ours ${f3(mean(art.map((r) => r.f1!)))} (P ${f3(mean(art.map((r) => r.p!)))} R ${f3(mean(art.map((r) => r.r!)))}, median ${f3(median(art.map((r) => r.f1!)))})` +
        (rival ? `  Readability ${f3(mean(art.map((r) => r.readabilityF1!)))}` : ''),
    );
    lines.push(
      `  detection ms: median non-article ${median(results.filter((r) => !r.isArticle).map((r) => r.detectMs)).toFixed(3)}, median article ${median(art.map((r) => r.detectMs)).toFixed(3)}`,
    );
    if (showMisses) {
      for (const r of fp) lines.push(`    FP ${r.id} ${r.kind} ${r.score.toFixed(2)} ${r.reasons.join('; ')}`);
      for (const r of fn) lines.push(`    FN ${r.id} ${r.score.toFixed(2)} ${r.reasons.join('; ')}`);
      for (const r of art.filter((r) => r.f1! < 0.8).sort((a, b) => a.f1! - b.f1!))
        lines.push(`    lowF1 ${r.id} F1 ${f3(r.f1!)} P ${f3(r.p!)} R ${f3(r.r!)} rd ${f3(r.readabilityF1 ?? NaN)}`);
    }
  }

  // ---- scrapinghub article extraction benchmark ------------------------------------------------
  if (!only || only === 'zyte') {
    const dir = path.join(PAGES, 'scrapinghub-article-extraction-benchmark');
    const gt: Record<string, { articleBody: string; url: string }> = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8'));
    const results: PageResult[] = [];
    for (const id of Object.keys(gt).sort().slice(0, limit)) {
      const file = path.join(dir, 'html', `${id}.html.gz`);
      if (!existsSync(file)) continue;
      results.push(await evalPage(id, readGz(file), gt[id]!.url, 'article', true, gt[id]!.articleBody, { rival, set: 'zyte' }));
    }
    const tp = results.filter((r) => r.predicted).length;
    lines.push(`scrapinghub (${results.length} article pages)`);
    lines.push(
      `  detector recall ${f3(tp / results.length)} (${tp}/${results.length})` +
        (rival ? `   isProbablyReaderable recall ${f3(results.filter((r) => r.readerable).length / results.length)}` : ''),
    );
    lines.push(
      `  body token F1: ours ${f3(mean(results.map((r) => r.f1!)))} (P ${f3(mean(results.map((r) => r.p!)))} R ${f3(mean(results.map((r) => r.r!)))}, median ${f3(median(results.map((r) => r.f1!)))})` +
        (rival ? `  Readability ${f3(mean(results.map((r) => r.readabilityF1!)))}` : ''),
    );
    if (showMisses) {
      for (const r of results.filter((r) => !r.predicted)) lines.push(`    FN ${r.id.slice(0, 12)} ${r.score.toFixed(2)} ${r.reasons.join('; ')}`);
      for (const r of results.filter((r) => r.f1! < 0.8).sort((a, b) => a.f1! - b.f1!))
        lines.push(`    lowF1 ${r.id.slice(0, 12)} F1 ${f3(r.f1!)} P ${f3(r.p!)} R ${f3(r.r!)} rd ${f3(r.readabilityF1 ?? NaN)}`);
    }
  }

  // ---- readability test pages -------------------------------------------------------------------
  if (!only || only === 'rtp') {
    const dir = path.join(PAGES, 'readability-test-pages', 'test-pages');
    const results: PageResult[] = [];
    for (const name of readdirSync(dir).sort().slice(0, limit)) {
      const meta = JSON.parse(readFileSync(path.join(dir, name, 'expected-metadata.json'), 'utf8'));
      const yes = meta.readerable === true;
      results.push(
        await evalPage(name, readGz(path.join(dir, name, 'source.html.gz')), 'http://fakehost/test/page.html', 'article', yes, null, {
          rival: false,
          set: yes ? 'rtp' : 'rtp-no',
        }),
      );
    }
    const yes = results.filter((r) => r.isArticle);
    const agree = yes.filter((r) => r.predicted).length;
    const no = results.filter((r) => !r.isArticle);
    lines.push(`readability-test-pages (${yes.length} readerable:true, ${no.length} readerable:false: not all articles)`);
    lines.push(`  called articles: ${agree}/${yes.length} readerable:true, ${no.filter((r) => r.predicted).length}/${no.length} readerable:false`);
    if (showMisses)
      for (const r of results.filter((r) => r.predicted !== r.isArticle))
        lines.push(`    ${r.isArticle ? 'FN' : 'FP'} ${r.id} ${r.score.toFixed(2)} ${r.reasons.join('; ')}`);
  }

  // Held-out first: the model refitted and scored fold by fold (only meaningful on the whole sets).
  if (!only && limit === Infinity) crossValidated(samples);
  console.log('shipped weights, in-sample:');
  console.log(lines.join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`)
  run().catch((e) => {
    console.error(e);
    process.exit(1);
  });
