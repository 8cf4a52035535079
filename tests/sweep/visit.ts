import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium } from '../e2e/harness/chromium';
import { launchFirefox } from '../e2e/harness/firefox';
import { READ_HIGHLIGHTS } from '../e2e/harness/page-probe';
import { FIREFOX_UUID } from '../e2e/harness/paths';
import type { Corpus, SweepPage } from './pages';
import { serveSweep, type SweepServer } from './server';

/**
 * Visiting real pages with the built extension, one tab reused for every page. Shared by
 * `npm run sweep` (all pages) and tests/e2e/sweep.test.ts (a fixed sample), so both measure the
 * same way.
 */

export type SweepBrowser = 'chromium' | 'firefox';

export interface PageResult {
  corpus: Corpus;
  id: string;
  url: string;
  /** The content script's report reached the background (Chromium only; null where unknown). */
  reported: boolean | null;
  isArticle: boolean | null;
  highlights: number;
  /** The analysis's own `ms.total` (Chromium), or time from load to highlights settling (Firefox). */
  ms: number | null;
  /** Uncaught errors and console errors attributed to the extension. */
  errors: string[];
  /** DOM mutations after DOMContentLoaded other than Backstory's card host. */
  mutations: unknown[];
  /** Network requests made by the extension (anything but the local server and its own files). */
  requests: string[];
  /** The page could not be loaded or read (not the extension's fault, but counted). */
  failure: string | null;
}

export interface Visitor {
  browser: SweepBrowser;
  visit(p: SweepPage): Promise<PageResult>;
  close(): Promise<void>;
}

const FOREIGN_MUTATIONS = `(() => {
  const p = window.__bsProbe;
  if (!p) return null;
  return p.mutations.filter((m) => m.target !== 'backstory-card' && !(m.added.length === 1 && m.added[0] === 'backstory-card' && m.removed.length === 0));
})()`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const countHighlights = (h: Record<string, string[]>) => Object.values(h).reduce((n, l) => n + l.length, 0);

export interface VisitOptions {
  /** How long to wait for the content script's report (Chromium) or for highlights to settle (Firefox). */
  reportTimeout?: number;
  loadTimeout?: number;
  /** A copy of the Chromium build to load (a long sweep need not hold .output/ the whole time). */
  extensionDir?: string;
}

export async function openVisitor(browser: SweepBrowser, pages: SweepPage[], opts: VisitOptions = {}): Promise<Visitor> {
  const server = await serveSweep(pages);
  try {
    return browser === 'chromium' ? await chromiumVisitor(server, opts) : await firefoxVisitor(server, opts);
  } catch (e) {
    await server.close();
    throw e;
  }
}

// The extension's own origin is no network: a chrome-extension:// or moz-extension:// URL reads the
// installed package (the background reads its dataset.json there), and no server is asked.
const isLocal = (u: string, origin: string) => u.startsWith(origin) || /^(data|blob|about|chrome-extension|moz-extension|chrome|devtools):/.test(u);
/** Mentions Backstory's own origin (pages do link other extensions' files, e.g. a saved page's fonts). */
const mentions = (origin: string) => (s: string | undefined) => !!s && s.includes(origin);

/** Installed in the service worker's global scope: records its errors and any non-extension fetch. */
const SW_HOOKS = () => {
  const g = self as unknown as { __sweep?: { errors: string[]; requests: string[] } };
  if (g.__sweep) return;
  const s = (g.__sweep = { errors: [] as string[], requests: [] as string[] });
  self.addEventListener('error', (e) => s.errors.push(`service worker: ${(e as ErrorEvent).message}`));
  self.addEventListener('unhandledrejection', (e) => {
    const r = (e as PromiseRejectionEvent).reason as { stack?: string } | undefined;
    s.errors.push(`service worker, unhandled rejection: ${r?.stack ?? String(r)}`);
  });
  const error = console.error.bind(console);
  console.error = (...a: unknown[]) => {
    s.errors.push(`service worker console.error: ${a.map((x) => (x as { stack?: string })?.stack ?? String(x)).join(' ')}`);
    error(...a);
  };
  const f = self.fetch.bind(self);
  self.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const u = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!u.startsWith(location.origin)) s.requests.push(u);
    return f(input, init);
  };
};

