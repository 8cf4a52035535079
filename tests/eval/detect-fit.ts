/**
 * Refit the detector's weights (lib/detect/score.ts) and report what they are worth on pages they
 * were not fitted on. Dumps every page's signal values (wcxb-dev, scrapinghub, readability-test-pages),
 * fits an L2-regularised logistic model and reports 10-fold cross-validated precision/recall on
 * wcxb-dev (folds by file number mod 10), with the decision threshold chosen INSIDE each training
 * split (by an inner 5-fold cross-validation on it), never on the fold it is scored on. The in-sample
 * figure of the model fitted on everything is printed beside it.
 * Mistakes are listed for the tuning half only (even file numbers): study those, judge on the rest.
 * Usage: npx tsx tests/eval/detect-fit.ts [--lambda 1] [--cached] [--list] [--weights] [--drop 3,7] [--pick floor]
 * (--cached reuses the last run's page features from /tmp; --weights prints score.ts's FITTED block;
 * --drop zeroes signals for an ablation)
 *
 * Tried in Dec 2026 and not kept, because the nested 10-fold figure did not improve (baseline 0.948 /
 * 0.951, 41 fp and 39 fn of 793; oracle-margin precision at recall 0.95: 0.952): a dated byline between
 * the <h1> and the first prose paragraph, three or more <article> elements, the share of paragraphs
 * that are prose, documentation controls ("Edit this page", "On this page"), <nav> blocks in the body,
 * and links to user profiles (>= 3, or ramped to 10): 0.941 / 0.953 with all six, 0.943 / 0.953 with
 * four, 0.937 / 0.956 with three (oracle 0.948 - 0.950). The profile links do separate threads (>= 6 on
 * 62 of 113 forum pages, 4 of 793 articles), but forums were only 9 of the 41 false positives, and
 * the threshold's fold-to-fold noise (about +-5 pages) is larger than what any of these moved.
 *
 * Tried in Dec 2026 (second round), each against the same nested figure with the procedure of the
 * time (baseline 0.948 / 0.951, oracle 0.952), and not kept: headings (h2-h4) that are links (>= 3:
 * 0.947 / 0.948; ramped to 10: 0.947 / 0.951, oracle 0.950), headings per prose paragraph (0.945 /
 * 0.953), tel:/mailto: links (>= 1: 0.942 / 0.957; in the walk's sample 18 % of articles have one,
 * nearly as many as service pages, 20 %, and twice the non-articles overall, 9 %), list items
 * that are one link (ramped to 30: 0.941 / 0.957) and list items per prose paragraph (0.939 / 0.955),
 * images (0.945 / 0.952), buttons (0.951 / 0.946, oracle 0.946), tables (0.945 / 0.948), the share of
 * prose paragraphs that ask ('?') or exclaim ('!') (no change), the digits' share of the prose (0.946 /
 * 0.951), prose boxes that share a class name (a thread's repeated post template: 0.948 / 0.947), two or
 * more dates after the first prose paragraph (posts' dates: on 51 % of forum pages, 15 % of articles;
 * 0.948 / 0.952, oracle 0.948), the share of short paragraphs (0.948 / 0.950). Other model families
 * and inputs: 100 gradient-boosted depth-2 trees over the same signals (0.943 / 0.937, oracle 0.933),
 * one URL-kind signal per kind (0.942 / 0.958), one JSON-LD-kind signal per kind (0.951 / 0.951, oracle
 * 0.951), the article-only sets at weight 0 / 0.25 / 1 (0.950 / 0.951, 0.946 / 0.953, 0.943 / 0.953).
 * What was kept is the procedure (see `model`): the threshold picked on the scores of the very models
 * that score held-out pages (the mean of the fold models), by the rule min(precision, recall), with
 * the L2 strength picked inside each training split too: 0.951 / 0.953 (39 fp, 37 fn). Said plainly:
 * that design was chosen after comparing six variants on this same nested figure (lambda 0.3 / 1 / 3,
 * rule F1 / min), which is itself a choice made on held-out data; with lambda fixed at 1 it reads
 * 0.950 / 0.956 (758 of 798 called, 0.9499), with the F1 rule 0.943 / 0.953. The target is met by one
 * or two pages, inside the folds' noise.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { EXTENDED_ELEMENTS, pageFeatures, type PageFeatures } from '../../lib/detect/features';
import { signals } from '../../lib/detect/score';
import { urlShape, type UrlShape } from '../../lib/detect/url';
import { disposeHtml, parseHtml } from '../../lib/tools/parse-html';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PAGES = path.resolve(projectRoot, '../shared/pages');
const readGz = (f: string) => gunzipSync(readFileSync(f)).toString('utf8');

/** rtp-no: readability-test-pages marked readerable:false (reported, not fitted: Readability's own call, not a page kind). */
export interface Sample {
  url?: string;
  id: string;
  set: 'wcxb' | 'zyte' | 'rtp' | 'rtp-no';
  kind: string;
  y: number;
  f: PageFeatures;
  u: UrlShape;
}

