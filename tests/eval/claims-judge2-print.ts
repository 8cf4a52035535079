/**
 * Prints the sentences a second judge labels (tests/fixtures/claims-judged-2.json), blind: the
 * text of each sentence with the sentence before and after it, and the kind definitions from the
 * fixture's `about` — never the first judge's kinds, nor anything the product finds in them.
 *
 * The sample is every sentence of the held-out documents (heldOut in ./claims-fixture.ts), so
 * agreement and the product's figures under the second judge need no sampling weights. Documents
 * come in a seeded random order (sentences in text order within a document, for their context).
 *
 *   npx tsx tests/eval/claims-judge2-print.ts [--from N] [--count M]   (N, M count sentences)
 */
import { readFileSync } from 'node:fs';
import { docText, fnv1a, FIXTURE, heldOut, loadFixture } from './claims-fixture';
import { splitSentences } from '../../lib/text/sentences';

/** The order judged in: documents by a seeded hash of their id, sentences by offset. */
export const JUDGE2_SEED = 'judge2-2026-12-05';

export function judge2Sample() {
  const items = loadFixture().filter((it) => heldOut(it.doc));
  const key = (doc: string) => fnv1a(JUDGE2_SEED + doc);
  return items.sort((a, b) => key(a.doc) - key(b.doc) || a.doc.localeCompare(b.doc) || a.start - b.start);
}

const clip = (s: string, n: number) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, d: number) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : d;
  };
  const from = arg('--from', 0);
  const count = arg('--count', Infinity);
  const about: string = JSON.parse(readFileSync(FIXTURE, 'utf8')).about;
  if (from === 0) console.log('KIND DEFINITIONS (from the fixture):\n' + about.slice(about.indexOf('kinds ='), about.indexOf('Sentences were chosen')) + '\n');
  let lastDoc = '';
  for (const [i, it] of judge2Sample().entries()) {
    if (i < from || i >= from + count) continue;
    const text = docText(it.doc);
    const sents = splitSentences(text);
    const si = sents.findIndex((s) => s.start <= it.start && it.start < s.end);
    if (it.doc !== lastDoc) console.log(`\n=== doc ${it.doc}`);
    lastDoc = it.doc;
    const prev = si > 0 ? text.slice(sents[si - 1]!.start, sents[si - 1]!.end) : '';
    const next = si >= 0 && si + 1 < sents.length ? text.slice(sents[si + 1]!.start, sents[si + 1]!.end) : '';
    console.log(`#${it.id} [${i}]  (before: ${clip(prev, 240)})\n   >> ${text.slice(it.start, it.end).replace(/\s+/g, ' ')}\n   (after: ${clip(next, 160)})`);
  }
}
