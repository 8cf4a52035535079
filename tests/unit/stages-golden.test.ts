/**
 * Golden outputs of the three text stages (findEntities → findQuotes → findClaims) on fixed texts,
 * pinned as sha256 hashes so that speed work on lib/entities, lib/quotes and lib/claims can prove
 * it changed nothing. Only hashes are stored (tests/unit/stages-golden.json): the inputs from
 * ../shared are third-party text that must never be committed, and neither may outputs that
 * quote them.
 *
 * Regenerate (only after a deliberate behaviour change):
 *   UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/stages-golden.test.ts
 *
 * Each input also records the hash of its text, so a failure says whether the stages changed or
 * the input did (e.g. lib/extract producing a different body for the demo page).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findClaims } from '../../lib/claims';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { findEntities } from '../../lib/entities';
import { extractBody } from '../../lib/extract';
import { findQuotes } from '../../lib/quotes';
import { parseHtml } from '../../lib/tools/parse-html';
import { loadBundledDataset } from '../../lib/tools/load-dataset';
import { hasZyte, realParagraphs } from '../bench/inputs';
import { buildSeedPage } from '../fixtures/seed-page';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.resolve(ROOT, '../shared');
const GOLDEN = path.join(ROOT, 'tests/unit/stages-golden.json');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface Golden {
  input: string; // sha256 of the text
  entities: string;
  quotes: string;
  claims: string;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

const lookup = createMemoryLookup(loadBundledDataset());

function bodyOf(html: string, url: string): string {
  return extractBody(parseHtml(html, url)).text;
}

function firstWords(paragraphs: string[], n: number): string[] {
  const out: string[] = [];
  let count = 0;
  for (const p of paragraphs) {
    if (count >= n) break;
    out.push(p);
    count += p.split(/\s+/).length;
  }
  return out;
}

/** The inputs, by a stable name; ../shared ones only when it is present. */
function inputs(): [string, () => string][] {
  const out: [string, () => string][] = [
    ['demo article', () => bodyOf(readFileSync(path.join(ROOT, 'assets/demo/article.html'), 'utf8'), 'https://ledger.example/world/belarus-sanctions')],
  ];
  if (!existsSync(SHARED)) return out;
  const seed = path.join(SHARED, 'seeds/000_59ca9e13b7f063f4.txt');
  if (existsSync(seed)) out.push(['seed page', () => bodyOf(buildSeedPage(readFileSync(seed, 'utf8')), 'https://news.example/world/seed')]);
  const dir = path.join(SHARED, 'nlp/polnear-dev/text');
  if (existsSync(dir)) {
    // Named by position, not file name: the names are headline slugs of third-party articles.
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .slice(0, 10);
    files.forEach((f, i) => out.push([`polnear-dev text ${i + 1}`, () => readFileSync(path.join(dir, f), 'utf8')]));
  }
  // Many real articles' paragraphs (the benchmark's source), joined without lib/extract: ~20,000 words.
  if (hasZyte()) out.push(['real paragraphs 20k words', () => firstWords(realParagraphs(), 20_000).join('\n')]);
  return out;
}

/** Everything the stages return, Maps as entry lists (JSON.stringify drops Map contents). */
async function stages(text: string): Promise<Omit<Golden, 'input'>> {
  const { entities, records, adjectiveCountries } = await findEntities(text, lookup);
  const entityJson = JSON.stringify({ entities, records: [...records.keys()], adjectiveCountries: [...adjectiveCountries] });
  const quotes = findQuotes(text, entities);
  const quoteJson = JSON.stringify(quotes);
  const claims = findClaims(text, { quotes, entities, records });
  return { entities: sha(entityJson), quotes: sha(quoteJson), claims: sha(JSON.stringify(claims)) };
}

const stored: Record<string, Golden> = existsSync(GOLDEN) ? (JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, Golden>) : {};
const fresh: Record<string, Golden> = { ...stored };

describe('text stages: outputs unchanged (hash golden)', () => {
  if (!existsSync(SHARED)) it.skip('../shared absent: only the demo article is checked', () => {});

  for (const [name, load] of inputs()) {
    it(name, async () => {
      const text = load();
      const got: Golden = { input: sha(text), ...(await stages(text)) };
      // Running twice must give the same result: caches and memos keyed on the text must not leak state.
      expect(await stages(text)).toEqual({ entities: got.entities, quotes: got.quotes, claims: got.claims });
      if (UPDATE) {
        fresh[name] = got;
        return;
      }
      const want = stored[name];
      expect(want, `no golden for "${name}": run with UPDATE_GOLDEN=1`).toBeDefined();
      expect(got.input, `the INPUT text of "${name}" changed (not the stages): check lib/extract, then regenerate`).toBe(want!.input);
      expect(got.entities, `findEntities output changed on "${name}"`).toBe(want!.entities);
      expect(got.quotes, `findQuotes output changed on "${name}"`).toBe(want!.quotes);
      expect(got.claims, `findClaims output changed on "${name}"`).toBe(want!.claims);
    });
  }

  afterAll(() => {
    if (UPDATE) writeFileSync(GOLDEN, JSON.stringify(fresh, null, 2) + '\n');
  });
});
