/**
 * What stands right around a hit, read by character (issue 18, speed).
 *
 * The linker and the name finders ask dozens of rules of every name, most of them a pattern over a few characters before or after
 * it; almost every such pattern fails, and the bench's page of 5,000 words made some 37,000 pattern calls a run. The readers here let a rule ask
 * first, by character, what each of its patterns needs to match at all — a possessive after the name, a given word before it —
 * and try the pattern only there. They are exact preconditions, never a rule of their own: a pattern they let through decides.
 *
 * Also per-hit answers that more than one stage reads (perHit): prepare (article-context.ts) asks some checks of every hit before
 * the first is linked, and decide.ts asks them again of the hit it links. A hit is one article's (index.ts makes them per call),
 * so an answer kept for it is that article's.
 */
import type { Hit } from './link';

/** `read()` for the hit and `key` (a candidate's id) the first time; the kept answer after. */
export function perHit<T>(memo: WeakMap<Hit, Map<string, T>>, h: Hit, key: string, read: () => T): T {
  let m = memo.get(h);
  if (m === undefined) memo.set(h, (m = new Map()));
  let v = m.get(key);
  if (v === undefined && !m.has(key)) m.set(key, (v = read()));
  return v as T;
}

const SPACE = /\s/;
/** The character code at `i` is white space as a pattern's \s reads it. */
export const isSpaceAt = (text: string, i: number): boolean => {
  const c = i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(text[i]!));
};

/** Where the white space (\s, one character or more) that ends right before `at` starts; -1 if none stands there. */
export function spacesBefore(text: string, at: number): number {
  let i = at;
  while (isSpaceAt(text, i - 1)) i--;
  return i < at ? i : -1;
}

/**
 * What stands right before the white space before `at` ends with `word` (case as written): a pattern ending in "of\s+$" or
 * "as\s$" can match only there. (A necessary condition; the pattern says whether the word is whole.)
 */
export function endsBeforeSpaces(text: string, at: number, word: string): boolean {
  const e = spacesBefore(text, at);
  return e >= word.length && text.startsWith(word, e - word.length);
}

/** A possessive's apostrophe at `at`, or after one space there: what /^ ?['’]s/ needs. */
export function possessiveAt(text: string, at: number): boolean {
  let c = at < text.length ? text.charCodeAt(at) : 0;
  if (c === 32) c = at + 1 < text.length ? text.charCodeAt(at + 1) : 0;
  return c === 39 || c === 0x2019;
}

const isApostrophe = (text: string, i: number): boolean => i < text.length && (text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019);
/**
 * The word of ASCII letters after the white space (one character or more) at `at` — with `possessive`, after an "'s" or " 's" there
 * first — or '' where none stands so: what a pattern opening /^\s+(?:and|or)\b/ or /^(?: ?['’]s)?\s+(?:CEO|shares)\b/ reads first.
 */
export function wordAfter(text: string, at: number, possessive = false): string {
  let i = at;
  if (possessive) {
    if (text.charCodeAt(i) === 32 && isApostrophe(text, i + 1)) i++;
    if (isApostrophe(text, i) && text.charCodeAt(i + 1) === 115) i += 2;
  }
  const from = i;
  while (isSpaceAt(text, i)) i++;
  if (i === from) return '';
  let j = i;
  for (let c = j < text.length ? text.charCodeAt(j) | 32 : 0; c >= 97 && c <= 122; c = j < text.length ? text.charCodeAt(j) | 32 : 0) j++;
  return text.slice(i, j);
}
