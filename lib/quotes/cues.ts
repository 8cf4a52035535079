/**
 * Speech cues: the words that introduce reported speech ("said", "told", "according to"), found
 * in a text. The verbs themselves live in lib/text/speech-verbs.ts (SPEECH_VERB_FORMS), shared with
 * claims and entities.
 */

import { asciiWords, firstWordFrom, head, SLOTS } from '../text/ascii-words';
import { SPEECH_VERB_FORMS } from '../text/speech-verbs';

export { HEARER_VERBS, RELAY_VERBS } from '../text/speech-verbs';

export interface CueMatch {
  start: number;
  end: number;
  base: string; // "say", "tell", ..., "according to"
  participle: boolean; // "saying", "adding": takes the subject of the clause it hangs on
}

/**
 * Words are scanned once and looked up in a Map: faster than one regex alternation of 200 verbs.
 * Most words cannot be a cue by their length or first letter, so those are skipped before the
 * lower-cased copy is made (the scan runs over every word of the article).
 */
const CUE_WORDS = [...SPEECH_VERB_FORMS.keys(), 'according'];
const MIN_LEN = Math.min(...CUE_WORDS.map((w) => w.length));
const MAX_LEN = Math.max(...CUE_WORDS.map((w) => w.length));
/**
 * Which first three letters (a 26 × 26 × 26 table, any case) a cue word can start with (every cue
 * word has three or more). Two letters let through most words of an article ("co", "re", "st" …),
 * each then lower-cased and looked up; three let through few.
 */
const headOf = (c0: number, c1: number, c2: number) => (((c0 | 32) - 97) * 26 + ((c1 | 32) - 97)) * 26 + ((c2 | 32) - 97);
const HEADS = new Uint8Array(26 * 26 * 26);
if (MIN_LEN < 3) throw new Error('findCues reads three letters of a word before looking it up: a cue word of two letters needs another filter');
for (const w of CUE_WORDS) HEADS[headOf(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2))] = 1;

/** The same for the first two letters (lib/text/ascii-words.ts' slot of a word). */
const HEADS2 = new Uint8Array(SLOTS);
for (const w of CUE_WORDS) HEADS2[head(w.charCodeAt(0), w.charCodeAt(1))] = 1;

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Every speech cue in `masked[from, to)`, in order (`masked`: `text` with its quotes hidden, ./spans.ts; `from` at a word's
 * start). Case-insensitive so headlines ("Says") count. The words are the text's (lib/text/ascii-words.ts, read once and
 * shared with the claims stage): hiding a quote hides whole words, as a quote's content starts after a mark or a space and
 * ends before one, so a word of the text is a word of `masked` unless it is hidden.
 */
export function findCues(text: string, masked: string, from: number, to: number): CueMatch[] {
  const out: CueMatch[] = [];
  const words = asciiWords(text);
  const data = words.data;
  for (let w = firstWordFrom(words, from); w < words.end; w += 4) {
    const start = data[w]!;
    const end = start + data[w + 1]!;
    if (end > to) break;
    const slot = data[w + 3]!;
    // Most words are ruled out by their first two letters, read off the word list; a word with ſ or K in it (slot -1, as
    // one of a single letter) is two or more words of ASCII letters here.
    if (slot >= 0 ? !HEADS2[slot] : !data[w + 2]) continue;
    if (masked.charCodeAt(start) === HIDDEN) continue;
    if (slot < 0) cuesIn(masked, start, end, out);
    else cueAt(masked, start, end, out);
  }
  return out;
}

/** What hides a quote's characters in `masked` (./spans.ts maskQuotes). */
const HIDDEN = 0xe000;

/** The cues of `text[from, to)` by its maximal runs of ASCII letters, as /[A-Za-z]+/g would find them. */
function cuesIn(text: string, from: number, to: number, out: CueMatch[]): void {
  let i = from;
  while (i < to) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && isAsciiLetter(text.charCodeAt(i))) i++;
    cueAt(text, start, i, out);
  }
}

