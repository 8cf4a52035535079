/**
 * The hand-made fast paths of the name finders and the card builder (written for speed: they run
 * once per word, per candidate name or per card line) must answer exactly what the regexes or the
 * rules they stand for answer, on any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balance } from '../../lib/card';
import { tokenize } from '../../lib/entities/candidates';
import { lowerWordBeforeSpace, wordBefore, wordBeforeCommaSpace, wordBeforeDotSpace } from '../../lib/entities/name-words';
import { inTitleCaseLine } from '../../lib/entities/other-names';
import { walkingTitleCaseLine } from './support/title-case-walk';

const ALPHABET = [
  'a',
  'b',
  's',
  'Z',
  'M',
  'é',
  'É',
  'ǅ',
  '5',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2009',
  '.',
  ',',
  ', ',
  "'",
  '\u2019',
  '-',
  '"',
  '\u201d',
  ')',
  '!',
  '?',
  '\u{1d400}',
  '\u{1f600}',
  '\ud800',
  '\udc00',
  'Mr',
  'said',
  'Word',
];
const strings = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }).map((a) => a.join(''));

describe('scanners read from the end = their regexes', () => {
  it('lowerWordBeforeSpace, wordBeforeCommaSpace, wordBeforeDotSpace', () => {
    fc.assert(
      fc.property(strings, (s) => {
        expect(lowerWordBeforeSpace(s)).toBe(/(?:^|[^\p{L}])(\p{Ll}+)\s$/u.exec(s)?.[1]);
        expect(wordBeforeCommaSpace(s)).toBe(/(\p{L}+),\s$/u.exec(s)?.[1]);
        expect(wordBeforeDotSpace(s)).toBe(/(?:^|[^\p{L}])(\p{L}+)\.?\s$/u.exec(s)?.[1]);
      }),
      { numRuns: 5000 },
    );
  });

  it('wordBefore (read in place) = the lower-cased word of its regex, within 24 characters', () => {
    fc.assert(
      fc.property(strings, strings, fc.nat(40), (x, y, back) => {
        const text = x + y;
        const at = Math.max(0, text.length - back);
        const m = /([\p{L}.]+)\s$/u.exec(text.slice(Math.max(0, at - 24), at));
        expect(wordBefore(text, at)).toBe(m ? m[1]!.replace(/\.$/, '').toLowerCase() : null);
      }),
      { numRuns: 5000 },
    );
  });

  it('on news copy', () => {
    expect(lowerWordBeforeSpace('…, says ')).toBe('says');
    expect(lowerWordBeforeSpace('…, Says ')).toBeUndefined();
    expect(wordBeforeCommaSpace('the Director, ')).toBe('Director');
    expect(wordBeforeDotSpace('and Rep. ')).toBe('Rep');
    expect(wordBeforeDotSpace('ssador ')).toBe('ssador');
  });
});

describe('tokenize trims as its regexes did', () => {
  // The trimming as it was written with regexes: a final "." unless initials or a dotted acronym, then a possessive "'s".
  const trim = (word: string) => {
    let w = word;
    if (w.endsWith('.') && !/^(\p{L}\.)+$/u.test(w) && !/^\p{Lu}\.$/u.test(w)) w = w.slice(0, -1);
    if (w.length >= 2 && w.endsWith('s') && (w[w.length - 2] === "'" || w[w.length - 2] === '\u2019')) w = w.slice(0, -2);
    return w;
  };
  const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\u00b7]|['\u2019.\-](?=[\p{L}\p{N}]))*\.?/gu;
  it('on random strings', () => {
    fc.assert(
      fc.property(strings, (s) => {
        const want = [...s.matchAll(WORD)].map((m) => ({ start: m.index, text: trim(m[0]) }));
        expect(tokenize(s).map((t) => ({ start: t.start, text: t.text }))).toEqual(want);
        for (const t of tokenize(s)) {
          expect(s.slice(t.start, t.end)).toBe(t.text);
          expect(t.low).toBe(t.text.toLowerCase());
        }
      }),
      { numRuns: 5000 },
    );
  });
});

describe('inTitleCaseLine = its regex version', () => {
  it('on random lines', () => {
    const words = fc.constantFrom(
      'Word',
      'Four',
      'Élan',
      'éclat',
      'word',
      'the',
      'of',
      ' ',
      '. ',
      '.',
      '!',
      '?"',
      ')',
      '\u201d',
      '\n',
      '\u{1d400}\u{1d400}\u{1d400}\u{1d400}',
      'ǅabc',
      '\ud800',
      'Ab\ud800cd',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), fc.nat(), fc.nat(), (ws, x, y) => {
        const text = ws.join(' ');
        const start = text.length ? x % text.length : 0;
        const end = Math.min(text.length, start + (y % 12));
        expect(inTitleCaseLine(text, { start, end })).toBe(walkingTitleCaseLine(text, { start, end }));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('card balance() with its fast path = the character-by-character rule', () => {
  const reference = (s: string) => {
    let depth = 0;
    let out = '';
    for (const ch of s) {
      if (ch === ')' && depth === 0) continue;
      if (ch === '(') depth++;
      if (ch === ')') depth--;
      out += ch;
    }
    return out + ')'.repeat(depth);
  };
  it('on random strings of parentheses and text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('(', ')', 'a', ' ', '\u{1f600}', 'since 2020'), { maxLength: 16 }), (a) => {
        const s = a.join('');
        expect(balance(s)).toBe(reference(s));
      }),
      { numRuns: 3000 },
    );
  });
});
