/**
 * The Chromium half of the benchmark (Debian's /usr/bin/chromium through playwright-core):
 *  - Backstory vs mark.js on a plain page (no extension): both injected into the same page, timed
 *    in the page with performance.now, script work plus the forced style/layout it causes;
 *  - the built extension: the analysis time its content script reports (ms.total, with the message
 *    look-ups to the background), its longest main-thread task on a 2.5 MB page against the same
 *    page in a browser without the extension, dataset seeding in the service worker, the popup's
 *    first render of 200 entities, and the content script's size.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page as PwPage, type Worker } from 'playwright-core';
import { launchChromium } from '../e2e/harness/chromium';
import { CHROME_BUILD, CHROMIUM, CHROMIUM_FLAGS } from '../e2e/harness/paths';
import { servePages } from '../e2e/harness/server';
import { bigArticle, hasWcxb, nonArticlePages, realParagraphs, ROOT, seedPage, syntheticArticle, type Page } from './inputs';
import { MARK_OPTIONS } from './node';
import { medianOf, ratio, summarise, type Row, type Timing } from './stats';
import type { PageRun } from './page-entry';

export interface BrowserOptions {
  log: (msg: string) => void;
  rebuild: boolean;
}

/** The few extension APIs evaluated in the service worker (no @types/chrome in the project). */
declare const chrome: {
  storage: {
    session: { get(k: null | string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void>; remove(k: string[]): Promise<void> };
  };
};

const CONTENT_JS = path.join(CHROME_BUILD, 'content-scripts/content.js');
const MARK_JS = path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js');

/**
 * tsx compiles this file with esbuild's keepNames, so functions passed to evaluate() call a
 * `__name` helper that exists only in Node: give every page and the service worker a no-op one.
 */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';

/**
 * Main-thread blocking seen from the page: a 10 ms timer heartbeat in the main world, recording
 * every gap over 50 ms (start, length). The Long Tasks API was tried first and reports nothing for
 * work done in an extension's isolated world (on this Chromium it listed the parser's tasks but
 * not a multi-second content-script task), so the heartbeat is what both runs are measured with.
 * A gap is an upper bound on the longest task inside it (within ~10 ms, or several back-to-back
 * tasks that left no room for a timer).
 */
export const HEARTBEAT_SCRIPT = `(() => {
  const gaps = [];
  window.__bsGaps = gaps;
  let last = performance.now();
  const beat = () => {
    const t = performance.now();
    if (t - last - 10 > 50) gaps.push({ start: last, duration: t - last - 10 });
    last = t;
    setTimeout(beat, 10);
  };
  setTimeout(beat, 10);
})();`;

/**
 * The popup's first render: performance.now (from navigation start) when 200 entity rows exist (the
 * row's figure); and, for the note, when the first frame holding them has been produced (the next
 * animation frame, then a task after it), which is when a reader can see them.
 */
const POPUP_SCRIPT = `(() => {
  const check = () => {
    if (window.__bsRendered == null && document.querySelectorAll('li.item[data-entity]').length >= 200) {
      window.__bsRendered = performance.now();
      mo.disconnect();
      requestAnimationFrame(() => setTimeout(() => (window.__bsFramed = performance.now()), 0));
    }
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { subtree: true, childList: true });
})();`;

function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const f of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, f.name);
      if (f.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of ['lib', 'entrypoints', 'components']) walk(path.join(ROOT, d));
  return newest;
}

/** Build the extension when there is none, when asked, or when the sources are newer than the build. */
export function ensureBuild(opts: BrowserOptions): string {
  const stale = existsSync(CONTENT_JS) && statSync(CONTENT_JS).mtimeMs < newestSource();
  if (!opts.rebuild && existsSync(CONTENT_JS) && !stale) return 'existing build';
  opts.log(`building the extension (npx wxt build)${stale ? ': sources are newer than the build' : ''}`);
  try {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
    return 'fresh build';
  } catch (e) {
    if (!existsSync(CONTENT_JS)) throw e;
    opts.log(`build failed; measuring the existing build: ${(e as Error).message.split('\n')[0]}`);
    return 'existing build (rebuild failed)';
  }
}

