import { PARTICLE_ALTERNATION } from './phrase';

/**
 * Capitalised runs in a text — candidate full names ("Anna von der Berg") for resolving a
 * surname to the full name written before it (part of ./resolver.ts).
 */

/** Capitalised runs of two or more words: candidate full names, for "surname → full name". */
export const NAME_RUN_RE = new RegExp(`\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+(?:(?:${PARTICLE_ALTERNATION})[ \\t]+)*\\p{Lu}[\\p{L}'’.-]*)+`, 'gu');
/** The name particles (lower-case ASCII, four letters at most): a lower-case word that is none cannot go on a run. */
const PARTICLES: ReadonlySet<string> = new Set(PARTICLE_ALTERNATION.split('|'));
if ([...PARTICLES].some((w) => !/^[a-z]{1,4}$/.test(w))) throw new Error('particleAt reads a particle as 1-4 letters a-z: change it first');

/** text[k…] is a name particle and a space or tab ("de ", "bin "): what NAME_RUN_RE reads between two capitalised words. */
function particleAt(text: string, k: number): boolean {
  let j = k;
  for (let c = text.charCodeAt(j); j - k <= 4 && c >= 97 && c <= 122; c = text.charCodeAt(++j));
  const after = text.charCodeAt(j);
  return (after === 32 || after === 9) && PARTICLES.has(text.slice(k, j));
}

const NAME_RUN_AT = new RegExp(NAME_RUN_RE.source, 'uy');
/**
 * What may be a capital, by UTF-16 unit: A-Z and any unit but ASCII, Latin-1 signs (U+0080-U+00BF, no capital among
 * them) and general punctuation (U+2000-U+206F, see codePointIs) — a superset the loop below tests exactly.
 */
const MAYBE_UPPER = /[A-Z\u00c0-\u1fff\u2070-\uffff]/g;
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
    // On to the next character that may be a capital, by a native search: most of the text is lower-case words.
    MAYBE_UPPER.lastIndex = i;
    if (!MAYBE_UPPER.test(text)) return null;
    i = MAYBE_UPPER.lastIndex - 1;
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
    // Next word: a capital, or a name particle (von, de, bin, …).
    const maybe = next < 128 ? (next >= 65 && next <= 90) || particleAt(text, k) : codePointIs(UPPER, text, k);
    if (!maybe) continue;
    NAME_RUN_AT.lastIndex = p;
    const m = NAME_RUN_AT.exec(text);
    if (m) return m;
  }
  return null;
}
