import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_PAGES, listPages, PAGES_DIR, samplePages } from '../sweep/pages';
import { formatTable, openVisitor, totals, type PageResult, type SweepBrowser, type Visitor } from '../sweep/visit';
import { CHROME_BUILD, CHROMIUM, FIREFOX, FIREFOX_BUILD } from './harness/paths';
import { needsBuild } from './suite';

/**
 * The real-page sweep on a fixed sample: the pages with the most frames, forms and text, then an
 * even spread over the three corpora. On every page the extension must throw nothing, change
 * nothing in the DOM and request nothing from the network. `npm run sweep` runs all pages.
 */
const SAMPLE: Record<SweepBrowser, number> = { chromium: 50, firefox: 20 };

function sweepSuite(browser: SweepBrowser, unavailable: () => string | null) {
  // In CI a missing browser or build fails instead of skipping; only a missing ../shared skips.
  const why = !HAS_PAGES ? `${PAGES_DIR} is absent` : process.env.CI ? null : unavailable();
  describe.skipIf(!!why)(`${browser}: real-page sweep${why ? ` (skipped: ${why})` : ''}`, () => {
    let visitor: Visitor;
    const results: PageResult[] = [];
    const pages = HAS_PAGES ? samplePages(listPages(), SAMPLE[browser]) : [];

    beforeAll(async () => {
      visitor = await openVisitor(browser, pages);
    }, 120_000);
    afterAll(async () => {
      await visitor?.close();
    });

    it(`visits ${SAMPLE[browser]} pages from all three corpora without errors, DOM changes or requests`, async () => {
      expect(new Set(pages.map((p) => p.corpus)).size).toBe(3);
      expect(pages.length).toBe(SAMPLE[browser]);
      for (const p of pages) results.push(await visitor.visit(p));
      const t = totals(results);
      const table = formatTable(results, browser);
      console.log(table);
      expect(t.failures, table).toBe(0);
      expect(t.errors, table).toBe(0);
      expect(t.mutations, table).toBe(0);
      expect(t.requests, table).toBe(0);
      // The sweep measured something: the extension ran and painted on the articles.
      expect(t.withHighlights, table).toBeGreaterThan(pages.length / 3);
      if (browser === 'chromium') expect(t.reported, table).toBe(pages.length);
    }, 200_000);
  });
}

sweepSuite('chromium', () => needsBuild(CHROME_BUILD, CHROMIUM));
sweepSuite('firefox', () => needsBuild(FIREFOX_BUILD, FIREFOX));
