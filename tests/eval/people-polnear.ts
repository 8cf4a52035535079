/**
 * People recall on news text (issue 18): PolNeAR dev's speakers (../shared/nlp/polnear-dev, README in
 * ../shared/nlp). The Source spans of its attributions are who said or believed something; the
 * people's proper names inside them are gold person mentions. Only the TUNING half of the fixed split
 * of tests/eval/quotes.ts (`halfOf`: first hex digit of sha256(file stem) 0-7) is read; the held-out
 * half is never opened.
 *
 * A name inside a Source span is a person's (decided from the text alone, never from the finder's output):
 *  1. a run of two or more capitalised words (initials, "Jr.", "II", lower-case particles "de", "van"… inside)
 *     whose first word is a given name of assets/ner/names.json (givenNames or officeholderGivenNames):
 *     "Mike Pence", "Vann R. Newkirk II";
 *  2. or a run after a title ("Mr.", "Sen.", "Gov.", "Secretary", "Chairwoman", …; the title may be inside the
 *     capitalised run, "Indiana Gov. Mike Pence", or before it in lower case, "senator Bob Corker"): the words
 *     after the last title word: "Mr. Barrett" → "Barrett", "Secretary General Ban Ki-moon" → "Ban Ki-moon";
 *  3. or a run of two or more words followed by an appositive with a person's role or an age
 *     ("Kerr Putney, the Charlotte-Mecklenburg police chief,", "Quina Jones, 25,");
 *  4. or one capitalised word that is the last word of a name found by 1-3 anywhere in the same text
 *     ("Fowler" where "Katherine Fowler" was named).
 * Never a person's: a run with an organisation's or outlet's word ("Post", "Times", "University", "Party", …),
 * one the names file lists as an organisation or place, or one led by "The". Possessive "'s" is not part of
 * the name; runs break at commas, "and", "of" and line breaks.
 *
 * Found: a person mention of findEntities equal to the gold name or containing it ("Gov. Mike Pence" for
 * "Mike Pence"); "partial" also counts a person mention overlapping it.
 *
 *   npx tsx tests/eval/people-polnear.ts [--list] [--gold] [--rest]
 *   (--list: the misses; --gold: every gold name; --rest: the Source spans' capitalised runs no rule made gold, to audit the rules)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findEntities } from '../../lib/entities';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { loadBundledDataset } from '../../lib/tools/load-dataset';
import names from '../../assets/ner/names.json';
import { halfOf } from './quotes';
import { parseBrat } from './polnear';
import type { Span } from '../../lib/types';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const POLNEAR = path.resolve(projectRoot, '../shared/nlp/polnear-dev');

const words = (s: string) => new Set(s.toLowerCase().split(/\s+/).filter(Boolean));
const GIVEN = new Set([...words(names.givenNames), ...words(names.officeholderGivenNames)]);
const KNOWN_NOT_PEOPLE = new Set([...words(names.organizations), ...words(names.places)]);
/** The eval's own word lists (kept apart from lib/, so the scorer does not share the rules' vocabulary). */
const TITLES = words(
  'mr mr. mrs mrs. ms ms. dr dr. sen sen. sens. rep rep. reps. gov gov. gen gen. lt lt. col col. sgt sgt. adm adm. rev rev. prof prof. ' +
    'president vice senator senators governor secretary general judge justice mayor speaker chairman chairwoman chair ' +
    'attorney representative congressman congresswoman director minister ambassador commissioner sheriff chief leader ' +
    'spokesman spokeswoman spokesperson professor pope king queen prince princess candidate nominee host anchor ' +
    'manager adviser advisor aide strategist pollster analyst reporter columnist author lawyer attorney chancellor ' +
    'economist activist rival del. delegate',
);
/** Role words of an appositive after a name ("Kerr Putney, the Charlotte-Mecklenburg police chief,"). */
const ROLES = words(
  'director president professor chief writer lawyer spokesman spokeswoman scholar analyst fellow editor executive ' +
    'founder head member chairman chairwoman chair officer official economist scientist physicist developer owner ' +
    'democrat republican senator governor mayor reporter organizer activist teacher mother father wife husband son ' +
    'daughter niece nephew brother sister widow resident student pastor minister secretary adviser aide partner',
);
const ORG_WORDS = words(
  'post times news journal tribune herald gazette press review magazine media network radio tv television cnn ' +
    'university college school institute center centre party committee campaign foundation council court department ' +
    'agency bureau commission company corporation corp inc llc group fund association society administration club union ' +
    'board office house senate congress church bank trust project program poll polls research team world daily weekly ' +
    'watch report today monitor republic street city state county states nations service services',
);
const PARTICLES = words('de del della der van von da di du la le bin ibn al st. st');
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
const NAME_WORD = /^(?:[A-Z]\.|[A-Z][a-z]?\.|[A-Z][A-Za-z'’-]*[a-z][A-Za-z'’-]*|[A-Z]{2,})$/;

