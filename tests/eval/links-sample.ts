/**
 * A re-runnable random sample of links-pages lines for judging by hand: shuffled with a fixed seed
 * (mulberry32), one line per (text, surface, id), taken in shuffled order while no `why` has more
 * than `--why` lines and no surface (case-folded) more than `--surface`, until `--n` are taken.
 *
 *   npx tsx tests/eval/links-sample.ts lp.tsv [--seed 20] [--n 200] [--why 15] [--surface 3] > sample.tsv
 */
import { readFileSync } from 'node:fs';
import { seededRandom } from '../../lib/tools/seeded-random';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const [file] = args;
if (!file) throw new Error('usage: links-sample.ts lp.tsv [--seed 20] [--n 200] [--why 15] [--surface 3]');
const rand = seededRandom(opt('seed', 20));
const seen = new Set<string>();
const lines = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => {
    const [text, , surface, id] = l.split('\t');
    const key = `${text}\t${surface}\t${id}`;
    if (!l || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
for (let i = lines.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [lines[i], lines[j]] = [lines[j]!, lines[i]!];
}
const byWhy = new Map<string, number>();
const bySurface = new Map<string, number>();
const out: string[] = [];
for (const l of lines) {
  if (out.length >= opt('n', 200)) break;
  const [, , surface = '', , , why = ''] = l.split('\t');
  const s = surface.toLowerCase();
  if ((byWhy.get(why) ?? 0) >= opt('why', 15) || (bySurface.get(s) ?? 0) >= opt('surface', 3)) continue;
  byWhy.set(why, (byWhy.get(why) ?? 0) + 1);
  bySurface.set(s, (bySurface.get(s) ?? 0) + 1);
  out.push(l);
}
console.log(out.join('\n'));
