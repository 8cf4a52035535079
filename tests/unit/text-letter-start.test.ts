/**
 * letter-start.ts reads the letter before a match instead of a pattern's opening look-behind (a speed change): it must say what
 * the look-behind pattern's matches say, on any text.
 */
import { describe, expect, it } from 'vitest';
import { matchesAfterNoLetter } from '../../lib/text/letter-start';
import { seededRandom } from '../../lib/tools/seeded-random';

const WORDS = '(?:Senate|[Vv]ot(?:e|es|ed)|bills?|MPs?|[Ii]mpeach\\w*)(?!\\p{L})';
const behind = new RegExp(`(?<!\\p{L})${WORDS}`, 'gu');
const plain = new RegExp(WORDS, 'gu');
const count = (t: string) => [...t.matchAll(behind)].length;

describe('matches that no letter precedes (letter-start.ts)', () => {
  it('counts whole words only, after a space, a digit, punctuation or the start', () => {
    expect(matchesAfterNoLetter(plain, 'Senate votes', 1)).toBe(true);
    expect(matchesAfterNoLetter(plain, 'Senate votes', 2)).toBe(true);
    expect(matchesAfterNoLetter(plain, 'xSenate devotes', 1)).toBe(false);
    expect(matchesAfterNoLetter(plain, 'éSenate 𝐀vote 1vote', 1)).toBe(true);
    expect(matchesAfterNoLetter(plain, 'éSenate 𝐀vote 1vote', 2)).toBe(false);
  });
  it('agrees with the look-behind pattern on 20,000 random strings', () => {
    const pieces = ['Senate', 'vote', 'Votes', 'bill', 'MP', 'impeached', ' ', ' ', 'x', 'é', '𝐀', '1', '.', '-', 'd', 'e', 's', 'MPs'];
    const rand = seededRandom(197);
    let found = 0;
    for (let i = 0; i < 20_000; i++) {
      let t = '';
      for (let n = 2 + Math.floor(rand() * 12); n > 0; n--) t += pieces[Math.floor(rand() * pieces.length)];
      const c = count(t);
      found += c;
      for (const n of [1, 2, 3]) expect(matchesAfterNoLetter(plain, t, n)).toBe(c >= n);
    }
    expect(found).toBeGreaterThan(5000);
  });
});
