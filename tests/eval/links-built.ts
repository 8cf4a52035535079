/**
 * A re-runnable random sample of article-built entities of one type, for judging by hand (issue 18): from a links-pages.ts
 * --all file, one row per (text, built name), shuffled with a fixed seed (mulberry32, as links-sample.ts) and cut at `--n`.
 * Each row says why the name was built, how many mentions it has, and the first mention with `--context` characters of the
 * text either side (read from the texts themselves, wider than the file's own context).
 *
 *   npx tsx tests/eval/links-built.ts lp.tsv [--type person] [--seed 29] [--n 150] [--context 220] [--json] > sample.txt
 */
import { readFileSync } from 'node:fs';
import { articleTexts } from './links-pages';
import { seededRandom } from '../../lib/tools/seeded-random';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : dflt;
};
const [file] = args;
if (!file) throw new Error('usage: links-built.ts lp.tsv [--type person] [--seed 29] [--n 150] [--context 220] [--json]');
const type = `built:${opt('type', 'person')}`;
const width = Number(opt('context', '220'));
const rand = seededRandom(Number(opt('seed', '29')));

interface Built {
  file: string;
  name: string;
  why: string;
  mentions: { start: number; surface: string }[];
}
const byKey = new Map<string, Built>();
for (const l of readFileSync(file, 'utf8').split('\n')) {
  const [text = '', start = '', surface = '', id = '', name = '', why = ''] = l.split('\t');
  if (id !== type) continue;
  const key = `${text}\t${name}`;
  const b = byKey.get(key) ?? { file: text, name, why, mentions: [] };
  b.mentions.push({ start: Number(start), surface });
  byKey.set(key, b);
}
const all = [...byKey.values()];
for (let i = all.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [all[i], all[j]] = [all[j]!, all[i]!];
}
const drawn = all.slice(0, Number(opt('n', '150')));
const texts = new Map(articleTexts());
const rows = drawn.map((b) => {
  const text = texts.get(b.file) ?? '';
  const m = b.mentions.reduce((a, x) => (x.start < a.start ? x : a));
  const end = m.start + m.surface.length;
  return {
    file: b.file,
    start: m.start,
    mention: m.surface,
    entityId: type,
    name: b.name,
    why: b.why,
    mentions: b.mentions.length,
    context: `${text.slice(Math.max(0, m.start - width), m.start)}[[${m.surface}]]${text.slice(end, end + width)}`.replace(/\s+/g, ' '),
  };
});
if (args.includes('--json')) console.log(JSON.stringify(rows, null, 1));
else {
  console.log(`${all.length} built ${type.slice(6)} entities (text, name) in ${file}; drawn ${rows.length}`);
  rows.forEach((r, i) => console.log(`\n#${i + 1} ${r.name} | ${r.why} | ${r.mentions}× | ${r.file}@${r.start}\n${r.context}`));
}
