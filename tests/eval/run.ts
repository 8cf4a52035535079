/**
 * `npm run eval`: every quality figure in one run — article detection and body extraction,
 * quotes and speakers, contested claims, named entities, people on Wikipedia-style sentences, the share of an article painted, publication
 * dates found — each printed as a table by its own module.
 * Quality is measured here, not asserted in `npm test`: the numbers are benchmarks to beat.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const SHARED = resolve(import.meta.dirname, '../../../shared');

async function main() {
  if (!existsSync(SHARED)) {
    console.log(`eval: skipped — ${SHARED} is absent (the labelled data and real pages live there).`);
    return;
  }
  const only = process.argv.slice(2);
  const parts: [string, () => Promise<{ run: () => Promise<void> }>][] = [
    ['detect', () => import('./detect')],
    ['quotes', () => import('./quotes')],
    ['claims', () => import('./claims')],
    ['ner', () => import('./ner')],
    // People on Wikipedia-style sentences (weasel-dev, labelled by reading): held-out half first.
    ['people', () => import('./people-wiki')],
    ['painted', () => import('./painted')],
    // A script, not a module with run(): importing it runs it.
    ['published', () => import('./published').then(() => ({ run: async () => undefined }))],
  ];
  for (const [name, load] of parts) {
    if (only.length && !only.includes(name)) continue;
    console.log(`\n=== ${name} ===`);
    const t0 = performance.now();
    await (await load()).run();
    console.log(`(${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
