import { describe, expect, it } from 'vitest';
import { buildTargets, CLAIM_LEAD_WORDS, paintedShare } from '../../lib/highlight/targets';
import { DEFAULT_SETTINGS } from '../../lib/extension/settings';
import type { Analysis } from '../../lib/types';

// 0         1         2         3         4         5         6
// 0123456789012345678901234567890123456789012345678901234567890123
const text = 'Ann Lee said "we are fine." Officials denied that the plan was ever real.';
const a: Analysis = {
  isArticle: true,
  articleScore: 1,
  title: null,
  publisher: null,
  text,
  entities: [
    { id: null, name: 'Ann Lee', type: 'person', fromDataset: false, mentions: [{ start: 0, end: 7 }], card: { title: 'Ann Lee', lines: [], sources: [] } },
  ],
  quotes: [
    { start: 13, end: 26, kind: 'direct', speaker: { name: 'Ann Lee', start: 0, end: 7, entityId: null, anonymous: false }, cue: { start: 8, end: 12 } },
  ],
  claims: [{ start: 28, end: text.length, kinds: ['denial'], reason: 'denial' }],
  ms: { total: 0 },
};

describe('what a page gets painted', () => {
  it('by default: names, speakers, and each claim on its first words; whole quotes and claims one toggle away', () => {
    const byDefault = buildTargets(a, DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.quotes).toBe(false);
    expect(byDefault.map((t) => [t.name, text.slice(t.start, t.end)])).toEqual([
      ['backstory-entity', 'Ann Lee'],
      ['backstory-speaker', 'Ann Lee'],
      ['backstory-claim', 'Officials denied that'],
    ]);
    expect(CLAIM_LEAD_WORDS).toBe(3);
    const full = buildTargets(a, { ...DEFAULT_SETTINGS, quotes: true });
    expect(full.map((t) => text.slice(t.start, t.end))).toContain('"we are fine."'.slice(0, 13));
    expect(full.find((t) => t.name === 'backstory-claim')!.end).toBe(text.length);
  });

  it('the share painted is the union of the painted spans over the body text', () => {
    // Ann Lee (7, entity and speaker overlap) + "Officials denied that" (21) of 73.
    expect(paintedShare(a, DEFAULT_SETTINGS)).toEqual({ painted: 28, total: text.length, share: 28 / text.length });
    // Everything on: 7 + 13 (quote) + 45 (claim).
    expect(paintedShare(a, { entities: true, quotes: true, claims: true }).painted).toBe(7 + 13 + (text.length - 28));
    expect(paintedShare(a, { entities: false, quotes: false, claims: false }).painted).toBe(0);
    expect(paintedShare({ ...a, text: '', entities: [], quotes: [], claims: [] }, DEFAULT_SETTINGS).share).toBe(0);
  });
});
