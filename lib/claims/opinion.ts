import type { Span } from '../types';

/**
 * Is the article an opinion piece — a column, an op-ed, a letter — whose writer argues in the first
 * person? There the writer's own sentences are the argument, not contested claims the article
 * reports, so cues in them are not flagged (what the writer relays from others still is). The
 * analysis has no opinion signal from detection, so this is a conservative rule on the text: at
 * least MIN_SENTENCES sentences, and MIN_SHARE of all, hold "I", "my" or "me" outside quotation
 * marks. News copy quotes people saying "I" but rarely says it itself: on polnear-dev the rule
 * picks out the USA Today letters and the first-person columns (tests/eval/claims.ts prints which).
 */
const MIN_SENTENCES = 3;
const MIN_SHARE = 0.1;

/**
 * A first-person word: I, I'm, I've, I'd, I'll, my, My, me, myself, with no letter, digit or apostrophe on either side. The
 * side before is tested apart (AFTER_WORDISH) where the rest matches: a regex that opens on a lookbehind is tried at every
 * character of the article, one that opens on these words only where one starts (38 -> 25 µs on the bench article).
 */
const FIRST_PERSON = /(?:I|I['\u2019](?:m|ve|d|ll)|[Mm]y|me|myself)(?![\p{L}\p{N}'\u2019])/gu;
const AFTER_WORDISH = /(?<=[\p{L}\p{N}'\u2019])/uy;

export function isOpinion(text: string, sentences: readonly Span[], inQuote: (at: number) => boolean): boolean {
  let n = 0;
  const need = Math.max(MIN_SENTENCES, Math.ceil(MIN_SHARE * sentences.length));
  // One scan of the text (not one per sentence, which ran on to the next "I" wherever that was):
  // a sentence counts once, for its first first-person word outside quotation marks.
  let si = 0;
  let counted = -1;
  FIRST_PERSON.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIRST_PERSON.exec(text))) {
    const at = m.index;
    AFTER_WORDISH.lastIndex = at;
    if (AFTER_WORDISH.test(text)) {
      FIRST_PERSON.lastIndex = at + 1; // (the lookbehind failed here: the search goes on from the next character, as it did)
      continue;
    }
    while (si < sentences.length && sentences[si]!.end <= at) si++;
    if (si >= sentences.length) break;
    if (sentences[si]!.start > at || si === counted || inQuote(at)) continue;
    counted = si;
    if (++n >= need) return true;
  }
  return false;
}
