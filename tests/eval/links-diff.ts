/**
 * Compares two outputs of links-pages.ts mention by mention: prints the links removed (`-`), added
 * (`+`) and moved to another entity (`~`), each with its context, then the counts.
 *
 *   npx tsx tests/eval/links-diff.ts before.tsv after.tsv
 */
import { readFileSync } from 'node:fs';

const read = (file: string) =>
  new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [id, start, surface, target, name, why, context] = line.split('\t');
        return [`${id}\t${start}\t${surface}`, { target: target!, name: name!, why: why!, context: context! }] as const;
      }),
  );

const [a, b] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: links-diff.ts before.tsv after.tsv');
const before = read(a);
const after = read(b);
const counts = { removed: 0, added: 0, moved: 0 };
for (const [key, x] of before) {
  const y = after.get(key);
  if (!y) {
    counts.removed++;
    console.log(`-\t${key}\t${x.name}\t${x.why}\t${x.context}`);
  } else if (y.target !== x.target) {
    counts.moved++;
    console.log(`~\t${key}\t${x.name} → ${y.name}\t${y.why}\t${x.context}`);
  }
}
for (const [key, y] of after)
  if (!before.has(key)) {
    counts.added++;
    console.log(`+\t${key}\t${y.name}\t${y.why}\t${y.context}`);
  }
console.log(`removed ${counts.removed}, added ${counts.added}, moved ${counts.moved}`);