async function chromiumVisitor(server: SweepServer, opts: VisitOptions): Promise<Visitor> {
  const driver = await launchChromium({ localOrigin: server.origin, extensionDir: opts.extensionDir });
  const ours = mentions(`chrome-extension://${driver.extensionId}`);
  const context: BrowserContext = driver.context;
  const page: Page = driver.raw;
  const reportTimeout = opts.reportTimeout ?? 6000;
  const loadTimeout = opts.loadTimeout ?? 15_000;

  let sw: Worker | null = null;
  const worker = async (): Promise<Worker> => {
    if (sw && context.serviceWorkers().includes(sw)) return sw;
    sw = context.serviceWorkers().find((w) => w.url().includes(driver.extensionId)) ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
    await sw.evaluate(SW_HOOKS);
    return sw;
  };
  await worker();

  // One CDP session on the tab: exceptions and console errors from every world, including the
  // content script's isolated world, and every request with its initiator.
  const cdp: CDPSession = await context.newCDPSession(page);
  const extContexts = new Set<number>();
  let errors: string[] = [];
  let requests: string[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => {
    if (ours(e.context.origin)) extContexts.add(e.context.id);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const stack = (d.stackTrace?.callFrames ?? []).map((f) => f.url).join(' ');
    if (extContexts.has(d.executionContextId ?? -1) || ours(d.url) || ours(stack)) {
      errors.push(`${d.exception?.description ?? d.text}`.slice(0, 500));
    }
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (
      (e.type === 'error' || e.type === 'assert') &&
      (extContexts.has(e.executionContextId) || ours((e.stackTrace?.callFrames ?? []).map((f) => f.url).join(' ')))
    ) {
      errors.push(`console.${e.type}: ${e.args.map((a) => a.description ?? String(a.value)).join(' ')}`.slice(0, 500));
    }
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error' && (ours(entry.url) || ours(entry.text))) errors.push(`log: ${entry.text}`.slice(0, 500));
  });
  // A foreign request is the extension's when its initiator's stack runs through Backstory's
  // files. Any other foreign request should have been blocked by the sweep's CSP; one that was not
  // (it got a response or failed for another reason) is listed too, since nothing else explains it.
  const pending = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (isLocal(e.request.url, server.origin)) return;
    const init = e.initiator;
    if (ours(init.url) || ours(JSON.stringify(init.stack ?? {}))) requests.push(e.request.url);
    else pending.set(e.requestId, `${e.request.url} (not blocked by the CSP; initiator: ${init.type})`);
  });
  cdp.on('Network.loadingFailed', (e) => {
    const u = pending.get(e.requestId);
    pending.delete(e.requestId);
    if (u && !e.blockedReason && !/ERR_BLOCKED_BY_CLIENT|ERR_ABORTED/.test(e.errorText)) requests.push(`${u}: ${e.errorText}`);
  });
  cdp.on('Network.responseReceived', (e) => {
    const u = pending.get(e.requestId);
    pending.delete(e.requestId);
    if (u) requests.push(u);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  await cdp.send('Network.enable');

  // The summaries carry no address (only a host name, and only for painted pages): the sweep uses
  // one tab, clears every stored summary before each visit and takes the one that appears after it.
  const clearReports = async () => {
    const w = await worker();
    await w.evaluate(async () => {
      const ext = (
        globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>>; remove(k: string[]): Promise<void> } } } }
      ).chrome;
      const all = await ext.storage.session.get(null);
      await ext.storage.session.remove(Object.keys(all).filter((k) => k.startsWith('analysis:')));
    });
  };
  const report = async () => {
    const w = await worker();
    return w.evaluate(async () => {
      const ext = (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
      const all = await ext.storage.session.get(null);
      for (const [k, v] of Object.entries(all) as [string, { isArticle: boolean; highlights: number; ms: { total: number } }][]) {
        if (k.startsWith('analysis:') && v && typeof v === 'object') return { isArticle: v.isArticle, highlights: v.highlights, ms: v.ms.total };
      }
      return null;
    });
  };
  const drainWorker = async () => {
    const w = await worker();
    return w.evaluate(() => {
      const s = (self as unknown as { __sweep: { errors: string[]; requests: string[] } }).__sweep;
      return { errors: s.errors.splice(0), requests: s.requests.splice(0) };
    });
  };
  // Requests Playwright attributes to the extension's service worker.
  const workerRequests: string[] = [];
  context.on('request', (r) => {
    if (r.serviceWorker() && !isLocal(r.url(), server.origin)) workerRequests.push(r.url());
  });

  return {
    browser: 'chromium',
    async visit(p) {
      const url = server.urlOf(p);
      errors = [];
      requests = [];
      pending.clear();
      const result: PageResult = {
        corpus: p.corpus,
        id: p.id,
        url,
        reported: false,
        isArticle: null,
        highlights: 0,
        ms: null,
        errors,
        mutations: [],
        requests,
        failure: null,
      };
      await clearReports().catch(() => undefined);
      try {
        await page.goto(url, { waitUntil: 'load', timeout: loadTimeout });
      } catch (e) {
        // A page that never fires load (a stalled subresource) is still analysed at document_idle.
        if (!page.url().startsWith(url.split('#')[0]!)) result.failure = `load: ${String(e).split('\n')[0]}`;
      }
      const end = Date.now() + reportTimeout;
      let r: Awaited<ReturnType<typeof report>> = null;
      while (!result.failure && Date.now() < end) {
        r = await report().catch(() => null);
        if (r) break;
        await sleep(50);
      }
      if (r) Object.assign(result, { reported: true, isArticle: r.isArticle, ms: r.ms });
      try {
        result.highlights = countHighlights(await page.evaluate(READ_HIGHLIGHTS));
        const m = (await page.evaluate(FOREIGN_MUTATIONS)) as unknown[] | null;
        if (m) result.mutations = m;
        else result.failure ??= 'the mutation probe is missing';
      } catch (e) {
        result.failure ??= `read: ${String(e).split('\n')[0]}`;
      }
      const w = await drainWorker().catch(() => ({ errors: [], requests: [] }));
      errors.push(...w.errors);
      requests.push(...w.requests);
      requests.push(...workerRequests.splice(0));
      return result;
    },
    async close() {
      await cdp.detach().catch(() => undefined);
      await driver.close();
      await server.close();
    },
  };
}

