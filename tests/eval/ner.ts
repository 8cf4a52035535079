/**
 * Named-entity evaluation (quality numbers, not pass/fail) on Universal NER's English-PUD Wikipedia
 * sentences (../shared/nlp/uner-wiki, read at run time, never committed).
 *
 * Each document (`# newdoc id`) is analysed as one text, its sentences joined by newlines, so that
 * context inside a document counts as it does in an article. Backstory's entity types map to the
 * gold's: person → PER; country and place → LOC; organization and outlet → ORG.
 *
 *  - exact: a predicted mention counts when its span and type equal a gold entity's;
 *  - span:  span only (type ignored) — what a reader sees highlighted;
 *  - partial: overlap with a gold entity of the same type (boundaries forgiven).
 * compromise (people/places/organizations) is scored on the same documents in the same run.
 * Documents are split in halves by position (odd/even) so a rule fitted on one half can be checked
 * on the other.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { findEntities } from '../../lib/entities';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { loadBundledDataset } from '../../lib/tools/load-dataset';
import type { EntityType, Span } from '../../lib/types';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.resolve(projectRoot, '../shared');
const FILE = path.join(SHARED, 'nlp/uner-wiki/en_pud-wiki-half.iob2');

export type Tag = 'PER' | 'ORG' | 'LOC';
export interface Mention extends Span {
  type: Tag;
}
export interface NerDoc {
  id: string;
  text: string;
  gold: Mention[];
}

/** The gold file as documents: token offsets found in each sentence's `# text`, IOB2 spans merged. */
export function loadUner(file = FILE): NerDoc[] {
  const docs: NerDoc[] = [];
  let doc: NerDoc | null = null;
  let sentence = '';
  let base = 0;
  let cursor = 0;
  let open: Mention | null = null;
  const close = () => {
    if (open && doc) doc.gold.push(open);
    open = null;
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc id')) {
      close();
      doc = { id: line.split('=')[1]!.trim(), text: '', gold: [] };
      docs.push(doc);
    } else if (line.startsWith('# text = ')) {
      if (!doc) throw new Error('sentence before any document');
      close();
      sentence = line.slice('# text = '.length);
      if (doc.text) doc.text += '\n';
      base = doc.text.length;
      doc.text += sentence;
      cursor = 0;
    } else if (/^\d+\t/.test(line)) {
      const [, token, tag] = line.split('\t') as [string, string, string];
      const at = sentence.indexOf(token, cursor);
      if (at < 0) throw new Error(`token ${token} not found in: ${sentence}`);
      cursor = at + token.length;
      const span = { start: base + at, end: base + cursor };
      if (tag.startsWith('B-')) {
        close();
        open = { ...span, type: tag.slice(2) as Tag };
      } else if (tag.startsWith('I-') && open) open.end = span.end;
      else close();
    } else if (!line.trim()) close();
  }
  close();
  return docs;
}

const TAG_OF: Partial<Record<EntityType, Tag>> = { person: 'PER', country: 'LOC', place: 'LOC', organization: 'ORG', outlet: 'ORG' };

export async function backstoryMentions(text: string, lookup = defaultLookup()): Promise<Mention[]> {
  const { entities } = await findEntities(text, lookup);
  const out: Mention[] = [];
  for (const e of entities) {
    const type = TAG_OF[e.type];
    if (type) for (const m of e.mentions) out.push({ start: m.start, end: m.end, type });
  }
  return out;
}

let memo: ReturnType<typeof createMemoryLookup> | null = null;
function defaultLookup() {
  return (memo ??= createMemoryLookup(loadBundledDataset()));
}

/** compromise's people, places and organisations, located in the text in order. */
function compromiseMentions(text: string): Mention[] {
  const doc = nlp(text);
  const out: Mention[] = [];
  const add = (list: { text: string; offset: { start: number; length: number } }[], type: Tag) => {
    for (const m of list) {
      const surface = text.slice(m.offset.start, m.offset.start + m.offset.length).replace(/[\s,.;:'’]+$/u, '').replace(/['’]s$/u, '');
      out.push({ start: m.offset.start, end: m.offset.start + surface.length, type });
    }
  };
  add(doc.people().json({ offset: true }) as never, 'PER');
  add(doc.places().json({ offset: true }) as never, 'LOC');
  add(doc.organizations().json({ offset: true }) as never, 'ORG');
  return out;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}
