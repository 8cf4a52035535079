/**
 * Refit the detector's weights (lib/detect/score.ts) and see what a candidate signal is worth on
 * pages it was not fitted on: dumps every page's signal values (wcxb-dev, scrapinghub,
 * readability-test-pages), fits an L2-regularised logistic model, and reports 10-fold
 * cross-validated precision/recall on wcxb-dev (folds by file number, so both halves of the
 * eval's A/B split are held out in turn) plus scrapinghub/readability recall.
 * Usage: npx tsx tests/eval/detect-fit.ts [--lambda 1] [--extra] [--weights] [--cached] [--list T]
 * (--extra adds CANDIDATES; --cached reuses the last run's features from /tmp)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { EXTENDED_ELEMENTS, pageFeatures, type PageFeatures } from '../../lib/detect/features';
import { score, signals } from '../../lib/detect/score';
import { urlShape, type UrlShape } from '../../lib/detect/url';
import { disposeHtml, parseHtml } from '../../lib/tools/parse-html';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PAGES = path.resolve(projectRoot, '../shared/pages');
const readGz = (f: string) => gunzipSync(readFileSync(f)).toString('utf8');

interface Sample { url?: string; id: string; set: 'wcxb' | 'zyte' | 'rtp'; kind: string; y: number; f: PageFeatures; u: UrlShape }

async function load(): Promise<Sample[]> {
  const out: Sample[] = [];
  const add = async (id: string, set: Sample['set'], kind: string, html: string, url: string | undefined) => {
    const doc = parseHtml(html, url);
    try {
      let f = pageFeatures(doc);
      if (f.truncated) f = pageFeatures(doc, EXTENDED_ELEMENTS);
      out.push({ url, id, set, kind, y: kind === 'article' ? 1 : 0, f, u: urlShape(url) });
    } finally {
      await disposeHtml(doc);
    }
  };
  const w = path.join(PAGES, 'wcxb-dev');
  for (const file of readdirSync(path.join(w, 'html')).sort()) {
    const id = file.replace('.html.gz', '');
    const gt = JSON.parse(readFileSync(path.join(w, 'ground-truth', `${id}.json`), 'utf8'));
    await add(id, 'wcxb', gt._internal?.page_type?.primary ?? 'unknown', readGz(path.join(w, 'html', file)), gt.url || undefined);
  }
  const z = path.join(PAGES, 'scrapinghub-article-extraction-benchmark');
  const zgt: Record<string, { url: string }> = JSON.parse(readFileSync(path.join(z, 'ground-truth.json'), 'utf8'));
  for (const id of Object.keys(zgt).sort()) {
    const file = path.join(z, 'html', `${id}.html.gz`);
    if (existsSync(file)) await add(id, 'zyte', 'article', readGz(file), zgt[id]!.url);
  }
  const r = path.join(PAGES, 'readability-test-pages', 'test-pages');
  for (const name of readdirSync(r).sort()) {
    const meta = JSON.parse(readFileSync(path.join(r, name, 'expected-metadata.json'), 'utf8'));
    if (meta.readerable === true) await add(name, 'rtp', 'article', readGz(path.join(r, name, 'source.html.gz')), 'http://fakehost/test/page.html');
  }
  return out;
}

/** The shipped signals' values (lib/detect/score.ts), then any candidate signal under trial. */
const CANDIDATES: { name: string; value: (f: PageFeatures, u: UrlShape) => number }[] = [
  // Last tried: documentation-like by how much code, not only whether (+1 point held-out precision at -0.5).
  { name: 'code scaled', value: (f) => Math.min(f.codeBlocks, 10) / 10 },
];

function vector(s: Sample, extra: boolean): number[] {
  const v = signals(s.f, s.u).map((x) => x.value);
  return extra ? [...v, ...CANDIDATES.map((c) => c.value(s.f, s.u))] : v;
}

function fit(X: number[][], y: number[], lambda: number, wts: number[]): number[] {
  const d = X[0]!.length;
  const w = new Array(d + 1).fill(0);
  const m = new Array(d + 1).fill(0);
  const v = new Array(d + 1).fill(0);
  const lr = 0.05;
  for (let it = 1; it <= 1500; it++) {
    const g = new Array(d + 1).fill(0);
    for (let i = 0; i < X.length; i++) {
      let z = w[d];
      for (let j = 0; j < d; j++) z += w[j] * X[i]![j]!;
      const e = (1 / (1 + Math.exp(-z)) - y[i]!) * wts[i]!;
      for (let j = 0; j < d; j++) g[j] += e * X[i]![j]!;
      g[d] += e;
    }
    for (let j = 0; j <= d; j++) {
      if (j < d) g[j] += lambda * w[j];
      m[j] = 0.9 * m[j] + 0.1 * g[j];
      v[j] = 0.999 * v[j] + 0.001 * g[j] * g[j];
      w[j] -= (lr * (m[j] / (1 - 0.9 ** it))) / (Math.sqrt(v[j] / (1 - 0.999 ** it)) + 1e-8);
    }
  }
  return w;
}
const logit = (w: number[], x: number[]) => x.reduce((z, xi, j) => z + w[j]! * xi, w[x.length]!);

