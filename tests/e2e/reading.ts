import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor, type ExtensionDriver, type PageHandle } from './harness/driver';
import { hoverCard } from './harness/hover';
import { CLOSE_DELAY } from '../../lib/highlight/timing';
import { READ_HIGHLIGHTS, locateHighlight } from './harness/page-probe';
import { demoHtml } from './harness/paths';
import { servePages } from './harness/server';

type Launch = (localOrigin: string) => Promise<ExtensionDriver>;
type Highlights = Record<string, string[]>;

/** A single-page site: the button swaps in another story through history.pushState. */
const SPA_PAGE = (demo: string) =>
  demo.replace(
    '</body>',
    `<button id="next" style="position:fixed;top:8px;right:8px">Next story</button>
<script>
document.getElementById('next').addEventListener('click', () => {
  history.pushState({}, '', '/spa/second-story');
  document.querySelector('article').innerHTML = '<h1>Second story</h1>' +
    '<p>Russian President Vladimir Putin hosted Chinese President Xi Jinping in Moscow on Tuesday, the Kremlin said, as the two leaders discussed trade and energy.</p>' +
    '<p>Xi told reporters that relations between the two countries were at their best, while analysts cautioned that the partnership had limits that neither side wanted to discuss in public.</p>' +
    '<p>The talks lasted four hours and ended with a joint statement on energy cooperation, officials from both delegations said after the meeting concluded late in the evening.</p>';
});
</script></body>`,
  );

/**
 * The reading experience, in a real browser with the built extension: card timing and dismissal,
 * keyboard cycling, the popup's views, scroll-to, search and pause, options taking effect on an open
 * page, and single-page navigation.
 */