const f1 = (s: Score) => {
  const p = s.tp / Math.max(1, s.tp + s.fp);
  const r = s.tp / Math.max(1, s.tp + s.fn);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** Counts for one document; `match` decides whether a prediction hits a gold mention. */
export function score(gold: Mention[], pred: Mention[], match: (g: Mention, p: Mention) => boolean): Score {
  const used = new Set<number>();
  let tp = 0;
  for (const p of pred) {
    const i = gold.findIndex((g, k) => !used.has(k) && match(g, p));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return { tp, fp: pred.length - tp, fn: gold.length - used.size };
}

export const MATCHES = {
  exact: (g: Mention, p: Mention) => g.start === p.start && g.end === p.end && g.type === p.type,
  span: (g: Mention, p: Mention) => g.start === p.start && g.end === p.end,
  partial: (g: Mention, p: Mention) => g.type === p.type && p.start < g.end && g.start < p.end,
};

function add(a: Score, b: Score) {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
}

export async function run(): Promise<void> {
  if (!existsSync(FILE)) {
    console.log(`ner eval skipped: ${FILE} not found (shared data is not part of the repository)`);
    return;
  }
  const docs = loadUner();
  const systems: [string, (t: string) => Mention[] | Promise<Mention[]>][] = [
    ['Backstory', (t) => backstoryMentions(t)],
    ['compromise', compromiseMentions],
  ];
  const lines: string[] = [`uner-wiki: ${docs.length} documents, ${docs.reduce((n, d) => n + d.gold.length, 0)} gold entities`];
  lines.push('system       match     P      R      F1    | PER F1  ORG F1  LOC F1 | half A F1  half B F1');
  for (const [name, sys] of systems) {
    const preds = await Promise.all(docs.map(async (d) => ({ d, p: await sys(d.text) })));
    for (const [m, match] of Object.entries(MATCHES)) {
      const all: Score = { tp: 0, fp: 0, fn: 0 };
      const halves: Score[] = [{ tp: 0, fp: 0, fn: 0 }, { tp: 0, fp: 0, fn: 0 }];
      const byType: Record<Tag, Score> = { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 } };
      preds.forEach(({ d, p }, i) => {
        const s = score(d.gold, p, match);
        add(all, s);
        add(halves[i % 2]!, s);
        for (const t of ['PER', 'ORG', 'LOC'] as Tag[]) add(byType[t], score(d.gold.filter((g) => g.type === t), p.filter((x) => x.type === t), match));
      });
      const a = f1(all);
      const fx = (s: Score) => f1(s).f.toFixed(3);
      lines.push(
        `${name.padEnd(12)} ${m.padEnd(8)} ${a.p.toFixed(3)}  ${a.r.toFixed(3)}  ${a.f.toFixed(3)} | ${fx(byType.PER)}   ${fx(byType.ORG)}   ${fx(byType.LOC)}  | ${fx(halves[0]!)}      ${fx(halves[1]!)}`,
      );
    }
  }
  console.log(lines.join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const list = process.argv.includes('--list');
  if (!list) await run();
  else {
    // --list [fp|fn]: Backstory's misses and false alarms with their sentence, for error analysis.
    const want = process.argv[process.argv.indexOf('--list') + 1];
    for (const d of loadUner()) {
      const p = await backstoryMentions(d.text);
      const show = (m: Mention, kind: string) => {
        const ls = d.text.lastIndexOf('\n', m.start) + 1;
        const le = d.text.indexOf('\n', m.end);
        const sent = d.text.slice(ls, le < 0 ? undefined : le);
        console.log(`${kind} ${m.type} «${d.text.slice(m.start, m.end)}»  ${sent.slice(0, 160)}`);
      };
      if (want !== 'fn') for (const x of p) if (!d.gold.some((g) => MATCHES.exact(g, x))) show(x, 'FP');
      if (want !== 'fp') for (const g of d.gold) if (!p.some((x) => MATCHES.exact(g, x))) show(g, 'FN');
    }
  }
}
