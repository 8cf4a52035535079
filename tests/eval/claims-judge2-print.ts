/**
 * Prints the sentences a second judge labels (tests/fixtures/claims-judged-2.json), blind: the
 * text of each sentence with the sentence before and after it, and the kind definitions from the
 * fixture's `about` — never the first judge's kinds, nor anything the product finds in them.
 *
 * The sample is every sentence of the held-out documents (heldOut in ./claims-fixture.ts), so
 * agreement and the product's figures under the second judge need no sampling weights. Documents
 * come in a seeded random order (sentences in text order within a document, for their context).
 *
 *   npx tsx tests/eval/claims-judge2-print.ts [--fresh] [--from N] [--count M]   (N, M count sentences)
 */
import { readFileSync } from 'node:fs';
import { docText, fnv1a, FIXTURE, heldOut, loadFixture, sha16 } from './claims-fixture';
import { splitSentences } from '../../lib/text/sentences';

/** The order judged in: documents by a seeded hash of their id, sentences by offset. */
export const JUDGE2_SEED = 'judge2-2026-12-05';

export function judge2Sample() {
  const items = loadFixture().filter((it) => heldOut(it.doc));
  const key = (doc: string) => fnv1a(JUDGE2_SEED + doc);
  return items.sort((a, b) => key(a.doc) - key(b.doc) || a.doc.localeCompare(b.doc) || a.start - b.start);
}

/** Words that make a sentence a candidate for the fresh set (the fixture's dispute, sourcing and hedge words). */
const CANDIDATE =
  /\b(?:claim\w*|call(?:ed|s)?|charge[sd]?|liars?|lie[sd]?|accus\w*|alleg\w*|den(?:y|ies|ied|ials?)|disput\w*|reject\w*|dismiss\w*|sham|hoax|baseless|false\w*|credible|verif\w*|confirm\w*|lawsuit|complaint|innocen\w*|reportedly|sources?|officials?|according\s+to|critics|experts)\b/i;

/**
 * A fresh held-out set judged by the second judge alone, after the rules of 2026-12-05 were written
 * and before the product was run on it: in every held-out polnear-dev and scrapinghub document of the
 * fixture, one seeded random sentence with a CANDIDATE word that the fixture does not hold, and in a
 * third of them (by hash) one more with "said" or "says".
 */
export function freshSample(): { id: string; doc: string; start: number; end: number; sha: string }[] {
  const fixture = loadFixture();
  const docs = [...new Set(fixture.filter((it) => heldOut(it.doc) && !it.doc.startsWith('wcxb:')).map((it) => it.doc))].sort();
  const out = [];
  for (const doc of docs) {
    const text = docText(doc);
    const taken = fixture.filter((it) => it.doc === doc);
    const free = splitSentences(text).filter((s) => s.end - s.start >= 40 && !taken.some((t) => t.start < s.end && s.start < t.end));
    const pick = (pool: typeof free, salt: string) =>
      pool.length ? pool.map((s) => ({ s, k: fnv1a(`${JUDGE2_SEED}:${salt}:${doc}:${s.start}`) })).sort((a, b) => a.k - b.k)[0]!.s : undefined;
    const first = pick(
      free.filter((s) => CANDIDATE.test(text.slice(s.start, s.end))),
      'dispute',
    );
    const second =
      fnv1a(JUDGE2_SEED + ':said:' + doc) % 3 === 0
        ? pick(
            free.filter((s) => s !== first && /\b(?:said|says)\b/.test(text.slice(s.start, s.end))),
            'said',
          )
        : undefined;
    for (const s of [first, second]) if (s) out.push({ doc, start: s.start, end: s.end, sha: sha16(text.slice(s.start, s.end)) });
  }
  return out.map((it, i) => ({ id: `f${i}`, ...it }));
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
  const sample = process.argv.includes('--fresh') ? freshSample() : judge2Sample();
  for (const [i, it] of sample.entries()) {
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