/** The cue that the word text[start, end) is, if any, onto `out`. */
function cueAt(text: string, start: number, end: number, out: CueMatch[]): void {
  const len = end - start;
  if (len < MIN_LEN || len > MAX_LEN || !HEADS[headOf(text.charCodeAt(start), text.charCodeAt(start + 1), text.charCodeAt(start + 2))]) return;
  const surface = text.slice(start, end).toLowerCase();
  if (surface === 'according') {
    const to2 = /^\s+to\b/.exec(text.slice(end, end + 6));
    if (to2) out.push({ start, end: end + to2[0].length, base: 'according to', participle: false });
    return;
  }
  const base = SPEECH_VERB_FORMS.get(surface);
  if (!base) return;
  // Inside a word joined by an apostrophe or hyphen ("so-called", "said-to-be") is not a cue.
  // ("-" by char code: text[i] above U+00FF is a new string; and no read past either end.)
  if ((start > 0 && text.charCodeAt(start - 1) === 45) || (end < text.length && text.charCodeAt(end) === 45)) return;
  out.push({ start, end, base, participle: surface.endsWith('ing') });
}

/**
 * A verb in speech position that no list has: right after a quote that ends on a comma, "?" or
 * "!" inside its marks, either NAME + verb ("…," Smith gushed.) or verb + NAME ("…," sighed the
 * official.), the verb a past tense ending in -ed followed by the end of the clause. "gushed",
 * "sighed", "chuckled", "scoffed" are read as "said" without a list of every such verb.
 */
const TAG_SUBJECT =
  "(?:(?:the|a|an)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}\\p{Ll}[\\p{L}-]*|(?:\\p{Lu}[\\p{L}'’.\u2024-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.\u2024-]*|he|she|they)";
const CLAUSE_END = '(?=\\s*(?:[.,;!?]|$)|\\s+(?:on|in|at|to|as|while|after|before|with|from|during|again|softly|quietly|\\p{Ll}+ly)\\b)';
const TAG_AFTER = new RegExp(`^\\s+${TAG_SUBJECT}\\s+(\\p{Ll}{2,}ed)${CLAUSE_END}`, 'u');
const TAG_BEFORE = new RegExp(`^\\s+(\\p{Ll}{2,}ed)\\s+${TAG_SUBJECT}(?=\\s*(?:[.,;!?]|$))`, 'u');

/** Some word ends in "ed" (then a space or punctuation) in s: the cheap test before the regexes. */
function hasEdWord(s: string): boolean {
  for (let k = s.indexOf('ed'); k >= 0; k = s.indexOf('ed', k + 2)) {
    const n = s.charCodeAt(k + 2);
    if (!(n >= 97 && n <= 122) && !(n >= 65 && n <= 90)) return true;
  }
  return false;
}

/** What a closing mark that a speech tag may follow is in `masked`: " ” ». */
const CLOSING = /["\u201d\u00bb]/g;
let tagText: string | null = null;
let tagMasked: string | null = null;
let tagAt: number[] = [];

/**
 * Where `masked` has a closing mark right after "," "?" "!" or "—" in `text` ("…," Smith gushed), in order: found once
 * per text by one regex search, as the sentences ask in turn. (A search from each sentence would run on to the next
 * mark wherever it is: quadratic on long texts with few quotes; a loop over every character of each sentence was 2 %
 * of the text stages.)
 */
function tagMarks(text: string, masked: string): number[] {
  if (text !== tagText || masked !== tagMasked) {
    tagAt = [];
    CLOSING.lastIndex = 0;
    while (CLOSING.test(masked)) {
      const i = CLOSING.lastIndex - 1;
      const before = text.charCodeAt(i - 1);
      if (before === 44 || before === 63 || before === 33 || before === 0x2014) tagAt.push(i);
    }
  }
  // (Kept even when equal: see lib/text/ascii-words.ts.)
  tagText = text;
  tagMasked = masked;
  return tagAt;
}

/** The index of the first of `sorted` at or after `at` (its length if none). */
function firstFrom(sorted: number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function findTagVerbs(text: string, masked: string, from: number, to: number): CueMatch[] {
  const out: CueMatch[] = [];
  const marks = tagMarks(text, masked);
  for (let k = firstFrom(marks, from); k < marks.length && marks[k]! < to; k++) {
    const i = marks[k]!;
    const rest = masked.slice(i + 1, Math.min(to, i + 120));
    if (!hasEdWord(rest)) continue; // most tags are "said"/"told", found by findCues
    const after = TAG_AFTER.exec(rest);
    const m = after ?? TAG_BEFORE.exec(rest);
    if (!m) continue;
    const verb = m[1]!;
    if (SPEECH_VERB_FORMS.has(verb)) continue; // findCues has it
    const start = i + 1 + (after ? m[0].length - verb.length : m[0].indexOf(verb));
    out.push({ start, end: start + verb.length, base: 'say', participle: false });
  }
  return out;
}
