/**
 * Trains the learned name tagger (lib/entities/tagger) and writes assets/ner/tagger.json.
 *
 *   npm run train:tagger               train on every tuning document, write the weights
 *   npm run train:tagger -- --validate train on 3/4 of each tuning set, score the other 1/4 (rules alone vs with the tagger)
 *     (MARGINS="2 8" for the vote's margins; --errors with SHOW="<row>" lists that row's additions, right or wrong)
 *
 * Data: the TUNING parts only (tagger-data.ts); the held-out parts of tests/eval/ner.ts are never read.
 * Averaged perceptron, greedy left to right with the previous tag as a feature, documents shuffled by
 * a fixed seed: the same data gives the same bytes. Features seen fewer than MIN_COUNT times and
 * weights that round to zero are pruned; weights are quantised to integers with one scale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { findByRules } from '../index';
import { createMemoryLookup } from '../../dataset/memory-lookup';
import { loadBundledDataset } from '../../tools/load-dataset';
import { evidenceOf, TAG_OF, withTagger, type Mode, type RuleFindings } from '../tagger/combine';
import { candidates, joins, tokenFeatures } from '../tagger/features';
import { allowed, historyFeatures, loadTagger, scores, type TaggedSpan, type TaggerWeights } from '../tagger/tagger';
import type { EntityResult } from '../../types';
import { ROOT, tuningDocs, type LabelledDoc } from './tagger-data';
import { seededRandom } from '../../tools/seeded-random';

const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];
const EPOCHS = 10;
const SEED = 18;
const MIN_COUNT = 2;
const WEIGHT = Number(process.env.W ?? 1);
/** Quantisation: the largest weight becomes this integer. */
const TOP = 250;
/** The margins compared by --validate for the tagger's vote on people (combine.ts, Mode.vote). */
const MARGINS = (process.env.MARGINS ?? '0.001 1 2 4 8 16 32').split(' ').map(Number);
const OUT = path.join(ROOT, 'assets/ner/tagger.json');

interface Prepared {
  doc: LabelledDoc;
  r: RuleFindings;
  feats: (string[] | null)[];
  gold: number[];
}

async function prepare(docs: LabelledDoc[]): Promise<Prepared[]> {
  const lookup = createMemoryLookup(loadBundledDataset());
  const out: Prepared[] = [];
  for (const doc of docs) {
    const r = await findByRules(doc.text, lookup);
    const ev = evidenceOf(r);
    const read = candidates(doc.text, r.tokens);
    const gold = r.tokens.map(() => 0);
    for (const g of doc.gold) {
      let first = true;
      r.tokens.forEach((t, i) => {
        if (t.start < g.end && g.start < t.end && gold[i] === 0) {
          gold[i] = LABELS.indexOf((first ? 'B-' : 'I-') + g.type);
          first = false;
        }
      });
    }
    const feats = r.tokens.map((_, i) => (read[i] ? tokenFeatures(doc.text, r.tokens, i, ev, r.L) : null));
    out.push({ doc, r, feats, gold });
  }
  return out;
}

