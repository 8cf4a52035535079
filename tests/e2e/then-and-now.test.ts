import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor, type ExtensionDriver } from './harness/driver';
import { hoverCard } from './harness/hover';
import { READ_HIGHLIGHTS, locateHighlight } from './harness/page-probe';
import { ROOT } from './harness/paths';
import { servePages } from './harness/server';
import { inBothBrowsers } from './suite';
import type { Dataset, Role } from '../../lib/types';

/**
 * Then and now, in the real built extension: a fixture article dated 10 March 2021 (JSON-LD,
 * article:published_time and a <time> in its byline) names a head of government whom the bundled
 * dataset knows was replaced after that date. Hovering the name shows what the person was at the
 * time of the article and who holds the office now. What the card must say is read from the
 * bundled dataset, not written here.
 */
const PAGE = readFileSync(resolve(ROOT, 'tests/fixtures/then-and-now/canberra-2021.html'), 'utf8');
const PUBLISHED = '2021-03-10';
const NAME = 'Scott Morrison';

function expected(): { role: Role; successor: NonNullable<Role['successor']> } {
  const ds: Dataset = JSON.parse(readFileSync(resolve(ROOT, 'assets/dataset.json'), 'utf8'));
  const person = ds.entities.find((e) => e.type === 'person' && e.name === NAME);
  const role = person?.roles?.find((r) => r.since && r.since <= PUBLISHED && r.until && r.until > PUBLISHED && r.successor);
  if (!role?.successor) throw new Error(`the bundled dataset knows no office ${NAME} held on ${PUBLISHED} and left to a successor`);
  return { role, successor: role.successor };
}

function thenAndNowSuite(browserName: string, launch: (origin: string) => Promise<ExtensionDriver>, unavailable: () => string | null) {
  const why = process.env.CI ? null : unavailable();
  describe.skipIf(!!why)(`${browserName}: then and now${why ? ` (skipped: ${why})` : ''}`, () => {
    let driver: ExtensionDriver;
    let server: Awaited<ReturnType<typeof servePages>>;

    beforeAll(async () => {
      server = await servePages({ '/canberra-2021.html': PAGE });
      driver = await launch(server.origin);
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    it('an article dated before a change the dataset knows: the card says what the person was then, and who holds the office now', async () => {
      const { role, successor } = expected();
      await driver.page.goto(`${server.origin}/canberra-2021.html`);
      await waitFor(async () => {
        const h = await driver.page.evaluate<Record<string, string[]>>(READ_HIGHLIGHTS);
        return h['backstory-entity']?.includes(NAME) ? h : null;
      }, `a highlight for ${NAME}`);
      const must = ['At the time of this article (10 March 2021)', role.title, successor.name, 'holds the office'];
      const card = (
        await hoverCard(driver, {
          locate: () => driver.page.evaluate(locateHighlight('backstory-entity', NAME)),
          accept: (c) => must.every((m) => c.text.includes(m)),
          what: `a card for ${NAME} saying ${must.join(', ')}`,
        })
      ).text;
      // The "now" line is attributed: its source's name and as-of month.
      const src = JSON.parse(readFileSync(resolve(ROOT, 'assets/dataset.json'), 'utf8')).sources[successor.source];
      expect(card).toMatch(new RegExp(`${successor.name} holds the office — as of \\w+ \\d{4}, ${src.name.split(' ')[0]}`));
      // Then comes before now, and the card never calls the person the office's current holder.
      expect(card.indexOf('At the time of this article')).toBeLessThan(card.indexOf(successor.name));
      expect(card).not.toContain('in office since');

      const popup = await driver.openPopup();
      try {
        const text = await waitFor(async () => {
          const t = await popup.text();
          return t.includes(NAME) ? t : null;
        }, 'the popup to list the article');
        expect(text).toContain('Published 10 March 2021');
      } finally {
        await popup.close();
      }
    });
  });
}

inBothBrowsers(thenAndNowSuite);
