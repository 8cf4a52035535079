/**
 * lib/entities/candidates.ts tokenize() scans words by hand for speed; it must find exactly the
 * words its WORD regex finds (the definition), on any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, WORD } from '../../lib/entities/candidates';

/** The regex-defined word spans, before tokenize's own trimming of "." and "'s". */
function regexWords(text: string, from = 0, to = text.length): [number, string][] {
  const out: [number, string][] = [];
  const re = new RegExp(WORD.source, WORD.flags);
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) out.push([m.index, m[0]]);
  return out;
}

const ALPHABET = ['a', 'Z', 'é', 'É', '5', '٣', ' ', '\n', '.', "'", '\u2019', '-', '\u00b7', ',', '"', '\u{1d400}', '\u{1f600}', '\ud800', 's', 'S', '_', 'ǅ'];

describe('tokenize: same words as the WORD regex', () => {
  it('on random strings of tricky characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), fc.nat(10), (chars, cut) => {
        const text = chars.join('');
        const to = Math.max(0, text.length - cut);
        const want = regexWords(text, 0, to);
        const got = tokenize(text, 0, to);
        expect(got.map((t) => t.start)).toEqual(want.map(([i]) => i));
        // Token text is the match minus a non-initial final "." and a possessive "'s".
        got.forEach((t, k) => expect(want[k]![1].startsWith(t.text)).toBe(true));
      }),
      { numRuns: 3000 },
    );
  });

  it('on news copy', () => {
    const text = "U.S.-led talks: Jean-Claude Juncker's aide, Dr. O'Brien, met Ursula von der Leyen at 3.5 p.m. in Zürich. l·l e.g.";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.start)).toEqual(regexWords(text).map(([i]) => i));
    expect(tokens.map((t) => t.text)).toContain('U.S.'); // the hyphen after a final full stop ends the word
    expect(tokens.map((t) => t.text)).toContain('Juncker');
    expect(tokens.map((t) => t.text)).toContain("O'Brien");
  });
});
