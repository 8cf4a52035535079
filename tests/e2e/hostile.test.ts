import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_DELAY, OPEN_DELAY, REANALYSIS_GAP } from '../../lib/highlight/timing';
import { waitFor, type ExtensionDriver, type PageHandle } from './harness/driver';
import { hoverCard } from './harness/hover';
import { READ_HIGHLIGHTS, locateHighlight } from './harness/page-probe';
import { demoHtml } from './harness/paths';
import { servePages } from './harness/server';
import { inBothBrowsers } from './suite';

/**
 * A page whose own scripts attack Backstory (issue 16): the sites with the most reason to hide a
 * "contested" or "state-affiliated" flag. Each test is one attack a page's script can make (events,
 * messages, synthetic input, prototype changes, storage pressure); each asserts that the highlights
 * stay, the card stays true, the popup's summary stays right and the work stays bounded. The
 * resilience suite covers the page clearing the highlight registry, removing the card host and
 * flooding its DOM.
 */

// Runs first in the page's main world: it listens to every message, captures every shadow root
// attached through the page's own prototype, and sabotages prototypes a content script might use.
const HOSTILE_HEAD = `<script>
window.__h = { messages: [], roots: [] };
addEventListener('message', (e) => { let s; try { s = JSON.stringify(e.data); } catch { s = String(e.data); } __h.messages.push(s); }, true);
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) { const r = attach.call(this, Object.assign({}, init, { mode: 'open' })); __h.roots.push(this.localName); window.__capturedRoot = r; return r; };
Document.prototype.createTreeWalker = function () { throw new Error('sabotaged by the page'); };
Element.prototype.getClientRects = function () { return []; };
</script>`;

const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

function hostilePage(): string {
  return (
    demoHtml()
      .replace(/<head>/i, `<head>${HOSTILE_HEAD}`)
      // Page text with bidi overrides: in a card they would reorder what Backstory says.
      .replace('"a purely defensive step"', '"a purely \u202Edefensive\u202C step"')
  );
}

/** Storage pressure: a 4.5 MB title and publisher name. */
function hugePage(): string {
  const big = 'Ledger '.repeat(650_000);
  return demoHtml()
    .replace(/<title>[^<]*<\/title>/, `<title>${big}</title>`)
    .replace('content="The Backstory Ledger"', `content="${big}"`);
}

const SHOP = `<!doctype html><html><head><title>Acme Kettle 2000 – Acme Store</title></head><body><main><h1>Acme Kettle 2000</h1>
<p class="price">€39.99</p><button>Add to cart</button><p>A fast kettle, shipped to Russia and Belarus.</p></main></body></html>`;

/** Counts the background's writes of per-tab summaries (one per analysis reported), from an extension page. */
const COUNT_WRITES = `(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  if (!globalThis.__writes) {
    globalThis.__writes = { n: 0 };
    api.storage.onChanged.addListener((changes, area) => {
      if (area !== 'session') return;
      for (const k of Object.keys(changes)) if (k.startsWith('analysis:') && changes[k].newValue) globalThis.__writes.n++;
    });
  }
  return globalThis.__writes.n;
})()`;

