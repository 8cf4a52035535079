import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validKeys, validSummary } from '../../lib/extension/validate';

describe('message validation in the background', () => {
  it('keeps only short non-empty strings as keys, bounded in number', () => {
    expect(validKeys(['a', 3, '', 'x'.repeat(201), { k: 1 }, 'b'])).toEqual(['a', 'b']);
    expect(validKeys('not an array')).toEqual([]);
    expect(validKeys(Array.from({ length: 9000 }, (_, i) => `k${i}`)).length).toBe(5000);
  });

  it('accepts a well-formed summary and rejects malformed ones', () => {
    const ok = { isArticle: true, entities: [{ name: 'A', mentions: [{ start: 0, end: 1 }] }], quotes: [{ start: 0, end: 2 }], claims: [] };
    expect(validSummary(ok)).toBe(true);
    expect(validSummary({ ...ok, isArticle: 'yes' })).toBe(false);
    expect(validSummary({ ...ok, entities: [{ name: 'A', mentions: [{ start: 'x', end: 1 }] }] })).toBe(false);
    expect(validSummary({ ...ok, quotes: [null] })).toBe(false);
    expect(validSummary(null)).toBe(false);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.anything(), (x) => {
      validKeys(x);
      validSummary(x);
    }));
  });
});