function train(data: Prepared[]): { weights: Map<string, Float64Array>; counts: Map<string, number> } {
  const n = LABELS.length;
  const w = new Map<string, Float64Array>();
  const total = new Map<string, Float64Array>();
  const stamp = new Map<string, Float64Array>();
  const counts = new Map<string, number>();
  let clock = 0;
  const get = (m: Map<string, Float64Array>, f: string) => {
    let a = m.get(f);
    if (!a) m.set(f, (a = new Float64Array(n)));
    return a;
  };
  const bump = (f: string, k: number, v: number) => {
    const wf = get(w, f);
    const tf = get(total, f);
    const sf = get(stamp, f);
    tf[k]! += (clock - sf[k]!) * wf[k]!;
    sf[k] = clock;
    wf[k]! += v;
  };
  for (const d of data) for (const f of d.feats) if (f) for (const x of f) counts.set(x, (counts.get(x) ?? 0) + 1);
  // News-like text weighs more than web text: the uner-wiki and news documents are read WEIGHT times per epoch.
  const order = data.flatMap((d, i) => new Array<number>(d.doc.set === 'ewt' ? 1 : WEIGHT).fill(i));
  const random = seededRandom(SEED);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const di of order) {
      const d = data[di]!;
      let prev = 'O';
      d.feats.forEach((own, i) => {
        if (!own) return void (prev = 'O');
        clock++;
        const f = [...own, ...historyFeatures(prev, d.r.tokens[i]!)];
        const s = scores(w, n, f);
        const joined = joins(d.doc.text, d.r.tokens, i);
        let guess = 0;
        for (let k = 1; k < n; k++) if (s[k]! > s[guess]! && allowed(LABELS, k, prev, joined)) guess = k;
        const truth = d.gold[i]!;
        if (guess !== truth)
          for (const x of f) {
            bump(x, truth, 1);
            bump(x, guess, -1);
          }
        prev = LABELS[guess]!;
      });
    }
  }
  const avg = new Map<string, Float64Array>();
  for (const [f, wf] of w) {
    const tf = total.get(f)!;
    const sf = stamp.get(f)!;
    const a = new Float64Array(n);
    for (let k = 0; k < n; k++) a[k] = (tf[k]! + (clock - sf[k]!) * wf[k]!) / clock;
    avg.set(f, a);
  }
  return { weights: avg, counts };
}

function quantise(weights: Map<string, Float64Array>, counts: Map<string, number>, about: string): TaggerWeights {
  let max = 0;
  for (const a of weights.values()) for (const x of a) max = Math.max(max, Math.abs(x));
  const scale = Number((TOP / max).toPrecision(6));
  const out: Record<string, string> = {};
  for (const f of [...weights.keys()].sort()) {
    if ((counts.get(f) ?? 0) < MIN_COUNT && !f.startsWith('pt')) continue;
    const q = [...weights.get(f)!].map((x) => Math.round(x * scale));
    if (q.every((x) => x === 0)) continue;
    out[f] = q.map((x) => (x ? String(x) : '')).join(',');
  }
  return { about, labels: LABELS, scale, weights: out };
}

const ABOUT =
  'Weights of the learned name tagger (lib/entities/tagger): an averaged perceptron over BIO tags (PER, ORG, LOC). ' +
  'Trained by lib/entities/train/train-tagger.ts (npm run train:tagger) on the TUNING parts only: Universal NER ' +
  'English-PUD Wikipedia half, even documents (CC BY-SA 3.0), Universal NER English-EWT dev split (CC BY-SA 4.0; ' +
  'github.com/UniversalNER/UNER_English-EWT), and Backstory\u2019s own news sentences outside their held-out part ' +
  '(tests/fixtures/news-sentences.json). These weights are derived from CC BY-SA data and are shared under CC BY-SA 4.0. ' +
  `Settings: ${EPOCHS} epochs, seed ${SEED}, features seen fewer than ${MIN_COUNT} times dropped, integer weights / scale. Trained 2026-12-04.`;