async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [path.join(ROOT, 'tests/bench', entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    // The extension's own build target (wxt.config.ts): with a browser-version target esbuild
    // rewrites \p{…} regexes inside functions into a new RegExp on every call, so the page bundle
    // would not be the code the extension ships.
    target: 'es2022',
    minify: true,
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** Plain Chromium, no extension: the same flags as the e2e harness. */
export async function launchPlain(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: false,
    args: ['--headless=new', ...CHROMIUM_FLAGS],
  });
}

interface InPage {
  total: number;
  script: number;
  count: number;
}

async function timeInPage(
  page: PwPage,
  url: string,
  inject: () => Promise<void>,
  fn: () => Promise<InPage>,
  runs: number,
  warmup: number,
): Promise<{ total: Timing; script: Timing; count: number }> {
  const total: number[] = [];
  const script: number[] = [];
  let count = 0;
  for (let i = 0; i < warmup + runs; i++) {
    await page.goto(url, { waitUntil: 'load' }); // a fresh DOM each run: mark.js changes the page
    await inject();
    const r = await fn();
    count = r.count;
    if (i >= warmup) {
      total.push(r.total);
      script.push(r.script);
    }
  }
  return { total: summarise(total), script: summarise(script), count };
}

async function rivalRows(rows: Row[], pages: Page[], origin: string, opts: BrowserOptions): Promise<void> {
  const section = 'Chromium rival 1: mark.js vs Backstory detect+analyze+highlight (plain page, no extension)';
  const code = await bundle('page-entry.ts');
  const browser = await launchPlain();
  try {
    const page = await browser.newPage();
    await page.addInitScript({ content: NAME_SHIM });
    for (const p of pages) {
      const url = `${origin}/${encodeURIComponent(p.name)}`;
      const big = p.html.length > 200_000;
      const runs = big ? 5 : 21;
      opts.log(`chromium: Backstory vs mark.js on ${p.name}`);
      let names: string[] = [];
      let painted = false;
      const highlight: number[] = [];
      const ours = await timeInPage(
        page,
        url,
        async () => void (await page.addScriptTag({ content: code })),
        async () => {
          const r = (await page.evaluate('__bsBench()')) as PageRun;
          names = r.names;
          painted = r.painted;
          highlight.push(r.highlight);
          return { total: r.total, script: r.script, count: r.ranges };
        },
        runs,
        2,
      );
      rows.push({
        section,
        name: `${p.name}: Backstory full`,
        runs: ours.total.runs,
        median: ours.total.median,
        p95: ours.total.p95,
        figure: `${ours.count} ranges${painted ? ', CSS.highlights' : ', NOT painted'}`,
        note: `script only: median ${ours.script.median.toFixed(2)} ms; highlight step alone (Ranges + CSS.highlights): median ${medianOf(highlight.slice(2)).toFixed(2)} ms`,
      });
      // mark.js builds one regex from all names: on the 50,000-word page Chromium has rejected it
      // ("Invalid regular expression") now and then. A rival's failure is a row, as in the Node part.
      const theirs = await timeInPage(
        page,
        url,
        async () => void (await page.addScriptTag({ path: MARK_JS })),
        () =>
          page.evaluate(
            ([kw, o]) => {
              const M = (window as unknown as { Mark: new (c: Element) => { mark(k: string[], o: object): void } }).Mark;
              let count = 0;
              const t0 = performance.now();
              new M(document.body).mark(kw, { ...o, done: (n: number) => (count = n) });
              const script = performance.now() - t0;
              void document.documentElement.offsetHeight;
              return { total: performance.now() - t0, script, count };
            },
            [names, MARK_OPTIONS] as const,
          ),
        runs,
        2,
      ).catch((e: Error) => e);
      if (theirs instanceof Error) {
        rows.push({ section, name: `${p.name}: mark.js`, figure: `mark.js failed: ${theirs.message.slice(0, 50)}` });
        continue;
      }
      const r = theirs.total.median / ours.total.median;
      rows.push({
        section,
        name: `${p.name}: mark.js`,
        runs: theirs.total.runs,
        median: theirs.total.median,
        p95: theirs.total.p95,
        figure: `${theirs.count} marks, ${names.length} names; ratio ${ratio(theirs.total.median, ours.total.median)}`,
        ...(big ? { target: '≥ 10× Backstory', pass: r >= 10 } : {}),
        note: `script only: median ${theirs.script.median.toFixed(2)} ms (ratio ${ratio(theirs.script.median, ours.script.median)})`,
      });
    }
  } finally {
    await browser.close();
  }
}

