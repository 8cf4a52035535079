import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor, type ExtensionDriver } from './harness/driver';
import { hoverCard } from './harness/hover';
import { READ_HIGHLIGHTS, locateHighlight } from './harness/page-probe';
import { demoHtml } from './harness/paths';
import { servePages } from './harness/server';
import { inBothBrowsers } from './suite';

/**
 * A page shares the highlight registry and the DOM with Backstory, and may be hostile or just
 * busy: it can clear or overwrite the highlights, remove the card host, or churn its DOM. None of
 * that may stop hover cards from working or let Backstory harm the page's own content.
 */

// Continuous DOM churn from the page's first script on, for a bounded time (5 s).
const FLOOD = `<script>(() => {
  const end = Date.now() + 5000;
  const tick = () => {
    if (Date.now() > end || !document.body) return void (document.body ? setTimeout(tick, 50) : setTimeout(tick, 5));
    for (let i = 0; i < 50; i++) { const d = document.createElement('div'); d.className = 'flood'; d.textContent = 'flood ' + i; document.body.appendChild(d); }
    document.querySelectorAll('.flood').forEach((n, i) => { if (i < 45) n.remove(); });
    for (const p of document.querySelectorAll('article p')) p.setAttribute('data-tick', String(Date.now()));
    setTimeout(tick, 2);
  };
  tick();
})();</script>`;

const ARTICLE_TEXT = `Array.from(document.querySelectorAll('article p')).map((p) => p.textContent).join('\\n')`;

function resilienceSuite(browserName: string, launch: (origin: string) => Promise<ExtensionDriver>, unavailable: () => string | null) {
  const why = process.env.CI ? null : unavailable();
  describe.skipIf(!!why)(`${browserName}: a hostile or busy page leaves Backstory working${why ? ` (skipped: ${why})` : ''}`, () => {
    let driver: ExtensionDriver;
    let server: Awaited<ReturnType<typeof servePages>>;
    const demo = demoHtml();

    beforeAll(async () => {
      server = await servePages({ '/demo.html': demo, '/flood.html': demo.replace(/<head>/i, `<head>${FLOOD}`) });
      driver = await launch(server.origin);
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    const names = async (): Promise<string[]> => {
      const h = await waitFor(async () => {
        const x = await driver.page.evaluate<Record<string, string[]>>(READ_HIGHLIGHTS);
        return x['backstory-entity']?.length ? x : null;
      }, 'highlights to appear');
      // Distinct multi-letter names: each must open its own card.
      return [...new Set(h['backstory-entity']!)].filter((n) => n.length > 3);
    };

    /** Hover a name (or the first range with that text) and wait for its card. */
    const hover = async (word: string) =>
      (
        await hoverCard(driver, {
          locate: async () => {
            const at = await driver.page.evaluate<{ x: number; y: number } | null>(locateHighlight('backstory-entity', word));
            if (!at) throw new Error(`no range for ${word} in the page's registry`);
            return at;
          },
          accept: () => true,
          what: `a card for ${word}`,
        })
      ).text;

    /** Keep the registry's ranges for some names in the page, before the page tampers with the registry. */
    const keepRanges = (words: string[]) =>
      driver.page.evaluate(`(() => {
        const h = Array.from(CSS.highlights.get('backstory-entity'));
        window.__kept = ${JSON.stringify(words)}.map((w) => h.find((r) => r.toString() === w));
      })()`);
    /** Hover the kept range of name i: the same text Backstory highlighted, found without the registry. */
    const hoverKept = async (i: number, word: string) =>
      (
        await hoverCard(driver, {
          locate: () =>
            driver.page.evaluate<{ x: number; y: number } | null>(`(() => {
        const r = window.__kept[${i}];
        r.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const b = r.getClientRects()[0];
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      })()`),
          accept: () => true,
          what: `a card for ${word}`,
        })
      ).text;

    it('the page clears the highlight registry: hover still opens cards', async () => {
      await driver.page.goto(`${server.origin}/demo.html`);
      const [first] = await names();
      const before = await driver.page.evaluate<string>(ARTICLE_TEXT);
      await keepRanges([first!]);
      await driver.page.evaluate(`CSS.highlights.clear()`);
      expect(await driver.page.evaluate<number>(`CSS.highlights.size`)).toBe(0);
      expect(await hoverKept(0, first!)).toBeTruthy();
      expect(await driver.page.evaluate<string>(ARTICLE_TEXT)).toBe(before);
    });

    it("the page overwrites Backstory's highlight names: hover still opens cards", async () => {
      await driver.page.goto(`${server.origin}/demo.html`);
      const [first, second] = await names();
      await keepRanges([first!, second ?? first!]);
      await driver.page.evaluate(`(() => {
        const r = document.createRange(); r.selectNodeContents(document.querySelector('h1'));
        for (const n of ['backstory-entity', 'backstory-quote', 'backstory-claim', 'backstory-speaker']) CSS.highlights.set(n, new Highlight(r));
      })()`);
      expect(await hoverKept(0, first!)).toBeTruthy();
      expect(await hoverKept(1, second ?? first!)).toBeTruthy();
    });

    it('the page removes the card host: the next hover opens a card again', async () => {
      await driver.page.goto(`${server.origin}/demo.html`);
      const [first, second] = await names();
      const before = await driver.page.evaluate<string>(ARTICLE_TEXT);
      expect(await hover(first!)).toBeTruthy();
      await driver.page.evaluate(`document.querySelector('backstory-card').remove()`);
      expect(await driver.page.evaluate<number>(`document.querySelectorAll('backstory-card').length`)).toBe(0);
      // Another name, then the same name again.
      expect(await hover(second ?? first!)).toBeTruthy();
      await driver.page.evaluate(`document.querySelector('backstory-card')?.remove()`);
      expect(await hover(first!)).toBeTruthy();
      expect(await driver.page.evaluate<number>(`document.querySelectorAll('backstory-card').length`)).toBe(1);
      expect(await driver.page.evaluate<string>(ARTICLE_TEXT)).toBe(before);
    });

    it('the page floods its DOM with mutations: analysis completes, hover works, the article is unharmed', async () => {
      await driver.page.goto(`${server.origin}/flood.html`);
      const [first] = await names();
      expect(await driver.page.evaluate<number>(`document.querySelectorAll('.flood').length`), 'the flood is running').toBeGreaterThan(0);
      expect(await hover(first!)).toBeTruthy();
      const original = await driver.page.evaluate<string>(`(() => {
        const d = new DOMParser().parseFromString(${JSON.stringify(demo)}, 'text/html');
        return Array.from(d.querySelectorAll('article p')).map((p) => p.textContent).join('\\n');
      })()`);
      expect(await driver.page.evaluate<string>(ARTICLE_TEXT)).toBe(original);
    });
  });
}

inBothBrowsers(resilienceSuite);
