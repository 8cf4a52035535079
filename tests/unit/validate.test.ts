import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeSummary, SUMMARY_MAX, validKeys } from '../../lib/extension/validate';

describe('message validation in the background', () => {
  it('keeps only short non-empty strings as keys, bounded in number', () => {
    expect(validKeys(['a', 3, '', 'x'.repeat(201), { k: 1 }, 'b'])).toEqual(['a', 'b']);
    expect(validKeys('not an array')).toEqual([]);
    expect(validKeys(Array.from({ length: 9000 }, (_, i) => `k${i}`)).length).toBe(5000);
  });

  it('keeps a well-formed summary, rejects malformed ones, drops malformed items', () => {
    const ok = { isArticle: true, entities: [{ name: 'A', mentions: [{ start: 0, end: 1 }] }], quotes: [{ start: 0, end: 2 }], claims: [] };
    const s = sanitizeSummary(ok)!;
    expect(s.entities.map((e) => e.name)).toEqual(['A']);
    expect(s.quotes).toHaveLength(1);
    expect(sanitizeSummary({ ...ok, isArticle: 'yes' })).toBeNull();
    expect(sanitizeSummary({ ...ok, entities: 'many' })).toBeNull();
    expect(sanitizeSummary(null)).toBeNull();
    expect(sanitizeSummary({ ...ok, entities: [{ name: 'A', mentions: [{ start: 'x', end: 1 }] }] })!.entities[0]!.mentions).toEqual([]);
    expect(sanitizeSummary({ ...ok, quotes: [null, { start: 3, end: 1 }] })!.quotes).toEqual([]);
  });

  it('keeps only the fields it knows, each bounded, and the whole under the size cap', () => {
    const huge = 'Ledger '.repeat(650_000);
    const s = sanitizeSummary({
      isArticle: true,
      title: huge,
      url: 'https://example.com/a?token=s3cret',
      host: 'Example.COM',
      publisher: { name: huge, entityId: null, secret: 's3cret' },
      reasons: Array.from({ length: 100 }, () => huge),
      entities: Array.from({ length: 5000 }, (_, i) => ({
        name: `N${i}`,
        mentions: [{ start: 0, end: 1 }],
        card: { title: huge, lines: [huge, huge], sources: [], groups: [{ label: 'x', lines: [huge] }] },
        extra: huge,
      })),
      quotes: [],
      claims: [{ start: 0, end: 4, kinds: ['denial', 'made-up'], reason: huge, excerpt: '\u202Egnirts' }],
      extra: huge,
    })!;
    const text = JSON.stringify(s);
    expect(text.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(text).not.toContain('s3cret');
    expect(s.title!.length).toBeLessThanOrEqual(300);
    expect(s.publisher!.name.length).toBeLessThanOrEqual(200);
    expect(s.reasons!.length).toBeLessThanOrEqual(20);
    expect(s.host).toBe('example.com');
    expect(s.claims[0]!.kinds).toEqual(['denial']);
    expect(s.entities.length).toBeGreaterThan(0);
    expect(Object.keys(s)).not.toContain('extra');
    expect(Object.keys(s)).not.toContain('url');
    expect(sanitizeSummary({ isArticle: true, entities: [], quotes: [], claims: [], host: 'a b/c' })!.host).toBeNull();
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        validKeys(x);
        sanitizeSummary(x);
      }),
    );
  });
});
