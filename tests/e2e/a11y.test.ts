import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness/chromium';
import { waitFor } from './harness/driver';
import { hoverCard } from './harness/hover';
import { READ_HIGHLIGHTS, locateHighlight } from './harness/page-probe';
import { CHROME_BUILD, CHROMIUM, demoHtml } from './harness/paths';
import { servePages } from './harness/server';
import { needsBuild } from './suite';

const why = process.env.CI ? null : needsBuild(CHROME_BUILD, CHROMIUM);

async function seriousViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

describe.skipIf(!!why)(`accessibility (axe-core, Chromium)${why ? ` (skipped: ${why})` : ''}`, () => {
  let driver: Awaited<ReturnType<typeof launchChromium>>;
  let server: Awaited<ReturnType<typeof servePages>>;
  beforeAll(async () => {
    server = await servePages({ '/demo.html': demoHtml() });
    driver = await launchChromium({ localOrigin: server.origin });
    await driver.page.goto(`${server.origin}/demo.html`);
    await waitFor(
      async () => ((await driver.page.evaluate<Record<string, string[]>>(READ_HIGHLIGHTS))['backstory-entity']?.length ? true : null),
      'highlights',
    );
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('an open card has no serious or critical violations', async () => {
    await driver.raw.emulateMedia({ reducedMotion: 'reduce' }); // no entrance animation to wait out
    await hoverCard(driver, { locate: () => driver.page.evaluate(locateHighlight('backstory-entity', 'Lukashenko')), accept: () => true, what: 'the card' });
    // The card's shadow root is closed, so axe cannot look inside it on the page. Check the same
    // markup and styles, read from the content script's world, in an open root of a page of its own.
    const markup = await driver.inCard<string>(`(root) => Array.from(root.children).map((n) => n.outerHTML).join('')`);
    expect(markup).toContain('bs-card');
    const copy = await driver.context.newPage();
    try {
      await copy.setContent(`<!doctype html><html lang="en"><head><title>card</title></head><body><main><div id="card-copy"></div></main></body></html>`);
      await copy.evaluate((html) => {
        const root = document.getElementById('card-copy')!.attachShadow({ mode: 'open' });
        root.innerHTML = html;
      }, markup);
      expect(await seriousViolations(copy, '#card-copy')).toEqual([]);
    } finally {
      await copy.close();
    }
  });

  it('the popup, in each view, has no serious or critical violations', async () => {
    await driver.openPopup();
    const popup = driver.context.pages().at(-1)!;
    await popup.waitForSelector('#tab-entities');
    for (const tab of ['#tab-entities', '#tab-quotes', '#tab-claims']) {
      await popup.click(tab);
      expect(await seriousViolations(popup), tab).toEqual([]);
    }
    await popup.close();
  });

  it('the options page has no serious or critical violations', async () => {
    await driver.openOptions();
    const options = driver.context.pages().at(-1)!;
    await options.waitForSelector('input[name="claims"]');
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });
});