/** 4-fold cross-validation inside the tuning parts (each set split by document index % 4): the rules alone vs with the tagger. */
async function validate(all: Prepared[]) {
  const sets = [...new Set(all.map((p) => p.doc.set))];
  const index = new Map<Prepared, number>();
  for (const set of sets) all.filter((p) => p.doc.set === set).forEach((p, i) => index.set(p, i));
  type Row = { tp: number; fp: number; fn: number; ptp: number; pg: number };
  const rows = new Map<string, Row>();
  for (let fold = 0; fold < 4; fold++) {
    const fit = all.filter((p) => index.get(p)! % 4 !== fold);
    const check = all.filter((p) => index.get(p)! % 4 === fold);
    const { weights, counts } = train(fit);
    const tg = loadTagger(quantise(weights, counts, 'validation'))!;
    for (const p of check) {
      const systems: Record<string, EntityResult[]> = { rules: p.r.entities };
      // The combinations compared (combine.ts, Mode), and the tagger's vote on people at each margin (vote.ts).
      const modes: Record<string, Mode> = {
        'agree+all': { keep: 'agree', add: 'all' },
        'agree+all margin 25': { keep: 'agree', add: 'all', margin: 25 },
        'agree+all slack 25': { keep: 'agree', add: 'all', slack: 25 },
        'all+all': { keep: 'all', add: 'all' },
        'all+PER': { keep: 'all', add: 'PER' },
        'all+PER openers': { keep: 'all', add: 'PER', openers: true },
        'all+PER anyShape': { keep: 'all', add: 'PER', anyShape: true },
        'defer+all': { keep: 'defer', add: 'all' },
        ...Object.fromEntries(MARGINS.map((m) => [`vote margin ${m}`, { keep: 'all', add: 'PER', vote: true, margin: m } as Mode])),
        ...Object.fromEntries(MARGINS.map((m) => [`given margin ${m}`, { keep: 'all', add: 'PER', vote: true, voteGiven: true, margin: m } as Mode])),
        ...Object.fromEntries(
          MARGINS.map((m) => [`strict margin ${m}`, { keep: 'all', add: 'PER', vote: true, voteGiven: true, strict: true, margin: m } as Mode]),
        ),
      };
      for (const [name, mode] of Object.entries(modes)) systems[name] = withTagger(p.r, tg, p.r.L!, mode);
      for (const [name, ents] of Object.entries(systems)) {
        const pred: TaggedSpan[] = ents.flatMap((e) => (TAG_OF[e.type] ? e.mentions.map((m) => ({ ...m, type: TAG_OF[e.type]! })) : []));
        const key = `${p.doc.set.padEnd(5)} ${name.padEnd(20)}`;
        if (!rows.has(key)) rows.set(key, { tp: 0, fp: 0, fn: 0, ptp: 0, pg: 0 });
        const row = rows.get(key)!;
        const used = new Set<number>();
        for (const x of pred) {
          const k = p.doc.gold.findIndex((g, j) => !used.has(j) && g.start === x.start && g.end === x.end && g.type === x.type);
          if (k >= 0) used.add(k);
        }
        if (name === (process.env.SHOW ?? 'all+PER') && process.argv.includes('--errors')) {
          const show = (m: TaggedSpan, k: string) =>
            console.log(
              `${p.doc.set} ${k} ${m.type} «${p.doc.text.slice(m.start, m.end)}» ${p.doc.text.slice(Math.max(0, m.start - 40), m.end + 40).replace(/\n/g, ' ')}`,
            );
          const base = new Set(systems.rules!.flatMap((e) => e.mentions.map((m) => m.start + ':' + m.end)));
          pred.forEach(
            (x) =>
              !base.has(x.start + ':' + x.end) &&
              show(x, p.doc.gold.some((g) => g.start === x.start && g.end === x.end && g.type === x.type) ? 'ADD-OK' : 'ADD-FP'),
          );
        }
        row.tp += used.size;
        row.fp += pred.length - used.size;
        row.fn += p.doc.gold.length - used.size;
        p.doc.gold.forEach((g, j) => g.type === 'PER' && (row.pg++, used.has(j) && row.ptp++));
      }
    }
  }
  const sum = new Map<string, Row>();
  for (const [key, s] of rows) {
    const k = 'ALL  ' + key.slice(5);
    const t = sum.get(k) ?? { tp: 0, fp: 0, fn: 0, ptp: 0, pg: 0 };
    sum.set(k, { tp: t.tp + s.tp, fp: t.fp + s.fp, fn: t.fn + s.fn, ptp: t.ptp + s.ptp, pg: t.pg + s.pg });
  }
  for (const [key, s] of [...rows, ...sum].sort()) {
    const f = (2 * s.tp) / Math.max(1, 2 * s.tp + s.fp + s.fn);
    console.log(`${key} exact F1 ${f.toFixed(3)} (tp ${s.tp} fp ${s.fp} fn ${s.fn}) PER recall ${(s.ptp / Math.max(1, s.pg)).toFixed(3)} (${s.ptp}/${s.pg})`);
  }
}

const data = await prepare(tuningDocs());
if (process.argv.includes('--validate')) await validate(data);
else {
  const { weights, counts } = train(data);
  const file = quantise(weights, counts, ABOUT);
  writeFileSync(OUT, JSON.stringify(file) + '\n');
  console.log(`${Object.keys(file.weights).length} features -> ${OUT}`);
}
