/**
 * `npx tsx tests/bench/run.ts --only scroll [--runs N] [--ext DIR]`: what scrolling a long article
 * costs the page's main thread with the built extension. Long pages are painted near the viewport
 * (lib/highlight/near-viewport.ts), so scrolling changes the highlights, and each change re-paints
 * the page in Chromium: this row says what that costs. 30 wheel steps of 500 px, 60 ms apart, on the
 * 2.5 MB page after its analysis; Chromium trace of the renderer main thread (wall and thread CPU
 * time of its tasks). No target: a figure to compare builds with (`--ext`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM, CHROMIUM_FLAGS } from '../e2e/harness/paths';
import { servePages } from '../e2e/harness/server';
import { NAME_SHIM, clearReports, sleep, waitForReport } from './browser';
import { bigArticle, realParagraphs } from './inputs';
import { medianOf, type Row } from './stats';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export async function runScroll(rows: Row[], opts: { log: (m: string) => void; runs: number; extDir?: string }): Promise<void> {
  const dir = opts.extDir ?? CHROME_BUILD;
  const big = bigArticle(2.5 * 1024 * 1024, realParagraphs());
  const server = await servePages({ '/big.html': big.html });
  const url = `${server.origin}/big.html`;
  const profile = mkdtempSync(path.join(tmpdir(), 'backstory-scroll-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: ['--headless=new', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_FLAGS],
  });
  const cpu: number[] = [];
  const longest: number[] = [];
  const longestCpu: number[] = [];
  try {
    if (!ctx.serviceWorkers().length) await ctx.waitForEvent('serviceworker', { timeout: 20_000 });
    const sw = ctx.serviceWorkers()[0]!;
    await ctx.addInitScript({ content: NAME_SHIM });
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    for (let run = 0; run < opts.runs; run++) {
      opts.log(`chromium: scrolling the ${big.name}, run ${run + 1}/${opts.runs}`);
      await clearReports(sw);
      await page.goto(url, { waitUntil: 'load' });
      await waitForReport(sw, url, 120_000);
      await sleep(1500);
      const cdp = await ctx.newCDPSession(page);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
      await cdp.send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'], excludedCategories: ['*'] },
      });
      await page.mouse.move(600, 400);
      for (let i = 0; i < 30; i++) {
        await page.mouse.wheel(0, 500);
        await sleep(60);
      }
      await sleep(500);
      const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach();
      const main = events.find(
        (e) =>
          e.ph === 'M' &&
          e.name === 'thread_name' &&
          e.args?.name === 'CrRendererMain' &&
          events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'Paint'),
      );
      const tasks = main ? events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask') : [];
      cpu.push(tasks.reduce((n, e) => n + (e.tdur ?? 0) / 1000, 0));
      longest.push(Math.max(0, ...tasks.map((e) => e.dur! / 1000)));
      longestCpu.push(Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000)));
      opts.log(`  main-thread CPU ${cpu.at(-1)!.toFixed(0)} ms; longest task ${longest.at(-1)!.toFixed(1)} ms (CPU ${longestCpu.at(-1)!.toFixed(1)} ms)`);
    }
  } finally {
    await ctx.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  }
  rows.push({
    section: `Chromium: scrolling the 2.5 MB page (${path.basename(dir)})`,
    name: `main-thread CPU while scrolling 15,000 px in about 2 s (trace, median of ${cpu.length})`,
    runs: cpu.length,
    median: medianOf(cpu),
    figure: `runs: ${cpu.map((r) => r.toFixed(0)).join(', ')}; longest task ${longest.map((r) => r.toFixed(0)).join(', ')} ms (CPU ${longestCpu.map((r) => r.toFixed(1)).join(', ')})`,
    note: 'thread CPU time (trace tdur) of the renderer main thread tasks; each change to the highlights re-paints the page',
  });
}