export function readingSuite(browserName: string, launch: Launch, available: () => string | null) {
  const why = process.env.CI ? null : available();
  describe.skipIf(!!why)(`${browserName}: reading experience${why ? ` (skipped: ${why})` : ''}`, () => {
    let driver: ExtensionDriver;
    let server: Awaited<ReturnType<typeof servePages>>;
    const page = () => driver.page;
    const card = async () => (await driver.card())?.text ?? null;
    const highlights = () => page().evaluate<Highlights>(READ_HIGHLIGHTS);
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

    beforeAll(async () => {
      server = await servePages({ '/demo.html': demoHtml(), '/spa/first-story': SPA_PAGE(demoHtml()) });
      driver = await launch(server.origin);
      await page().goto(`${server.origin}/demo.html`);
      await waitFor(async () => ((await highlights())['backstory-entity']?.length ? true : null), 'highlights');
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    /** Where a name is once the page stands still. */
    const settledAt = async (word: string) => {
      // A smooth scroll started earlier (the keyboard command scrolls smoothly) may still be moving
      // the page: locate, wait until the page stands still, then locate again.
      expect(await page().evaluate(locateHighlight('backstory-entity', word)), word).toBeTruthy();
      let last = -1;
      await waitFor(
        async () => {
          const y = await page().evaluate<number>('window.scrollY');
          const still = y === last;
          last = y;
          return still || null;
        },
        'the page to stop scrolling',
        5_000,
        120,
      );
      return page().evaluate<{ x: number; y: number } | null>(locateHighlight('backstory-entity', word));
    };
    const hover = async (word: string) => {
      const at = await settledAt(word);
      await page().mouseMove(at!.x, at!.y);
      return at!;
    };
    /** Hover a name and wait for *its* card: a card left open from the pointer's previous place does not count. */
    const openCard = async (word: string) =>
      (await hoverCard(driver, { locate: () => settledAt(word), accept: (c) => c.text.includes(word), what: `the card for ${word}` })).text;

    it('the card waits for a dwell, stays open while the pointer is on it, and closes after leaving', async () => {
      await page().mouseMove(2, 2);
      await waitFor(async () => (await card()) === null, 'no card');
      const at = await hover('Belarus');
      expect(await card(), 'not opened at once').toBeNull();
      const text = await waitFor(card, 'the card after the dwell');
      expect(text).toContain('Minsk');
      // Move onto the card itself: it stays.
      const box = await page().evaluate<{ x: number; y: number }>(
        `(() => { const r = document.querySelector('backstory-card').getBoundingClientRect(); return { x: r.left + 20, y: r.top + 20 }; })()`,
      );
      await page().mouseMove((at.x + box.x) / 2, (at.y + box.y) / 2);
      await page().mouseMove(box.x, box.y);
      // Well past the close delay: a card that were going to close would be gone.
      await sleep(CLOSE_DELAY * 2 + 100);
      expect(await card(), 'open while the pointer is on the card').not.toBeNull();
      await page().mouseMove(2, 2);
      await waitFor(async () => (await card()) === null, 'the card to close after leaving');
      // Escape closes a card too; only one card ever exists.
      await openCard('Ukraine');
      await page().press('Escape');
      await waitFor(async () => (await card()) === null, 'Escape to close the card');
      expect(await page().evaluate<number>(`document.querySelectorAll('backstory-card').length`)).toBe(1);
    });

    it('the card is announced to screen readers without taking focus', async () => {
      await openCard('Kyiv');
      const live = (await driver.card())?.live ?? null;
      expect(live).toContain('Kyiv');
      expect(await page().evaluate<string>(`document.activeElement ? document.activeElement.tagName : ''`)).not.toBe('BACKSTORY-CARD');
      await page().press('Escape');
    });

    it('the keyboard command cycles through highlights in reading order and opens each card', async () => {
      expect(await driver.cycle()).toBe(true);
      const first = await waitFor(card, 'the first card');
      expect(await driver.cycle()).toBe(true);
      const second = await waitFor(async () => {
        const c = await card();
        return c && c !== first ? c : null;
      }, 'the next card');
      expect(second).not.toBe(first);
      await page().press('Escape');
    });

    it('"Show in Backstory" on a card opens the popup at that entry', async () => {
      await openCard('Kremlin');
      // A real click on the card's button (the pointer stays over the card, which sits above the page).
      const c = await driver.card();
      expect(c?.title).toBe('Kremlin');
      await page().clickAt(c!.link!.x, c!.link!.y);
      // Where the browser cannot open the popup itself (headless), the entry waits for the next opening.
      const popup = await driver.openPopup();
      const focused = await waitFor(async () => {
        const t = await popup.text('.item.focus').catch(() => '');
        return t ? t : null;
      }, 'the focused entry');
      expect(focused).toContain('Kremlin');
      await popup.close();
      await page().press('Escape');
    });

    let popup: PageHandle;
    it('the popup shows three views with counts; clicking an entry opens it on the page', async () => {
      popup = await driver.openPopup();
      const text = await waitFor(async () => {
        const t = await popup.text();
        return /Contested \(\d+\)/.test(t) ? t : null;
      }, 'the popup');
      expect(text).toMatch(/People & places \(\d+\)/);
      expect(text).toMatch(/Who said what \(\d+\)/);
      await popup.click('[data-entity="Volodymyr Zelensky"] button, [data-entity="Volodymyr Zelenskyy"] button');
      // The card opened by the popup, not the previous test's card while it is still closing.
      const c = await waitFor(async () => {
        const t = await card();
        return t && /Zelensk/.test(t) ? t : null;
      }, 'the card opened by the popup');
      expect(c).toContain('President of Ukraine');
      await popup.click('#tab-claims');
      // The panel renders after the click's task: wait for its text instead of reading it at once.
      const claims = await waitFor(async () => {
        const t = await popup.text('[role="tabpanel"]').catch(() => '');
        return t.length > 20 ? t : null;
      }, 'the Contested panel').catch(async () => popup.text('[role="tabpanel"]').catch(() => ''));
      expect(claims.length).toBeGreaterThan(20);
    });

    it('searches the whole dataset as you type', async () => {
      await popup.type('input[type="search"]', 'Lukashenka');
      const res = await waitFor(async () => {
        const t = await popup.text();
        return t.includes('Alexander Lukashenko') && t.includes('President of Belarus') ? t : null;
      }, 'search results');
      expect(res).toContain('person');
    });

    it('pausing the site removes the highlights; resuming brings them back', async () => {
      const fresh = await driver.openPopup();
      await waitFor(async () => (await fresh.text()).includes('Pause on'), 'the pause toggle');
      await fresh.click('footer input[type="checkbox"]');
      await waitFor(async () => (Object.values(await highlights()).flat().length === 0 ? true : null), 'highlights to go');
      await fresh.click('footer input[type="checkbox"]');
      await waitFor(async () => ((await highlights())['backstory-entity']?.length ? true : null), 'highlights to return');
      await fresh.close();
      await popup.close();
    });

    it('options toggles take effect on the open page', async () => {
      const options = await driver.openOptions();
      // The dataset section fills in when the background answers; wait for it rather than race it.
      const text = await waitFor(async () => {
        const t = await options.text();
        return t.includes('Contested claims') && t.includes('CIA World Factbook') ? t : null;
      }, 'the options page with its dataset sources');
      expect(text).toMatch(/[\d,]+ entries/);
      // Full quote tinting is off by default and one toggle away.
      expect((await highlights())['backstory-quote']).toEqual([]);
      await options.click('input[name="quotes"]');
      await waitFor(async () => ((await highlights())['backstory-quote']?.length ? true : null), 'quotes to be tinted');
      await options.click('input[name="quotes"]');
      await waitFor(async () => ((await highlights())['backstory-quote']?.length === 0 ? true : null), 'quote tinting to go');
      await options.click('input[name="claims"]');
      await waitFor(async () => ((await highlights())['backstory-claim']?.length === 0 ? true : null), 'claims to disappear');
      expect((await highlights())['backstory-entity']!.length).toBeGreaterThan(0);
      await options.click('input[value="background"]');
      await waitFor(
        async () => (await page().evaluate<boolean>(`CSS.highlights.has('backstory-entity-bg') && !CSS.highlights.has('backstory-entity')`)) || null,
        'the background style',
      );
      await options.click('input[value="underline"]');
      await options.click('input[name="claims"]');
      await waitFor(async () => ((await highlights())['backstory-claim']?.length ? true : null), 'claims to return');
      await options.close();
    });

    it('re-analyses a single-page site after in-page navigation', async () => {
      await page().goto(`${server.origin}/spa/first-story`);
      await waitFor(async () => ((await highlights())['backstory-entity']?.includes('Lukashenko') ? true : null), 'first story highlights');
      await page().click('#next');
      const h = await waitFor(async () => {
        const x = await highlights();
        return x['backstory-entity']?.includes('Vladimir Putin') && !x['backstory-entity'].includes('Lukashenko') ? x : null;
      }, 'the second story to be analysed');
      expect(h['backstory-entity']).toContain('Moscow');
    });
  });
}
