/**
 * Contested claims against a strict editor's labels (tests/fixtures/claims-judged.json): precision
 * per kind and overall, and recall of the sentences the editor flags, on the held-out documents
 * first (never looked at while tuning), then on the tuning half. The held-out sentences have a
 * second judge's kinds too (tests/fixtures/claims-judged-2.json, ./claims-judge2.ts): agreement
 * between the judges, and the same figures under the second judge and where both agree.
 *
 * The fixture stores only document ids, sentence offsets, a hash of each sentence and the labels;
 * the texts are read from ../shared at run time. Each document goes through the whole pipeline
 * (analyzeBody: entities, quotes, claims), as the product runs it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeBody } from '../../lib/analyze';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { loadBundledDataset } from '../../lib/tools/load-dataset';
import { findClaims, HIDDEN_KINDS, HIDDEN_RULES } from '../../lib/claims/index';
import { NEWS_CUE_RULES } from '../../lib/claims/cues';
import type { ClaimResult } from '../../lib/types';
import { agreementLines, loadJudge2, loadJudge2Fresh } from './claims-judge2';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.resolve(root, '../shared');
export const FIXTURE = path.join(root, 'tests/fixtures/claims-judged.json');

export interface JudgedItem {
  id: number;
  doc: string;
  start: number;
  end: number;
  sha: string;
  kinds: string[];
  /** Sentences added later, by set: 'tuning-…' (tuning documents), 'fresh-…' (held out, judged after the rules were written). */
  set?: string;
}

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Held out: documents whose id hashes odd. Rules are never tuned looking at these. */
export const heldOut = (doc: string) => fnv1a(doc) % 2 === 1;

let scrapinghub: Record<string, { articleBody: string }> | null = null;

/** The text of a fixture document, from ../shared. */
export function docText(doc: string): string {
  const [src, id] = [doc.slice(0, doc.indexOf(':')), doc.slice(doc.indexOf(':') + 1)];
  if (src === 'polnear') return readFileSync(path.join(SHARED, 'nlp/polnear-dev/text', id + '.txt'), 'utf8');
  if (src === 'scrapinghub') {
    scrapinghub ??= JSON.parse(readFileSync(path.join(SHARED, 'pages/scrapinghub-article-extraction-benchmark/ground-truth.json'), 'utf8'));
    return scrapinghub![id]?.articleBody ?? '';
  }
  if (src === 'wcxb') return JSON.parse(readFileSync(path.join(SHARED, 'pages/wcxb-dev/ground-truth', id + '.json'), 'utf8')).ground_truth.main_content;
  throw new Error(`unknown fixture source: ${doc}`);
}

export const sha16 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex').slice(0, 16);

export function loadFixture(): JudgedItem[] {
  return JSON.parse(readFileSync(FIXTURE, 'utf8')).items as JudgedItem[];
}

export interface Scored {
  item: JudgedItem;
  text: string;
  predicted: string[];
  reasons: string[];
  /** Kinds found but not shown (HIDDEN_KINDS or HIDDEN_RULES in lib/claims): what showing them would add. */
  hidden: string[];
  /** Per kind found (shown or not), the ids of the cue rules that found it in this sentence. */
  rules: Map<string, Set<string>>;
}

/** Every fixture sentence with the kinds of the claims that overlap it. */
export async function scoreFixture(items: JudgedItem[] = loadFixture()): Promise<{ scored: Scored[]; stale: JudgedItem[] }> {
  const lookup = createMemoryLookup(loadBundledDataset());
  const byDoc = new Map<string, JudgedItem[]>();
  for (const it of items) byDoc.set(it.doc, [...(byDoc.get(it.doc) ?? []), it]);
  const scored: Scored[] = [];
  const stale: JudgedItem[] = [];
  for (const [doc, its] of byDoc) {
    const text = docText(doc);
    const a = await analyzeBody(text, { lookup });
    const claims: ClaimResult[] = a.claims;
    const all = findClaims(text, { quotes: a.quotes, entities: a.entities, records: new Map(), allKinds: true });
    for (const it of its) {
      const s = text.slice(it.start, it.end);
      if (sha16(s) !== it.sha) {
        stale.push(it);
        continue;
      }
      const hit = claims.filter((c) => c.start < it.end && it.start < c.end);
      const shownKinds = new Set(hit.flatMap((c) => c.kinds));
      const hidden = all.filter((c) => c.start < it.end && it.start < c.end).flatMap((c) => c.kinds.filter((k) => !shownKinds.has(k)));
      const rules = new Map<string, Set<string>>();
      for (const c of all)
        if (c.start < it.end && it.start < c.end)
          for (const [k, ids] of Object.entries(c.rules ?? {})) for (const id of ids) rules.set(k, (rules.get(k) ?? new Set()).add(id));
      scored.push({
        item: it,
        text: s,
        predicted: [...new Set(hit.flatMap((c) => c.kinds))],
        reasons: hit.map((c) => c.reason),
        hidden: [...new Set(hidden)],
        rules,
      });
    }
  }
  return { scored, stale };
}

