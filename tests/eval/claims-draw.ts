/**
 * Draw new sentences for the judged fixture (tests/fixtures/claims-judged.json) from its TUNING
 * documents only (heldOut in ./claims-fixture.ts is false), BEFORE the product runs on them: this
 * script never calls the claims code. It prints each drawn sentence with the one before and after
 * it, for a judge to label with the fixture's kinds; the labels go into the fixture with a set tag.
 *
 * Per document, a seeded random pick (mulberry32, seed from the set name and the document id)
 * among sentences of 6 words or more not yet in the fixture: some with accusation words (accus-,
 * alleg-, charg-, claim-, blam-, indict-, lawsuit, complaint, sued, fraud, lie/lied/lying/liar,
 * investigat-, rig-, corrupt, wrongdoing, illegal, guilty), some more with a reporting verb (said,
 * says, told, according to, reported, …) and, with probability PLAIN_P, one with neither.
 * polnear-dev (US political news) gets three accusation sentences per document, scrapinghub and
 * wcxb-dev one; polnear-dev and scrapinghub two reporting sentences, wcxb-dev one (wcxb-dev: pages
 * verified as articles whose text has "said" twice or more). With --accuse, a second pass takes
 * only accusation sentences, up to ACCUSE_ONLY per document, in every wcxb-dev page verified as an
 * article (run it after the first pass's sentences are in the fixture: they are skipped).
 *
 *   npx tsx tests/eval/claims-draw.ts <set> > /tmp/draw.jsonl
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sentenceSpans } from '../../lib/text/sentences';
import { docText, fnv1a, heldOut, FIXTURE, sha16, type JudgedItem } from './claims-fixture';
import { seededRandom } from '../../lib/tools/seeded-random';

const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared');

const ACCUSE =
  /\b(?:accus|alleg|charg|claim|blam|indict|lawsuit|complaint|sued\b|fraud|lie[sd]?\b|lying|liar|investigat|rig(?:s|ged|ging)?\b|corrupt|wrongdoing|illegal|guilty)/i;
const REPORT = /\b(?:said|says|told|tells|according to|reported|reports|stated|argued|insisted|tweeted|wrote|announced|added)\b/i;
const PLAIN_P = 0.4;
const ACCUSE_ONLY = 2;

function pick<T>(pool: T[], n: number, rnd: () => number): T[] {
  const out: T[] = [];
  const left = [...pool];
  while (out.length < n && left.length) out.push(left.splice(Math.floor(rnd() * left.length), 1)[0]!);
  return out;
}

function main() {
  const set = process.argv[2];
  if (!set) throw new Error('usage: claims-draw.ts <set> [--accuse]');
  // --accuse: a second pass that takes only accusation sentences, up to ACCUSE_ONLY per document.
  const accuseOnly = process.argv.includes('--accuse');
  const items = JSON.parse(readFileSync(FIXTURE, 'utf8')).items as JudgedItem[];
  const docs = readdirSync(path.join(SHARED, 'nlp/polnear-dev/text')).map((f) => 'polnear:' + f.replace(/\.txt$/, ''));
  docText('scrapinghub:');
  const sh = JSON.parse(readFileSync(path.join(SHARED, 'pages/scrapinghub-article-extraction-benchmark/ground-truth.json'), 'utf8'));
  docs.push(...Object.keys(sh).map((k) => 'scrapinghub:' + k));
  // wcxb-dev: pages verified as articles; in the first pass only those whose text has "said" twice
  // or more (meant as news-like, though "That said" counts too), in the --accuse pass every one.
  for (const f of readdirSync(path.join(SHARED, 'pages/wcxb-dev/ground-truth'))) {
    const g = JSON.parse(readFileSync(path.join(SHARED, 'pages/wcxb-dev/ground-truth', f), 'utf8'));
    const type = g._internal?.page_type;
    if (type?.primary !== 'article' || type?.confidence !== 'verified') continue;
    if (accuseOnly || (String(g.ground_truth?.main_content ?? '').match(/\bsaid\b/g) ?? []).length >= 2) docs.push('wcxb:' + f.replace(/\.json$/, ''));
  }
  for (const doc of docs.sort()) {
    if (heldOut(doc)) continue;
    const text = docText(doc);
    const taken = items.filter((it) => it.doc === doc);
    const spans = sentenceSpans(text).filter((s) => {
      const t = text.slice(s.start, s.end);
      return t.split(/\s+/).length >= 6 && t.length <= 700 && !taken.some((it) => it.start < s.end && s.start < it.end);
    });
    const rnd = seededRandom(fnv1a(set + '|' + doc));
    const accuse = spans.filter((s) => ACCUSE.test(text.slice(s.start, s.end)));
    const report = spans.filter((s) => !ACCUSE.test(text.slice(s.start, s.end)) && REPORT.test(text.slice(s.start, s.end)));
    const plain = spans.filter((s) => !ACCUSE.test(text.slice(s.start, s.end)) && !REPORT.test(text.slice(s.start, s.end)));
    const polnear = doc.startsWith('polnear:');
    const wcxb = doc.startsWith('wcxb:');
    const chosen = accuseOnly
      ? pick(accuse, ACCUSE_ONLY, rnd).map((s) => ({ s, pool: 'accuse' }))
      : [
          ...pick(accuse, polnear ? 3 : 1, rnd).map((s) => ({ s, pool: 'accuse' })),
          ...pick(report, wcxb ? 1 : 2, rnd).map((s) => ({ s, pool: 'report' })),
          ...(rnd() < PLAIN_P ? pick(plain, 1, rnd).map((s) => ({ s, pool: 'plain' })) : []),
        ];
    chosen.sort((a, b) => a.s.start - b.s.start);
    const all = sentenceSpans(text);
    for (const { s, pool } of chosen) {
      const i = all.findIndex((x) => x.start === s.start);
      const ctx = (j: number) => (all[j] ? text.slice(all[j]!.start, all[j]!.end).replace(/\s+/g, ' ') : '');
      const sentence = text.slice(s.start, s.end);
      console.log(JSON.stringify({ doc, start: s.start, end: s.end, sha: sha16(sentence), pool, before: ctx(i - 1), sentence, after: ctx(i + 1) }));
    }
  }
}

main();
