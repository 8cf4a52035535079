/**
 * Speech cues: the words that introduce reported speech ("said", "told", "according to"), found
 * in a text. The verbs themselves live in lib/text/words.ts (SPEECH_VERB_FORMS), shared with
 * claims and entities.
 */

import { SPEECH_VERB_FORMS } from '../text/words';

export { HEARER_VERBS, RELAY_VERBS } from '../text/words';

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
/** Which first two letters (a 26 × 26 table, any case) a cue word can start with. */
const headOf = (c0: number, c1: number) => ((c0 | 32) - 97) * 26 + ((c1 | 32) - 97);
const HEADS = new Uint8Array(26 * 26);
for (const w of CUE_WORDS) HEADS[headOf(w.charCodeAt(0), w.charCodeAt(1))] = 1;

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Every speech cue in `text[from, to)`, in order. Case-insensitive so headlines ("Says") count. */
export function findCues(text: string, from: number, to: number): CueMatch[] {
  const out: CueMatch[] = [];
  // Maximal runs of ASCII letters from `from`, as /[A-Za-z]+/g would find them.
  let i = from;
  const n = text.length;
  while (i < to) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isAsciiLetter(text.charCodeAt(i))) i++;
    const end = i;
    if (end > to) break;
    const len = end - start;
    if (len < MIN_LEN || len > MAX_LEN || !HEADS[headOf(text.charCodeAt(start), text.charCodeAt(start + 1))]) continue;
    const surface = text.slice(start, end).toLowerCase();
    if (surface === 'according') {
      const to2 = /^\s+to\b/.exec(text.slice(end, end + 6));
      if (to2) out.push({ start, end: end + to2[0].length, base: 'according to', participle: false });
      continue;
    }
    const base = SPEECH_VERB_FORMS.get(surface);
    if (!base) continue;
    // Inside a word joined by an apostrophe or hyphen ("so-called", "said-to-be") is not a cue.
    const prev = text[start - 1];
    if (prev === '-' || text[end] === '-') continue;
    out.push({ start, end, base, participle: surface.endsWith('ing') });
  }
  return out;
}
