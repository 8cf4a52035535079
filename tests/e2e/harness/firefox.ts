import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CARD_STATE, CYCLE_MESSAGE, waitFor, type CardState, type ExtensionDriver, type PageHandle } from './driver';
import { FIREFOX, FIREFOX_BUILD, FIREFOX_UUID, GECKO_ID } from './paths';
import { PROBE_SCRIPT } from './page-probe';

function handle(page: Page, extensionPage = false): PageHandle {
  return {
    goto: async (url) => {
      if (extensionPage) {
        // goto() to a moz-extension:// URL may never resolve over BiDi: fire it and wait for the DOM.
        void page.goto(url).catch(() => undefined);
        await waitFor(() => page.evaluate(() => document.readyState === 'complete' && location.href !== 'about:blank'), 'extension page load');
      } else await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (expr) => page.evaluate(expr) as Promise<never>,
    mouseMove: (x, y) => page.mouse.move(x, y),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    type: async (sel, text) => {
      await page.waitForSelector(sel, { timeout: 15_000 });
      await page.type(sel, text);
    },
    click: async (sel) => {
      await page.waitForSelector(sel, { timeout: 15_000 });
      await page.click(sel);
    },
    text: (sel = 'body') => page.$eval(sel, (el) => (el as HTMLElement).innerText),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    front: () => page.bringToFront(),
    close: () => page.close(),
  };
}

async function launchOnce(localOrigin: string): Promise<ExtensionDriver & { browser: Browser }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.dns.disableIPv6': true,
    },
    protocolTimeout: 60_000,
  });
  await browser.installExtension(FIREFOX_BUILD);
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.evaluateOnNewDocument(PROBE_SCRIPT);
  const foreign: string[] = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(localOrigin) && !u.startsWith('moz-extension://') && !u.startsWith('data:') && !u.startsWith('about:')) foreign.push(u);
  });
  const openExt = async (path: string) => {
    const p = await browser.newPage();
    const h = handle(p, true);
    await h.goto(`moz-extension://${FIREFOX_UUID}/${path}`);
    return h;
  };
  const ext = async <T>(expression: string): Promise<T> => {
    const p = await openExt('options.html');
    try {
      return (await p.evaluate(expression)) as T;
    } finally {
      await p.close();
    }
  };
  // WebDriver BiDi serialises closed shadow roots to the client (includeShadowTree: 'all') and lets
  // a function in a sandbox of the test's own receive them: the page's scripts never see either.
  const bidi = (browser as unknown as { connection: { send(m: string, p: object): Promise<{ result: BidiResult }> } }).connection;
  type BidiResult = { type: string; result?: { type: string; sharedId?: string; value?: unknown }; exceptionDetails?: { text: string } };
  const inCard = async <T>(fn: string): Promise<T> => {
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    const found = await bidi.send('script.evaluate', {
      expression: `document.querySelector('backstory-card')`,
      target: { context, sandbox: 'backstory-test' },
      awaitPromise: false,
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    });
    const host = found.result.result;
    const root = host?.type === 'node' ? (host.value as { shadowRoot?: { sharedId?: string } | null }).shadowRoot : null;
    const args = host?.type === 'node' && root?.sharedId ? [{ sharedId: root.sharedId }, { sharedId: host.sharedId }] : [{ type: 'null' }, { type: 'null' }];
    const r = await bidi.send('script.callFunction', {
      functionDeclaration: `(root, host) => JSON.stringify((${fn})(root, host))`,
      arguments: args,
      target: { context, sandbox: 'backstory-test' },
      awaitPromise: true,
    });
    if (r.result.type !== 'success') throw new Error(r.result.exceptionDetails?.text ?? 'inCard failed');
    const v = r.result.result?.value;
    return (typeof v === 'string' ? JSON.parse(v) : undefined) as T;
  };
  return {
    name: 'firefox',
    browser,
    page: handle(page),
    openPopup: () => openExt('popup.html'),
    openOptions: () => openExt('options.html'),
    foreignRequests: () => foreign,
    cycle: () =>
      // Querying tabs by URL needs the "tabs" permission, which Backstory does not have: use the tab
      // the background saw last (the article tab).
      ext(`(async () => {
        const { lastTab } = await browser.storage.session.get('lastTab');
        const r = await browser.tabs.sendMessage(lastTab, ${CYCLE_MESSAGE});
        return r && r.res;
      })()`),
    ext,
    inCard,
    card: () => inCard<CardState | null>(CARD_STATE),
    report: () =>
      ext(`(async () => {
        const { lastTab } = await browser.storage.session.get('lastTab');
        const key = 'analysis:' + lastTab;
        return (await browser.storage.session.get(key))[key] ?? null;
      })()`),
    badge: async () => {
      const p = await openExt('options.html');
      try {
        return await p.evaluate<string>(`(async () => {
          const { lastTab } = await browser.storage.session.get('lastTab');
          return browser.browserAction.getBadgeText({ tabId: lastTab });
        })()`);
      } finally {
        await p.close();
      }
    },
    close: () => browser.close(),
  };
}

/**
 * Real Firefox ESR with the built MV2 extension installed as a temporary add-on, over WebDriver
 * BiDi. The first launch on a cold machine occasionally drops its connection, so one retry.
 */
export async function launchFirefox(opts: { localOrigin: string }): Promise<ExtensionDriver & { browser: Browser }> {
  try {
    return await launchOnce(opts.localOrigin);
  } catch (err) {
    console.warn('Firefox launch failed once, retrying:', String(err));
    return launchOnce(opts.localOrigin);
  }
}