function hostileSuite(browserName: string, launch: (origin: string) => Promise<ExtensionDriver>, unavailable: () => string | null) {
  const why = process.env.CI ? null : unavailable();
  describe.skipIf(!!why)(`${browserName}: a hostile page cannot switch Backstory off, forge it or flood it${why ? ` (skipped: ${why})` : ''}`, () => {
    let driver: ExtensionDriver;
    let server: Awaited<ReturnType<typeof servePages>>;
    let extensionId = '';
    const page = () => driver.page;
    const highlights = () => page().evaluate<Record<string, string[]>>(READ_HIGHLIGHTS);
    const entityCount = async () => (await highlights())['backstory-entity']?.length ?? 0;

    beforeAll(async () => {
      server = await servePages({ '/hostile.html': hostilePage(), '/huge.html': hugePage(), '/shop.html': SHOP });
      driver = await launch(server.origin);
      extensionId = await driver.ext<string>(`(globalThis.browser ?? globalThis.chrome).runtime.id`);
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    const load = async (path: string) => {
      await page().goto(`${server.origin}${path}`);
      // The content script's report for this page (the last page's was dropped when the tab navigated).
      await waitFor(async () => ((await driver.report())?.isArticle ? true : null), `the report for ${path}`);
      await waitFor(async () => ((await entityCount()) > 5 ? true : null), `highlights on ${path}`);
    };
    const noCard = () => waitFor(async () => ((await driver.card()) === null ? true : null), 'no card');
    /** A real pointer rests on a name: its card opens. */
    const hover = (word: string) =>
      hoverCard(driver, {
        locate: () => page().evaluate(locateHighlight('backstory-entity', word)),
        accept: (c) => c.text.includes(word),
        what: `the card for ${word}`,
      });
    const popupFocus = () =>
      driver.ext<unknown>(`(globalThis.browser ?? globalThis.chrome).storage.session.get('popupFocus').then((v) => v.popupFocus ?? null)`);

    it('the page hears no start-up message and cannot learn the extension id from one', async () => {
      await load('/hostile.html');
      const heard = await page().evaluate<string[]>('window.__h.messages');
      expect(heard.filter((m) => m.includes(extensionId) || /wxt|content-script/i.test(m))).toEqual([]);
    });

    it("the page's synthetic mousemove opens no card; a real pointer does", async () => {
      await load('/hostile.html');
      await page().mouseMove(2, 2);
      await noCard();
      const forged = await page().evaluate<boolean>(`(() => {
        const h = Array.from(CSS.highlights.get('backstory-entity')).find((r) => r.toString() === 'Lukashenko');
        h.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const b = Range.prototype.getClientRects.call(h)[0];
        const x = b.left + b.width / 2, y = b.top + b.height / 2;
        for (let i = 0; i < 5; i++) document.elementFromPoint(x, y).dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
        return true;
      })()`);
      expect(forged).toBe(true);
      // Past the dwell and a frame or two: a card would be open by now.
      await new Promise((r) => setTimeout(r, OPEN_DELAY + CLOSE_DELAY + 200));
      expect(await driver.card(), 'a card opened by synthetic input').toBeNull();
      expect((await hover('Lukashenko')).text).toContain('President of Belarus');
    });

    it('the page cannot read, capture or rewrite the card, and its bidi overrides do not reach it', async () => {
      await load('/hostile.html');
      const card = await hover('Lukashenko');
      expect(card.text).toContain('defensive');
      expect(card.text, 'bidi controls in the card').not.toMatch(BIDI);
      const seen = await page().evaluate<{ open: boolean; captured: string[] }>(`(() => {
        const host = document.querySelector('backstory-card');
        const root = host.shadowRoot || (window.__capturedRoot && window.__capturedRoot.host === host ? window.__capturedRoot : null);
        if (root) {
          const t = root.querySelector('.bs-title'); if (t) t.textContent = 'SPOOFED: Lukashenko';
          const l = root.querySelector('.bs-card'); if (l) l.append('Source: Backstory verified dataset');
        }
        return { open: !!host.shadowRoot, captured: window.__h.roots };
      })()`);
      expect(seen.open, 'the card host exposes its shadow root').toBe(false);
      expect(seen.captured, 'shadow roots the page captured').not.toContain('backstory-card');
      const after = await driver.card();
      expect(after?.text).not.toContain('SPOOFED');
      expect(after?.text).not.toContain('verified dataset');
    });

    it('"Show in Backstory" acts only on a real click', async () => {
      await load('/hostile.html');
      await driver.ext(`(globalThis.browser ?? globalThis.chrome).storage.session.remove('popupFocus')`);
      await hover('Kremlin'); // a short card: its button is inside the viewport
      // The page clicks the button where it can reach it; a script holding the button clicks it too.
      await page().evaluate(
        `(() => { const r = document.querySelector('backstory-card').shadowRoot || window.__capturedRoot; r && r.querySelector('.bs-link') && r.querySelector('.bs-link').click(); })()`,
      );
      await driver.inCard(`(root) => { root.querySelector('.bs-link').click(); return true; }`);
      const card = await driver.card();
      expect(card?.link, 'the card is still open').toBeTruthy();
      expect(await popupFocus(), 'an entry left for the popup by a synthetic click').toBeNull();
      await page().clickAt(card!.link!.x, card!.link!.y);
      const f = await waitFor(async () => (await popupFocus()) as { title: string } | null, 'the entry left by a real click');
      expect(f.title).toBe('Kremlin');
    });

    it("the page dispatches WXT's script-started event: the highlights stay and the keyboard command still works", async () => {
      await load('/hostile.html');
      const before = await entityCount();
      await page().evaluate(`(() => {
        for (const name of ['content', 'content-script', 'backstory']) {
          document.dispatchEvent(new CustomEvent(${JSON.stringify(extensionId)} + ':content:wxt:content-script-started', { detail: { contentScriptName: name, messageId: 'page' } }));
        }
        window.postMessage({ type: ${JSON.stringify(extensionId)} + ':content:wxt:content-script-started', contentScriptName: 'content', messageId: 'page' }, '*');
      })()`);
      // The keyboard command answers only while the content script lives and has highlights.
      expect(await driver.cycle(), 'the keyboard command after the event').toBe(true);
      expect(await entityCount()).toBe(before);
      await page().press('Escape');
    });

    it('the page floods location-change events and history calls: analyses stay bounded', async () => {
      await load('/hostile.html');
      const counter: PageHandle = await driver.openOptions();
      await page().front();
      try {
        await counter.evaluate(COUNT_WRITES);
        const settle = async () => {
          // Quiet for twice the re-analysis gap: nothing more is coming.
          let last = -1;
          let since = Date.now();
          return waitFor(
            async () => {
              const n = await counter.evaluate<number>(COUNT_WRITES);
              if (n !== last) [last, since] = [n, Date.now()];
              return Date.now() - since > 2 * REANALYSIS_GAP + 500 ? { n } : null;
            },
            'the summary writes to settle',
            60_000,
            200,
          );
        };
        const base = (await settle()).n;
        await page().evaluate(`(() => {
          const id = ${JSON.stringify(extensionId)};
          for (let i = 0; i < 100; i++) window.dispatchEvent(new Event(id + ':content:wxt:locationchange'));
          for (let i = 0; i < 30; i++) history.replaceState({}, '', location.href);
        })()`);
        const same = (await settle()).n - base;
        expect(same, 'analyses after 100 fake location changes to the same address').toBeLessThanOrEqual(1);
        await page().evaluate(`(() => { for (let i = 0; i < 50; i++) history.pushState({}, '', '/hostile.html?page=' + i); })()`);
        const moved = (await settle()).n - base - same;
        expect(moved, 'analyses after 50 real address changes in a burst').toBeGreaterThanOrEqual(1);
        expect(moved).toBeLessThanOrEqual(3);
        expect(await entityCount()).toBeGreaterThan(5);
      } finally {
        await counter.close();
        await page().front();
      }
    });

    it('a 4.5 MB title and publisher name reach the popup bounded', async () => {
      await load('/huge.html');
      const s = await waitFor(() => driver.report(), 'the summary');
      expect(JSON.stringify(s).length, 'stored summary size').toBeLessThan(200_000);
      expect(String(s.title ?? '').length).toBeLessThanOrEqual(300);
      expect(String((s.publisher as { name?: string } | null)?.name ?? '').length).toBeLessThanOrEqual(200);
    });

    it('the summary keeps only the host name, only for articles, and goes when the tab leaves the page', async () => {
      await page().goto(`${server.origin}/hostile.html?token=s3cret#frag`);
      const s = await waitFor(async () => {
        const r = await driver.report();
        return r?.isArticle ? r : null;
      }, 'the article summary');
      const text = JSON.stringify(s);
      expect(text).not.toContain('s3cret');
      expect(text).not.toContain('hostile.html');
      expect(s.host).toBe(new URL(server.origin).hostname);

      await page().goto(`${server.origin}/shop.html?token=s3cret`);
      const shop = await waitFor(async () => {
        const r = await driver.report();
        return r && r.isArticle === false ? r : null;
      }, 'the non-article summary');
      expect(JSON.stringify(shop)).not.toContain('s3cret');
      expect(shop.host ?? null, 'a host kept for a non-article').toBeNull();

      await load('/hostile.html');
      await waitFor(async () => ((await driver.report())?.isArticle ? true : null), 'the article summary again');
      // A page where the content script does not run: the old summary must not describe it.
      await page().goto('about:blank');
      await waitFor(async () => ((await driver.report()) === null ? true : null), 'the summary to be dropped');
      expect(await driver.badge()).toBe('');
    });
  });
}

inBothBrowsers(hostileSuite);
