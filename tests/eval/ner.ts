/**
 * Named-entity evaluation (quality numbers, not pass/fail).
 *
 * Labelled sets, each with a fixed part that is never tuned on (reported first):
 *  - uner-wiki (Universal NER English-PUD, Wikipedia; ../shared/nlp/uner-wiki): documents by
 *    position, even = tune, odd = held out;
 *  - uner-ewt (Universal NER English-EWT, web text; ../shared/nlp/uner-ewt): dev = tune; test split by
 *    document like uner-wiki: half A (even documents) = tune, half B (odd documents) = held out (since
 *    session 23: the whole test had been held out, and rules tuned on dev alone did not carry to it);
 *  - tests/fixtures/news-sentences.json (our own news-style sentences): index % 3 === 2 held out;
 *  - tests/fixtures/traps.json (our own trap sentences, expected links): index % 3 === 2 held out, and
 *    every sentence marked `heldOut` (a set written before a session's fixes, reported apart too).
 * The shared sets are read at run time and never committed.
 *
 * Each document (`# newdoc id`) is analysed as one text, its sentences joined by newlines, so that
 * context inside a document counts as it does in an article. Backstory's entity types map to the
 * gold's: person → PER; country and place → LOC; organization and outlet → ORG.
 *
 *  - exact: a predicted mention counts when its span and type equal a gold entity's;
 *  - span:  span only (type ignored) — what a reader sees highlighted;
 *  - partial: overlap with a gold entity of the same type (boundaries forgiven).
 * compromise (people/places/organizations) is scored on uner-wiki in the same run, as a yardstick.
 *
 * `npx tsx tests/eval/ner.ts --list fp|fn [wiki|ewt|news]` lists mistakes on the TUNING parts only (ewt:
 * dev and test half A, each line saying which);
 * `--traps` lists the tuning part's false links; `--tuning` prints the aggregate rows of the tuning parts only
 * (for helpers, who may not see the held-out rows while they work).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { findEntitiesWithTagger as findEntities } from '../../lib/entities/tagger/find';
import type { Mode } from '../../lib/entities/tagger/combine';
import { withTaggerWeights } from '../../lib/entities/tagger/with-weights';
import { readIob2 } from '../../lib/entities/train/tagger-data';
import taggerWeights from '../../assets/ner/tagger.json';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { loadBundledDataset } from '../../lib/tools/load-dataset';
import type { EntityType, Span } from '../../lib/types';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.resolve(projectRoot, '../shared');
const FILE = path.join(SHARED, 'nlp/uner-wiki/en_pud-wiki-half.iob2');
const EWT_DEV = path.join(SHARED, 'nlp/uner-ewt/en_ewt-ud-dev.iob2');
const EWT_TEST = path.join(SHARED, 'nlp/uner-ewt/en_ewt-ud-test.iob2');
const NEWS = path.join(projectRoot, 'tests/fixtures/news-sentences.json');
const TRAPS = path.join(projectRoot, 'tests/fixtures/traps.json');
/** The fixed held-out rule of our own fixtures. */
export const heldOut = (i: number) => i % 3 === 2;
/** uner-wiki's and uner-ewt test's halves by document position: A (even) is tuned on, B (odd) held out. */
export const half = <T>(docs: T[], which: 'A' | 'B') => docs.filter((_, i) => i % 2 === (which === 'A' ? 0 : 1));

export type Tag = 'PER' | 'ORG' | 'LOC';
export interface Mention extends Span {
  type: Tag;
}
export interface NerDoc {
  id: string;
  text: string;
  gold: Mention[];
}

/** The gold file as documents: token offsets found in each sentence's `# text`, IOB2 spans merged (the trainer's reader). */
export function loadUner(file = FILE): NerDoc[] {
  return readIob2(file, 'uner').map(({ id, text, gold }) => ({ id, text, gold }));
}

const TAG_OF: Partial<Record<EntityType, Tag>> = { person: 'PER', country: 'LOC', place: 'LOC', organization: 'ORG', outlet: 'ORG' };

/** `--tagger` scores the rules with the learned tagger (off by default in findEntities); `--mode keep+add` another way of combining them (lib/entities/tagger/combine.ts). */
const argv = process.argv.slice(2);
const modeArg = argv.includes('--mode') ? argv[argv.indexOf('--mode') + 1]!.split('+') : null;
const OPTIONS = {
  tagger: argv.includes('--tagger') || argv.includes('--mode'),
  mode: modeArg ? { keep: modeArg[0] as Mode['keep'], add: modeArg[1] as Mode['add'] } : undefined,
};

