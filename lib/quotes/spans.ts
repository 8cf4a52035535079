import type { Span } from '../types';
import { HONORIFICS } from '../text/words';
import type { QuoteMarks } from './marks';

/** Span helpers for the quotes stage: masking quote contents, sentences joined across quotes, paragraphs. */

/** s.lastIndexOf(mark, from) if that is ≥ lo, else -1 — without looking before lo. */
export function lastIndexIn(s: string, mark: string, from: number, lo: number): number {
  // (lastIndexOf reads a negative `from` as 0.)
  for (let i = Math.min(Math.max(from, 0), s.length - mark.length); i >= lo; i--) if (s.startsWith(mark, i)) return i;
  return -1;
}

/** Quote contents replaced by a private-use character so cue and subject scans skip them. */
export function maskQuotes(text: string, marks: QuoteMarks[]): string {
  // (The pieces joined once, not grown with +=: V8 keeps such a string as a tree of its pieces, and the quote finders
  // read each of its characters several times, every read going through the tree.)
  const parts: string[] = [];
  let prev = 0;
  for (const q of marks) {
    parts.push(text.slice(prev, q.start), '\uE000'.repeat(q.end - q.start));
    prev = q.end;
  }
  parts.push(text.slice(prev));
  return parts.join('');
}

/** Sentence spans, with sentences that split inside a quote joined back together. */
export function mergeAcrossQuotes(sents: readonly Span[], marks: QuoteMarks[]): Span[] {
  const out: Span[] = [];
  let qi = 0;
  for (const s of sents) {
    const last = out[out.length - 1];
    while (qi < marks.length && marks[qi]!.close < s.start) qi++;
    let inside = false;
    for (let k = qi; k < marks.length && marks[k]!.open < s.start; k++) if (marks[k]!.close >= s.start) inside = true;
    // (A span of two fields spelled out, not a spread of the frozen sentence span: the spread's copies did not keep one
    // shape, and findQuotes, into which this is inlined, was thrown away on the first long article that met another.)
    if (last && inside) last.end = s.end;
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

export function paragraphStarts(text: string): number[] {
  const starts = [0];
  // Blank lines ("\n\n" breaks) do not count as paragraphs.
  // (A text ending on a line break has a last, empty paragraph; the test reads inside the text only: a read past its end threw
  // away the compiled findQuotes at the first chunk of a long article, which ends on a line break.)
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) if (i + 1 >= text.length || text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  return starts;
}

export function paraIndex(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Abbreviations, besides the honorifics, whose full stop sits inside a name ("Martin Luther King Jr. said"). */
const NAME_ABBREVIATIONS = new Set([...HONORIFICS, 'jr', 'sr', 'st', 'cmdr', 'maj', 'supt', 'det', 'insp']);
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const isUpper = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(s[i]!);
};
const isLetter = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : LETTER.test(s[i]!);
};

/**
 * The full stops of initials and honorifics ("U.S. Attorney", "Ronald R. Fieldstone", "Mr.
 * Barrett") replaced by U+2024 (one dot leader), same length, so the patterns that read a phrase up
 * to the next full stop read the whole name ("said Mr. Barrett" gave "Mr"). Only where a capital
 * follows: a sentence's own final stop is kept. Visits the full stops only (indexOf), not every
 * position of the text.
 */
export function hideAbbreviationDots(s: string): string {
  let out: string[] | null = null;
  let prev = 0;
  for (let i = s.indexOf('.'); i >= 0; i = s.indexOf('.', i + 1)) {
    // A capital next, right after the stop or after spaces.
    let k = i + 1;
    while (k < s.length && (s.charCodeAt(k) === 32 || s.charCodeAt(k) === 9)) k++; // spaces, tabs (codes, not s[k]: see cues.ts)
    if (k >= s.length || !isUpper(s, k)) continue;
    // The word before the stop: one capital (an initial) or an abbreviation.
    let w = i;
    while (w > 0 && isLetter(s, w - 1)) w--;
    const b = w > 0 ? s.charCodeAt(w - 1) : 32;
    if (w === i || (b !== 32 && b !== 46 && b !== 10 && b !== 40 && b !== 9)) continue; // not after a space, ".", a line break, "(" or a tab
    const word = s.slice(w, i);
    if (!(word.length === 1 && isUpper(word, 0)) && (word.length > 5 || !NAME_ABBREVIATIONS.has(word.toLowerCase()))) continue;
    (out ??= []).push(s.slice(prev, i), '\u2024');
    prev = i + 1;
  }
  if (!out) return s;
  out.push(s.slice(prev)); // (joined with the rest, not + it: one string, not a tree of two; see maskQuotes)
  return out.join('');
}
