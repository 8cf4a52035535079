/**
 * The words of a text as maximal runs of ASCII letters (and ſ U+017F and K U+212A, which case-insensitive Unicode regexes
 * read as "s" and "k"), read once per text: the quote cues (lib/quotes/cues.ts) and the claim cues' prefilter
 * (lib/claims/prefilter.ts) both look at every word of the same article body, one stage after the other, and each read
 * of every character of the body was a tenth of its stage's time.
 */

export interface AsciiWords {
  /**
   * Flat quadruples [start, length, folded, slot] from data[0] to data[end]: folded = 1 when the run holds ſ or K, slot =
   * the index of its first two letters in a 26 × 26 table (any case), -1 for a folded or one-letter word.
   */
  data: Int32Array;
  end: number;
  /** Counts the texts read: a reader that keeps what it made of the words (their slots) checks the buffer is still its text's. */
  gen: number;
}

/**
 * What each UTF-16 unit is to a word: 1 an ASCII letter, 2 ſ or K, 0 anything else. One load per character instead of four
 * comparisons: the scan below reads every character of the article (measured: 165 -> 100 µs on the 5,000-word page).
 */
const KIND = new Uint8Array(65536);
for (let c = 65; c <= 90; c++) KIND[c] = KIND[c + 32] = 1;
KIND[0x17f] = KIND[0x212a] = 2;

/** Slot of a word's first two letters (any case) in a 26 × 26 table. */
export const head = (c0: number, c1: number) => ((c0 | 32) - 97) * 26 + ((c1 | 32) - 97);
export const SLOTS = 26 * 26;

let memoText: string | null = null;
/** The words of memoText, in one buffer reused from text to text (grown when short). */
const memo: AsciiWords = { data: new Int32Array(4 * 4096), end: 0, gen: 0 };

/** The words of `text`, remembered for the last text. Read-only: the buffer is the next text's too. */
export function asciiWords(text: string): AsciiWords {
  if (text !== memoText) {
    memo.end = scanWords(text);
    memo.gen++;
  }
  // (Kept even when equal: an equal text that is another string, as the same page's body read again is, is compared
  // character by character, and the quote cues ask once per sentence.)
  memoText = text;
  return memo;
}

// The loop with no call after it: V8 compiled the loop on its first run (on-stack replacement), and a call after it not yet
// run threw that code away at every later text (598 deoptimisations in 300 analyses, when it was lib/claims/prefilter.ts').
function scanWords(text: string): number {
  let words = memo.data;
  let end = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (KIND[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const start = i;
    let kinds = 0; // the kinds of the word's characters, or-ed: bit 2 set when it holds ſ or K
    let k: number;
    while (i < n && (k = KIND[text.charCodeAt(i)]!) !== 0) {
      kinds |= k;
      i++;
    }
    const folded = kinds >> 1;
    if (end + 4 > words.length) {
      const grown = new Int32Array(words.length * 2);
      grown.set(words);
      memo.data = words = grown;
    }
    words[end++] = start;
    words[end++] = i - start;
    words[end++] = folded;
    words[end++] = folded || i - start < 2 ? -1 : head(text.charCodeAt(start), text.charCodeAt(start + 1));
  }
  return end;
}

/** The offset in `data` of the first word starting at or after `at` (`end` if none): a binary search. */
export function firstWordFrom(words: AsciiWords, at: number): number {
  let lo = 0;
  let hi = words.end / 4;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words.data[mid * 4]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo * 4;
}
