/**
 * The line index (lib/text/line-index.ts) answers what a walk to each end of the line answers, on any text; and
 * inTitleCaseLine, which reads the line through it and keeps its answers per text, answers as the walking version did,
 * with lines longer than its 300-character reach and with texts asked in turn.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineEnd, lineIndex, lineStart } from '../../lib/text/line-index';
import { inTitleCaseLine } from '../../lib/entities/title-case';
import { walkingTitleCaseLine } from './support/title-case-walk';

/** The walks the index stands for. */
const walkStart = (text: string, at: number) => {
  let a = at;
  while (a > 0 && text[a - 1] !== '\n') a--;
  return a;
};
const walkEnd = (text: string, at: number) => {
  let b = at;
  while (b < text.length && text[b] !== '\n') b++;
  return b;
};

/** inTitleCaseLine as it was before the index: the two walks, then the stretch read with regexes (entities-scanners.test.ts). */

const pieces = fc.constantFrom('Word', 'Four', 'Élan', 'word', 'the', ' ', '. ', '.', '!', '\n', '\n\n', 'x', '\u201d', '\u{1d400}bcd');

describe('line index', () => {
  it('finds a line’s start and end as walks do', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.nat(), (ps, x) => {
        const text = ps.join('');
        const at = x % (text.length + 1);
        const ix = lineIndex(text);
        expect(lineStart(ix, at)).toBe(walkStart(text, at));
        expect(lineEnd(ix, at)).toBe(walkEnd(text, at));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a text of no line break, and one of breaks only', () => {
    expect(lineStart(lineIndex('abc'), 2)).toBe(0);
    expect(lineEnd(lineIndex('abc'), 1)).toBe(3);
    const ix = lineIndex('\n\n\n');
    expect([0, 1, 2, 3].map((at) => [lineStart(ix, at), lineEnd(ix, at)])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it('keeps one index per text, for the last two texts asked in turn', () => {
    const a = 'One\nTwo';
    const b = 'Three\nFour';
    const ia = lineIndex(a);
    const ib = lineIndex(b);
    expect(lineIndex(a)).toBe(ia);
    expect(lineIndex(b)).toBe(ib);
    expect(lineEnd(lineIndex(a), 0)).toBe(3);
    expect(lineEnd(lineIndex(b), 0)).toBe(5);
    // An equal text that is another string (the same page read again) is the same text: its index, not a new one.
    const copy = ('x' + b).slice(1);
    expect(lineIndex(copy)).toBe(ib);
    expect(lineIndex(copy).text).toBe(b);
  });
});

describe('inTitleCaseLine through the line index', () => {
  it('answers as the walking version on lines longer than its reach, texts asked in turn', () => {
    // Long lines (words of 4 letters and more, many of them), so the 300-character reach cuts the stretch at either side.
    // (Letters of two units and lone surrogates too: a stretch's ends may cut one, and the scan reads a pair only inside the stretch.)
    const words = fc.constantFrom(
      'Word ',
      'Fourth ',
      'Élans ',
      'words ',
      'of ',
      'the ',
      '. ',
      '! ',
      '\n',
      'Abcd\u201d ',
      '\u{1d400}bcd ',
      'Ab\u{1d400}\u{1d400}',
      '\ud800',
      'Ab\ud800cd ',
      'Wordword',
    );
    const texts = fc.array(words, { minLength: 1, maxLength: 300 }).map((ws) => ws.join(''));
    fc.assert(
      fc.property(texts, texts, fc.array(fc.tuple(fc.boolean(), fc.nat(), fc.nat()), { maxLength: 12 }), (t1, t2, asks) => {
        for (const [first, x, y] of asks) {
          const text = first ? t1 : t2;
          const start = x % (text.length + 1);
          const end = Math.min(text.length, start + (y % 20));
          expect(inTitleCaseLine(text, { start, end })).toBe(walkingTitleCaseLine(text, { start, end }));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('a heading in title case, a sentence after it', () => {
    const text = 'Wildfire Season Brings Record Smoke Across Northern Valleys\nResidents of Fresno said the smoke was thick.';
    expect(inTitleCaseLine(text, { start: 0, end: 8 })).toBe(true);
    expect(inTitleCaseLine(text, { start: 73, end: 79 })).toBe(false);
    // The same line asked again, and after another text: the same answers.
    expect(inTitleCaseLine('Another Text Entirely Written Here', { start: 0, end: 7 })).toBe(true);
    expect(inTitleCaseLine(text, { start: 9, end: 15 })).toBe(true);
  });
});
