import type { Span } from '../types';
import { sentenceSpans } from '../text/sentences';

/**
 * Claim units: sentences, cut further at the seams between independent clauses (";" and
 * ", and"/", but"/", while" …). A sentence such as "X and Y are allies, and the troops could
 * leave on Monday, the official said" carries a plain fact and a sourced claim; flagging the whole
 * sentence would mark the fact as contested too.
 */
/**
 * The seams: /;\s+|,["\u201d\u2019]?\s+(?:and|but|while|whereas|yet)\s+|\s+[\u2014\u2013]\s+/g, found by their marks — a
 * search for the rare characters every seam holds, then the seam tried there. (As one regex, whose dash alternative opens
 * on a space, it was tried at every space of every sentence.)
 */
const SEAM_MARK = /[;,\u2014\u2013]/g;
const SEAM_AT = /;\s+|,["\u201d\u2019]?\s+(?:and|but|while|whereas|yet)\s+/y;
const DASH_AT = /\s+[\u2014\u2013]\s+/y;
const SPACE = /\s/;
const isSpaceAt = (s: string, i: number) =>
  s.charCodeAt(i) < 128 ? s.charCodeAt(i) === 32 || (s.charCodeAt(i) >= 9 && s.charCodeAt(i) <= 13) : SPACE.test(s[i]!);

/** The first seam of `s` at or after `from` (what the regex above finds from lastIndex `from`), or null. */
function nextSeam(s: string, from: number): RegExpExecArray | null {
  SEAM_MARK.lastIndex = from;
  let mark: RegExpExecArray | null;
  while ((mark = SEAM_MARK.exec(s))) {
    const i = mark.index;
    const dash = s.charCodeAt(i) !== 59 && s.charCodeAt(i) !== 44;
    // A dash's seam opens where the spaces before it do (not before `from`, where the search starts).
    let at = i;
    if (dash) while (at > from && isSpaceAt(s, at - 1)) at--;
    if (dash && at === i) continue;
    const re = dash ? DASH_AT : SEAM_AT;
    re.lastIndex = at;
    const m = re.exec(s);
    if (m) return m;
  }
  return null;
}

/** Both sides of a seam must look like clauses, not list items ("Russia, and China"). */
const MIN_CLAUSE_WORDS = 5;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * The number of /[\p{L}\p{N}]+/gu matches in text[start, end), counting no further than `enough`
 * (callers only compare with MIN_CLAUSE_WORDS), without slicing or building a match array.
 */
function wordCount(text: string, start: number, end: number, enough = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let letter: boolean;
    if (c < 128) letter = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // An astral character: one code point of two units.
      letter = LETTER_OR_DIGIT.test(text.slice(i, i + 2));
      i++;
    } else letter = LETTER_OR_DIGIT.test(text[i]!);
    if (letter && !inWord && ++n >= enough) return n;
    inWord = letter;
  }
  return n;
}

/** Is a `"` at i inside an open double quote of this sentence? Seams inside a quotation stay. */
function insideQuote(text: string, from: number, at: number): boolean {
  let open = false;
  for (let i = from; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open = true;
    else if (c === 0x201d) open = false;
    else if (c === 34) open = !open; // "
  }
  return open;
}

export function splitClauses(text: string, sentence: Span): Span[] {
  const cuts: number[] = [];
  const body = text.slice(sentence.start, sentence.end);
  let m: RegExpExecArray | null;
  let last = sentence.start;
  for (let from = 0; (m = nextSeam(body, from)); from = m.index + m[0].length) {
    const at = sentence.start + m.index;
    const next = at + m[0].length;
    if (wordCount(text, last, at, MIN_CLAUSE_WORDS) < MIN_CLAUSE_WORDS) continue;
    if (wordCount(text, next, sentence.end, MIN_CLAUSE_WORDS) < MIN_CLAUSE_WORDS) continue;
    // Quote state after any closing mark the seam swallowed (`dictator," and`).
    if (insideQuote(text, sentence.start, at + Math.max(0, m[0].search(/\s/)))) continue;
    cuts.push(at, next);
    last = next;
  }
  return cuts.length ? clausesBetween(sentence, cuts) : [sentence];
}

/** The clauses of `sentence` around its seams, `cuts` holding each seam's start and end in turn. */
export function clausesBetween(sentence: Span, cuts: readonly number[]): Span[] {
  const out: Span[] = [];
  let start = sentence.start;
  for (let i = 0; i < cuts.length; i += 2) {
    out.push({ start, end: cuts[i]! });
    start = cuts[i + 1]!;
  }
  out.push({ start, end: sentence.end });
  return out;
}

/** Sentences and their clauses, in text order. */
export interface Unit {
  sentence: Span;
  clauses: Span[];
}

export function splitUnits(text: string): Unit[] {
  // Copies: the shared sentence spans are read-only.
  return sentenceSpans(text).map((s) => {
    const sentence = { start: s.start, end: s.end };
    return { sentence, clauses: splitClauses(text, sentence) };
  });
}

/** Index of the span containing `at` (spans sorted, non-overlapping), or -1. */
export function spanIndexAt(spans: Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Direct quotations: runs between opening and closing quote marks, per paragraph. A paragraph
 * that ends inside a quotation is quoted to its end (news style for quotes running over several
 * paragraphs). Straight quotes toggle.
 */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  // Jump between the only characters that matter (a char loop over a long article is the cost).
  const MARK = /[\n\u201c\u201d"']/g;
  for (let i = 0; i <= text.length; i++) {
    MARK.lastIndex = i;
    const hit = MARK.exec(text);
    i = hit ? hit.index : text.length;
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c === -1 || c === 10) {
      if (open >= 0) out.push({ start: open, end: i });
      open = -1;
    } else if (c === 0x201c && open < 0) open = i;
    else if (c === 0x201d && open >= 0) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    } else if (c === 34 || (c === 39 && i + 1 < text.length && text.charCodeAt(i + 1) === 39)) {
      // Straight quotes toggle; so does a doubled apostrophe (''…'' in some wire copy).
      if (c === 39) i++;
      if (open < 0) open = i;
      else {
        out.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
  }
  return out;
}

/** Is position `at` inside one of the spans (which may overlap)? Sorted once, then a binary search. */
export function coveredAt(spans: readonly Span[]): (at: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let max = -Infinity;
  for (const s of sorted) maxEnd.push((max = Math.max(max, s.end)));
  return (at) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let last = -1; // the last span starting at or before `at`
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start <= at) lo = (last = mid) + 1;
      else hi = mid - 1;
    }
    return last >= 0 && maxEnd[last]! > at;
  };
}
