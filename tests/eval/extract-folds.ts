/**
 * Body extraction judged the way a rule change must be: per page token F1 on wcxb-dev articles and the
 * scrapinghub benchmark, written to a JSON file, and (with --compare) set against an earlier run fold
 * by fold. Rules are written by looking at pages of the tuning half only (even file numbers: see
 * `--list`); the odd half and scrapinghub are the held-out figures, and a change counts only if they
 * improve. The ten folds (file number mod 10) show whether a gain is broad or one page's.
 * Usage: npx tsx tests/eval/extract-folds.ts [--out FILE] [--compare FILE] [--list] [--only wcxb|zyte]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractBody } from '../../lib/extract/index';
import { disposeHtml, parseHtml } from '../../lib/tools/parse-html';
import { tokenF1 } from './detect';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PAGES = path.resolve(projectRoot, '../shared/pages');
const readGz = (f: string) => gunzipSync(readFileSync(f)).toString('utf8');
const arg = (n: string) => {
  const i = process.argv.indexOf(n);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

interface Row {
  set: 'wcxb' | 'zyte';
  id: string;
  f1: number;
  p: number;
  r: number;
}

async function score(set: Row['set'], id: string, html: string, url: string | undefined, gold: string): Promise<Row> {
  const doc = parseHtml(html, url);
  try {
    return { set, id, ...tokenF1(extractBody(doc).text, gold) };
  } finally {
    await disposeHtml(doc);
  }
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const tuning = (r: Row) => r.set === 'wcxb' && Number(r.id) % 2 === 0;

export async function run(): Promise<void> {
  if (!existsSync(PAGES)) return console.log(`extract-folds skipped: ${PAGES} not found`);
  const only = arg('--only');
  const rows: Row[] = [];
  if (!only || only === 'wcxb') {
    const dir = path.join(PAGES, 'wcxb-dev');
    for (const file of readdirSync(path.join(dir, 'html')).sort()) {
      const id = file.replace('.html.gz', '');
      const gt = JSON.parse(readFileSync(path.join(dir, 'ground-truth', `${id}.json`), 'utf8'));
      if (gt._internal?.page_type?.primary !== 'article') continue;
      rows.push(await score('wcxb', id, readGz(path.join(dir, 'html', file)), gt.url || undefined, gt.ground_truth?.main_content ?? ''));
    }
  }
  if (!only || only === 'zyte') {
    const dir = path.join(PAGES, 'scrapinghub-article-extraction-benchmark');
    const gt: Record<string, { articleBody: string; url: string }> = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8'));
    for (const id of Object.keys(gt).sort()) {
      const file = path.join(dir, 'html', `${id}.html.gz`);
      if (existsSync(file)) rows.push(await score('zyte', id, readGz(file), gt[id]!.url, gt[id]!.articleBody));
    }
  }
  const out = arg('--out');
  if (out) writeFileSync(out, JSON.stringify(rows));
  const before: Map<string, Row> | null = arg('--compare')
    ? new Map((JSON.parse(readFileSync(arg('--compare')!, 'utf8')) as Row[]).map((r) => [`${r.set}/${r.id}`, r]))
    : null;
  const line = (name: string, rs: Row[]) => {
    const now = mean(rs.map((r) => r.f1));
    let s = `  ${name.padEnd(26)} F1 ${now.toFixed(3)} over ${rs.length} pages`;
    if (before) {
      const was = mean(rs.map((r) => before.get(`${r.set}/${r.id}`)?.f1 ?? NaN));
      const up = rs.filter((r) => r.f1 > (before.get(`${r.set}/${r.id}`)?.f1 ?? 0) + 0.005).length;
      const down = rs.filter((r) => r.f1 < (before.get(`${r.set}/${r.id}`)?.f1 ?? 0) - 0.005).length;
      s += `  (before ${was.toFixed(3)}; ${up} pages up, ${down} down)`;
    }
    console.log(s);
  };
  const wc = rows.filter((r) => r.set === 'wcxb');
  console.log('body token F1 (mean per page)');
  line(
    'wcxb held-out half (odd)',
    wc.filter((r) => !tuning(r)),
  );
  line(
    'scrapinghub (held out)',
    rows.filter((r) => r.set === 'zyte'),
  );
  line('wcxb tuning half (even)', wc.filter(tuning));
  line('wcxb all articles', wc);
  for (let k = 0; k < 10; k++)
    line(
      `  wcxb fold ${k} (id mod 10)`,
      wc.filter((r) => Number(r.id) % 10 === k),
    );
  // Mistakes to study: the tuning half only.
  if (process.argv.includes('--list')) {
    for (const r of wc
      .filter(tuning)
      .filter((r) => r.f1 < 0.8)
      .sort((a, b) => a.f1 - b.f1))
      console.log(
        `    ${r.id} F1 ${r.f1.toFixed(3)} P ${r.p.toFixed(3)} R ${r.r.toFixed(3)}${before ? ` (was ${before.get(`wcxb/${r.id}`)?.f1.toFixed(3)})` : ''}`,
      );
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  run().catch((e) => {
    console.error(e);
    process.exit(1);
  });