export interface JudgedPair {
  doc: string;
  /** sha16 of each statement's text, in text order. */
  a: string;
  b: string;
  right: boolean;
}

/**
 * Every pair of statements the product calls contradictory in polnear-dev and scrapinghub (never
 * the seed), with the strict editor's verdict where one is stored in the fixture's `pairs`.
 */
export async function contradictionPairs(): Promise<{ doc: string; a: string; b: string; textA: string; textB: string; right?: boolean }[]> {
  const judged: JudgedPair[] = JSON.parse(readFileSync(FIXTURE, 'utf8')).pairs ?? [];
  const lookup = createMemoryLookup(loadBundledDataset());
  const docs = readdirSync(path.join(SHARED, 'nlp/polnear-dev/text')).map((f) => 'polnear:' + f.replace(/\.txt$/, ''));
  docText('scrapinghub:');
  docs.push(...Object.keys(scrapinghub ?? {}).map((k) => 'scrapinghub:' + k));
  const out = [];
  for (const doc of docs.sort()) {
    const text = docText(doc);
    const claims = (await analyzeBody(text, { lookup })).claims;
    for (const [i, c] of claims.entries()) {
      for (const j of c.contradicts ?? []) {
        if (j <= i) continue;
        const textA = text.slice(c.start, c.end);
        const textB = text.slice(claims[j]!.start, claims[j]!.end);
        const a = sha16(textA);
        const b = sha16(textB);
        const v = judged.find((p) => p.doc === doc && p.a === a && p.b === b);
        out.push({ doc, a, b, textA, textB, right: v?.right });
      }
    }
  }
  return out;
}

export const KINDS = ['allegation', 'denial', 'hedged', 'anonymous', 'state-media', 'contradicted'];

export interface FixtureFigures {
  n: number;
  positives: number;
  flags: number;
  rightFlags: number;
  flaggedSentences: number;
  recalled: number;
  perKind: Map<string, { tp: number; fp: number; fn: number }>;
}