export async function run(): Promise<void> {
  if (!existsSync(PAGES)) return console.log(`detect-fit skipped: ${PAGES} not found`);
  const arg = (n: string) => { const i = process.argv.indexOf(n); return i >= 0 ? process.argv[i + 1] : undefined; };
  const lambda = Number(arg('--lambda') ?? 1);
  const extra = process.argv.includes('--extra');
  const cache = '/tmp/detect-fit-samples.json';
  // Cached page features are reused; URL shapes are cheap and recomputed (url.ts may have changed).
  const samples: Sample[] = process.argv.includes('--cached') && existsSync(cache)
    ? JSON.parse(readFileSync(cache, 'utf8')).map((s: Sample) => ({ ...s, u: urlShape(s.url) }))
    : await load();
  writeFileSync(cache, JSON.stringify(samples.map((s) => ({ ...s, v: vector(s, true) }))));
  const table = (title: string, z: number[]) => {
    console.log(title);
    for (const t of [-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1]) {
      const at = (set: string) => samples.map((s, i) => ({ s, p: z[i]! > t })).filter((r) => r.s.set === set);
      const wc = at('wcxb');
      const tp = wc.filter((r) => r.s.y && r.p).length;
      const fp = wc.filter((r) => !r.s.y && r.p).length;
      const pos = wc.filter((r) => r.s.y).length;
      const rec = (set: string) => at(set).filter((x) => x.p).length / at(set).length;
      console.log(`  t ${t.toFixed(2).padStart(5)}  wcxb P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / pos).toFixed(3)} (fp ${fp}, fn ${pos - tp})  zyte R ${rec('zyte').toFixed(3)}  rtp R ${rec('rtp').toFixed(3)}`);
    }
  };
  if (process.argv.includes('--shipped')) return table('shipped weights (in-sample)', samples.map((s) => score(s.f, s.u).z));
  const X = samples.map((s) => vector(s, extra));
  const y = samples.map((s) => s.y);
  // wcxb pages weigh as they are; the article-only sets keep recall honest without swamping it.
  const rtpWeight = Number(arg('--rtp-weight') ?? 0.5);
  const wts = samples.map((s) => (s.set === 'wcxb' ? 1 : s.set === 'rtp' ? rtpWeight : 0.5));
  const folds = 10;
  const fold = (s: Sample, i: number) => (s.set === 'wcxb' ? Number(s.id) : i) % folds;
  const cv = new Array<number>(samples.length).fill(0);
  for (let k = 0; k < folds; k++) {
    const tr = samples.map((s, i) => i).filter((i) => fold(samples[i]!, i) !== k);
    const w = fit(tr.map((i) => X[i]!), tr.map((i) => y[i]!), lambda, tr.map((i) => wts[i]!));
    samples.forEach((s, i) => { if (fold(s, i) === k) cv[i] = logit(w, X[i]!); });
  }
  table(`lambda ${lambda}${extra ? ' + candidate signals' : ''}: 10-fold cross-validated`, cv);
  // --list T: the held-out mistakes at threshold T, nearest the threshold last (where a new signal helps).
  if (arg('--list') != null) {
    const t = Number(arg('--list'));
    const wrong = samples.map((s, i) => ({ s, z: cv[i]! })).filter(({ s, z }) => s.set === 'wcxb' && (z > t) !== (s.y === 1));
    for (const { s, z } of wrong.sort((a, b) => Math.abs(b.z - t) - Math.abs(a.z - t)))
      console.log(`  ${s.y ? 'FN' : 'FP'} ${z.toFixed(2).padStart(6)} ${s.kind.padEnd(13)} ${s.id} ${s.url ?? ''}`);
  }
  for (const t of [] as number[]) {
    const wc = samples.map((s, i) => ({ s, p: cv[i]! > t })).filter((r) => r.s.set === 'wcxb');
    const tp = wc.filter((r) => r.s.y && r.p).length;
    const fp = wc.filter((r) => !r.s.y && r.p).length;
    const pos = wc.filter((r) => r.s.y).length;
    const rec = (set: string) => { const r = samples.map((s, i) => ({ s, p: cv[i]! > t })).filter((r) => r.s.set === set); return r.filter((x) => x.p).length / r.length; };
    console.log(`  t ${t.toFixed(2).padStart(5)}  wcxb P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / pos).toFixed(3)} (fp ${fp}, fn ${pos - tp})  zyte R ${rec('zyte').toFixed(3)}  rtp R ${rec('rtp').toFixed(3)}`);
  }
  if (process.argv.includes('--weights')) {
    const w = fit(X, y, lambda, wts);
    const names = signals(samples[0]!.f, samples[0]!.u).map((s, j) => `${j} ${s.reason || '(unnamed)'}`);
    if (extra) names.push(...CANDIDATES.map((c) => c.name));
    names.forEach((n, j) => console.log(`  ${w[j]!.toFixed(2).padStart(6)}  ${n}`));
    console.log(`  ${w[w.length - 1]!.toFixed(2).padStart(6)}  bias`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) run().catch((e) => { console.error(e); process.exit(1); });
