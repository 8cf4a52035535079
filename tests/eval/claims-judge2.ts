/**
 * A second judge's kinds for the judged fixture's held-out sentences
 * (tests/fixtures/claims-judged-2.json, labelled blind: ./claims-judge2-print.ts), and the
 * agreement between the two judges. The product's figures under the second judge are printed by
 * ./claims-fixture.ts, beside the first judge's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE2 = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/claims-judged-2.json');

/** The second judge's kinds by fixture item id, with the sha of the sentence they were given for. */
export function loadJudge2(): Map<number, { sha: string; kinds: string[] }> {
  const items = JSON.parse(readFileSync(FIXTURE2, 'utf8')).items as { id: number; sha: string; kinds2: string[] }[];
  return new Map(items.map((it) => [it.id, { sha: it.sha, kinds: it.kinds2 }]));
}

/**
 * The second judge's fresh held-out set: sentences outside the main fixture, in its held-out
 * documents, drawn and judged after the rules of 2026-12-05 (the file's `about` says how).
 */
export function loadJudge2Fresh(): { id: number; doc: string; start: number; end: number; sha: string; kinds: string[]; set: string }[] {
  return JSON.parse(readFileSync(FIXTURE2, 'utf8')).fresh ?? [];
}

/** A 2×2 table of two judges' yes/no: both, first only, second only, neither. */
export interface Table {
  both: number;
  first: number;
  second: number;
  neither: number;
}

export function table(pairs: [boolean, boolean][]): Table {
  const t = { both: 0, first: 0, second: 0, neither: 0 };
  for (const [a, b] of pairs) {
    if (a && b) t.both++;
    else if (a) t.first++;
    else if (b) t.second++;
    else t.neither++;
  }
  return t;
}

/** Cohen's kappa of a 2×2 table (NaN when both judges say the same thing of every item). */
export function kappa(t: Table): number {
  const n = t.both + t.first + t.second + t.neither;
  if (!n) return NaN;
  const observed = (t.both + t.neither) / n;
  const yes1 = (t.both + t.first) / n;
  const yes2 = (t.both + t.second) / n;
  const chance = yes1 * yes2 + (1 - yes1) * (1 - yes2);
  return chance === 1 ? NaN : (observed - chance) / (1 - chance);
}

const fmt = (t: Table) => `kappa ${kappa(t).toFixed(3).padStart(6)}   both ${t.both}, judge 1 only ${t.first}, judge 2 only ${t.second}, neither ${t.neither}`;

/** Agreement lines: flagged or not (any kind), then each kind. `kinds1`/`kinds2` are per sentence. */
export function agreementLines(rows: { kinds1: string[]; kinds2: string[] }[], kinds: readonly string[]): string[] {
  const out = [`  flagged (any kind) ${fmt(table(rows.map((r) => [r.kinds1.length > 0, r.kinds2.length > 0])))}`];
  for (const k of kinds) out.push(`    ${k.padEnd(13)}    ${fmt(table(rows.map((r) => [r.kinds1.includes(k), r.kinds2.includes(k)])))}`);
  return out;
}
