/**
 * `npm start`'s last step: the built extension in real Chromium on the bundled demo article.
 * Headed when a display exists, else headless. Writes screenshots of the highlighted page, an open
 * card, the popup's three views and the options page to .output/demo/, and prints what it found.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../e2e/harness/chromium';
import { waitFor } from '../e2e/harness/driver';
import { READ_HIGHLIGHTS, locateHighlight } from '../e2e/harness/page-probe';
import { ROOT, demoHtml } from '../e2e/harness/paths';
import { servePages } from '../e2e/harness/server';

const OUT = resolve(ROOT, '.output/demo');

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await servePages({ '/demo.html': demoHtml() });
  const driver = await launchChromium({ localOrigin: server.origin, headless: !process.env.DISPLAY });
  try {
    const page = driver.raw;
    await page.setViewportSize({ width: 1280, height: 900 });
    await driver.page.goto(`${server.origin}/demo.html`);
    const h = await waitFor(async () => {
      const x = await driver.page.evaluate<Record<string, string[]>>(READ_HIGHLIGHTS);
      return x['backstory-entity']?.length ? x : null;
    }, 'highlights');
    await page.screenshot({ path: resolve(OUT, 'page.png') });

    const at = await driver.page.evaluate<{ x: number; y: number }>(locateHighlight('backstory-entity', 'Lukashenko'));
    await page.mouse.move(at.x, at.y);
    const card = (await waitFor(() => driver.card(), 'the card')).text;
    await page.waitForTimeout(400); // let the card's entrance animation finish
    await page.screenshot({ path: resolve(OUT, 'card.png') });

    const popup = await driver.openPopup();
    const raw = driver.context.pages().at(-1)!;
    await raw.setViewportSize({ width: 420, height: 640 });
    await waitFor(async () => (await popup.text()).includes('People & places'), 'the popup');
    // The quote count as the popup shows it ("Who said what (N)", lib/card/view.ts topLevelQuotes),
    // not the number of painted ranges (one quote can paint several).
    const popupQuotes = /Who said what \((\d+)\)/.exec(await popup.text())?.[1] ?? '?';
    await raw.screenshot({ path: resolve(OUT, 'popup-entities.png') });
    await popup.click('#tab-quotes');
    await raw.screenshot({ path: resolve(OUT, 'popup-quotes.png') });
    await popup.click('#tab-claims');
    await raw.screenshot({ path: resolve(OUT, 'popup-claims.png') });
    const options = await driver.openOptions();
    const rawOptions = driver.context.pages().at(-1)!;
    await waitFor(async () => (await options.text()).includes('Dataset'), 'the options page');
    await rawOptions.screenshot({ path: resolve(OUT, 'options.png'), fullPage: true });

    const uniq = (xs: string[] = []) => [...new Set(xs)];
    console.log('Backstory demo — what the extension found on the demo article:');
    // Highlighted text as it stands on the page ("Lukashenko" after "Alexander Lukashenko", "she"
    // for the speaker named before): each links to one card.
    console.log(`  highlighted names: ${uniq(h['backstory-entity']).join(', ')}`);
    console.log(`  highlighted speakers: ${uniq(h['backstory-speaker']).join(', ')}`);
    console.log(`  quotes:   ${popupQuotes} (as the popup counts them; ${h['backstory-quote']?.length ?? 0} highlighted ranges)`);
    console.log(`  contested claims: ${h['backstory-claim']?.length ?? 0}`);
    console.log(`  card on hover of "Lukashenko": ${card.replace(/\s+/g, ' ').slice(0, 200)}`);
    console.log(`Screenshots: ${OUT}/{page,card,popup-entities,popup-quotes,popup-claims,options}.png`);
    if (process.argv.includes('--readme')) {
      // The README shows real screenshots; refresh them deliberately, never as a side effect of npm start.
      const dir = resolve(ROOT, 'assets/screenshots');
      mkdirSync(dir, { recursive: true });
      for (const f of ['card', 'popup-entities', 'popup-quotes', 'popup-claims', 'options']) copyFileSync(resolve(OUT, `${f}.png`), resolve(dir, `${f}.png`));
      console.log(`README screenshots updated in ${dir}`);
    }
  } finally {
    await driver.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
