/**
 * lib/text/ascii-words.ts reads a text's words once for the quote cues and the claim cues' prefilter. The quote cues must
 * find in a masked text what a scan of the masked text itself finds (hidden quotes, words holding ſ or K), and the
 * prefilter must not take another text's words from the shared buffer for its own.
 */
import { describe, expect, it } from 'vitest';
import { candidateStarts, matchesOf, type Prefiltered } from '../../lib/claims/prefilter';
import { findCues } from '../../lib/quotes/cues';
import { findQuoteMarks, normalizeMarks } from '../../lib/quotes/marks';
import { hideAbbreviationDots, maskQuotes } from '../../lib/quotes/spans';
import { sentenceSpans } from '../../lib/text/sentences';
import { asciiWords } from '../../lib/text/ascii-words';
import { SPEECH_VERB_FORMS } from '../../lib/text/speech-verbs';

/** The cues of masked[from, to) by a regex over the masked text itself (what findCues found before it shared the words). */
function referenceCues(masked: string, from: number, to: number): { start: number; end: number; base: string }[] {
  const out: { start: number; end: number; base: string }[] = [];
  const re = /[A-Za-z]+/g;
  re.lastIndex = from;
  for (let m = re.exec(masked); m && m.index + m[0].length <= to; m = re.exec(masked)) {
    const start = m.index;
    const end = start + m[0].length;
    const w = m[0].toLowerCase();
    if (w === 'according') {
      const t = /^\s+to\b/.exec(masked.slice(end, end + 6));
      if (t) out.push({ start, end: end + t[0].length, base: 'according to' });
      continue;
    }
    const base = SPEECH_VERB_FORMS.get(w);
    if (base && masked[start - 1] !== '-' && masked[end] !== '-') out.push({ start, end, base });
  }
  return out;
}

const TEXTS = [
  '"We said no," Smith said. Officials told reporters that "the talks failed, she said" on Monday.',
  'He \u017faid it twice; the Kelvin-sign word \u212aold told nothing, nor did sai\u212ad, but he \u017fsaid so. According to Mr. Jones, they "announced" a deal.',
  'The so-called reform, the minister said, was "said to be" ready. ‘They told us’, she added.',
  "Two ''quoted'' words, said the man. The U.S. Attorney said: \"It's over.\" And according to them it was.",
];

describe('shared ASCII words', () => {
  it('findCues on a masked text finds what a scan of the masked text finds', () => {
    for (const text of TEXTS) {
      const masked = hideAbbreviationDots(maskQuotes(normalizeMarks(text), findQuoteMarks(text)));
      for (const s of sentenceSpans(text)) {
        const got = findCues(text, masked, s.start, s.end).map(({ start, end, base }) => ({ start, end, base }));
        expect(got).toEqual(referenceCues(masked, s.start, s.end));
      }
    }
  });

  it('a word holding ſ or K is one word, marked folded', () => {
    const w = asciiWords('a \u017faid \u212aold b');
    const quads = Array.from(w.data.subarray(0, w.end));
    expect(quads).toEqual([0, 1, 0, -1, 2, 4, 1, -1, 7, 4, 1, -1, 12, 1, 0, -1]);
  });

  it("the prefilter reads its text's words again after another text has been read", () => {
    const rules: (Prefiltered & { re: RegExp })[] = [{ re: /\bsaid\b/giu, starts: ['said'] }];
    const a = 'She said it. They said so.';
    const b = 'Nothing said here at all, truly nothing.';
    const run = (text: string) => matchesOf(rules[0]!.re, text, candidateStarts(text, rules)[0]!).map((m) => m.index);
    expect(run(a)).toEqual([4, 18]);
    asciiWords(b); // another stage reads another text (the buffer now holds b's words)
    expect(run(a)).toEqual([4, 18]);
    expect(run(b)).toEqual([8]);
  });
});
