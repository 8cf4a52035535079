import { ENTITY_SHARDS } from '../../lib/extension/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness/chromium';
import { waitFor } from './harness/driver';
import { READ_HIGHLIGHTS } from './harness/page-probe';
import { CHROME_BUILD, CHROMIUM, demoHtml } from './harness/paths';
import { servePages } from './harness/server';
import { needsBuild } from './suite';

const why = process.env.CI ? null : needsBuild(CHROME_BUILD, CHROMIUM);

/** Data safety in real Chromium: the background's database is deleted under it. */
describe.skipIf(!!why)(`data safety in real Chromium${why ? ` (skipped: ${why})` : ''}`, () => {
  let driver: Awaited<ReturnType<typeof launchChromium>>;
  let server: Awaited<ReturnType<typeof servePages>>;
  const sw = () => driver.context.serviceWorkers()[0]!;
  const seedState = () =>
    sw().evaluate(`new Promise((resolve) => {
      const r = indexedDB.open('backstory');
      r.onsuccess = () => {
        const db = r.result;
        if (!db.objectStoreNames.contains('meta')) { db.close(); return resolve(null); }
        const g = db.transaction('meta').objectStore('meta').get('seed');
        g.onsuccess = () => { db.close(); resolve(g.result || null); };
        g.onerror = () => { db.close(); resolve(null); };
      };
      r.onerror = () => resolve(null);
    })`) as Promise<{ complete: boolean; count: number; total: number } | null>;

  beforeAll(async () => {
    server = await servePages({ '/demo.html': demoHtml() });
    driver = await launchChromium({ localOrigin: server.origin });
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('a deleted database is rebuilt with a visible notice, settings kept, cards still served', async () => {
    await waitFor(async () => ((await seedState())?.complete ? true : null), 'the first seed', 30_000);
    // A user setting, written the way the options page writes it.
    const options = await driver.openOptions();
    await waitFor(async () => (await options.text()).includes('Contested claims'), 'options');
    await options.click('input[value="background"]');
    await options.close();

    // Delete the database from outside the background's connection (like "clear site data").
    await sw().evaluate(
      `new Promise((resolve) => { const r = indexedDB.deleteDatabase('backstory'); r.onsuccess = r.onerror = r.onblocked = () => resolve(true); })`,
    );
    const rebuilt = await waitFor(
      async () => {
        const s = await seedState();
        return s?.complete && s.count === s.total ? s : null;
      },
      'the database to be rebuilt',
      30_000,
    );
    // The whole dataset again: every entity bucket and the key buckets (lib/extension/db.ts).
    expect(rebuilt.total).toBeGreaterThan(ENTITY_SHARDS + 100);

    const stored = (await sw().evaluate(`chrome.storage.local.get(null)`)) as Record<string, unknown>;
    expect(String(stored.notice)).toMatch(/rebuilt/i);
    expect(JSON.stringify(stored)).toContain('"background"'); // the setting survived

    const page = await driver.openOptions();
    await waitFor(async () => ((await page.text()).match(/rebuilt its local dataset/) ? true : null), 'the notice on the options page');
    await page.close();

    // And pages still get their cards from it.
    await driver.page.goto(`${server.origin}/demo.html`);
    const h = await waitFor(async () => {
      const x = await driver.page.evaluate<Record<string, string[]>>(READ_HIGHLIGHTS);
      return Object.values(x).flat().length ? x : null;
    }, 'highlights after the rebuild');
    expect(h['backstory-entity-bg']?.length ?? h['backstory-entity']?.length).toBeGreaterThan(5);
  });
  it('corrupt settings in storage read as the defaults: the page is still highlighted and the options page still works', async () => {
    await sw().evaluate(`chrome.storage.local.set({ settings: 'not an object', pausedSites: { 'x.test': true } })`);
    await driver.page.goto(`${server.origin}/demo.html`);
    const h = await waitFor(async () => {
      const x = await driver.page.evaluate<Record<string, string[]>>(READ_HIGHLIGHTS);
      return (x['backstory-entity']?.length ?? 0) > 5 ? x : null;
    }, 'default-style highlights despite the corrupt settings');
    expect(h['backstory-entity-bg'] ?? []).toHaveLength(0);
    const options = await driver.openOptions();
    await waitFor(async () => (await options.text()).includes('Contested claims'), 'options with corrupt settings');
    // Choosing a style writes a whole, valid settings object back.
    await options.click('input[value="background"]');
    const stored = await waitFor(async () => {
      const v = (await sw().evaluate(`chrome.storage.local.get('settings')`)) as { settings?: unknown };
      return typeof v.settings === 'object' ? v.settings : null;
    }, 'settings written back');
    expect(stored).toEqual({ entities: true, quotes: false, claims: true, style: 'background' });
    await options.close();
  });
});
