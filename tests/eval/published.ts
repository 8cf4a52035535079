/**
 * How often the publication-date reader (lib/published.ts) finds a date on real article pages, by
 * method, and how often it agrees with a date in the page's own URL (/2016/06/03/) where there is
 * one (an independent check). Prints a random sample for reading by hand.
 * Usage: npx tsx tests/eval/published.ts [--sample 20] [--seed 1] [--list dateline|time|meta|json-ld]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractBody } from '../../lib/extract';
import { datelineDate, fromJsonLd, fromMeta, fromTime } from '../../lib/published';
import { disposeHtml, parseHtml } from '../../lib/tools/parse-html';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PAGES = path.resolve(root, '../shared/pages');
if (!existsSync(PAGES)) {
  console.log('skipped: ../shared/pages is absent');
  process.exit(0);
}
const arg = (k: string, d: number) => (process.argv.includes(k) ? Number(process.argv[process.argv.indexOf(k) + 1]) : d);
const NOW = new Date();
const readGz = (f: string) => gunzipSync(readFileSync(f)).toString('utf8');

const pages: { set: string; file: string; url?: string }[] = [];
const w = path.join(PAGES, 'wcxb-dev');
for (const f of readdirSync(path.join(w, 'html')).sort()) {
  const gt = JSON.parse(readFileSync(path.join(w, 'ground-truth', f.replace('.html.gz', '.json')), 'utf8'));
  if (gt._internal?.page_type?.primary === 'article') pages.push({ set: 'wcxb', file: path.join(w, 'html', f), url: gt.url });
}
const z = path.join(PAGES, 'scrapinghub-article-extraction-benchmark');
for (const f of readdirSync(path.join(z, 'html')).sort()) pages.push({ set: 'zyte', file: path.join(z, 'html', f) });

const urlDate = (u?: string) => {
  const m = u && /\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?:\/|$|[^\d])/.exec(u);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
};
const by: Record<string, Record<string, number>> = {};
let agree = 0,
  disagree = 0;
const found: { set: string; file: string; url?: string; date: string; how: string }[] = [];
const misses: string[] = [];
for (const p of pages) {
  const doc = parseHtml(readGz(p.file), p.url);
  try {
    let how = 'json-ld';
    let date = fromJsonLd(doc.head, NOW);
    if (!date) [how, date] = ['meta', fromMeta(doc.head, NOW)];
    if (!date) [how, date] = ['json-ld', fromJsonLd(doc.body, NOW)];
    if (!date) [how, date] = ['meta', fromMeta(doc.body, NOW)];
    if (!date) [how, date] = ['time', fromTime(doc, NOW)];
    if (!date) [how, date] = ['dateline', datelineDate(extractBody(doc).text, NOW)];
    if (!date) how = 'none';
    (by[p.set] ??= {})[how] = (by[p.set]![how] ?? 0) + 1;
    const u = urlDate(p.url);
    if (date && u) {
      // A day's difference is a time zone (the URL in local time, the metadata in UTC).
      if (Math.abs(Date.parse(date) - Date.parse(u)) <= 864e5) agree++;
      else {
        disagree++;
        console.log(`URL disagrees: ${p.url} → ${date} (${how})`);
      }
    }
    if (date) found.push({ ...p, date, how });
    else misses.push(p.url ?? p.file);
  } finally {
    await disposeHtml(doc);
  }
}
for (const [set, counts] of Object.entries(by)) {
  const n = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`${set}: ${n - (counts.none ?? 0)}/${n} article pages dated (${(100 * (1 - (counts.none ?? 0) / n)).toFixed(1)}%) — ${JSON.stringify(counts)}`);
}
console.log(`agrees with the URL's date (±1 day): ${agree}/${agree + disagree}`);
let seed = arg('--seed', 1);
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const sample = [...found].sort(() => rnd() - 0.5).slice(0, arg('--sample', 20));
const list = process.argv.includes('--list') ? process.argv[process.argv.indexOf('--list') + 1] : null;
for (const s of list ? found.filter((f) => f.how === list) : sample) console.log(`sample ${s.date} ${s.how.padEnd(8)} ${s.url ?? s.file}`);
