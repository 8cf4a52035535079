import { describe, expect, it } from 'vitest';
import { lineStartMatches } from '../../lib/text/line-matches';

/** The global multiline regex's matches, as [index, text] pairs: what lineStartMatches must give. */
const globalMatches = (source: string, flags: string, text: string) => [...text.matchAll(new RegExp(source, flags + 'g'))].map((m) => [m.index, m[0], m[1]]);
const lineMatches = (source: string, flags: string, text: string) => lineStartMatches(new RegExp(source, flags + 'y'), text).map((m) => [m.index, m[0], m[1]]);

const PATTERNS: [string, string][] = [
  ['^[ \\t]*-?[ \\t]*(\\p{L}{2,3})\\.?[ \\t]*$', 'mu'],
  ['^[ \\t]*(?:thanks[ \\t,]+)?(?:from|by)[ \\t]+(\\p{L}+(?: \\p{L}+){0,2})[ \\t]*$', 'imu'],
  ['^[ \\t]*"(\\p{Lu}\\p{L}+, \\p{Lu}\\p{Ll}+)"[ \\t]*$', 'mu'],
];
const PIECES = [
  'dp',
  ' -GT.',
  'By Jane Roe',
  'thanks by bob',
  '"Lenhart, Matthew"',
  'Some prose by the river.',
  '',
  ' ',
  'x',
  'Ab',
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u2029',
  '\n\n',
];

describe('lineStartMatches', () => {
  it('finds what the global multiline regex finds, on lines ended by \\n, \\r\\n, \\r, U+2028 and U+2029', () => {
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let k = 0; k < 400; k++) {
      let text = '';
      for (let i = rand(12); i >= 0; i--) text += PIECES[rand(PIECES.length)];
      for (const [source, flags] of PATTERNS) expect(lineMatches(source, flags, text), JSON.stringify(text)).toEqual(globalMatches(source, flags, text));
    }
  });
  it('asks for a sticky multiline regex', () => {
    expect(() => lineStartMatches(/^a$/gm, 'a')).toThrow();
    expect(() => lineStartMatches(/^a$/y, 'a')).toThrow();
  });
});
