import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { loadBundledDataset } from '../../lib/tools/load-dataset';
import { disposeHtml, parseHtml } from '../../lib/tools/parse-html';
import type { Analysis } from '../../lib/types';
import { buildSeedPage } from '../fixtures/seed-page';

const SEED = resolve(import.meta.dirname, '../../../shared/seeds/000_59ca9e13b7f063f4');
const HAS = existsSync(`${SEED}.txt`);

/**
 * The acceptance fixture, end to end through lib/: the real article's page (built at test time
 * from ../shared, never committed) goes through the same pipeline as the content script, and
 * everything the gold file says a careful reader finds must come out.
 */
describe.skipIf(!HAS)(`the seed article, through the whole pipeline${HAS ? '' : ' (skipped: ../shared is absent)'}`, () => {
  let a: Analysis;
  let doc: Document;
  const gold = HAS ? JSON.parse(readFileSync(`${SEED}.gold.json`, 'utf8')) : null;
  const slice = (s: { start: number; end: number }) => a.text.slice(s.start, s.end);
  const norm = (s: string) => s.replace(/[.,"“”\s]+$/u, '').replace(/^["“\s]+/u, '');

  beforeAll(async () => {
    doc = parseHtml(buildSeedPage(readFileSync(`${SEED}.txt`, 'utf8')), 'https://theweek.com/news/world/belarus-preparing-to-join-russian-invasion');
    ({ analysis: a } = await analyzeDocument(doc, {
      lookup: createMemoryLookup(loadBundledDataset()),
      url: 'https://theweek.com/news/world/belarus-preparing-to-join-russian-invasion',
    }));
  });
  afterAll(() => disposeHtml(doc));

  it('is an article; the body is the article without its furniture; the publisher is named', () => {
    expect(a.isArticle).toBe(true);
    expect(a.text.startsWith(gold.article.bodyStartsWith)).toBe(true);
    expect(a.text.trimEnd().endsWith(gold.article.bodyEndsWith)).toBe(true);
    for (const f of gold.article.notInBody) expect(a.text, f).not.toContain(f);
    expect(a.publisher?.name).toBe(gold.article.publisher);
  });

  it('finds every gold entity with its type, and its card says what the gold says', () => {
    for (const g of gold.entities) {
      const e = a.entities.find((x) => x.mentions.some((m) => g.mentions.includes(slice(m))));
      expect(e, g.name).toBeTruthy();
      expect(e!.type, g.name).toBe(g.type);
      const card = [e!.card.title, ...e!.card.lines].join(' ');
      for (const must of g.cardMustSay) expect(card, g.name).toContain(must);
      for (const src of e!.card.sources) expect(src.asOf, `${g.name} source date`).toMatch(/^\d{4}/);
    }
  });

  it('people the dataset does not know get a card from the article, marked as such', () => {
    for (const g of gold.peopleNotInAnyDataset) {
      const e = a.entities.find((x) => x.name === g.name);
      expect(e, g.name).toBeTruthy();
      expect(e!.fromDataset).toBe(false);
      expect(e!.card.fromArticle).toBe(true);
      expect(e!.card.lines.join(' ')).toContain(g.describedInArticleAs.replace(/['’]s$/, ''));
      expect(e!.mentions.map(slice)).toEqual(expect.arrayContaining(g.mentions));
    }
  });

  it('finds all 12 quotes with the right speaker; the scare quote has none', () => {
    const personOf = (name: string) => a.entities.find((e) => e.name === name || e.mentions.some((m) => slice(m) === name));
    for (const g of gold.quotes) {
      const q = a.quotes.find((x) => norm(slice(x)) === norm(g.text) || (slice(x).includes(norm(g.text)) && x.kind === g.kind));
      expect(q, g.text).toBeTruthy();
      const accepted = [g.speaker, ...(g.alsoAccept ?? [])];
      const s = q!.speaker!;
      expect(s, g.text).toBeTruthy();
      const ok = accepted.some((name: string) => {
        if (g.anonymous) return s.anonymous && s.name.toLowerCase().includes(name.toLowerCase().replace(/^a /, ''));
        const ent = personOf(name);
        return (ent?.id && s.entityId === ent.id) || s.name === name || (ent && s.name === ent.name);
      });
      expect(ok, `${g.text} → ${JSON.stringify(s)}`).toBe(true);
    }
    for (const n of gold.notQuotesOfASpeaker) {
      const q = a.quotes.find((x) => norm(slice(x)) === norm(n.text));
      expect(q?.speaker ?? null, n.text).toBeNull();
    }
  });

  it('flags the 4 disputed claims with reasons, and not the plain fact', () => {
    const KIND: Record<string, string> = {
      'anonymous source': 'anonymous',
      contradicted: 'contradicted',
      allegation: 'allegation',
      accusation: 'allegation',
      'state-affiliated': 'state-media',
    };
    for (const g of gold.disputedClaims) {
      const at = a.text.indexOf(g.sentenceStartsWith);
      const end = a.text.indexOf('\n', at) === -1 ? a.text.length : a.text.indexOf('\n', at);
      const claims = a.claims.filter((c) => c.start < end && c.end > at && (!g.claimText || slice(c).includes(norm(g.claimText))));
      expect(claims.length, g.sentenceStartsWith).toBeGreaterThan(0);
      const kinds = new Set(claims.flatMap((c) => c.kinds));
      for (const why of g.why as string[]) {
        const want = Object.entries(KIND).find(([k]) => why.includes(k))?.[1];
        if (want) expect([...kinds], `${g.sentenceStartsWith}: ${why}`).toContain(want);
      }
      for (const c of claims) expect(c.reason.length).toBeGreaterThan(10);
    }
    for (const fact of gold.plainFactsNotDisputed) {
      const at = a.text.indexOf(fact);
      expect(
        a.claims.filter((c) => c.start < at + fact.length && c.end > at),
        fact,
      ).toEqual([]);
    }
  });
});
