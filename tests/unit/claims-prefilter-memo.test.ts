/**
 * lib/claims/prefilter.ts remembers the last text's words (in one reused buffer) and its anchor
 * candidates (per anchor regex and group count): a new text must replace both, a long text must
 * grow the buffer without losing words, and rules sharing an anchor get the same candidates.
 */
import { describe, expect, it } from 'vitest';
import { candidateStarts, matchesOf, type Prefiltered } from '../../lib/claims/prefilter';
import { execAll } from './support/exec-all';

const ANCHOR = /sources|officials/giu;
const RULES: (Prefiltered & { re: RegExp })[] = [
  { re: /\bsaid\b/giu, starts: ['said'] },
  { re: /\b(?:the|two)\s+(?:senior\s+)?(?:sources|officials)\b/giu, anchor: { re: ANCHOR, groups: 2 } },
  { re: /\b(?:senior\s+)?(?:sources|officials)\s+said\b/giu, anchor: { re: ANCHOR, groups: 2 } },
];

function matches(text: string): [number, string][][] {
  const starts = candidateStarts(text, RULES);
  return RULES.map((r, i) => [...matchesOf(r.re, text, starts[i]!)].map((m): [number, string] => [m.index, m[0]]));
}

describe('prefilter memo', () => {
  it("a second text gets its own words and anchor candidates, not the first text's", () => {
    const a = 'The two sources said so. Officials said nothing.';
    const b = 'Nothing here. Later, the senior officials said it; two sources said more and he said no.';
    for (const text of [a, b, a, b]) expect(matches(text)).toEqual(RULES.map((r) => execAll(r.re, text)));
    expect(matches(b)[1]!.length).toBe(2);
    expect(matches(b)[0]!.length).toBe(3);
  });

  it('rules sharing an anchor regex and group count get the same candidates', () => {
    const text = 'He said two officials said the sources were right.';
    const starts = candidateStarts(text, RULES);
    expect(starts[1]).toEqual(starts[2]);
    expect(starts[1]).toContain(text.indexOf('two'));
  });

  it('a text of more words than the first buffer holds loses none', () => {
    const text = Array.from({ length: 6000 }, (_, i) => (i % 7 === 0 ? `officials said ${i}` : `word${i % 3 ? '' : 's'} sa`)).join(' ');
    const starts = candidateStarts(text, RULES);
    expect(starts[0]!.length).toBe(execAll(/\bsaid/giu, text).length);
    expect(starts[0]!.length).toBeGreaterThan(800);
    expect(matches(text)).toEqual(RULES.map((r) => execAll(r.re, text)));
  });
});
