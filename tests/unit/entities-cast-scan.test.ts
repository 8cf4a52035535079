import { describe, expect, it } from 'vitest';
import { actorsAs } from '../../lib/entities/cast-people';

/** The pattern of cast-people.ts, global, as it was searched before: what actorsAs must find, in order. */
const GLOBAL =
  /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'\u2019-]+\s+as\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?=[,.;:!?)]|\s*$|\s*\n|\s+(?:and|with|in|on|at|for|who|while|opposite|alongside|from)\s)/gu;
const asRows = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0], m[1], m[2]]);

const PIECES = [
  'Michael York',
  'James Barbour',
  'Evie Hayes',
  'Jane Q. Doe',
  'Émile Zola',
  "O'Neil",
  'Smith-Jones',
  ' as ',
  ' as',
  'as ',
  '  as\t',
  '\nas\n',
  'Arthur',
  'Lancelot Du Lac',
  'Annie',
  'was',
  'has',
  ', ',
  '. ',
  ' and ',
  ' with ',
  ' ',
  '\n',
  '3',
  'starring ',
  '(',
  ')',
  'the film',
  'as',
];

describe('actorsAs', () => {
  it('finds what the global search finds, in order, on random texts of names, "as" and punctuation', () => {
    let seed = 146;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    let found = 0;
    for (let k = 0; k < 20000; k++) {
      let text = '';
      for (let i = rand(14); i >= 0; i--) text += PIECES[rand(PIECES.length)];
      const want = asRows(text.matchAll(GLOBAL));
      found += want.length;
      expect(asRows(actorsAs(text)), JSON.stringify(text)).toEqual(want);
    }
    expect(found, 'the random texts hold matches').toBeGreaterThan(100);
  });
  it('finds each part of a cast list ("starring Michael York as Arthur, James Barbour as Lancelot")', () => {
    const text = 'It starred Michael York as Arthur, James Barbour as Lancelot and Evie Hayes as Annie.';
    expect(asRows(actorsAs(text)).map((r) => r[3])).toEqual(['Arthur', 'Lancelot', 'Annie']);
  });
});
