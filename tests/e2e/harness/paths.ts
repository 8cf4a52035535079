import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const SHARED = resolve(ROOT, '../shared');
export const HAS_SHARED = existsSync(resolve(SHARED, 'seeds'));
export const CHROME_BUILD = resolve(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = resolve(ROOT, '.output/firefox-mv2');
export const CHROMIUM = '/usr/bin/chromium';
/** Chromium on this machine's closed network: no background connections, no first-run work (../shared/BROWSERS.md). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
export const FIREFOX = '/usr/bin/firefox-esr';
export const GECKO_ID = 'backstory@backstory.example';
export const FIREFOX_UUID = '6f0c5b5e-2d1a-4c59-9a57-6b1d0d7e3b42';

export const SEED_TXT = resolve(SHARED, 'seeds/000_59ca9e13b7f063f4.txt');
export const SEED_GOLD = resolve(SHARED, 'seeds/000_59ca9e13b7f063f4.gold.json');

export function demoHtml(): string {
  return readFileSync(resolve(ROOT, 'assets/demo/article.html'), 'utf8');
}
