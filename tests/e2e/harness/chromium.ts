import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CARD_STATE, CYCLE_MESSAGE, type CardState, type ExtensionDriver, type PageHandle } from './driver';
import { CHROME_BUILD, CHROMIUM, CHROMIUM_FLAGS } from './paths';
import { PROBE_SCRIPT } from './page-probe';

function handle(page: Page): PageHandle {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (expr) => page.evaluate(expr),
    mouseMove: (x, y) => page.mouse.move(x, y),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    click: (sel) => page.click(sel),
    type: (sel, text) => page.locator(sel).first().pressSequentially(text),
    text: (sel = 'body') => page.locator(sel).first().innerText(),
    screenshot: async (path) => void (await page.screenshot({ path })),
    front: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/** Real Chromium (Debian's) with the built MV3 extension, driven by Playwright. */
export async function launchChromium(opts: {
  headless?: boolean;
  localOrigin: string;
  /** The built extension (default .output/chrome-mv3). */ extensionDir?: string;
}): Promise<ExtensionDriver & { context: BrowserContext; raw: Page; extensionId: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-chromium-'));
  const headless = opts.headless ?? true;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${opts.extensionDir ?? CHROME_BUILD}`,
      `--load-extension=${opts.extensionDir ?? CHROME_BUILD}`,
      ...CHROMIUM_FLAGS,
    ],
  });
  const foreign: string[] = [];
  context.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(opts.localOrigin) && !u.startsWith('chrome-extension://') && !u.startsWith('data:')) foreign.push(u);
  });
  await context.addInitScript({ content: PROBE_SCRIPT });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(sw.url()).host;
  const raw = context.pages()[0] ?? (await context.newPage());
  // The content script's isolated world in the article tab: the test's way into the closed card.
  const cdp = await context.newCDPSession(raw);
  const worlds = new Map<number, string>(); // execution context id -> frame id
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
    const aux = c.auxData as { frameId?: string; type?: string } | undefined;
    if (c.origin === `chrome-extension://${extensionId}` && aux?.type === 'isolated' && aux.frameId) worlds.set(c.id, aux.frameId);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => void worlds.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  await cdp.send('Runtime.enable');
  const inCard = async <T>(fn: string): Promise<T> => {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const id = [...worlds].reverse().find(([, f]) => f === frameTree.frame.id)?.[0];
    if (id == null) throw new Error('no content-script world in the article tab');
    const r = await cdp.send('Runtime.evaluate', {
      contextId: id,
      returnByValue: true,
      awaitPromise: true,
      expression: `(() => { const host = document.querySelector('backstory-card'); const root = host ? chrome.dom.openOrClosedShadowRoot(host) : null; return (${fn})(root, host); })()`,
    });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value as T;
  };
  // The article tab: by its URL, or — where tabs.query gives no URLs (Chromium 150 gives none for the local test origin without the
  // "tabs" permission, which the extension does not ask for) — the tab the background saw last, as cycle() and report() below read it.
  const tabIdOf = async (url: string) =>
    sw.evaluate(async (u) => {
      const c = (
        globalThis as unknown as {
          chrome: {
            tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
            storage: { session: { get(k: string): Promise<{ lastTab?: number }> } };
          };
        }
      ).chrome;
      const byUrl = (await c.tabs.query({})).find((t) => t.url?.startsWith(u))?.id;
      return byUrl ?? (await c.storage.session.get('lastTab')).lastTab ?? null;
    }, url);

  return {
    name: 'chromium',
    context,
    raw,
    extensionId,
    page: handle(raw),
    openPopup: async () => {
      const tab = await tabIdOf(opts.localOrigin);
      const p = await context.newPage();
      await p.goto(`chrome-extension://${extensionId}/popup.html${tab != null ? `?tab=${tab}` : ''}`);
      return handle(p);
    },
    openOptions: async () => {
      const p = await context.newPage();
      await p.goto(`chrome-extension://${extensionId}/options.html`);
      return handle(p);
    },
    foreignRequests: () => foreign,
    // The tab the background saw last (the article tab): tabs.query gives no URLs without the "tabs" permission.
    cycle: () =>
      sw.evaluate(`(async () => {
        const { lastTab } = await chrome.storage.session.get('lastTab');
        const r = await chrome.tabs.sendMessage(lastTab, ${CYCLE_MESSAGE});
        return r && r.res;
      })()`),
    ext: (expression) => sw.evaluate(expression),
    inCard,
    card: () => inCard<CardState | null>(CARD_STATE),
    // The tab the background saw last (the article tab), also after it left for a page without a content script.
    report: () =>
      sw.evaluate(`(async () => {
        const { lastTab } = await chrome.storage.session.get('lastTab');
        const key = 'analysis:' + lastTab;
        return (await chrome.storage.session.get(key))[key] ?? null;
      })()`),
    badge: () =>
      sw.evaluate(`(async () => {
        const { lastTab } = await chrome.storage.session.get('lastTab');
        return chrome.action.getBadgeText({ tabId: lastTab });
      })()`),
    close: async () => {
      await cdp.detach().catch(() => undefined);
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
