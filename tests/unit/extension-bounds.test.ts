import { describe, expect, it } from 'vitest';
import { boundAll, bounded, TEXT_MAX } from '../../lib/extension/bounds';
import { summarize } from '../../lib/extension/messaging';
import type { Analysis } from '../../lib/types';

const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

describe('bounds on page text', () => {
  it('removes bidi embeddings, overrides and isolates and cuts long strings', () => {
    for (const c of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(bounded(`a${c}b`)).toBe('ab');
    }
    expect(bounded('x'.repeat(10_000)).length).toBe(TEXT_MAX);
    expect(bounded('x'.repeat(10_000)).endsWith('…')).toBe(true);
    expect(bounded('\u202E'.repeat(5000) + 'ok')).toBe('');
    expect(bounded('short')).toBe('short');
    // Right-to-left text itself is kept: only the controls go.
    expect(bounded('שלום عربي')).toBe('שלום عربي');
  });

  it('bounds every string of a nested value and keeps other values', () => {
    const v = boundAll({ a: ['x'.repeat(5000), 3, null], b: { c: '\u202Eevil', d: true } });
    expect(v.a[0]).toHaveLength(TEXT_MAX);
    expect(v.a.slice(1)).toEqual([3, null]);
    expect(v.b).toEqual({ c: 'evil', d: true });
  });

  it('a summary leaves the page without the address, the full text or unbounded strings', () => {
    const big = 'Ledger '.repeat(100_000);
    const text = `He said "${'\u202E'}reversed" and more. ${big}`;
    const a: Analysis = {
      url: 'https://example.com/a?token=s3cret',
      isArticle: true,
      articleScore: 1,
      reasons: [big],
      title: big,
      publisher: { name: big, entityId: null },
      text,
      entities: [],
      quotes: [{ start: 8, end: text.length, kind: 'direct', speaker: null, cue: { start: 3, end: 7 } }],
      claims: [{ start: 0, end: text.length, kinds: ['hedged'], reason: big }],
      ms: { total: 1 },
    };
    const s = summarize(a, 1, 'example.com');
    const json = JSON.stringify(s);
    expect(json).not.toContain('s3cret');
    expect(json.length).toBeLessThan(5000);
    expect(s.host).toBe('example.com');
    expect(s.quotes[0]!.excerpt).not.toMatch(BIDI);
    expect(s.quotes[0]!.excerpt.length).toBeLessThanOrEqual(TEXT_MAX);
  });
});
