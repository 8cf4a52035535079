/**
 * lib/quotes/speaker.ts nextNameRun() skips words that cannot start a full name before running
 * NAME_RUN_RE; it must return exactly the regex's own next match, on any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAME_RUN_RE, nextNameRun } from '../../lib/quotes/speaker';

function all(next: (text: string, from: number) => RegExpExecArray | null, text: string): [number, string][] {
  const out: [number, string][] = [];
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = next(text, from))) {
    out.push([m.index, m[0]]);
    from = m.index + m[0].length;
  }
  return out;
}

const viaRegex = (text: string, from: number) => {
  const re = new RegExp(NAME_RUN_RE.source, NAME_RUN_RE.flags);
  re.lastIndex = from;
  return re.exec(text);
};

const PIECES = [
  'A',
  'b',
  'Mc',
  'Donald',
  'É',
  'é',
  ' ',
  '  ',
  '\t',
  '\n',
  "'",
  '\u2019',
  '.',
  '-',
  'von ',
  'de ',
  'al',
  'el ',
  'ibn',
  '5',
  ',',
  '\u{1d400}',
  '\ud835',
  'Ǆ',
  'x',
  // Lower-case words a run may or may not go on by: particles, words that start like one, a particle at the end.
  'and ',
  'bint ',
  'ould ',
  'dos',
  'dosa ',
  'delta ',
  'ibni\t',
  '\u00b5',
  '\u2014',
  '\u00a0',
];

describe('nextNameRun: same matches as NAME_RUN_RE', () => {
  it('on random strings of tricky pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(all(nextNameRun, text)).toEqual(all(viaRegex, text));
      }),
      { numRuns: 4000 },
    );
  });

  it('on news copy', () => {
    const text = 'Ursula von der Leyen met iPhone Pro users and McDonald Smith; the U.S. Secretary of State John Kerry, Jean-Claude Juncker.';
    const runs = all(nextNameRun, text);
    expect(runs).toEqual(all(viaRegex, text));
    expect(runs.map(([, s]) => s)).toContain('Ursula von der Leyen');
  });

  it('a run goes on by a name particle only, not by a word that starts like one', () => {
    const text = 'Kentucky and Louisiana voted. Omar bin Laden and Maria da Silva met Delta Tom in Ohio ter Horst.';
    const runs = all(nextNameRun, text);
    expect(runs).toEqual(all(viaRegex, text));
    expect(runs.map(([, s]) => s)).toEqual(['Omar bin Laden', 'Maria da Silva', 'Delta Tom', 'Ohio ter Horst.']);
  });
});
