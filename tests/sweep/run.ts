import { writeFileSync } from 'node:fs';
import { HAS_PAGES, listPages, PAGES_DIR, samplePages } from './pages';
import { formatTable, openVisitor, totals, type PageResult, type SweepBrowser } from './visit';

/**
 * `npm run sweep [-- --limit N] [--browser firefox] [--pages corpus/id,…] [--json FILE] [--build DIR] [--deadline HH:MM]`: every real page under
 * ../shared/pages in a real browser with the built extension (build it first: `npm run build`).
 * Prints per-corpus totals and every page with an extension error, a DOM change, a network
 * request or a missing analysis. Exits 1 when any of those is found.
 */
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export async function run(): Promise<PageResult[]> {
  if (!HAS_PAGES) {
    console.log(`sweep skipped: ${PAGES_DIR} is absent`);
    return [];
  }
  const browser = (arg('browser') ?? 'chromium') as SweepBrowser;
  if (browser !== 'chromium' && browser !== 'firefox') throw new Error(`--browser must be chromium or firefox, not ${browser}`);
  const all = listPages();
  const limit = arg('limit') ? Number(arg('limit')) : all.length;
  // --pages corpus/id,corpus/id re-runs the pages a sweep flagged.
  const only = arg('pages')?.split(',');
  let pages = only ? all.filter((p) => only.includes(`${p.corpus}/${p.id}`)) : samplePages(all, limit);
  // --deadline HH:MM (UTC): stop visiting then. The pages are interleaved across the corpora in
  // proportion to their sizes, so a run cut short is still an even spread (the table gives its count).
  const deadline = arg('deadline') ? Date.parse(`${new Date().toISOString().slice(0, 10)}T${arg('deadline')}:00Z`) : Infinity;
  if (Number.isFinite(deadline)) pages = interleave(pages);
  const started = Date.now();
  // --build DIR: a copy of .output/chrome-mv3, so a long sweep does not hold the build directory.
  const visitor = await openVisitor(browser, pages, { extensionDir: arg('build') });
  const results: PageResult[] = [];
  try {
    for (const [i, p] of pages.entries()) {
      if (Date.now() > deadline) {
        process.stderr.write(`deadline reached after ${i} of ${pages.length} pages\n`);
        break;
      }
      const r = await visitor.visit(p);
      results.push(r);
      const flag = r.errors.length || r.mutations.length || r.requests.length || r.failure ? ' !' : '';
      if (flag || (i + 1) % 50 === 0 || i + 1 === pages.length) {
        process.stderr.write(`[${i + 1}/${pages.length}] ${Math.round((Date.now() - started) / 1000)}s ${p.corpus}/${p.id}${flag}\n`);
      }
    }
  } finally {
    await visitor.close();
  }
  console.log(
    `Backstory sweep: ${browser}, ${results.length} of ${all.length} pages${results.length < pages.length ? ' (stopped at the deadline)' : ''}, ${Math.round((Date.now() - started) / 1000)} s`,
  );
  console.log(formatTable(results, browser));
  const json = arg('json');
  if (json) writeFileSync(json, JSON.stringify(results, null, 1));
  return results;
}

/** Pages of each corpus spread evenly through the run: page k of a corpus of n sorts at (k + 0.5) / n. */
function interleave<P extends { corpus: string }>(pages: P[]): P[] {
  const size = new Map<string, number>();
  for (const p of pages) size.set(p.corpus, (size.get(p.corpus) ?? 0) + 1);
  const seen = new Map<string, number>();
  const keyed = pages.map((p, i) => {
    const k = seen.get(p.corpus) ?? 0;
    seen.set(p.corpus, k + 1);
    return { p, key: (k + 0.5) / size.get(p.corpus)!, i };
  });
  return keyed.sort((a, b) => a.key - b.key || a.i - b.i).map((x) => x.p);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run()
    .then((rs) => {
      const t = totals(rs);
      process.exit(t.errors || t.mutations || t.requests ? 1 : 0);
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