/** `--vote '<Mode as JSON>'`: the "+ tagger" row combines the two this way (e.g. the tagger's vote on people, combine.ts Mode.vote). */
const VOTE: Mode | undefined = argv.includes('--vote') ? (JSON.parse(argv[argv.indexOf('--vote') + 1]!) as Mode) : undefined;

export async function backstoryMentions(text: string, lookup = defaultLookup(), options = OPTIONS): Promise<Mention[]> {
  const { entities } = await findEntities(text, lookup, options);
  const out: Mention[] = [];
  for (const e of entities) {
    const type = TAG_OF[e.type];
    if (type) for (const m of e.mentions) out.push({ start: m.start, end: m.end, type });
  }
  return out;
}

let memo: ReturnType<typeof createMemoryLookup> | null = null;
/** The bundled dataset, its lexicon carrying the tagger's weights (used only with `--tagger`). */
function defaultLookup() {
  return (memo ??= withTaggerWeights(createMemoryLookup(loadBundledDataset()), taggerWeights) as ReturnType<typeof createMemoryLookup>);
}

/** compromise's people, places and organisations, located in the text in order. */
function compromiseMentions(text: string): Mention[] {
  const doc = nlp(text);
  const out: Mention[] = [];
  const add = (list: { text: string; offset: { start: number; length: number } }[], type: Tag) => {
    for (const m of list) {
      const surface = text
        .slice(m.offset.start, m.offset.start + m.offset.length)
        .replace(/[\s,.;:'’]+$/u, '')
        .replace(/['’]s$/u, '');
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

const empty = (): Score => ({ tp: 0, fp: 0, fn: 0 });
type Sys = (t: string) => Mention[] | Promise<Mention[]>;

/** One table row per match kind: P, R, F1, F1 and recall by type. */
async function table(title: string, docs: NerDoc[], systems: [string, Sys][], lines: string[]): Promise<void> {
  lines.push(`${title}: ${docs.length} documents, ${docs.reduce((n, d) => n + d.gold.length, 0)} gold entities`);
  lines.push('  system       match     P      R      F1    | PER F1  ORG F1  LOC F1 | PER R');
  for (const [name, sys] of systems) {
    const preds: { d: NerDoc; p: Mention[] }[] = [];
    for (const d of docs) preds.push({ d, p: await sys(d.text) });
    for (const [m, match] of Object.entries(MATCHES)) {
      const all = empty();
      const byType: Record<Tag, Score> = { PER: empty(), ORG: empty(), LOC: empty() };
      for (const { d, p } of preds) {
        add(all, score(d.gold, p, match));
        for (const t of ['PER', 'ORG', 'LOC'] as Tag[])
          add(
            byType[t],
            score(
              d.gold.filter((g) => g.type === t),
              p.filter((x) => x.type === t),
              match,
            ),
          );
      }
      const a = f1(all);
      const fx = (s: Score) => f1(s).f.toFixed(3);
      lines.push(
        `  ${name.padEnd(12)} ${m.padEnd(8)} ${a.p.toFixed(3)}  ${a.r.toFixed(3)}  ${a.f.toFixed(3)} | ${fx(byType.PER)}   ${fx(byType.ORG)}   ${fx(byType.LOC)}  | ${f1(byType.PER).r.toFixed(3)} (${byType.PER.tp}/${byType.PER.tp + byType.PER.fn})`,
      );
    }
  }
}

interface NewsSentence {
  text: string;
  entities: { text: string; type: Tag; start: number; end: number }[];
  /** Written after a session's fixes and before being run: held out whole (the index rule does not apply). */
  heldOut?: boolean;
  set?: string;
}
/** Our own news sentences as one-sentence documents; `heldOut` by the sentence's mark, else by the index rule. */
export function loadNews(): (NerDoc & { heldOut: boolean; set?: string })[] {
  const { sentences } = JSON.parse(readFileSync(NEWS, 'utf8')) as { sentences: NewsSentence[] };
  return sentences.map((s, i) => ({
    id: `news-${i}`,
    text: s.text,
    gold: s.entities.map((e) => ({ start: e.start, end: e.end, type: e.type })),
    heldOut: s.heldOut ?? heldOut(i),
    set: s.set,
  }));
}

interface TrapSentence {
  topic: string;
  text: string;
  expect: { text: string; expect: string | null }[];
  /** Written before the fixes of a session and held out whole (the index rule does not apply). */
  heldOut?: boolean;
  set?: string;
}
/** A trap sentence is held out when marked so, else by the index rule. */
export const trapHeldOut = (s: TrapSentence, i: number) => s.heldOut ?? heldOut(i);
export function loadTraps(): TrapSentence[] {
  return (JSON.parse(readFileSync(TRAPS, 'utf8')) as { sentences: TrapSentence[] }).sentences;
}

/** A dataset id's prefix that is not its entity type's name (lib/dataset/pack.ts TYPE_BY_PREFIX). */
const ID_PREFIX_TYPE: Record<string, string> = { org: 'organization', party: 'organization', group: 'organization' };

/** First occurrence of `s` in `text` as a whole word. */
function wordAt(text: string, s: string): number {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
  return re.exec(text)?.index ?? -1;
}

export interface TrapOutcome {
  items: number;
  traps: number;
  falseLinks: { sentence: string; surface: string; expected: string | null; got: string }[];
  missed: { sentence: string; surface: string; expected: string }[];
  unlisted: { sentence: string; surface: string; got: string }[];
}

/**
 * Trap sentences: a listed surface expecting no link is a false link when a dataset mention lies
 * inside it; a listed surface expecting an entity is a false link when a mention at it names another
 * entity, and a miss when none does. Dataset links at surfaces not listed are counted apart (unlisted).
 */
export async function evalTraps(sentences: TrapSentence[], lookup = defaultLookup()): Promise<TrapOutcome> {
  const out: TrapOutcome = { items: 0, traps: 0, falseLinks: [], missed: [], unlisted: [] };
  for (const s of sentences) {
    const { entities, records } = await findEntities(s.text, lookup, OPTIONS);
    const linked: { span: Span; id: string }[] = [];
    for (const e of entities) if (e.fromDataset && e.id) for (const m of e.mentions) linked.push({ span: m, id: e.id });
    const label = (id: string) => `${records.get(id)?.type}:${records.get(id)?.name}`;
    const seen = new Set<number>();
    for (const it of s.expect) {
      out.items++;
      const at = wordAt(s.text, it.text);
      const span = { start: at, end: at + it.text.length };
      const inside = linked.filter((l, k) => l.span.start >= span.start && l.span.end <= span.end && seen.add(k));
      const overlapping = linked.filter((l) => l.span.start < span.end && span.start < l.span.end);
      if (it.expect === null) {
        out.traps++;
        if (inside.length) out.falseLinks.push({ sentence: s.text, surface: it.text, expected: null, got: label(inside[0]!.id) });
        continue;
      }
      // (An expectation may name the type by the dataset id's prefix: "org:", "party:" and "group:" are organisations.)
      const prefix = it.expect.slice(0, it.expect.indexOf(':'));
      const [type, name] = [ID_PREFIX_TYPE[prefix] ?? prefix, it.expect.slice(it.expect.indexOf(':') + 1)];
      const ok = (id: string) => {
        const r = records.get(id);
        return (
          !!r &&
          r.type === type &&
          (name === '*' || r.name.toLowerCase() === name.toLowerCase() || r.aliases.some((a) => a.toLowerCase() === name.toLowerCase()))
        );
      };
      const exact = overlapping.filter((l) => l.span.start === span.start && l.span.end === span.end);
      overlapping.forEach((l) => seen.add(linked.indexOf(l)));
      if (exact.some((l) => ok(l.id))) continue;
      const wrong = overlapping.find((l) => !ok(l.id));
      if (wrong) out.falseLinks.push({ sentence: s.text, surface: it.text, expected: it.expect, got: label(wrong.id) });
      else out.missed.push({ sentence: s.text, surface: it.text, expected: it.expect });
    }
    linked.forEach((l, k) => {
      if (!seen.has(k)) out.unlisted.push({ sentence: s.text, surface: s.text.slice(l.span.start, l.span.end), got: label(l.id) });
    });
  }
  return out;
}

function trapLine(name: string, n: number, o: TrapOutcome): string {
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
  return `  ${name.padEnd(10)} ${n} sentences, ${o.items} judged surfaces (${o.traps} traps): false links ${o.falseLinks.length}/${o.items} = ${pct(o.falseLinks.length, o.items)}; expected links missed ${o.missed.length}/${o.items - o.traps}; unlisted dataset links ${o.unlisted.length}`;
}

/** The held-out rows, printed first: never tuned on (see the README's rule), so `--tuning` leaves them out. */
async function heldOutRows(
  news: ReturnType<typeof loadNews>,
  traps: ReturnType<typeof loadTraps>,
  wiki: NerDoc[] | null,
  ewtTest: NerDoc[] | null,
  bs: [string, Sys][],
  lines: string[],
): Promise<void> {
  lines.push('HELD OUT (never tuned on):');
  await table(
    'news-sentences (ours, i % 3 = 2, and the sets marked held out)',
    news.filter((d) => d.heldOut),
    bs,
    lines,
  );
  for (const set of new Set(news.filter((d) => d.heldOut && d.set).map((d) => d.set!)))
    await table(
      `  of which ${set}`,
      news.filter((d) => d.heldOut && d.set === set),
      bs,
      lines,
    );
  if (wiki) await table('uner-wiki half B (odd documents)', half(wiki, 'B'), [...bs, ['compromise', compromiseMentions]], lines);
  else lines.push(`  uner-wiki skipped: ${FILE} not found (shared data is not part of the repository)`);
  if (ewtTest) await table('uner-ewt test half B (odd documents)', half(ewtTest, 'B'), bs, lines);
  else lines.push(`  uner-ewt skipped: ${EWT_TEST} not found`);
  lines.push('traps (ours): false links = a dataset link where the sentence means something else, or to the wrong entity');
  const heldTraps = traps.filter(trapHeldOut);
  lines.push(trapLine('held out', heldTraps.length, await evalTraps(heldTraps)));
  for (const set of new Set(heldTraps.map((s) => s.set).filter((x): x is string => !!x))) {
    const part = heldTraps.filter((s) => s.set === set);
    lines.push(trapLine(`  of which ${set}`, part.length, await evalTraps(part)));
  }
}

export async function run(withHeldOut = true): Promise<void> {
  const lines: string[] = [];
  const bs: [string, Sys][] = [
    ['Backstory', (t) => backstoryMentions(t)],
    // The learned tagger beside the rules (lib/entities/tagger; off in the product): its rows for comparison.
    ['+ tagger', (t) => backstoryMentions(t, defaultLookup(), { ...OPTIONS, tagger: true, mode: VOTE ?? OPTIONS.mode })],
  ];
  const news = loadNews();
  const traps = loadTraps();

  const wiki = existsSync(FILE) ? loadUner(FILE) : null;
  const ewtTest = existsSync(EWT_TEST) ? loadUner(EWT_TEST) : null;
  if (withHeldOut) await heldOutRows(news, traps, wiki, ewtTest, bs, lines);

  lines.push('', 'TUNING PARTS:');
  await table(
    'news-sentences (ours, i % 3 != 2)',
    news.filter((d) => !d.heldOut),
    bs,
    lines,
  );
  if (wiki) await table('uner-wiki half A (even documents)', half(wiki, 'A'), bs, lines);
  if (existsSync(EWT_DEV)) await table('uner-ewt dev', loadUner(EWT_DEV), bs, lines);
  if (ewtTest) await table('uner-ewt test half A (even documents)', half(ewtTest, 'A'), bs, lines);
  const tuneTraps = traps.filter((s, i) => !trapHeldOut(s, i));
  lines.push(trapLine('tuning', tuneTraps.length, await evalTraps(tuneTraps)));
  console.log(lines.join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args.includes('--traps')) {
    const o = await evalTraps(loadTraps().filter((s, i) => !trapHeldOut(s, i)));
    for (const f of o.falseLinks) console.log(`FALSE «${f.surface}» expected ${f.expected} got ${f.got}  ${f.sentence}`);
    for (const f of o.missed) console.log(`MISSED «${f.surface}» expected ${f.expected}  ${f.sentence}`);
    for (const f of o.unlisted) console.log(`UNLISTED «${f.surface}» ${f.got}  ${f.sentence}`);
  } else if (!args.includes('--list')) await run(!args.includes('--tuning'));
  else {
    // --list [fp|fn] [wiki|ewt|news]: Backstory's misses and false alarms on the tuning parts only.
    const want = args[args.indexOf('--list') + 1];
    const set = args.find((a) => ['wiki', 'ewt', 'news'].includes(a)) ?? 'wiki';
    const ewt = () => [...loadUner(EWT_DEV).map((d) => ({ ...d, part: 'dev' })), ...half(loadUner(EWT_TEST), 'A').map((d) => ({ ...d, part: 'testA' }))];
    const docs: (NerDoc & { part?: string })[] = set === 'news' ? loadNews().filter((d) => !d.heldOut) : set === 'ewt' ? ewt() : half(loadUner(FILE), 'A');
    for (const d of docs) {
      const p = await backstoryMentions(d.text);
      const show = (m: Mention, kind: string) => {
        const ls = d.text.lastIndexOf('\n', m.start) + 1;
        const le = d.text.indexOf('\n', m.end);
        const sent = d.text.slice(ls, le < 0 ? undefined : le);
        console.log(`${d.part ? `[${d.part}] ` : ''}${kind} ${m.type} «${d.text.slice(m.start, m.end)}»  ${sent.slice(0, 160)}`);
      };
      if (want !== 'fn') for (const x of p) if (!d.gold.some((g) => MATCHES.exact(g, x))) show(x, 'FP');
      if (want !== 'fp') for (const g of d.gold) if (!p.some((x) => MATCHES.exact(g, x))) show(g, 'FN');
    }
  }
}
