/**
 * Two figures a reader feels, measured in the page's own clock on the seed page with the real
 * extension: from DOMContentLoaded to the first highlights painted, and from a pointer move onto a
 * name to its card on screen (the card waits OPEN_DELAY on purpose, so a passing pointer opens
 * nothing; that dwell is part of the figure).
 */
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { OPEN_DELAY } from '../../lib/highlight/timing';
import { READ_HIGHLIGHTS, locateHighlight } from '../e2e/harness/page-probe';
import { sleep } from './browser';
import { summarise, type Row } from './stats';

/** In the page's main world from the first script: the time the entity highlights first exist at a frame. */
const PAINT_WATCH = `(() => {
  const look = () => {
    if (window.CSS && CSS.highlights && CSS.highlights.has('backstory-entity')) window.__bsPaintedAt = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})()`;

/** In the page's main world: when the pointer moved, and when the card's host became visible. */
const HOVER_WATCH = `(() => {
  const w = (window.__bsHover = { moved: null, shown: null });
  if (window.__bsHoverWired) return;
  window.__bsHoverWired = true;
  document.addEventListener('mousemove', (e) => { const h = window.__bsHover; if (h.moved == null) h.moved = e.timeStamp; }, true);
  new MutationObserver(() => {
    const h = window.__bsHover;
    const host = document.querySelector('backstory-card');
    if (h.moved != null && h.shown == null && host && host.style.display === 'block') h.shown = performance.now();
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'] });
})()`;

/** What the measurement needs of a tab, in either browser. */
export interface FeltPage {
  /** Run a script in the page's main world before its own scripts, on every navigation. */
  addInit(script: string): Promise<void>;
  goto(url: string): Promise<void>;
  evaluate(expression: string): Promise<unknown>;
  move(x: number, y: number): Promise<void>;
}

export const playwrightPage = (page: PwPage): FeltPage => ({
  addInit: async (script) => void (await page.context().addInitScript({ content: script })),
  goto: async (url) => void (await page.goto(url, { waitUntil: 'domcontentloaded' })),
  evaluate: (e) => page.evaluate(e),
  move: (x, y) => page.mouse.move(x, y),
});

export const puppeteerPage = (page: PpPage): FeltPage => ({
  addInit: async (script) => void (await page.evaluateOnNewDocument(script)),
  goto: async (url) => void (await page.goto(url, { waitUntil: 'domcontentloaded' })),
  evaluate: (e) => page.evaluate(e),
  move: (x, y) => page.mouse.move(x, y),
});

async function until<T>(page: FeltPage, expr: string, timeout = 20_000): Promise<T | null> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const v = (await page.evaluate(expr)) as T | null;
    if (v != null) return v;
    await sleep(20);
  }
  return null;
}

export async function feltRows(rows: Row[], page: FeltPage, url: string, section: string, runs = 7): Promise<void> {
  await page.addInit(PAINT_WATCH);
  const painted: number[] = [];
  const hovers: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    await page.goto(url);
    const at = await until<number>(page, 'window.__bsPaintedAt ?? null');
    if (at == null) continue;
    const dcl = (await page.evaluate(`performance.getEntriesByType('navigation')[0].domContentLoadedEventStart`)) as number;
    if (i > 0) painted.push(at - dcl);
    // A hover onto the first highlighted name, from off the text.
    const names = (await page.evaluate(READ_HIGHLIGHTS)) as Record<string, string[]>;
    const word = names['backstory-entity']?.[0];
    const where = word ? ((await page.evaluate(locateHighlight('backstory-entity', word))) as { x: number; y: number } | null) : null;
    if (!where) continue;
    await page.move(1, 1);
    await sleep(400);
    await page.evaluate(HOVER_WATCH);
    await page.move(where.x, where.y);
    const shown = await until<number>(page, 'window.__bsHover.shown == null ? null : window.__bsHover.shown - window.__bsHover.moved', 5_000);
    if (shown != null && i > 0) hovers.push(shown);
  }
  const p = summarise(painted);
  rows.push({
    section,
    name: 'seed page: DOMContentLoaded → highlights painted',
    runs: p.runs,
    median: p.median,
    p95: p.p95,
    figure: `${painted.length} of ${runs} runs painted`,
    note: 'page clock: first animation frame with the entity highlights registered, minus domContentLoadedEventStart; includes the message round trip and the background analysis',
  });
  const h = summarise(hovers);
  rows.push({
    section,
    name: 'seed page: pointer onto a name → card shown',
    runs: h.runs,
    median: h.median,
    p95: h.p95,
    figure: `${hovers.length} of ${runs} hovers; includes the ${OPEN_DELAY} ms dwell`,
    target: '≤ 300 ms',
    pass: hovers.length === runs && h.median <= 300,
  });
}

/** The seed page served on 127.0.0.1 for `fn` (null when ../shared is absent). */
async function onSeedPage(log: (m: string) => void, fn: (url: string, origin: string) => Promise<void>): Promise<void> {
  const { seedPage } = await import('./inputs');
  const { servePages } = await import('../e2e/harness/server');
  const seed = await seedPage();
  if (!seed) return log('../shared absent: no seed page, felt rows skipped');
  const path = `/${encodeURIComponent(seed.name)}`;
  const server = await servePages({ [path]: seed.html });
  try {
    await fn(server.origin + path, server.origin);
  } finally {
    await server.close();
  }
}

/** The two rows in Firefox ESR with the built MV2 extension (puppeteer-core over WebDriver BiDi). */
export async function feltFirefox(rows: Row[], log: (m: string) => void): Promise<void> {
  const { existsSync } = await import('node:fs');
  const { FIREFOX, FIREFOX_BUILD } = await import('../e2e/harness/paths');
  if (!existsSync(FIREFOX) || !existsSync(`${FIREFOX_BUILD}/manifest.json`)) return log('Firefox or its build absent: Firefox felt rows skipped');
  const { launchFirefox } = await import('../e2e/harness/firefox');
  await onSeedPage(log, async (url, origin) => {
    const ff = await launchFirefox({ localOrigin: origin });
    try {
      log('firefox: DOMContentLoaded → painted, and hover → card, on the seed page');
      await feltRows(rows, puppeteerPage((await ff.browser.pages())[0]!), url, 'Firefox ESR with the built extension (felt)');
    } finally {
      await ff.close();
    }
  });
}

/** `npm run bench -- --only felt`: these rows alone, in both browsers, on the existing builds. */
export async function feltOnly(rows: Row[], log: (m: string) => void): Promise<void> {
  const { launchChromium } = await import('../e2e/harness/chromium');
  await onSeedPage(log, async (url, origin) => {
    const ext = await launchChromium({ localOrigin: origin });
    try {
      await feltRows(rows, playwrightPage(ext.raw), url, 'Chromium with the built extension (felt)');
    } finally {
      await ext.close();
    }
  });
  await feltFirefox(rows, log);
}
