import { PARTICLE_ALTERNATION } from './phrase';

/**
 * Capitalised runs in a text — candidate full names ("Anna von der Berg") for resolving a
 * surname to the full name written before it (part of ./resolver.ts).
 */

/** Capitalised runs of two or more words: candidate full names, for "surname → full name". */
export const NAME_RUN_RE = new RegExp(`\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+(?:(?:${PARTICLE_ALTERNATION})[ \\t]+)*\\p{Lu}[\\p{L}'’.-]*)+`, 'gu');
/** First letters of the name particles: a lower-case word starting otherwise cannot go on a run. */
const PARTICLE_FIRST = new Set(PARTICLE_ALTERNATION.split('|').map((w) => w[0]!));

const NAME_RUN_AT = new RegExp(NAME_RUN_RE.source, 'uy');
const UPPER = /^\p{Lu}$/u;
const LETTER = /^\p{L}$/u;

/**
 * The code point at i (1 or 2 units) tested with `re`; ASCII by the caller. General punctuation
 * (U+2000-U+206F: curly quotes, dashes, ellipsis), the commonest non-ASCII in news text, holds no
 * letter: answered without building a string and running a regex on it.
 */
function codePointIs(re: RegExp, text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x2000 && c <= 0x206f) return false;
  const cp = text.codePointAt(i);
  return cp !== undefined && re.test(String.fromCodePoint(cp));
}
const unitsAt = (text: string, i: number) => ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);

/**
 * NAME_RUN_RE.exec(text) from `from` — the same match — with most capitalised words ruled out
 * before the regex runs: a run can only go on where the capitalised word (all of it: the letters
 * class never holds a space) is followed by spaces and then a capital or a name particle. The
 * regex scanning every position of a long article was the quotes stage's largest cost.
 */
export function nextNameRun(text: string, from: number): RegExpExecArray | null {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    const upper = c < 128 ? c >= 65 && c <= 90 : codePointIs(UPPER, text, i);
    if (!upper) {
      i += c < 128 ? 1 : unitsAt(text, i);
      continue;
    }
    // The word's end: [\p{L}'’.-]* after the capital. A capital later in the same word ("McDonald")
    // reaches the same end, so it cannot start a match where this one cannot.
    const p = i;
    i += unitsAt(text, i);
    for (;;) {
      const d = text.charCodeAt(i);
      if (d < 128 ? ((d | 32) >= 97 && (d | 32) <= 122) || d === 39 || d === 46 || d === 45 : d === 0x2019 || codePointIs(LETTER, text, i))
        i += d < 128 ? 1 : unitsAt(text, i);
      else break;
    }
    let k = i;
    while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++; // spaces, tabs (codes: text[k] above U+00FF is a new string)
    if (k === i || k >= n) continue;
    const next = text.charCodeAt(k);
    // Next word: a capital, or the first letter of a name particle (von, de, bin, …).
    const maybe = next < 128 ? (next >= 65 && next <= 90) || PARTICLE_FIRST.has(text[k]!) : codePointIs(UPPER, text, k);
    if (!maybe) continue;
    NAME_RUN_AT.lastIndex = p;
    const m = NAME_RUN_AT.exec(text);
    if (m) return m;
  }
  return null;
}
