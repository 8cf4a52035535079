import type { Span } from '../types';

/**
 * Sentence spans over plain text. A rule splitter, not a model: it knows the abbreviations news
 * copy uses ("U.S.", "Sen.", "Jan.") and that a closing quote can follow the full stop, which is
 * what quotes and claims both need. Paragraph breaks ("\n") always end a sentence.
 */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr rev hon pres vs etc inc ltd co corp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no fig approx est dept univ ave blvd mt ft'
  ).split(' '),
);

const CLOSERS = new Set(['"', '\u201d', '\u2019', "'", ')', ']', '\u00bb']);
/** The longest abbreviation, for a cheap length test before the word before a full stop is lower-cased. */
const ABBREVIATION_MAX = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

// The character tests below run on every character of the article: ASCII answers come from the
// char code, anything else from the same regex as before.
const SPACE = /\s/;
const STARTER = /[\p{Lu}\p{N}"\u201c\u2018'(\u00ab]/u;
const WORD_CHAR = /[\p{L}.]/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const DOTTED_ACRONYM = /^(\p{L}\.)+\p{L}$/u;

/** /\s/.test(text[i]) */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i]!);
}

/** /[\p{Lu}\p{N}"\u201c\u2018'(\u00ab]/u.test(ch) for one UTF-16 unit: what can open a sentence. */
function isSentenceStart(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 : STARTER.test(ch);
}

/** /[\p{L}.]/u.test(text[i]): a letter or full stop (the word before a full stop). */
function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 46 || ((c | 32) >= 97 && (c | 32) <= 122) : WORD_CHAR.test(text[i]!);
}

/**
 * Pushes text[start, end) without its outer spaces, if anything is left. (A module function, not a
 * closure made per call: the compiled splitter deopted on meeting a new closure — "wrong call target".)
 */
function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  let s = start;
  while (s < end && isSpaceAt(text, s)) s++;
  let e = end;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** What can end a sentence: a line break, a full stop, "!" or "?". */
const STOPS = /[\n.!?]/g;

export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  // From one possible end to the next by a regex search (native code), not a test of every character of the article: few
  // characters are one of these, and the per-character loop was the splitter's whole cost.
  STOPS.lastIndex = from;
  while (STOPS.test(text)) {
    const i = STOPS.lastIndex - 1;
    if (i >= to) break;
    const c = text.charCodeAt(i);
    if (c === 10) {
      pushTrimmed(out, text, start, i);
      start = i + 1;
      continue;
    }
    // Take closing quotes/brackets that belong to this sentence.
    let j = i + 1;
    while (j < to && CLOSERS.has(text[j]!)) j++;
    if (j < to && !isSpaceAt(text, j)) continue; // "U.S.-led", "3.5", "example.com"
    // Next non-space character must look like a sentence start.
    let k = j;
    while (k < to && text.charCodeAt(k) === 32) k++;
    if (k < to && text.charCodeAt(k) !== 10 && !isSentenceStart(text[k]!)) continue;
    if (c === 46) {
      // The word before the full stop: an abbreviation or an initial does not end a sentence.
      let w = i - 1;
      while (w >= from && isWordCharAt(text, w)) w--;
      const word = text.slice(w + 1, i);
      // (Lower-casing never shortens a word: one with more letters than the longest abbreviation is none.)
      let dots = 0;
      for (let d = w + 1; d < i; d++) if (text.charCodeAt(d) === 46) dots++;
      if (word.length - dots <= ABBREVIATION_MAX && ABBREVIATIONS.has(word.replace(/\./g, '').toLowerCase())) continue;
      if (word.length <= 2 && ONE_CAPITAL.test(word)) continue; // an initial: "John F. Kennedy"
      // Dotted acronyms ("U.S.", "U.N.") end a sentence only when a clear new sentence follows.
      if (dots && DOTTED_ACRONYM.test(word)) {
        const rest = text.slice(k, k + 12);
        if (!/^(The|A|An|In|On|It|He|She|They|We|But|And|This|That|"|\u201c)\b/.test(rest)) continue;
      }
    }
    pushTrimmed(out, text, start, j);
    start = j;
  }
  pushTrimmed(out, text, start, to);
  return out;
}

let memoText: string | null = null;
let memoSpans: readonly Span[] = [];

/**
 * splitSentences over the whole text, remembered for the last text: quotes and claims both need
 * the sentences of the same article body, one right after the other. Read-only: callers copy a
 * span before changing it.
 */
export function sentenceSpans(text: string): readonly Span[] {
  if (text !== memoText) {
    // (Frozen in place, not copied with map(): the copy's array kind depended on whether its caller ran optimised, and a
    // kind findQuotes had not seen threw its compiled code away on the first long article.)
    const spans = splitSentences(text);
    for (let i = 0; i < spans.length; i++) Object.freeze(spans[i]);
    memoSpans = Object.freeze(spans);
    memoText = text;
  }
  return memoSpans;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The number of words in s: matches of /[\p{L}\p{N}][\p{L}\p{N}'’.-]*\/gu ("U.S.", "don't" and
 * "co-chair" are one word each), counted without building the array of matches (asked many times
 * per sentence). Astral characters go to the regex itself.
 */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return s.match(WORD_RE)?.length ?? 0;
    const letter = c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : LETTER_OR_DIGIT.test(s[i]!);
    if (inWord) {
      if (letter || c === 39 || c === 0x2019 || c === 46 || c === 45) continue;
      inWord = false;
    } else if (letter) {
      n++;
      inWord = true;
    }
  }
  return n;
}

/**
 * The bounds of the sentence around [start, end), found by looking outward at most `reach` characters either side: back to the
 * last ". ! ?" before a space or line break, on to the next ". ! ?" before a space (or the end) or line break. Cheaper than splitting the article
 * (a name's rule asks for one sentence), and blunter: an abbreviation's stop ends it too, which the rules that ask accept.
 */
export function sentenceRangeAround(text: string, start: number, end: number, reach: number): [number, number] {
  let a = start;
  const minA = Math.max(0, start - reach);
  // Symmetric with the forward walk: a stop ends a sentence only when a space follows it, so a
  // decimal ("$1.2 billion") or a dotted name ("Amazon.com") does not cut the sentence short.
  while (a > minA && text[a - 1] !== '\n' && !(/[.!?]/.test(text[a - 1]!) && /\s/.test(text[a]!))) a--;
  let b = end;
  const maxB = Math.min(text.length, end + reach);
  while (b < maxB && text[b] !== '\n' && !(/[.!?]/.test(text[b]!) && /\s/.test(text[b + 1] ?? ' '))) b++;
  return [a, b];
}
