/**
 * lib/claims/clauses.ts finds the seams between clauses by their marks (";", ",", dashes) instead of one regex tried at
 * every space: the clauses must be exactly those of the regex, on any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clausesBetween, splitClauses } from '../../lib/claims/clauses';
import type { Span } from '../../lib/types';

/** The seam regex and the loop as they were before the marks were searched for. */
const SEAM = /;\s+|,["\u201d\u2019]?\s+(?:and|but|while|whereas|yet)\s+|\s+[\u2014\u2013]\s+/g;
function viaRegex(text: string, sentence: Span): Span[] {
  const words = (a: number, b: number) => text.slice(a, b).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const cuts: number[] = [];
  const body = text.slice(sentence.start, sentence.end);
  let last = sentence.start;
  SEAM.lastIndex = 0;
  for (let m = SEAM.exec(body); m; m = SEAM.exec(body)) {
    const at = sentence.start + m.index;
    const next = at + m[0].length;
    if (words(last, at) < 5 || words(next, sentence.end) < 5) continue;
    let open = false;
    for (let i = sentence.start; i < at + Math.max(0, m[0].search(/\s/)); i++) {
      const c = text[i];
      if (c === '\u201c') open = true;
      else if (c === '\u201d') open = false;
      else if (c === '"') open = !open;
    }
    if (open) continue;
    cuts.push(at, next);
    last = next;
  }
  // (Only the seams are the old way's; the clauses around them are one function's, clausesBetween.)
  return clausesBetween(sentence, cuts);
}

const PIECES = [
  'one two three four five',
  'six',
  ' ',
  '  ',
  '\u00a0',
  '\t',
  ';',
  ',',
  ',"',
  ',\u201d',
  '\u2014',
  '\u2013',
  ' and ',
  ' but ',
  ' yet ',
  'while',
  '"',
  '\u201c',
  '\u201d',
  '\n',
];

describe('splitClauses: the seams of the regex', () => {
  it('on random strings of tricky pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.nat(3), (pieces, cut) => {
        const text = 'x ' + pieces.join('') + ' y';
        const sentence = { start: Math.min(cut, 2), end: text.length - Math.min(cut, 2) };
        expect(splitClauses(text, sentence)).toEqual(viaRegex(text, sentence));
      }),
      { numRuns: 4000 },
    );
  });

  it('cuts at "; ", ", and" and a spaced dash between clauses, not in a list', () => {
    const text =
      'The troops could leave on Monday \u2014 the talks went on late into the night, and the official said it was over; nobody agreed with him at all.';
    const parts = splitClauses(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual([
      'The troops could leave on Monday',
      'the talks went on late into the night',
      'the official said it was over',
      'nobody agreed with him at all.',
    ]);
    const list = 'Russia, and China met France, and Germany today.';
    expect(splitClauses(list, { start: 0, end: list.length })).toEqual([{ start: 0, end: list.length }]);
  });
});