/** One page's features as the detector reads them (the longer walk whenever the first was cut short). */
export function sampleOf(doc: Document, id: string, set: Sample['set'], kind: string, url: string | undefined): Sample {
  let f = pageFeatures(doc);
  if (f.truncated) f = pageFeatures(doc, EXTENDED_ELEMENTS);
  return { url, id, set, kind, y: kind === 'article' ? 1 : 0, f, u: urlShape(url) };
}

async function load(): Promise<Sample[]> {
  const out: Sample[] = [];
  const add = async (id: string, set: Sample['set'], kind: string, html: string, url: string | undefined) => {
    const doc = parseHtml(html, url);
    try {
      out.push(sampleOf(doc, id, set, kind, url));
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
    const yes = meta.readerable === true;
    await add(name, yes ? 'rtp' : 'rtp-no', yes ? 'article' : 'not readerable', readGz(path.join(r, name, 'source.html.gz')), 'http://fakehost/test/page.html');
  }
  return out;
}

/** --drop 3,7: signals left out (zeroed) for an ablation, by their index in score.ts's list. */
const DROP = new Set((process.argv.includes('--drop') ? process.argv[process.argv.indexOf('--drop') + 1]! : '').split(',').filter(Boolean).map(Number));
const vector = (s: Sample): number[] => signals(s.f, s.u).map((x, j) => (DROP.has(j) ? 0 : x[0]));

/**
 * L2-regularised logistic regression (the bias is not penalised), by Newton's method: the exact
 * minimiser in a few steps (Adam's 1,200 steps reached the same weights, 30 times slower).
 */
function fit(X: number[][], y: number[], lambda: number, wts: number[]): number[] {
  const d = X[0]!.length + 1;
  const w = new Array<number>(d).fill(0);
  const xb = X.map((x) => [...x, 1]);
  for (let it = 0; it < 50; it++) {
    const g = w.map((wj, j) => (j < d - 1 ? lambda * wj : 0));
    const H = Array.from({ length: d }, (_, j) => Array.from({ length: d }, (_, k) => (j === k ? (j < d - 1 ? lambda : 0) + 1e-9 : 0)));
    for (let i = 0; i < xb.length; i++) {
      const x = xb[i]!;
      let z = 0;
      for (let j = 0; j < d; j++) z += w[j]! * x[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const e = (p - y[i]!) * wts[i]!;
      const h = p * (1 - p) * wts[i]!;
      if (!wts[i]) continue;
      for (let j = 0; j < d; j++) {
        if (!x[j]) continue;
        g[j]! += e * x[j]!;
        const hx = h * x[j]!;
        for (let k = 0; k <= j; k++) H[j]![k]! += hx * x[k]!;
      }
    }
    for (let j = 0; j < d; j++) for (let k = 0; k < j; k++) H[k]![j] = H[j]![k]!;
    const step = solve(H, g);
    let most = 0;
    for (let j = 0; j < d; j++) {
      w[j]! -= step[j]!;
      most = Math.max(most, Math.abs(step[j]!));
    }
    if (most < 1e-8) break;
  }
  return w;
}

/** A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = c + 1; r < n; r++) {
      const q = M[r]![c]! / M[c]![c]!;
      if (q) for (let k = c; k <= n; k++) M[r]![k]! -= q * M[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let v = M[r]![n]!;
    for (let k = r + 1; k < n; k++) v -= M[r]![k]! * x[k]!;
    x[r] = v / M[r]![r]!;
  }
  return x;
}
const logit = (w: number[], x: number[]) => x.reduce((z, xi, j) => z + w[j]! * xi, w[x.length]!);

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  pos: number;
}
function counts(ys: number[], zs: number[], t: number | number[]): Counts {
  const c = { tp: 0, fp: 0, fn: 0, pos: 0 };
  ys.forEach((y, i) => {
    const p = zs[i]! > (typeof t === 'number' ? t : t[i]!);
    if (y) c.pos++;
    if (y && p) c.tp++;
    else if (y) c.fn++;
    else if (p) c.fp++;
  });
  return c;
}
const pr = (c: Counts) => ({ P: c.tp / (c.tp + c.fp), R: c.tp / c.pos });

/**
 * The decision threshold, from a grid of 0.05 over these (out-of-fold) scores of wcxb pages, and the
 * rule's value there. The rule is the target itself: the larger of the two figures that must both
 * reach 0.95, precision and recall, is traded for the smaller (`min`: the best min(P, R); a tie goes
 * to the lower threshold, as before). `--pick f1` takes the best F1 (the rule until Dec 2026),
 * `--pick floor` the most precise threshold that still finds RECALL_FLOOR of the articles
 * (tried Dec 2026: no better held out, 0.945 / 0.956 against 0.948 / 0.951).
 */
const RECALL_FLOOR = 0.95;
function pickThreshold(ys: number[], zs: number[]): { t: number; v: number } {
  const rule = arg('--pick') ?? 'min';
  let best = 0;
  let bestV = -1;
  for (let t = -2; t <= 2.0001; t += 0.05) {
    const { P, R } = pr(counts(ys, zs, t));
    const v = rule === 'f1' ? (P + R ? (2 * P * R) / (P + R) : 0) : rule === 'floor' ? (R >= RECALL_FLOOR ? P : -1) : Math.min(P || 0, R);
    if (v > bestV + 1e-9) [best, bestV] = [t, v];
  }
  return { t: Math.round(best * 100) / 100, v: bestV };
}

/** Out-of-fold logits for `idx` (k folds by `foldOf`), and the k models that gave them. */
function crossValidate(idx: number[], X: number[][], y: number[], wts: number[], lambda: number, k: number, foldOf: (i: number) => number) {
  const z = new Map<number, number>();
  const models: number[][] = [];
  for (let fold = 0; fold < k; fold++) {
    const tr = idx.filter((i) => foldOf(i) !== fold);
    const w = fit(
      tr.map((i) => X[i]!),
      tr.map((i) => y[i]!),
      lambda,
      tr.map((i) => wts[i]!),
    );
    models.push(w);
    for (const i of idx) if (foldOf(i) === fold) z.set(i, logit(w, X[i]!));
  }
  return { z, models };
}

/** The mean of linear models is one linear model: its logit is the mean of theirs. */
const mean = (models: number[][]) => models[0]!.map((_, j) => models.reduce((a, m) => a + m[j]!, 0) / models.length);

/**
 * One model from `idx`: for each L2 strength, a k-fold CV over `idx` gives out-of-fold scores, a
 * threshold is picked on them (wcxb pages only), and the strength whose threshold scores best wins.
 * The model is the MEAN of that strength's k fold models, so the threshold was picked on scores of
 * the very models that make it up. (Until Dec 2026 one model was refitted on all of `idx` and given
 * the threshold picked on its fold models' scores; a model fitted on more pages is more confident,
 * its logits spread wider, and the threshold did not carry over: nested 10-fold 0.948 / 0.951.)
 */
function model(
  idx: number[],
  X: number[][],
  y: number[],
  wts: number[],
  lambdas: number[],
  k: number,
  foldOf: (i: number) => number,
  isW: (i: number) => boolean,
) {
  let best: { w: number[]; t: number; v: number; lambda: number } | null = null;
  for (const lambda of lambdas) {
    const { z, models } = crossValidate(idx, X, y, wts, lambda, k, foldOf);
    const ws = idx.filter(isW);
    const { t, v } = pickThreshold(
      ws.map((i) => y[i]!),
      ws.map((i) => z.get(i)!),
    );
    if (!best || v > best.v + 1e-9) best = { w: mean(models), t, v, lambda };
  }
  return best!;
}

const arg = (n: string) => {
  const i = process.argv.indexOf(n);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
/** L2 strengths tried inside every training split (`--lambda 1` fixes one). */
export const LAMBDAS = [0.3, 1, 3];

export async function run(): Promise<void> {
  if (!existsSync(PAGES)) return console.log(`detect-fit skipped: ${PAGES} not found`);
  const cache = '/tmp/detect-fit-samples.json';
  // Cached page features are reused; URL shapes are cheap and recomputed (url.ts may have changed).
  const samples: Sample[] =
    process.argv.includes('--cached') && existsSync(cache)
      ? JSON.parse(readFileSync(cache, 'utf8')).map((s: Sample) => ({ ...s, u: urlShape(s.url) }))
      : await load();
  if (!process.argv.includes('--cached')) writeFileSync(cache, JSON.stringify(samples));
  crossValidated(samples, arg('--lambda') ? [Number(arg('--lambda'))] : LAMBDAS, {
    list: process.argv.includes('--list'),
    weights: process.argv.includes('--weights'),
  });
}

/** The nested 10-fold figures first, then the in-sample figures of the model fitted on everything. */
export function crossValidated(samples: Sample[], lambdas = LAMBDAS, opts: { list?: boolean; weights?: boolean } = {}): void {
  const X = samples.map(vector);
  const y = samples.map((s) => s.y);
  // wcxb pages weigh as they are; the article-only sets keep recall honest without swamping it.
  const aux = Number(arg('--aux') ?? 0.5);
  const wts = samples.map((s) => (s.set === 'wcxb' ? 1 : s.set === 'rtp-no' ? 0 : aux));
  const fitted = samples.map((_, i) => i).filter((i) => samples[i]!.set !== 'rtp-no');
  const isW = (i: number) => samples[i]!.set === 'wcxb';
  // Outer folds: wcxb by file number, the others by position.
  const outer = (i: number) => (isW(i) ? Number(samples[i]!.id) : i) % 10;

  // Nested: each outer training split picks its own L2 strength and threshold by an inner 5-fold CV on itself.
  const z = new Array<number>(samples.length).fill(NaN);
  const t = new Array<number>(samples.length).fill(NaN);
  const picked: number[] = [];
  const lambdaPicked: number[] = [];
  for (let k = 0; k < 10; k++) {
    const tr = fitted.filter((i) => outer(i) !== k);
    const te = samples.map((_, i) => i).filter((i) => outer(i) === k || (samples[i]!.set === 'rtp-no' && i % 10 === k));
    const m = model(tr, X, y, wts, lambdas, 5, (i) => Math.floor(outer(i) * 7 + i) % 5, isW);
    picked.push(m.t);
    lambdaPicked.push(m.lambda);
    for (const i of te) [z[i], t[i]] = [logit(m.w, X[i]!), m.t];
  }
  const report = (title: string, zs: number[], ts: number[]) => {
    console.log(title);
    const sel = (f: (s: Sample, i: number) => boolean) => samples.map((s, i) => i).filter((i) => f(samples[i]!, i));
    const line = (name: string, ids: number[]) => {
      const c = counts(
        ids.map((i) => y[i]!),
        ids.map((i) => zs[i]!),
        ids.map((i) => ts[i]!),
      );
      const { P, R } = pr(c);
      console.log(
        `  ${name.padEnd(30)} precision ${P.toFixed(3)} recall ${R.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn}; ${ids.length} pages, ${c.pos} articles)`,
      );
    };
    line(
      'wcxb-dev all',
      sel((s) => s.set === 'wcxb'),
    );
    line(
      'wcxb-dev odd (held-out half)',
      sel((s) => s.set === 'wcxb' && Number(s.id) % 2 === 1),
    );
    line(
      'wcxb-dev even (tuning half)',
      sel((s) => s.set === 'wcxb' && Number(s.id) % 2 === 0),
    );
    const rec = (set: string) => {
      const ids = sel((s) => s.set === set);
      return `${ids.filter((i) => zs[i]! > ts[i]!).length}/${ids.length}`;
    };
    console.log(
      `  scrapinghub articles found ${rec('zyte')}; readability-test-pages readerable:true found ${rec('rtp')}, readerable:false called articles ${rec('rtp-no')}`,
    );
    const kinds = new Map<string, [number, number]>();
    for (const i of sel((s) => s.set === 'wcxb' && !s.y)) {
      const k = kinds.get(samples[i]!.kind) ?? [0, 0];
      k[1]++;
      if (zs[i]! > ts[i]!) k[0]++;
      kinds.set(samples[i]!.kind, k);
    }
    console.log(
      `  false positives by kind: ${[...kinds]
        .sort((a, b) => b[1][1] - a[1][1])
        .map(([k, [a, n]]) => `${k} ${a}/${n}`)
        .join(', ')}`,
    );
  };
  report(
    `10-fold cross-validated, L2 strength and threshold picked inside each training split (lambda ${lambdaPicked.join('/')}; threshold ${Math.min(...picked)}..${Math.max(...picked)})`,
    z,
    t,
  );
  // How well the out-of-fold scores rank pages, apart from the threshold's noise: the best precision
  // any one margin above each fold's threshold reaches with recall >= 0.95. The margin is chosen on
  // the held-out scores themselves, so this compares variants; it is never a held-out figure.
  {
    const wi = samples.map((_, i) => i).filter((i) => samples[i]!.set === 'wcxb');
    const m = wi.map((i) => z[i]! - t[i]!).sort((a, b) => b - a);
    let best = 0;
    for (const cut of m) {
      const c = counts(
        wi.map((i) => y[i]!),
        wi.map((i) => z[i]! - t[i]!),
        cut - 1e-9,
      );
      if (pr(c).R >= 0.95) best = Math.max(best, pr(c).P);
    }
    console.log(`  (oracle margin, not a held-out figure) out-of-fold precision at recall >= 0.95: ${best.toFixed(3)}`);
  }

  // The shipped model: the same procedure over everything (10 folds).
  const shipped = model(fitted, X, y, wts, lambdas, 10, outer, isW);
  const [w, T] = [shipped.w, shipped.t];
  const inSample = samples.map((s, i) => logit(w, X[i]!));
  report(
    `in-sample (fitted on all, lambda ${shipped.lambda}, threshold ${T})`,
    inSample,
    samples.map(() => T),
  );

  // --list: the tuning half's held-out mistakes, nearest the threshold last (where a new signal helps).
  if (opts.list) {
    const wrong = samples.map((s, i) => ({ s, m: z[i]! - t[i]! })).filter(({ s, m }) => s.set === 'wcxb' && Number(s.id) % 2 === 0 && m > 0 !== (s.y === 1));
    for (const { s, m } of wrong.sort((a, b) => Math.abs(b.m) - Math.abs(a.m)))
      console.log(`  ${s.y ? 'FN' : 'FP'} ${m.toFixed(2).padStart(6)} ${s.kind.padEnd(13)} ${s.id} ${s.url ?? ''}`);
  }
  if (opts.weights) {
    const names = signals(samples[0]!.f, samples[0]!.u).map((s, j) => `${j} ${s[1] || '(unnamed)'}`);
    names.forEach((n, j) => console.log(`  ${w[j]!.toFixed(2).padStart(6)}  ${n}`));
    const r = (x: number) => Math.round(x * 20) / 20;
    console.log(
      `// FITTED: BEGIN\nexport const THRESHOLD = ${T};\nconst BIAS = ${r(w[w.length - 1]!)};\nconst WEIGHTS = [${w.slice(0, -1).map(r).join(', ')}];\n// FITTED: END`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  run().catch((e) => {
    console.error(e);
    process.exit(1);
  });
