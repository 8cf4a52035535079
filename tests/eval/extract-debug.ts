/**
 * Debug aid for body extraction on wcxb-dev pages: per-page F1, chosen root, and (with --show) the
 * extracted text next to the gold body. Usage: npx tsx tests/eval/extract-debug.ts [ids...] [--show] [--all] [--extra]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { collectBlocks } from '../../lib/extract/blocks';
import { extractBody } from '../../lib/extract/index';
import { chooseRoot } from '../../lib/extract/root';
import { disposeHtml, parseHtml } from '../../lib/tools/parse-html';
import { tokenF1 } from './detect';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = path.join(projectRoot, '../shared/pages/wcxb-dev');

const describeEl = (el: Element) => {
  const parts: string[] = [];
  for (let e: Element | null = el; e && parts.length < 6; e = e.parentElement) {
    const c = (e.getAttribute('class') ?? '').trim().split(/\s+/).slice(0, 3).join('.');
    const id = e.getAttribute('id');
    parts.push(`${e.tagName.toLowerCase()}${id ? '#' + id : ''}${c ? '.' + c : ''}`);
  }
  return parts.join(' < ');
};

export async function run(): Promise<void> {
  if (!existsSync(DIR)) {
    console.log(`extract-debug skipped: ${DIR} not found`);
    return;
  }
  const args = process.argv.slice(2);
  const show = args.includes('--show');
  let ids = args.filter((a) => /^\d+$/.test(a));
  if (!ids.length)
    ids = readdirSync(path.join(DIR, 'html'))
      .map((f) => f.replace('.html.gz', ''))
      .sort();
  for (const id of ids) {
    const gt = JSON.parse(readFileSync(path.join(DIR, 'ground-truth', `${id}.json`), 'utf8'));
    if (gt._internal?.page_type?.primary !== 'article' && !args.includes('--all')) continue;
    const gold = gt.ground_truth?.main_content ?? '';
    const html = gunzipSync(readFileSync(path.join(DIR, 'html', `${id}.html.gz`))).toString('utf8');
    const doc = parseHtml(html, gt.url);
    const body = extractBody(doc);
    const { p, r, f1 } = tokenF1(body.text, gold);
    const root = chooseRoot(doc.body, collectBlocks(doc.body));
    console.log(`${id} F1 ${f1.toFixed(3)} P ${p.toFixed(3)} R ${r.toFixed(3)} len ${body.text.length}/${gold.length} root ${describeEl(root)} ${gt.url}`);
    if (args.includes('--extra')) {
      // Our body's lines that share few words with the gold body: what over-inclusion took in.
      const goldWords = new Set(gold.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
      for (const line of body.text.split('\n')) {
        const w = line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
        if (w.length && w.filter((x) => goldWords.has(x)).length / w.length < 0.5) console.log(`  + ${line.slice(0, 160)}`);
      }
    }
    if (show) {
      console.log('--- OURS ---\n' + body.text.slice(0, 3000));
      console.log('--- GOLD ---\n' + gold.slice(0, 3000));
    }
    await disposeHtml(doc);
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  run().catch((e) => {
    console.error(e);
    process.exit(1);
  });
