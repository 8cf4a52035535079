/**
 * `npm run bench`: Backstory's speed on this machine, in one run, against rivals measured in the
 * same run, with each figure's target and PASS/MISS printed beside it.
 *
 *   npx tsx tests/bench/run.ts [--quick] [--no-browser] [--build]
 *
 * --quick       fewer pages and runs, and no browser (the smoke test's mode)
 * --no-browser  skip the Chromium part
 * --no-node     skip the Node part (to rerun the browser part alone)
 * --build       rebuild the extension (npx wxt build) before the Chromium part even when a build exists
 * --only longtask  only the long-task row on the 2.5 MB page, repeated (--runs N, default 3; median
 *               reported); --trace records a light Chromium trace of each run (when the content script
 *               started, what each long task held); --profile adds V8's sampler (names functions);
 *               --ext DIR measures another unpacked build (an unminified one gives readable names)
 * --only detect  only the Chromium non-article detection row
 * --only felt    only DOMContentLoaded → painted and hover → card on the seed page (existing build)
 * --only scroll  main-thread CPU while scrolling the 2.5 MB page (existing build or --ext DIR; --runs N,
 *               default 3): what painting near the viewport costs as the reader scrolls (no target)
 * --only popup   only the popup's first render with 200 entities (existing build or --ext DIR; --runs N,
 *               default 15; --vs DIR[,DIR…] interleaves other builds, A B A B; --marks prints each run's
 *               performance marks)
 *
 * Node part: happy-dom documents; parse time reported apart from analysis (the browser parses in
 * production). Chromium part: Debian's Chromium via playwright-core, with and without the built
 * extension. Pages in ../shared are read at run time; rows that need them are skipped when absent.
 */
import { runNode } from './node';
import { formatTable, type Row } from './stats';

export async function run(argv: string[] = process.argv.slice(2)): Promise<Row[]> {
  const quick = argv.includes('--quick');
  const browser = !quick && !argv.includes('--no-browser');
  const log = (m: string) => console.error(`· ${m}`);
  const started = performance.now();

  const rows: Row[] = [];
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
  if (only === 'longtask') {
    const { runLongTask } = await import('./longtask');
    const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) || 3 : 3;
    await runLongTask(rows, {
      log,
      rebuild: argv.includes('--build'),
      runs,
      trace: argv.includes('--trace'),
      profile: argv.includes('--profile'),
      extDir: argv.includes('--ext') ? argv[argv.indexOf('--ext') + 1] : undefined,
    });
  } else if (only === 'scroll') {
    const { runScroll } = await import('./scroll');
    const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
    await runScroll(rows, { log, runs: Number(arg('--runs')) || 3, extDir: arg('--ext') });
  } else if (only === 'felt') {
    const { feltOnly } = await import('./felt');
    await feltOnly(rows, log);
  } else if (only === 'detect') {
    const { detectRows } = await import('./browser');
    await detectRows(rows, { log, rebuild: false });
  } else if (only === 'popup') {
    const { popupOnly } = await import('./browser');
    const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
    await popupOnly(rows, { log, runs: Number(arg('--runs')) || 15, extDir: arg('--ext'), vsDir: arg('--vs'), marks: argv.includes('--marks') });
  } else if (only) throw new Error(`--only ${only}: unknown (known: longtask, detect, felt, popup, scroll)`);
  if (!only && !argv.includes('--no-node')) rows.push(...(await runNode({ quick, log })));
  if (only) {
    // the focused measurement ran above
  } else if (browser) {
    const { runBrowser } = await import('./browser');
    try {
      await runBrowser(rows, { log, rebuild: argv.includes('--build') });
    } catch (e) {
      log(`Chromium part failed: ${(e as Error).stack ?? e}`);
      rows.push({
        section: 'Chromium',
        name: 'Chromium part (rest)',
        figure: `failed: ${String((e as Error).message ?? e)
          .split('\n')[0]!
          .slice(0, 60)}`,
        pass: false,
      });
    }
    // Firefox: the two figures a reader feels, on a fresh Firefox build (about 10 s).
    try {
      const { execFileSync } = await import('node:child_process');
      log('building the Firefox package (npx wxt build -b firefox)');
      execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
      const { feltFirefox } = await import('./felt');
      await feltFirefox(rows, log);
    } catch (e) {
      log(`Firefox part failed: ${(e as Error).stack ?? e}`);
      rows.push({ section: 'Firefox', name: 'Firefox felt rows', figure: `failed: ${String((e as Error).message ?? e).slice(0, 60)}`, pass: false });
    }
  } else log('Chromium part skipped (--quick / --no-browser)');

  console.log(`\nBackstory benchmark — ${new Date().toISOString()} — node ${process.version}${quick ? ' — QUICK (few runs)' : ''}\n`);
  console.log(formatTable(rows));
  const missed = rows.filter((r) => r.pass === false);
  console.log(
    `\ntargets: ${rows.filter((r) => r.pass === true).length} PASS, ${missed.length} MISS${missed.length ? ` (${missed.map((r) => r.name).join('; ')})` : ''}`,
  );
  console.log(`bench time: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run()
    .then(() => process.exit(0)) // happy-dom and the browser leave handles open; the table is printed
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