interface Tok extends Span {
  word: string;
  /** Punctuation or a possessive after the word: the run ends here. */
  stop: boolean;
  /** A bracket or a quote before the word. */
  aside: boolean;
}

function tokens(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const re = /\S+/g;
  // An annotated span may cut a word ("Mr. Obam" for "Mr. Obama"): take the whole words it touches.
  while (from > 0 && /\w/.test(text[from - 1]!)) from--;
  while (to < text.length && /\w/.test(text[to]!)) to++;
  const part = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(part))) {
    let w = m[0];
    const start = from + m.index;
    let stop = false;
    const lead = /^["“‘'(]+/.exec(w)?.[0].length ?? 0;
    w = w.slice(lead);
    const trail = /(?:['’]s?)?[,;:!?"”’)]*$/.exec(w);
    if (trail && trail[0].length && trail[0] !== '’' && !/^[A-Z]\.?$/.test(w)) {
      w = w.slice(0, w.length - trail[0].length);
      stop = true;
    }
    if (/\.$/.test(w) && w.length > 3 && !TITLES.has(w.toLowerCase()) && !SUFFIX.test(w)) {
      w = w.slice(0, -1);
      stop = true;
    }
    // A line break after the word ends a run too.
    const after = text.slice(start + lead + w.length, start + m[0].length + 2);
    if (/\n/.test(after)) stop = true;
    if (w) out.push({ word: w, start: start + lead, end: start + lead + w.length, stop, aside: lead > 0 });
  }
  return out;
}

/** Capitalised runs of a span, broken at punctuation, "and", "of", line breaks. */
function runs(toks: Tok[]): { run: Tok[]; before: Tok | undefined }[] {
  const out: { run: Tok[]; before: Tok | undefined }[] = [];
  let cur: Tok[] = [];
  let before: Tok | undefined;
  const flush = () => {
    if (cur.length) out.push({ run: cur, before });
    cur = [];
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // A bracket or a quote before a word opens an aside ("(D-Mo.)", a nickname): no part of a name.
    if (t.aside) {
      flush();
      continue;
    }
    const isName = NAME_WORD.test(t.word) || (cur.length > 0 && SUFFIX.test(t.word));
    const particle = cur.length > 0 && PARTICLES.has(t.word.toLowerCase()) && !!toks[i + 1] && NAME_WORD.test(toks[i + 1]!.word) && !cur[cur.length - 1]!.stop;
    if ((isName || particle) && !(cur.length && cur[cur.length - 1]!.stop)) {
      if (!cur.length) before = toks[i - 1];
      cur.push(t);
    } else if (isName) {
      flush();
      before = toks[i - 1];
      cur.push(t);
    } else {
      flush();
    }
  }
  flush();
  return out;
}

export interface Gold extends Span {
  name: string;
  rule: 'given' | 'title' | 'appositive' | 'surname';
  source: string;
}

/** The words after the last title word of a run, and whether there was one (inside, or just before in lower case). */
function afterTitle(run: Tok[], before: Tok | undefined): { name: Tok[]; titled: boolean } {
  let last = -1;
  // The last title word with a name after it ("Mr. King" → "King"; "Charlie King" has none).
  run.forEach((t, i) => {
    if (TITLES.has(t.word.toLowerCase()) && i < run.length - 1) last = i;
  });
  if (last >= 0) return { name: run.slice(last + 1), titled: true };
  return { name: run, titled: !!before && !before.stop && TITLES.has(before.word.toLowerCase()) };
}

function notPerson(name: Tok[], text: string): boolean {
  const key = name.map((t) => t.word.toLowerCase()).join('_');
  return (
    name.some((t) => ORG_WORDS.has(t.word.toLowerCase())) ||
    KNOWN_NOT_PEOPLE.has(key) ||
    name[0]!.word === 'The' ||
    /^[A-Z]{2,}$/.test(name[0]!.word) ||
    // A name over a line break is two lines' words.
    /\n/.test(text.slice(name[0]!.start, name[name.length - 1]!.end))
  );
}

/** An appositive with a person's role or an age right after a name: ", 25,", ", a writer for The Atlantic,". */
function roleAfter(text: string, end: number): boolean {
  const m = /^,\s+([^,;()]{1,80})/.exec(text.slice(end, end + 90));
  if (!m) return false;
  if (/^\d{1,3}\s*(?:,|$)/.test(m[1]!)) return true;
  return m[1]!
    .split(/\s+/)
    .slice(0, 6)
    .some((w) => ROLES.has(w.toLowerCase()));
}

/** Full names (rules 1-3) in a stretch of text. */
function fullNames(text: string, from: number, to: number): Omit<Gold, 'source'>[] {
  const out: Omit<Gold, 'source'>[] = [];
  for (const { run, before } of runs(tokens(text, from, to))) {
    const { name, titled } = afterTitle(run, before);
    if (!name.length || notPerson(name, text)) continue;
    // ("Jr.": its full stop may be a sentence's end too, and the finder leaves it out.)
    const span = { start: name[0]!.start, end: name[name.length - 1]!.end - (/^[JS]r\.$/.test(name[name.length - 1]!.word) ? 1 : 0) };
    const given = name.length >= 2 && GIVEN.has(name[0]!.word.toLowerCase()) && !SUFFIX.test(name[1]!.word);
    const appositive = name.length >= 2 && roleAfter(text, span.end);
    if (given || titled || appositive) out.push({ ...span, name: text.slice(span.start, span.end), rule: given ? 'given' : titled ? 'title' : 'appositive' });
  }
  return out;
}

export function goldPeople(text: string, sources: Span[]): Gold[] {
  const surnames = new Set(
    fullNames(text, 0, text.length)
      .filter((g) => g.name.includes(' '))
      .map((g) =>
        g.name
          .split(' ')
          .filter((w) => !SUFFIX.test(w))
          .pop()!,
      ),
  );
  const out: Gold[] = [];
  const seen = new Set<string>();
  const add = (g: Gold) => {
    const k = `${g.start}:${g.end}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push(g);
  };
  for (const s of sources) {
    const source = text.slice(s.start, s.end);
    for (const g of fullNames(text, s.start, s.end)) add({ ...g, source });
    for (const { run } of runs(tokens(text, s.start, s.end)))
      if (run.length === 1 && surnames.has(run[0]!.word) && !notPerson(run, text))
        add({ start: run[0]!.start, end: run[0]!.end, name: run[0]!.word, rule: 'surname', source });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The tuning half's texts with their Source spans (one annotator's file per article, as quotes.ts reads them). */
export function tuningTexts(): { stem: string; text: string; sources: Span[] }[] {
  const annDir = path.join(POLNEAR, 'attributions');
  const anns = readdirSync(annDir).sort();
  const out: { stem: string; text: string; sources: Span[] }[] = [];
  for (const f of readdirSync(path.join(POLNEAR, 'text')).sort()) {
    const stem = f.replace(/\.txt$/, '');
    if (halfOf(stem) !== 'tune') continue;
    const annFile = anns.find((a) => a.startsWith(stem + '_'));
    if (!annFile) continue;
    const text = readFileSync(path.join(POLNEAR, 'text', f), 'utf8');
    const sources = parseBrat(readFileSync(path.join(annDir, annFile), 'utf8'))
      .flatMap((a) => a.source?.spans ?? [])
      .filter((s, i, all) => all.findIndex((o) => o.start === s.start && o.end === s.end) === i);
    out.push({ stem, text, sources });
  }
  return out;
}

async function main() {
  if (!existsSync(POLNEAR)) {
    console.log(`people-polnear skipped: ${POLNEAR} not found (shared data is not part of the repository)`);
    return;
  }
  const argv = process.argv.slice(2);
  if (argv.includes('--rest')) return rest();
  const lookup = createMemoryLookup(loadBundledDataset());
  let gold = 0;
  let found = 0;
  let partial = 0;
  const byRule: Record<string, [number, number]> = {};
  const lines: string[] = [];
  const texts = tuningTexts();
  for (const { stem, text, sources } of texts) {
    const people = goldPeople(text, sources);
    const { entities } = await findEntities(text, lookup);
    const mentions = entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions);
    for (const g of people) {
      gold++;
      const r = (byRule[g.rule] ??= [0, 0]);
      r[1]++;
      const hit = mentions.some((m) => m.start <= g.start && m.end >= g.end);
      const near = hit || mentions.some((m) => m.start < g.end && m.end > g.start);
      if (hit) {
        found++;
        r[0]++;
      }
      if (near) partial++;
      const ctx = text.slice(Math.max(0, g.start - 60), g.end + 60).replace(/\s+/g, ' ');
      if (argv.includes('--gold')) lines.push(`${hit ? 'ok  ' : 'MISS'}\t${g.rule}\t${g.name}\t<${g.source.replace(/\s+/g, ' ')}>`);
      else if (argv.includes('--list') && !hit) {
        const other = entities.find((e) => e.mentions.some((m) => m.start < g.end && m.end > g.start));
        const got = other
          ? `${other.type} "${text.slice(other.mentions.find((m) => m.start < g.end && m.end > g.start)!.start, other.mentions.find((m) => m.start < g.end && m.end > g.start)!.end)}"`
          : '-';
        lines.push(`${stem.slice(0, 30)}\t${g.rule}\t${g.name}\tgot ${got}\t…${ctx}…`);
      }
    }
  }
  const f = (n: number) => (gold ? (n / gold).toFixed(3) : '-');
  console.log(`polnear-dev tuning half: ${texts.length} texts, ${gold} gold people mentions in Source spans`);
  console.log(`people recall ${f(found)} (${found} / ${gold}); partial ${f(partial)} (${partial} / ${gold})`);
  console.log(
    'by rule: ' +
      Object.entries(byRule)
        .map(([k, [a, b]]) => `${k} ${a} / ${b}`)
        .join(', '),
  );
  if (lines.length) console.log(lines.join('\n'));
}

/** The capitalised runs of the Source spans that hold no gold name. */
function rest(): void {
  for (const { text, sources } of tuningTexts()) {
    const gold = goldPeople(text, sources);
    for (const s of sources)
      for (const { run } of runs(tokens(text, s.start, s.end))) {
        const a = run[0]!.start;
        const b = run[run.length - 1]!.end;
        if (!gold.some((g) => g.start < b && g.end > a)) console.log(`${text.slice(a, b)}\t<${text.slice(s.start, s.end).replace(/\s+/g, ' ')}>`);
      }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
