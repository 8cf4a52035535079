/**
 * Quotes evaluation (quality numbers, not pass/fail). Reads third-party data from ../shared at run
 * time; prints a plain-text table.
 *
 *  - polnear-dev (PolNeAR attributions, one annotator file per article):
 *    recall   — speech-cue attributions (said/told/according to/…) whose Content is > 30 % covered
 *               by one predicted quote;
 *    precision — predicted quotes whose span overlaps some gold Content (any attribution) by > 30 %
 *               of the predicted span;
 *    speaker  — for recalled speech-cue attributions with a Source, the best-overlapping predicted
 *               quote's speaker span overlaps the Source, or its (resolved) name shares a name token.
 *  - the seed article's 12 gold quotes (right span and speaker) and its scare quote.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseBrat, type Frag } from './polnear';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findQuotes } from '../../lib/quotes/index';
import type { EntityResult, QuoteResult, Span } from '../../lib/types';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.resolve(projectRoot, '../shared');
const POLNEAR = path.join(SHARED, 'nlp/polnear-dev');
const SEED = path.join(SHARED, 'seeds/000_59ca9e13b7f063f4');

const SPEECH_CUE =
  /\b(?:said|says|say|saying|told|tell|tells|telling|according to|wrote|writes|write|writing|added|adds|adding|noted|notes|stated|states|declared|warned|insisted|denied|claimed|argued|argues|arguing|explained|asked|announced|acknowledged|recalled|responded|replied|tweeted|reported|reports|suggested|admitted|stressed|confirmed)\b/i;

const len = (f: Frag) => f.spans.reduce((n, s) => n + s.end - s.start, 0);
const overlap = (a: Span, f: Frag) => f.spans.reduce((n, s) => n + Math.max(0, Math.min(a.end, s.end) - Math.max(a.start, s.start)), 0);

const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'said', 'mr', 'mrs', 'ms', 'president', 'his', 'her', 'who']);
const nameTokens = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3 && !STOP.has(w)),
  );

export async function run(): Promise<void> {
  if (!existsSync(SHARED)) {
    console.log(`quotes eval skipped: ${SHARED} not found (shared data is not part of the repository)`);
    return;
  }
  const rows: string[] = [];
  if (existsSync(POLNEAR)) rows.push(...polnear());
  if (existsSync(SEED + '.txt')) rows.push(...seed());
  console.log(rows.join('\n'));
}

function polnear(): string[] {
  const textDir = path.join(POLNEAR, 'text');
  const annDir = path.join(POLNEAR, 'attributions');
  const anns = readdirSync(annDir).sort();
  let speechGold = 0;
  let recalled = 0;
  let withSource = 0;
  let speakerOk = 0;
  let predicted = 0;
  let predictedOk = 0;
  let ms = 0;
  let words = 0;
  const verbose = process.env.QUOTES_VERBOSE;
  // Warm the JIT first so the speed line reports steady-state time, as in a long-lived content script.
  for (let r = 0; r < 3; r++) for (const f of readdirSync(textDir)) findQuotes(readFileSync(path.join(textDir, f), 'utf8'), []);
  for (const f of readdirSync(textDir).sort()) {
    const stem = f.replace(/\.txt$/, '');
    const annFile = anns.find((a) => a.startsWith(stem + '_'));
    if (!annFile) continue;
    const text = readFileSync(path.join(textDir, f), 'utf8');
    const gold = parseBrat(readFileSync(path.join(annDir, annFile), 'utf8'));
    const t0 = performance.now();
    const quotes = findQuotes(text, []);
    ms += performance.now() - t0;
    words += text.split(/\s+/).length;
    const contents = gold.map((g) => g.content).filter((c): c is Frag => !!c);
    for (const q of quotes) {
      predicted++;
      const ok = contents.some((c) => overlap(q, c) > 0.3 * (q.end - q.start));
      if (ok) predictedOk++;
      else if (verbose === 'fp') console.log('FP', stem, q.kind, JSON.stringify(text.slice(q.start, q.end).slice(0, 160)), '<=', q.speaker?.name);
    }
    for (const g of gold) {
      if (!g.content || !g.cue || !SPEECH_CUE.test(g.cue.text)) continue;
      speechGold++;
      let best: QuoteResult | null = null;
      let bestOv = 0;
      for (const q of quotes) {
        const ov = overlap(q, g.content);
        if (ov > bestOv) {
          bestOv = ov;
          best = q;
        }
      }
      const hit = !!best && bestOv > 0.3 * len(g.content);
      if (!hit) {
        if (verbose === 'fn') console.log('FN', stem, JSON.stringify(g.cue.text), JSON.stringify(g.source?.text ?? ''), JSON.stringify(g.content.text.slice(0, 160)));
        continue;
      }
      recalled++;
      if (!g.source || !best) continue;
      withSource++;
      const sp = best.speaker;
      let ok = false;
      if (sp) {
        if (sp.start != null && sp.end != null && overlap({ start: sp.start, end: sp.end }, g.source) > 0) ok = true;
        const gt = nameTokens(g.source.text);
        if ([...nameTokens(sp.name)].some((w) => gt.has(w))) ok = true;
      }
      if (ok) speakerOk++;
      else if (verbose === 'sp') console.log('SP', stem, JSON.stringify(g.source.text), 'got', JSON.stringify(sp?.name ?? null), '::', JSON.stringify(g.content.text.slice(0, 100)));
    }
  }
  const pct = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
  return [
    'quotes — polnear-dev (one annotator per article, entities = [])',
    `  speech-cue attributions   ${speechGold}`,
    `  recall (>30% of content)  ${pct(recalled, speechGold)}   (${recalled}/${speechGold})   target ≥ 0.85, baseline 0.47`,
    `  precision (>30% of pred)  ${pct(predictedOk, predicted)}   (${predictedOk}/${predicted})   target ≥ 0.80, baseline 0.60`,
    `  speaker accuracy          ${pct(speakerOk, withSource)}   (${speakerOk}/${withSource})   target ≥ 0.85, baseline 0.24`,
    `  speed                     ${((ms / words) * 5000).toFixed(2)} ms per 5,000 words`,
  ];
}

/** The seed article's body, by the rule the unit test uses. */
export function seedBody(raw: string): string {
  const lines = raw.split('\n').slice(1);
  const bio = lines.findIndex((l) => l.includes('has worked as'));
  return lines
    .slice(0, bio >= 0 ? bio : lines.length)
    .filter((l) => l.split(/\s+/).length >= 20 && !/Newsletter|Sign up|has worked as/.test(l))
    .join('\n');
}

