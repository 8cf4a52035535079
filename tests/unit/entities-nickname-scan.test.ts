/**
 * nicknames.ts finds its pattern's matches from the quotes instead of trying the pattern at every position (a speed change):
 * the matches must be those of text.matchAll with the pattern as it was, in the same order, on any text.
 */
import { describe, expect, it } from 'vitest';
import { nicknameMatches } from '../../lib/entities/nicknames';
import { seededRandom } from '../../lib/tools/seeded-random';

/** The pattern as nicknames.ts states it, run the plain way. */
const NICKNAME =
  /(?<![\p{L}\d.'\u2019-])(\p{Lu}\p{Ll}+)(?: \p{Lu}\p{Ll}+)? ["\u201c\u2018](\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*)?)["\u201d\u2019] (?=\p{Lu})/gu;
const plain = (t: string) => [...t.matchAll(NICKNAME)].map((m) => [m.index, ...m]);
const scanned = (t: string) => nicknameMatches(t).map((m) => [m.index, ...m]);

describe('the nickname scan (nicknames.ts) finds what matchAll finds', () => {
  it('on names with nicknames, back to back and after other quotes', () => {
    for (const t of [
      'Henry "Hank" Arlington met Earvin “Magic” Johnson and George Herman "Babe" Ruth.',
      'Ab Cd "Ef" "Gh" Ij Kl ‘Mn’ Op, then "Quoted" Word and 1Ab "Cd" Ef, O.Ab "Cd" Ef',
      'Jack "The Hat" McVitie Trust; Ana “Lu” Éva; Ωμέγα "Ab" Cd; 𝐀bc "De" Fg',
    ])
      expect(scanned(t)).toEqual(plain(t));
    expect(scanned('Henry "Hank" Arlington').length).toBe(1);
  });
  it('on 20,000 random strings of name pieces, quotes and punctuation', () => {
    const pieces = [
      ' "Gh" ',
      ' “Ij Mn” ',
      ' ‘Kl’ ',
      'Op ',
      'Qr Stu ',
      'Ab',
      'Éf',
      ' ',
      ' ',
      '"',
      '“',
      '‘',
      '”',
      '’',
      "'",
      '.',
      '-',
      '1',
      'X',
      'yz',
      '𝐀b',
      'AB',
    ];
    const rand = seededRandom(197);
    let found = 0;
    for (let i = 0; i < 20_000; i++) {
      let t = '';
      for (let n = 5 + Math.floor(rand() * 30); n > 0; n--) t += pieces[Math.floor(rand() * pieces.length)];
      const want = plain(t);
      found += want.length;
      expect(scanned(t)).toEqual(want);
    }
    expect(found).toBeGreaterThan(1000);
  });
});
