import { describe, expect, it } from 'vitest';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { findPublisher, registrableDomain } from '../../lib/publisher';
import { loadBundledDataset } from '../../lib/tools/load-dataset';
import { disposeHtml, parseHtml } from '../../lib/tools/parse-html';

const lookup = createMemoryLookup(loadBundledDataset());

describe('the page’s own publisher', () => {
  it('is matched by domain first and gets a card with its labels and sources', async () => {
    const doc = parseHtml('<html><head><meta property="og:site_name" content="RT International"></head><body></body></html>');
    const p = await findPublisher(doc, 'https://www.rt.com/russia/123-story/', lookup);
    await disposeHtml(doc);
    expect(p?.entityId).toBe('outlet:rt.com');
    expect(p?.card?.lines.join(' ')).toMatch(/state/i);
    expect(p?.card?.sources.length).toBeGreaterThan(0);
  });

  it('falls back to og:site_name or JSON-LD publisher by name', async () => {
    const doc = parseHtml(
      '<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"The Washington Post"}}]}</script></head><body></body></html>',
    );
    const p = await findPublisher(doc, 'http://127.0.0.1:8080/x', lookup);
    await disposeHtml(doc);
    expect(p?.name).toBe('The Washington Post');
    expect(p?.entityId).toBe('outlet:washingtonpost.com');
    expect(p?.card?.lines.join(' ')).toContain('United States');
  });

  it('an unknown publisher is named without a card; a page that names none has none', async () => {
    const doc = parseHtml('<html><head><meta property="og:site_name" content="The Backstory Ledger"></head></html>');
    expect(await findPublisher(doc, undefined, lookup)).toEqual({ name: 'The Backstory Ledger', entityId: null });
    await disposeHtml(doc);
    const bare = parseHtml('<html><body><p>x</p></body></html>');
    expect(await findPublisher(bare, 'https://unknown-site.example/a', lookup)).toBeNull();
    await disposeHtml(bare);
    expect(registrableDomain('https://news.bbc.co.uk/x')).toBe('bbc.co.uk');
    expect(registrableDomain('not a url')).toBeNull();
  });
});