export function figures(rows: Scored[]): FixtureFigures {
  const perKind = new Map(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  let flags = 0;
  let rightFlags = 0;
  let positives = 0;
  let recalled = 0;
  let flaggedSentences = 0;
  for (const r of rows) {
    const gold = new Set(r.item.kinds);
    if (gold.size) positives++;
    if (r.predicted.length) flaggedSentences++;
    if (gold.size && r.predicted.length) recalled++;
    for (const k of r.predicted) {
      flags++;
      const f = perKind.get(k) ?? { tp: 0, fp: 0, fn: 0 };
      perKind.set(k, f);
      if (gold.has(k)) {
        rightFlags++;
        f.tp++;
      } else f.fp++;
    }
    for (const k of gold) if (!r.predicted.includes(k)) perKind.get(k)!.fn++;
  }
  return { n: rows.length, positives, flags, rightFlags, flaggedSentences, recalled, perKind };
}

const ratio = (a: number, b: number) => `${a}/${b} = ${b ? (a / b).toFixed(3) : '  -  '}`;

export function printFigures(title: string, f: FixtureFigures): void {
  console.log(`${title} (${f.n} sentences, ${f.positives} flagged by the editor)`);
  console.log(`  precision, all flags              ${ratio(f.rightFlags, f.flags)}   (target >= 0.8)`);
  console.log(`  cue recall: editor-flagged sents ${ratio(f.recalled, f.positives)}   (flagged with any kind; target >= 0.9)`);
  console.log(`  sentences flagged                 ${ratio(f.flaggedSentences, f.n)}`);
  for (const [k, v] of f.perKind) {
    if (HIDDEN_KINDS.has(k as never)) continue;
    const below = v.tp + v.fp > 0 && v.tp / (v.tp + v.fp) < 0.8 ? '   below 0.8 (lib/claims HIDDEN_KINDS / HIDDEN_RULES say why it is shown)' : '';
    console.log(`    ${k.padEnd(13)} precision ${ratio(v.tp, v.tp + v.fp).padEnd(16)} recall ${ratio(v.tp, v.tp + v.fn)}${below}`);
  }
}

/**
 * What is found but not shown (hidden kinds, and the flags of hidden rules), scored as if shown:
 * per kind that it changes, and the overall figures it would give.
 */
export function printHidden(rows: Scored[]): void {
  if (!rows.some((r) => r.hidden.length)) return;
  const shown = figures(rows);
  const f = figures(rows.map((r) => ({ ...r, predicted: [...new Set([...r.predicted, ...r.hidden])] })));
  for (const [k, v] of f.perKind) {
    const s = shown.perKind.get(k)!;
    if (v.tp === s.tp && v.fp === s.fp) continue;
    const why = HIDDEN_KINDS.has(k as never) ? 'kind hidden' : 'hidden rules';
    console.log(`    ${k.padEnd(13)} precision ${ratio(v.tp, v.tp + v.fp).padEnd(16)} recall ${ratio(v.tp, v.tp + v.fn)}   IF SHOWN (${why}, lib/claims)`);
  }
  console.log(`    if all shown: precision ${ratio(f.rightFlags, f.flags)}, cue recall ${ratio(f.recalled, f.positives)}`);
}

/**
 * A cue rule is shown only when, on the TUNING documents, it has at least MIN_RULE_SUPPORT flags
 * (sentence and kind) and at least MIN_RULE_PRECISION of them are right. Both were set before any
 * per-rule figure was printed, and held-out documents are never scored per rule: choosing which
 * rules to show by their held-out figures would make the held-out figure a tuning figure.
 */
export const MIN_RULE_SUPPORT = 5;
export const MIN_RULE_PRECISION = 0.8;

/** Per cue rule: flags on the given sentences (every rule that found a kind in a sentence counts), and the right ones. */
export function perRule(rows: Scored[]): Map<string, { kind: string; flags: number; right: number; alone: number }> {
  const out = new Map<string, { kind: string; flags: number; right: number; alone: number }>();
  for (const r of rows) {
    for (const [kind, ids] of r.rules) {
      for (const id of ids) {
        const key = `${kind}/${id}`;
        const f = out.get(key) ?? { kind, flags: 0, right: 0, alone: 0 };
        out.set(key, f);
        f.flags++;
        if (r.item.kinds.includes(kind)) f.right++;
        if (ids.size === 1) f.alone++;
      }
    }
  }
  return out;
}

/** The per-rule table on the tuning documents, with each rule's verdict against the thresholds. */
export function printPerRule(tuning: Scored[]): void {
  console.log(
    `per cue rule, TUNING documents only (shown when flags >= ${MIN_RULE_SUPPORT} and precision >= ${MIN_RULE_PRECISION}; held-out never scored per rule)`,
  );
  const rows = [...perRule(tuning)].sort((a, b) => b[1].flags - a[1].flags || a[0].localeCompare(b[0]));
  for (const [key, f] of rows) {
    const id = key.slice(key.indexOf('/') + 1);
    const ok = f.flags >= MIN_RULE_SUPPORT && f.right / f.flags >= MIN_RULE_PRECISION;
    const verdict = ok ? 'meets' : f.flags < MIN_RULE_SUPPORT ? 'too little support' : 'below precision';
    const state = HIDDEN_RULES.has(id) ? 'HIDDEN' : 'shown';
    console.log(`  ${key.padEnd(34)} ${ratio(f.right, f.flags).padEnd(16)} (alone ${f.alone})  ${verdict}, ${state}`);
  }
  const seen = new Set(rows.map(([key]) => key.slice(key.indexOf('/') + 1)));
  const silent = NEWS_CUE_RULES.filter((r) => !seen.has(r.id ?? r.label)).map(
    (r) => `${r.kind}/${r.id ?? r.label}${HIDDEN_RULES.has(r.id ?? r.label) ? ' (HIDDEN)' : ''}`,
  );
  if (silent.length) console.log(`  no flag on tuning documents (too little support): ${silent.join(', ')}`);
}

/**
 * The second judge (tests/fixtures/claims-judged-2.json: every held-out sentence, judged blind):
 * agreement with the first, then the product's figures with the second judge's kinds as gold, and
 * on the sentences to which both judges give the same kinds.
 */
async function printJudge2(held: Scored[]): Promise<void> {
  const second = loadJudge2();
  const rows = held.filter((r) => second.get(r.item.id)?.sha === r.item.sha);
  if (!rows.length) return;
  const kinds2 = (r: Scored) => second.get(r.item.id)!.kinds;
  console.log(`second judge, HELD-OUT documents: agreement with the first judge (${rows.length} sentences judged by both; Cohen's kappa)`);
  const pairs = rows.map((r) => ({ kinds1: r.item.kinds, kinds2: kinds2(r) }));
  for (const line of agreementLines(pairs, KINDS)) console.log(line);
  const asJudge2 = rows.map((r) => ({ ...r, item: { ...r.item, kinds: kinds2(r) } }));
  printFigures('judged fixture, HELD-OUT documents, gold = SECOND judge', figures(asJudge2));
  printHidden(asJudge2);
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((k) => b.includes(k));
  const agreed = rows.filter((r) => same(r.item.kinds, kinds2(r)));
  printFigures('judged fixture, HELD-OUT documents, sentences BOTH judges give the same kinds', figures(agreed));
  printHidden(agreed);
  const fresh = await scoreFixture(loadJudge2Fresh());
  if (fresh.stale.length) console.log(`  ${fresh.stale.length} fresh second-judge sentences no longer match their hash`);
  printFigures('second judge alone, FRESH held-out sentences (fresh-judge2-2026-12-05: drawn and judged after the 2026-12-05 rules)', figures(fresh.scored));
  printHidden(fresh.scored);
}

export async function runFixture(verbose = false): Promise<void> {
  if (!existsSync(SHARED)) return;
  const { scored, stale } = await scoreFixture();
  if (stale.length)
    console.log(`  ${stale.length} fixture sentences no longer match their hash (text or splitter changed): ${stale.map((s) => s.id).join(' ')}`);
  const held = scored.filter((r) => heldOut(r.item.doc));
  const tuning = scored.filter((r) => !heldOut(r.item.doc));
  printFigures('judged fixture, HELD-OUT documents', figures(held));
  printHidden(held);
  // Held-out sets judged later are reported apart too: the fresh ones were labelled after the
  // rules they measure were written, so they are the least flattered figure here.
  for (const set of [...new Set(held.map((r) => r.item.set))].sort()) {
    const rows = held.filter((r) => r.item.set === set);
    printFigures(`  of which ${set ? `set ${set}` : 'the first judging (no set)'}`, figures(rows));
  }
  await printJudge2(held);
  printFigures('judged fixture, tuning documents', figures(tuning));
  printHidden(tuning);
  printPerRule(tuning);
  const pairs = await contradictionPairs();
  const judged = pairs.filter((p) => p.right !== undefined);
  console.log(
    `contradicted pairs in polnear-dev and scrapinghub (not the seed): ${pairs.length}; judged right ${judged.filter((p) => p.right).length}/${judged.length}` +
      (judged.length < pairs.length ? ` (${pairs.length - judged.length} not yet judged: run with --pairs)` : ''),
  );
  if (process.argv.includes('--pairs'))
    for (const p of pairs) console.log(`  ${JSON.stringify({ doc: p.doc, a: p.a, b: p.b })}\n    A: ${p.textA.slice(0, 200)}\n    B: ${p.textB.slice(0, 200)}`);
  if (verbose) {
    console.log('\nerrors on the tuning documents:');
    for (const r of scored) {
      if (heldOut(r.item.doc)) continue;
      const wrong = r.predicted.filter((k) => !r.item.kinds.includes(k));
      const missed = r.item.kinds.filter((k) => !r.predicted.includes(k));
      if (wrong.length || missed.length)
        console.log(`  #${r.item.id} gold [${r.item.kinds}] got [${r.predicted}] ${r.reasons.join(' | ').slice(0, 160)} :: ${r.text.slice(0, 200)}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  runFixture(process.argv.includes('--verbose')).catch((e) => {
    console.error(e);
    process.exit(1);
  });
