/**
 * Every dataset link the name finder makes on real article texts (issue 18), one line each, so two
 * versions of the code can be compared link by link: the 181 scrapinghub article bodies and the
 * wcxb-dev texts whose page type is "article". Each line: text id, mention start, surface, dataset
 * id, entity name, why, and the mention's context. Compare two runs with `diff` (or `comm`) and
 * read every line that changed.
 *
 *   npx tsx tests/eval/links-pages.ts out.tsv [--all]   (--all: article-built entities too)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findEntities } from '../../lib/entities';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { loadBundledDataset } from '../../lib/tools/load-dataset';

const PAGES = resolve(import.meta.dirname, '../../../shared/pages');
const SCRAPINGHUB = resolve(PAGES, 'scrapinghub-article-extraction-benchmark/ground-truth.json');
const WCXB = resolve(PAGES, 'wcxb-dev/ground-truth');

export function articleTexts(): [string, string][] {
  const out: [string, string][] = [];
  if (existsSync(SCRAPINGHUB)) {
    const truth = JSON.parse(readFileSync(SCRAPINGHUB, 'utf8')) as Record<string, { articleBody?: string }>;
    for (const id of Object.keys(truth).sort()) out.push([id, truth[id]!.articleBody ?? '']);
  }
  if (existsSync(WCXB))
    for (const f of readdirSync(WCXB)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const d = JSON.parse(readFileSync(resolve(WCXB, f), 'utf8')) as {
        _internal?: { page_type?: { primary?: string } };
        ground_truth?: { main_content?: string };
      };
      if (d._internal?.page_type?.primary === 'article') out.push([`wcxb-${f.slice(0, -5)}`, d.ground_truth?.main_content ?? '']);
    }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outFile, ...flags] = process.argv.slice(2);
  if (!outFile) throw new Error('usage: links-pages.ts out.tsv [--all]');
  const docs = articleTexts();
  if (docs.length === 0) {
    console.log('links-pages: ../shared/pages is absent; nothing to do');
    process.exit(0);
  }
  const lookup = createMemoryLookup(loadBundledDataset());
  const lines: string[] = [];
  for (const [id, text] of docs) {
    const { entities } = await findEntities(text, lookup);
    for (const e of entities) {
      if (!e.fromDataset && !flags.includes('--all')) continue;
      for (const m of e.mentions)
        lines.push(
          [
            id,
            m.start,
            text.slice(m.start, m.end),
            e.fromDataset ? e.id : `built:${e.type}`,
            e.name,
            e.why ?? '',
            text.slice(Math.max(0, m.start - 70), m.end + 70).replace(/\s+/g, ' '),
          ].join('\t'),
        );
    }
  }
  writeFileSync(outFile, lines.join('\n') + '\n');
  console.log(`${docs.length} texts, ${lines.length} mentions → ${outFile}`);
}