/**
 * detectArticle on real non-article pages in Chromium (plain browser, bundled lib injected): the
 * production DOM, where attribute reads and tree walks cost far less than in happy-dom. The pages'
 * own scripts are removed (JSON-LD kept) and requests off this machine are refused.
 */
/** How long one page of the non-article row may take (load, inject, 7 timed runs). */
const PAGE_BUDGET = 20_000;

export async function detectRows(rows: Row[], opts: BrowserOptions): Promise<void> {
  if (!hasWcxb()) {
    opts.log('wcxb-dev: ../shared/pages absent — Chromium non-article row skipped');
    return;
  }
  const pages = nonArticlePages().filter((_, i) => i % 4 === 0); // every 4th: all kinds, bounded time
  const served: Record<string, string> = {};
  const noScripts = (html: string) => html.replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/gi, '');
  for (const p of pages) served[`/${p.name}`] = noScripts(p.html);
  const server = await servePages(served);
  const code = await bundle('detect-entry.ts');
  const browser = await launchPlain();
  try {
    const ctx = await browser.newContext({ bypassCSP: true });
    await ctx.route('**/*', (r) => (r.request().url().startsWith(server.origin) ? r.continue() : r.abort()));
    opts.log(`chromium: detectArticle on ${pages.length} non-article pages`);
    const samples: number[] = [];
    let said = 0;
    let page = await ctx.newPage();
    await page.addInitScript({ content: NAME_SHIM });
    // page.evaluate has no timeout of its own: one page that never settles would stall the whole
    // benchmark, so each page gets PAGE_BUDGET and a page that overruns is counted and replaced.
    const stuck: string[] = [];
    for (const [i, p] of pages.entries()) {
      if (i && i % 40 === 0) opts.log(`  … ${i}/${pages.length}`);
      const work = (async () => {
        await page.goto(`${server.origin}/${p.name}`, { waitUntil: 'load', timeout: 10_000 }).catch(() => undefined);
        await page.addScriptTag({ content: code });
        return page.evaluate(
          ([u, n]) => (globalThis as unknown as { __bsDetect: (u: string, n: number) => { samples: number[]; isArticle: boolean } }).__bsDetect(u, n),
          [p.url ?? '', 7] as const,
        );
      })();
      const r = await Promise.race([work.catch(() => null), new Promise<null>((res) => setTimeout(() => res(null), PAGE_BUDGET))]);
      if (!r) {
        stuck.push(p.name);
        await page.close().catch(() => undefined);
        page = await ctx.newPage();
        await page.addInitScript({ content: NAME_SHIM });
        continue;
      }
      samples.push(...r.samples);
      if (!r.isArticle) said++;
    }
    if (stuck.length) opts.log(`  ${stuck.length} page(s) did not settle within ${PAGE_BUDGET / 1000} s: ${stuck.join(', ')}`);
    const t = summarise(samples);
    rows.push({
      section: 'Chromium: non-article decision (wcxb-dev, plain page)',
      name: `detectArticle on ${pages.length} non-articles`,
      runs: `${pages.length}×7`,
      median: t.median,
      p95: t.p95,
      figure: `${((said / (pages.length - stuck.length)) * 100).toFixed(0)}% said "not an article"${stuck.length ? ` (${stuck.length} pages that did not settle left out)` : ''}`,
      target: '≤ 1 ms median',
      pass: t.median <= 1,
      note: 'every 4th wcxb-dev non-article page; page scripts removed, JSON-LD kept',
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

export interface LongTask {
  start: number;
  duration: number;
}

export async function pageTimes(page: PwPage): Promise<{ dcl: number; load: number; long: LongTask[] | null }> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { dcl: nav?.domContentLoadedEventEnd ?? NaN, load: nav?.loadEventEnd ?? NaN, long: (window as unknown as { __bsGaps: LongTask[] | null }).__bsGaps };
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll the background's session storage until the content script's report for `url`'s host arrives. */
export async function waitForReport(
  sw: Worker,
  url: string,
  timeout = 60_000,
): Promise<{ ms: Record<string, number>; entities: number; highlights: number; tab: number } | null> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const got = await sw.evaluate(async (u) => {
      const all = await chrome.storage.session.get(null);
      for (const [k, v] of Object.entries(all)) {
        const s = v as { url?: string; ms?: Record<string, number>; entities?: unknown[]; highlights?: number };
        // Summaries carry the page's host only (never the address): reports are cleared before each
        // navigation, so a report for this host is this navigation's.
        if (k.startsWith('analysis:') && (s as { host?: string }).host === new URL(u).hostname && s.ms)
          return { ms: s.ms, entities: s.entities?.length ?? 0, highlights: s.highlights ?? 0, tab: Number(k.slice('analysis:'.length)) };
      }
      return null;
    }, url);
    if (got) return got;
    await sleep(50);
  }
  return null;
}

export async function clearReports(sw: Worker): Promise<void> {
  await sw.evaluate(async () => {
    const all = await chrome.storage.session.get(null);
    await chrome.storage.session.remove(Object.keys(all).filter((k) => k.startsWith('analysis:')));
  });
}

/** In the service worker: poll the background's own database until its first seed is complete. */
async function backgroundSeed(sw: Worker): Promise<{ at: number; already: boolean } | null> {
  return sw.evaluate(async () => {
    const read = () =>
      new Promise<boolean>((resolve) => {
        const req = indexedDB.open('backstory');
        req.onerror = () => resolve(false);
        req.onsuccess = () => {
          const db = req.result;
          try {
            const get = db.transaction('meta', 'readonly').objectStore('meta').get('seed');
            get.onsuccess = () => {
              db.close();
              resolve(!!(get.result as { complete?: boolean } | undefined)?.complete);
            };
            get.onerror = () => (db.close(), resolve(false));
          } catch {
            db.close();
            resolve(false);
          }
        };
      });
    for (let i = 0; i < 1500; i++) {
      if (await read()) return { at: performance.now(), already: i === 0 };
      await new Promise((r) => setTimeout(r, 20));
    }
    return null;
  });
}

function fakeSummary(n: number) {
  const types = ['person', 'country', 'organization', 'outlet', 'place'] as const;
  const entities = Array.from({ length: n }, (_, i) => ({
    id: `bench:${i}`,
    name: `Bench Entity ${i}`,
    type: types[i % types.length],
    fromDataset: i % 7 !== 0,
    mentions: [{ start: i * 20, end: i * 20 + 12 }],
    card: { title: `Bench Entity ${i}`, lines: [`Role ${i} of Somewhere since 2020`, 'Another fact'], sources: [{ name: 'Bench source', asOf: '2026-01-01' }] },
  }));
  return {
    isArticle: true,
    articleScore: 1,
    reasons: [],
    title: 'Popup benchmark',
    url: 'https://news.example/popup-bench',
    publisher: { name: 'Bench Gazette', entityId: null },
    entities,
    quotes: [],
    claims: [],
    ms: { total: 1 },
    highlights: n,
  };
}

interface PopupHost {
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
}

/** One popup opened as a page for `tab`: performance.now (from its navigation start) when 200 rows exist. */
async function popupOnce(host: PopupHost, tab: number): Promise<{ at: number; marks: Record<string, number> }> {
  const p = await host.context.newPage();
  try {
    await p.addInitScript({ content: POPUP_SCRIPT });
    await p.goto(`chrome-extension://${host.extensionId}/popup.html?tab=${tab}`);
    // Polled with plain evaluate: waitForFunction compiles its predicate in the page, which the
    // extension page's CSP refuses.
    let at: number | null = null;
    for (let k = 0; k < 400 && at == null; k++) {
      at = (await p.evaluate('window.__bsRendered ?? null')) as number | null;
      if (at == null) await sleep(20);
    }
    if (at == null) throw new Error('the popup did not render 200 entities in 8 s');
    let framed: number | null = null;
    for (let k = 0; k < 100 && framed == null; k++) {
      framed = (await p.evaluate('window.__bsFramed ?? null')) as number | null;
      if (framed == null) await sleep(20);
    }
    // The popup's own performance marks (none in a normal build), and the navigation's milestones.
    const marks = (await p.evaluate(`(() => {
      const o = {};
      for (const m of performance.getEntriesByType('mark')) o[m.name] = m.startTime;
      const n = performance.getEntriesByType('navigation')[0];
      if (n) { o.responseEnd = n.responseEnd; o.domInteractive = n.domInteractive; o.dcl = n.domContentLoadedEventStart; }
      if (window.__bsFramed != null) o.framed = window.__bsFramed;
      for (const r of performance.getEntriesByType('resource')) o[r.name.split('/').pop() + ':end'] = r.responseEnd;
      return o;
    })()`)) as Record<string, number>;
    return { at, marks };
  } finally {
    await p.close();
  }
}

/** Store a 200-entity summary for `tab` and open the popup `runs + warmup` times; the warm-up runs are dropped. */
async function popupRuns(host: PopupHost, tab: number, runs: number, warmup: number): Promise<{ at: number[]; framed: number[] }> {
  await host.sw.evaluate(async ([id, s]) => void (await chrome.storage.session.set({ [`analysis:${id}`]: s })), [tab, fakeSummary(200)] as const);
  const out = { at: [] as number[], framed: [] as number[] };
  for (let i = 0; i < runs + warmup; i++) {
    const { at, marks } = await popupOnce(host, tab);
    if (i < warmup) continue;
    out.at.push(at);
    if (marks.framed != null) out.framed.push(marks.framed);
  }
  return out;
}

function popupRow(section: string, pr: Timing, note?: string): Row {
  return {
    section,
    name: 'popup first render, 200 entities',
    runs: pr.runs,
    median: pr.median,
    p95: pr.p95,
    figure: 'navigation start → 200 rows',
    target: '≤ 100 ms',
    pass: pr.median <= 100,
    note,
  };
}

/**
 * `--only popup`: the popup row alone, on the existing build (or `--ext DIR`), in a tab that no
 * content script reports on (about:blank). With `--vs DIR[,DIR…]` other builds are launched beside it
 * and opened in turn (A, B, A, B …) so both see the same machine load; `--marks` prints each
 * run's performance marks (a throw-away build with performance.mark calls shows where the time goes).
 */
export async function popupOnly(
  rows: Row[],
  opts: { log: (m: string) => void; runs: number; extDir?: string; vsDir?: string; marks?: boolean },
): Promise<void> {
  const builds = [opts.extDir ?? CHROME_BUILD, ...(opts.vsDir ? opts.vsDir.split(',') : [])];
  const server = await servePages({ '/': '<!doctype html><title>anchor</title>' });
  const hosts: (PopupHost & { dir: string; tab: number; close: () => Promise<void>; samples: number[]; framed: number[] })[] = [];
  try {
    for (const dir of builds) {
      const ext = await launchChromium({ localOrigin: server.origin, extensionDir: dir });
      const sw = ext.context.serviceWorkers()[0]!;
      await ext.context.addInitScript({ content: NAME_SHIM });
      await sw.evaluate(NAME_SHIM);
      // A page that is no article: its content script reports once (the report names the tab), and
      // the fake summary is stored after that, so nothing overwrites it.
      await ext.raw.goto(`${server.origin}/`, { waitUntil: 'load' });
      let tab: number | null = null;
      for (let k = 0; k < 200 && tab == null; k++) {
        tab = (await sw.evaluate(async () => (await chrome.storage.session.get('lastTab')).lastTab ?? null)) as number | null;
        if (tab == null) await sleep(50);
      }
      if (tab == null) throw new Error(`no anchor tab for ${dir}`);
      const host = { context: ext.context, sw, extensionId: ext.extensionId, dir, tab, close: ext.close, samples: [] as number[], framed: [] as number[] };
      // Warm up: the worker's seed settles and the popup's files are in the cache.
      await popupRuns(host, tab, 0, 3);
      hosts.push(host);
    }
    for (let i = 0; i < opts.runs; i++) {
      for (const h of hosts) {
        const { at, marks } = await popupOnce(h, h.tab);
        h.samples.push(at);
        if (marks.framed != null) h.framed.push(marks.framed);
        if (opts.marks)
          opts.log(
            `${path.basename(h.dir)} ${at.toFixed(1)} ms ${JSON.stringify(Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, Math.round(v * 10) / 10])))}`,
          );
      }
    }
    for (const h of hosts) {
      const pr = summarise(h.samples);
      const min = Math.min(...h.samples);
      const framed = h.framed.length ? `; first frame holding the rows: median ${medianOf(h.framed).toFixed(1)} ms` : '';
      rows.push(popupRow(`Chromium: ${h.dir}`, pr, `min ${min.toFixed(1)} ms${framed}${hosts.length > 1 ? ', interleaved with the other build' : ''}`));
    }
  } finally {
    for (const h of hosts) await h.close().catch(() => undefined);
    await server.close();
  }
}

async function extensionRows(rows: Row[], pages: { seed: Page | null; w50k: Page; big: Page }, opts: BrowserOptions, buildNote: string): Promise<void> {
  const section = 'Chromium: the built extension';
  const served: Record<string, string> = {};
  const list = [pages.seed, pages.w50k, pages.big].filter((p): p is Page => !!p);
  for (const p of list) served[`/${encodeURIComponent(p.name)}`] = p.html;
  const server = await servePages(served);
  const urlOf = (p: Page) => `${server.origin}/${encodeURIComponent(p.name)}`;

  // --- content script size
  const js = readFileSync(CONTENT_JS);
  const gz = gzipSync(js, { level: 9 }).length;
  rows.push({
    section,
    name: 'content script size (content.js)',
    figure: `${(js.length / 1024).toFixed(1)} KB min, ${(gz / 1024).toFixed(1)} KB gz`,
    target: '≤ 60 KB gzipped',
    pass: gz <= 60 * 1024,
    note: buildNote,
  });

  let ext: Awaited<ReturnType<typeof launchChromium>> | null = null;
  let plain: Browser | null = null;
  try {
    ext = await launchChromium({ localOrigin: server.origin });
    const ctx: BrowserContext = ext.context;
    const sw = ctx.serviceWorkers()[0]!;
    await ctx.addInitScript({ content: NAME_SHIM });
    await sw.evaluate(NAME_SHIM);

    // --- the background's first seed after install (this profile is fresh)
    opts.log('chromium: waiting for the background to seed its database');
    const first = await backgroundSeed(sw);
    rows.push({
      section,
      name: 'background first seed (install → complete)',
      figure: first ? `${first.already ? '≤ ' : ''}${first.at.toFixed(0)} ms after worker start` : 'not complete in 30 s',
      note: 'service-worker clock, polled every 20 ms; includes worker start-up and the dataset module',
    });

    // --- seeding, timed with the background's own code in the service worker
    opts.log('chromium: timing seedDatabase in the service worker');
    await sw.evaluate(await bundle('seed-entry.ts'));
    const seedRuns: number[] = [];
    let written = 0;
    let entities = 0;
    for (let i = 0; i < 3; i++) {
      const r = await sw.evaluate(() =>
        (globalThis as unknown as { __bsSeed: (n: string) => Promise<{ ms: number; written: number; entities: number }> }).__bsSeed('backstory-bench'),
      );
      seedRuns.push(r.ms);
      written = r.written;
      entities = r.entities;
    }
    const seed = summarise(seedRuns);
    rows.push({
      section,
      name: 'seedDatabase into IndexedDB (service worker)',
      runs: seed.runs,
      median: seed.median,
      p95: seed.p95,
      figure: `${entities.toLocaleString('en-US')} entities in ${written} records`,
      target: '≤ 1 s',
      pass: seed.median <= 1000,
    });

    // --- the content script's own analysis time, as it reports it
    await ctx.addInitScript({ content: HEARTBEAT_SCRIPT });
    const page = ext.raw;
    for (const p of [pages.seed, pages.w50k].filter((x): x is Page => !!x)) {
      opts.log(`chromium: content script on ${p.name}`);
      const samples: Record<string, number>[] = [];
      let ents = 0;
      let hl = 0;
      const runs = p === pages.seed ? 9 : 5;
      for (let i = 0; i < runs + 1; i++) {
        await clearReports(sw);
        await page.goto(urlOf(p), { waitUntil: 'load' });
        const rep = await waitForReport(sw, urlOf(p));
        if (!rep) throw new Error(`no analysis reported for ${p.name}`);
        if (i > 0) samples.push(rep.ms);
        ents = rep.entities;
        hl = rep.highlights;
      }
      const t = summarise(samples.map((s) => s.total ?? NaN));
      const stages = ['detect', 'extract', 'entities', 'quotes', 'claims']
        .map((k) => `${k} ${medianOf(samples.map((s) => s[k] ?? NaN)).toFixed(1)}`)
        .join(', ');
      rows.push({
        section,
        name: `${p.name}: content script analysis (ms.total)`,
        runs: t.runs,
        median: t.median,
        p95: t.p95,
        figure: `${ents} ent, ${hl} highlights`,
        note: `as reported; look-ups by message to the background's IndexedDB; painting not included. stages: ${stages}`,
      });
    }

    // --- what a reader feels on the seed page: DOMContentLoaded to highlights painted, and a hover to its card
    if (pages.seed) {
      opts.log('chromium: DOMContentLoaded → painted, and hover → card, on the seed page');
      const { feltRows, playwrightPage } = await import('./felt');
      await feltRows(rows, playwrightPage(ext.raw), urlOf(pages.seed), section);
    }

    // --- longest main-thread task on the 2.5 MB page: its own module (3 runs, traced), also
    // runnable alone with --only longtask.
    const { runLongTask } = await import('./longtask');
    await runLongTask(rows, { ...opts, runs: 3, trace: true });

    // --- memory: the page's JS heap (its isolate holds the content script's world too) with and
    // without the extension on the seed page, after a forced GC; and the background worker's heap.
    if (pages.seed) {
      opts.log('chromium: memory on the seed page, with and without the extension');
      const heapOf = async (pg: PwPage) => {
        const cdp = await pg.context().newCDPSession(pg);
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
        await cdp.detach();
        return usedSize;
      };
      await clearReports(sw);
      await page.goto(urlOf(pages.seed), { waitUntil: 'load' });
      await waitForReport(sw, urlOf(pages.seed));
      await sleep(300);
      const withHeap = await heapOf(page);
      plain = await launchPlain();
      const pp = await (await plain.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      await pp.goto(urlOf(pages.seed), { waitUntil: 'load' });
      await sleep(300);
      const withoutHeap = await heapOf(pp);
      const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
      rows.push({
        section,
        name: 'memory: seed page JS heap, with extension',
        figure: `${mb(withHeap)} MB vs ${mb(withoutHeap)} MB without (+${mb(withHeap - withoutHeap)} MB)`,
        note: 'CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage; the isolate holds the content script world; mark.js/compromise are not loaded here',
      });
      const swHeap = (await sw.evaluate('globalThis.performance && performance.memory ? performance.memory.usedJSHeapSize : null')) as number | null;
      rows.push({
        section,
        name: 'memory: background service worker JS heap',
        figure: swHeap ? `${mb(swHeap)} MB (bundled dataset in memory + look-up cache)` : 'not exposed by this Chromium',
        note: 'performance.memory in the worker (coarse unless --enable-precise-memory-info)',
      });
    }

    // --- popup first render with 200 entities
    opts.log('chromium: popup first render with 200 entities');
    // A tab of ours whose content script has already reported, so nothing overwrites the summary.
    const anchor = pages.seed ?? pages.w50k;
    await clearReports(sw);
    await page.goto(urlOf(anchor), { waitUntil: 'load' });
    const tab = (await waitForReport(sw, urlOf(anchor)))?.tab;
    if (tab == null) throw new Error('no tab for the popup benchmark');
    const runs = await popupRuns({ context: ctx, sw, extensionId: ext.extensionId }, tab, 7, 2);
    rows.push(
      popupRow(section, summarise(runs.at), runs.framed.length ? `first frame holding the rows: median ${medianOf(runs.framed).toFixed(1)} ms` : undefined),
    );
  } finally {
    await plain?.close().catch(() => undefined);
    await ext?.close().catch(() => undefined);
    await server.close();
  }
}

/** Rows are pushed into `rows` as they are measured, so a failure late in the run keeps the earlier ones. */
export async function runBrowser(rows: Row[], opts: BrowserOptions): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    opts.log(`Chromium part skipped: ${CHROMIUM} not found`);
    return;
  }
  const buildNote = ensureBuild(opts);
  const paragraphs = realParagraphs();
  const seed = await seedPage();
  const w50k = syntheticArticle(50_000, paragraphs);
  const big = bigArticle(2.5 * 1024 * 1024, paragraphs);
  const rivalPages = [seed, w50k].filter((p): p is Page => !!p);
  const served: Record<string, string> = {};
  for (const p of rivalPages) served[`/${encodeURIComponent(p.name)}`] = p.html;
  const server = await servePages(served);
  try {
    await rivalRows(rows, rivalPages, server.origin, opts);
  } finally {
    await server.close();
  }
  await detectRows(rows, opts);
  await extensionRows(rows, { seed, w50k, big }, opts, buildNote);
}
