/**
 * People on Wikipedia-style sentences (issue 18): recall and precision of person mentions on
 * tests/fixtures/people-wiki.json, sentences of ../shared/nlp/weasel-dev (CoNLL-2010 Wikipedia sentences)
 * labelled by reading, before Backstory ran on them. The fixture keeps only each sentence's row (0-based
 * index among the CSV's parsed rows), a hash of its detokenised text and the people's surfaces: the copy
 * is for evaluation use only (../shared/nlp/README.md), so the text is read from ../shared at run time.
 *
 * Gold mentions of a sentence: every word-bounded occurrence of each listed surface, longest surfaces
 * first, an occurrence inside a longer one already taken left out ("Bennett" in "Tony Bennett"), or inside a name the sentence's
 * `notIn` lists ("Black" in "Dallas Black Chamber of Commerce").
 *  - exact:    a person mention (dataset or built) with the gold span;
 *  - contains: a person mention containing it ("Gov. Mike Pence" for "Mike Pence");
 *  - precision: person mentions overlapping a gold mention / all person mentions.
 *
 * Held out: sentences whose hash's first hex digit is 8-f (`heldOut: true`). Their errors are never
 * listed: `--held-out` prints their figures only.
 *
 *   npx tsx tests/eval/people-wiki.ts [--list] [--held-out]
 *   (--list: the tuning half's misses and false person mentions)
 */
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findEntities } from '../../lib/entities';
import { parseCsv } from '../../lib/dataset/build/csv';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { loadBundledDataset } from '../../lib/tools/load-dataset';
import { detokenise } from './claims';
import type { Span } from '../../lib/types';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CSV = path.resolve(projectRoot, '../shared/nlp/weasel-dev/sentences.csv');
const FIXTURE = path.join(projectRoot, 'tests/fixtures/people-wiki.json');

interface Row {
  row: number;
  sha: string;
  people: string[];
  /** Longer names an occurrence of a surface inside of which is no person's ("Dallas Black Chamber" for "Black"). */
  notIn?: string[];
  heldOut: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The gold spans of a sentence: each surface's word-bounded occurrences, longest surfaces first, none inside a `notIn` name. */
export function goldSpans(text: string, people: string[], notIn: string[] = []): Span[] {
  const out: Span[] = notIn.flatMap((n) => [...text.matchAll(new RegExp(escape(n), 'g'))].map((m) => ({ start: m.index, end: m.index + n.length })));
  const blocked = out.length;
  for (const p of [...new Set(people)].sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(p)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const s = { start: m.index, end: m.index + p.length };
      if (!out.some((o) => o.start < s.end && o.end > s.start)) out.push(s);
    }
  }
  return out.slice(blocked).sort((a, b) => a.start - b.start);
}

/** One half's figures (and with `list`, the tuning half's errors). */
async function measure(held: boolean, list: boolean) {
  const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { sentences: Row[] };
  const rows = parseCsv(readFileSync(CSV, 'utf8')).filter((r) => r.text !== undefined && r.label !== undefined);
  const lookup = createMemoryLookup(loadBundledDataset());
  let sentences = 0;
  let gold = 0;
  let exact = 0;
  let contains = 0;
  let predicted = 0;
  let right = 0;
  let changed = 0;
  const lines: string[] = [];
  for (const s of fixture.sentences) {
    if (s.heldOut !== held) continue;
    const raw = rows[s.row]?.text;
    const text = raw === undefined ? '' : detokenise(raw);
    if (createHash('sha256').update(text).digest('hex').slice(0, 12) !== s.sha) {
      changed++;
      continue;
    }
    sentences++;
    const spans = goldSpans(text, s.people, s.notIn);
    const { entities } = await findEntities(text, lookup);
    const mentions = entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions);
    const at = (m: Span) => `"${text.slice(m.start, m.end)}"`;
    for (const g of spans) {
      gold++;
      const hit = mentions.some((m) => m.start === g.start && m.end === g.end);
      const inside = hit || mentions.some((m) => m.start <= g.start && m.end >= g.end);
      if (hit) exact++;
      if (inside) contains++;
      if (list && !hit) {
        const over = entities.flatMap((e) => e.mentions.filter((m) => m.start < g.end && m.end > g.start).map((m) => `${e.type} ${at(m)}`));
        lines.push(`${inside ? 'WIDE' : 'MISS'}\t${s.row}\t${at(g)}\tgot ${over.join(', ') || '-'}\t${text}`);
      }
    }
    for (const m of mentions) {
      predicted++;
      if (spans.some((g) => g.start < m.end && g.end > m.start)) right++;
      else if (list) lines.push(`FALSE\t${s.row}\t${at(m)}\t${text}`);
    }
  }
  const f = (a: number, b: number) => `${b ? (a / b).toFixed(3) : '-'} (${a} / ${b})`;
  console.log(`people-wiki ${held ? 'HELD-OUT' : 'tuning'} half: ${sentences} sentences, ${gold} gold person mentions`);
  console.log(`recall exact ${f(exact, gold)}; containing ${f(contains, gold)}; precision ${f(right, predicted)}`);
  if (changed) console.log(`${changed} sentences skipped: their text no longer matches the fixture's hash`);
  if (lines.length) console.log(lines.join('\n'));
}

/** The shared CSV is not part of the repository: without it, say so and skip. */
function present(): boolean {
  if (existsSync(CSV)) return true;
  console.log(`people-wiki skipped: ${CSV} not found (shared data is not part of the repository)`);
  return false;
}

/** `npm run eval`: the held-out half first, then the tuning half; no errors listed. */
export async function run() {
  if (!present()) return;
  await measure(true, false);
  await measure(false, false);
}

async function main() {
  if (!present()) return;
  const argv = process.argv.slice(2);
  const held = argv.includes('--held-out');
  await measure(held, argv.includes('--list') && !held);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