/** Person entities for the seed built by indexOf, the way the entity stage would report them. */
export function seedEntities(body: string, people: { id: string | null; name: string; forms: string[] }[]): EntityResult[] {
  return people.map((p) => {
    const mentions: Span[] = [];
    for (const form of p.forms) {
      for (let i = body.indexOf(form); i >= 0; i = body.indexOf(form, i + 1)) {
        if (!mentions.some((m) => i >= m.start && i < m.end)) mentions.push({ start: i, end: i + form.length });
      }
    }
    return { id: p.id, name: p.name, type: 'person', fromDataset: !!p.id, mentions, card: { title: p.name, lines: [], sources: [] } };
  });
}

interface GoldQuote {
  kind: string;
  text: string;
  speaker: string;
  alsoAccept?: string[];
}

export function scoreSeed(body: string, quotes: QuoteResult[], gold: { quotes: GoldQuote[]; notQuotesOfASpeaker: { text: string }[] }) {
  const misses: string[] = [];
  let found = 0;
  for (const g of gold.quotes) {
    const s = body.indexOf(g.text);
    const span = { start: s, end: s + g.text.length };
    const hit = quotes.find((q) => {
      const ov = Math.min(q.end, span.end) - Math.max(q.start, span.start);
      return ov > 0.5 * g.text.length && ov > 0.5 * (q.end - q.start) && q.kind === g.kind;
    });
    const names = [g.speaker, ...(g.alsoAccept ?? [])];
    if (hit && hit.speaker && names.includes(hit.speaker.name)) found++;
    else misses.push(`${g.text.slice(0, 40)}… → ${hit ? (hit.speaker?.name ?? 'no speaker') : 'not found'}`);
  }
  const wrong = gold.notQuotesOfASpeaker.filter((n) => {
    const s = body.indexOf(n.text);
    return quotes.some((q) => q.speaker && q.start < s + n.text.length && q.end > s);
  });
  return { found, total: gold.quotes.length, misses, scareAttributed: wrong.length };
}

function seed(): string[] {
  const body = seedBody(readFileSync(SEED + '.txt', 'utf8'));
  const gold = JSON.parse(readFileSync(SEED + '.gold.json', 'utf8'));
  const without = scoreSeed(body, findQuotes(body, []), gold);
  for (let i = 0; i < 200; i++) findQuotes(body, []);
  const t0 = performance.now();
  for (let i = 0; i < 200; i++) findQuotes(body, []);
  const perRun = (performance.now() - t0) / 200;
  return [
    'quotes — seed article',
    `  gold quotes found with right speaker   ${without.found}/${without.total}   (entities = [])`,
    `  scare quote attributed to a speaker    ${without.scareAttributed}`,
    `  analysis time (body)                   ${perRun.toFixed(3)} ms`,
    ...without.misses.map((m) => `  miss: ${m}`),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) run().catch((e) => { console.error(e); process.exit(1); });