async function firefoxVisitor(server: SweepServer, opts: VisitOptions): Promise<Visitor> {
  const driver = await launchFirefox({ localOrigin: server.origin });
  const ours = mentions(`moz-extension://${FIREFOX_UUID}`);
  const page: PuppeteerPage = (await driver.browser.pages())[0]!;
  const settleTimeout = opts.reportTimeout ?? 2500;
  const loadTimeout = opts.loadTimeout ?? 15_000;
  let errors: string[] = [];
  let requests: string[] = [];
  // Content-script errors reach BiDi only when they surface in the page's realm; catch what does.
  page.on('pageerror', (e) => {
    const s = `${(e as Error).message ?? ''} ${(e as Error).stack ?? ''}`;
    if (ours(s)) errors.push(s.slice(0, 500));
  });
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const where = `${m.text()} ${m.location()?.url ?? ''} ${m
      .stackTrace()
      .map((f) => f.url)
      .join(' ')}`;
    if (ours(where)) errors.push(`console.error: ${m.text()}`.slice(0, 500));
  });
  // Firefox does not even report the loads the sweep's CSP blocks, except the navigations of the
  // page's own iframes (video and social embeds), which start before the CSP stops them. Those
  // come from the page's markup: an iframe added by the extension would show as a DOM change.
  // Every other foreign request got past the CSP, which the page cannot do, so it is listed.
  page.on('request', (r) => {
    const u = r.url();
    if (isLocal(u, server.origin)) return;
    if (r.isNavigationRequest() && r.frame() !== page.mainFrame()) return;
    requests.push(u);
  });

  return {
    browser: 'firefox',
    async visit(p) {
      const url = server.urlOf(p);
      errors = [];
      requests = [];
      const result: PageResult = {
        corpus: p.corpus,
        id: p.id,
        url,
        reported: null,
        isArticle: null,
        highlights: 0,
        ms: null,
        errors,
        mutations: [],
        requests,
        failure: null,
      };
      const t0 = Date.now();
      try {
        await page.goto(url, { waitUntil: 'load', timeout: loadTimeout });
      } catch (e) {
        if (!page.url().startsWith(url)) result.failure = `load: ${String(e).split('\n')[0]}`;
      }
      const loaded = Date.now();
      // No report channel to read here: wait for highlights to appear and hold still.
      let last = -1;
      let stableSince = Date.now();
      const end = loaded + settleTimeout;
      while (!result.failure && Date.now() < end) {
        const n = countHighlights(((await page.evaluate(READ_HIGHLIGHTS).catch(() => ({}))) ?? {}) as Record<string, string[]>);
        if (n !== last) {
          last = n;
          stableSince = Date.now();
        } else if (n > 0 && Date.now() - stableSince >= 300) break;
        await sleep(100);
      }
      try {
        result.highlights = countHighlights((await page.evaluate(READ_HIGHLIGHTS)) as Record<string, string[]>);
        const m = (await page.evaluate(FOREIGN_MUTATIONS)) as unknown[] | null;
        if (m) result.mutations = m;
        else result.failure ??= 'the mutation probe is missing';
      } catch (e) {
        result.failure ??= `read: ${String(e).split('\n')[0]}`;
      }
      if (result.highlights > 0) result.ms = stableSince - t0;
      return result;
    },
    async close() {
      await driver.close();
      await server.close();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Totals and the table
// ---------------------------------------------------------------------------------------------

export interface Totals {
  pages: number;
  reported: number;
  articles: number;
  withHighlights: number;
  highlights: number;
  medianMs: number | null;
  p95Ms: number | null;
  maxMs: number | null;
  errors: number;
  mutations: number;
  requests: number;
  failures: number;
}

function quantile(xs: number[], q: number): number | null {
  if (!xs.length) return null;
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

export function totals(rs: PageResult[]): Totals {
  const ms = rs.map((r) => r.ms).filter((m): m is number => m != null);
  return {
    pages: rs.length,
    reported: rs.filter((r) => r.reported).length,
    articles: rs.filter((r) => r.isArticle).length,
    withHighlights: rs.filter((r) => r.highlights > 0).length,
    highlights: rs.reduce((n, r) => n + r.highlights, 0),
    medianMs: quantile(ms, 0.5),
    p95Ms: quantile(ms, 0.95),
    maxMs: ms.length ? Math.max(...ms) : null,
    errors: rs.reduce((n, r) => n + r.errors.length, 0),
    mutations: rs.reduce((n, r) => n + r.mutations.length, 0),
    requests: rs.reduce((n, r) => n + r.requests.length, 0),
    failures: rs.filter((r) => r.failure).length,
  };
}

export function formatTable(rs: PageResult[], browser: SweepBrowser): string {
  const rows: [string, Totals][] = [];
  for (const c of ['readability', 'wcxb', 'scrapinghub'] as Corpus[]) {
    const sub = rs.filter((r) => r.corpus === c);
    if (sub.length) rows.push([c, totals(sub)]);
  }
  rows.push(['TOTAL', totals(rs)]);
  const f = (x: number | null) => (x == null ? '-' : Math.round(x).toString());
  const head = [
    'corpus',
    'pages',
    browser === 'chromium' ? 'reported' : 'reported(n/a)',
    'articles',
    'w/ hl',
    'highlights',
    'median ms',
    'p95 ms',
    'max ms',
    'ext errors',
    'DOM changes',
    'ext requests',
    'load failures',
  ];
  const body = rows.map(([name, t]) =>
    [
      name,
      t.pages,
      t.reported,
      browser === 'chromium' ? t.articles : '-',
      t.withHighlights,
      t.highlights,
      f(t.medianMs),
      f(t.p95Ms),
      f(t.maxMs),
      t.errors,
      t.mutations,
      t.requests,
      t.failures,
    ].map(String),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
  const bad = rs.filter((r) => r.errors.length || r.mutations.length || r.requests.length || r.failure || (browser === 'chromium' && !r.reported));
  if (bad.length) {
    out.push('', 'Pages with findings:');
    for (const r of bad) {
      const what = [
        r.failure && `failure: ${r.failure}`,
        browser === 'chromium' && !r.reported && !r.failure && 'no analysis reported',
        ...r.errors.slice(0, 3).map((e) => `error: ${e.split('\n')[0]}`),
        r.mutations.length && `${r.mutations.length} DOM changes, first: ${JSON.stringify(r.mutations[0])}`,
        ...r.requests.slice(0, 3).map((u) => `request: ${u}`),
      ].filter(Boolean);
      out.push(`  ${r.corpus}/${r.id}: ${what.join('; ')}`);
    }
  }
  return out.join('\n');
}
