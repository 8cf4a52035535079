import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_AT_ONCE } from '../../lib/highlight/near-viewport';
import { waitFor, type ExtensionDriver } from './harness/driver';
import { hoverCard } from './harness/hover';
import { demoHtml } from './harness/paths';
import { servePages } from './harness/server';
import { inBothBrowsers } from './suite';

/** The demo article's paragraphs, `copies` times over, each copy in a section of its own (#part-N). */
export function longPage(copies: number): string {
  const demo = demoHtml();
  const paragraphs = demo.match(/<article>([\s\S]*?)<div class="newsletter-signup">/)![1]!.replace(/<h1>[\s\S]*?<\/p>/, '');
  const sections = Array.from({ length: copies }, (_, i) => `<section id="part-${i}">${paragraphs}</section>`).join('\n');
  return demo.replace(/(<p class="byline">[^<]*<\/p>)[\s\S]*?(<div class="newsletter-signup">)/, `$1${sections}$2`);
}

const COPIES = 30;

/** Every registered range of our highlights: its text, its section and where it is on screen. */
const REGISTERED = `(() => {
  const out = [];
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('backstory-') || name === 'backstory-flash') continue;
    for (const r of h) {
      const el = r.startContainer.parentElement;
      const box = r.getBoundingClientRect();
      out.push({ name, text: r.toString(), part: el && el.closest('section') ? el.closest('section').id : null, top: box.top, bottom: box.bottom });
    }
  }
  return out;
})()`;
type Registered = { name: string; text: string; part: string | null; top: number; bottom: number }[];

/**
 * A long article (issue 19): its highlights are registered near the viewport only, so the frame
 * after painting stays short; those far below come once the reader scrolls to them, hovering there
 * opens their cards, and the keyboard command brings back the ones it scrolls to.
 */
function longPageSuite(browserName: string, launch: (origin: string) => Promise<ExtensionDriver>, unavailable: () => string | null) {
  const why = process.env.CI ? null : unavailable();
  describe.skipIf(!!why)(`${browserName}: a long article is painted near the viewport${why ? ` (skipped: ${why})` : ''}`, () => {
    let driver: ExtensionDriver;
    let server: Awaited<ReturnType<typeof servePages>>;
    const page = () => driver.page;
    const registered = () => page().evaluate<Registered>(REGISTERED);
    const inPart = (part: string) => async () => {
      const r = await registered();
      return r.some((x) => x.part === part) ? r : null;
    };

    beforeAll(async () => {
      server = await servePages({ '/long.html': longPage(COPIES) });
      driver = await launch(server.origin);
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    it('registers the ranges near the viewport, not those far below, and those once scrolled to', async () => {
      await page().goto(`${server.origin}/long.html`);
      await page().front();
      const report = await waitFor(async () => {
        const r = await driver.report();
        return r?.isArticle ? r : null;
      }, 'the report');
      const total = report.highlights as number;
      expect(total, 'a page long enough to be painted near the viewport').toBeGreaterThan(ALL_AT_ONCE);
      const first = await waitFor(inPart('part-0'), 'highlights at the top');
      const height = await page().evaluate<number>('innerHeight');
      expect(first.length).toBeLessThan(total / 3);
      // Within one viewport's height above or below the viewport (the observed element's box decides).
      for (const r of first) expect(r.top, r.text).toBeLessThan(3 * height);
      const last = `part-${COPIES - 1}`;
      expect(first.some((r) => r.part === last)).toBe(false);

      await page().evaluate(`document.getElementById('${last}').scrollIntoView({ block: 'start' })`);
      const after = await waitFor(async () => {
        const r = await registered();
        return r.some((x) => x.part === last && x.name === 'backstory-entity' && x.text === 'Belarus') ? r : null;
      }, 'Belarus painted in the last section after scrolling');
      expect(after.length).toBeLessThan(total / 3);
      // Those at the top are taken out again: the registered set stays bounded.
      await waitFor(async () => ((await registered()).some((r) => r.part === 'part-0') ? null : true), 'the top section unpainted');
    });

    it('hovering a name far down the page opens its card', async () => {
      const last = `part-${COPIES - 1}`;
      const onScreen = () =>
        page().evaluate<{ x: number; y: number } | null>(`(() => {
        const h = CSS.highlights.get('backstory-entity');
        const r = h && Array.from(h).find((r) => r.toString() === 'Belarus' && r.startContainer.parentElement.closest('#${last}'));
        if (!r) return null;
        const b = r.getClientRects()[0];
        return b.top >= 0 && b.bottom <= innerHeight ? { x: b.left + b.width / 2, y: b.top + b.height / 2 } : null;
      })()`);
      const at = await onScreen();
      expect(at, 'Belarus on screen in the last section').toBeTruthy();
      await page().evaluate(`void (window.__h0 = CSS.highlights.get('backstory-entity'))`);
      const card = await hoverCard(driver, { locate: onScreen, accept: (c) => c.text.includes('Belarus'), what: 'the card for Belarus' });
      expect(card.text).toContain('Minsk');
      // Hovering hit-tests the targets: it neither needs nor causes a repaint (the highlight object stays).
      expect(await page().evaluate<boolean>(`CSS.highlights.get('backstory-entity') === window.__h0`)).toBe(true);
      await page().press('Escape');
    });

    it('the keyboard command scrolls back to the first name and it is painted there', async () => {
      expect(await page().evaluate<number>('scrollY')).toBeGreaterThan(5000);
      expect(await driver.cycle()).toBe(true);
      const card = await waitFor(async () => (await driver.card())?.text ?? null, 'the first card');
      expect(card).toBeTruthy();
      const back = await waitFor(inPart('part-0'), 'highlights at the top again');
      expect(back.some((r) => r.part === `part-${COPIES - 1}`)).toBe(false);
      await page().press('Escape');
    });
  });
}

inBothBrowsers(longPageSuite);
