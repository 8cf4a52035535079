/**
 * isOpinion scans the text once; it must answer exactly as the per-sentence scan it replaced
 * (kept here as the reference) on invented texts and, where ../shared exists, on real ones.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isOpinion } from '../../lib/claims/opinion';
import { coveredAt, quotedSpans } from '../../lib/claims/clauses';
import { splitSentences } from '../../lib/text/sentences';
import type { Span } from '../../lib/types';

const FIRST_PERSON = /(?<![\p{L}\p{N}'\u2019])(?:I|I['\u2019](?:m|ve|d|ll)|[Mm]y|me|myself)(?![\p{L}\p{N}'\u2019])/gu;

/** The former per-sentence scan. */
function reference(text: string, sentences: readonly Span[], inQuote: (at: number) => boolean): boolean {
  let n = 0;
  const need = Math.max(3, Math.ceil(0.1 * sentences.length));
  for (const s of sentences) {
    FIRST_PERSON.lastIndex = s.start;
    let m: RegExpExecArray | null;
    while ((m = FIRST_PERSON.exec(text)) && m.index < s.end) {
      if (inQuote(m.index)) continue;
      if (++n >= need) return true;
      break;
    }
  }
  return false;
}

const both = (text: string) => {
  const sentences = splitSentences(text);
  const inQuote = coveredAt(quotedSpans(text));
  return [isOpinion(text, sentences, inQuote), reference(text, sentences, inQuote)];
};

describe('isOpinion', () => {
  it('calls a first-person column an opinion and a report quoting "I" not one', () => {
    const column = 'I think the plan fails. My town pays. The mayor disagrees. I doubt him. Taxes rose.';
    expect(both(column)).toEqual([true, true]);
    const report = '"I will win," Smith said. "My plan works," she added. "I am sure," he said. Taxes rose.';
    expect(both(report)).toEqual([false, false]);
    // Sentences with several first-person words, quoted ones and text between sentences.
    for (const t of ['I me my. Myself and I. "I" said. me. The end.', '"I" "my" "me". I. My. Me. my, me, I.', 'x I\n\nI\nmy\nme'])
      expect(new Set(both(t)).size, t).toBe(1);
  });

  it('answers as the per-sentence scan on real articles', () => {
    const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared');
    const dir = path.join(SHARED, 'nlp/polnear-dev/text');
    if (!existsSync(dir)) return console.log('skipped: ../shared/nlp/polnear-dev is absent');
    let opinions = 0;
    for (const f of readdirSync(dir)) {
      const [got, want] = both(readFileSync(path.join(dir, f), 'utf8'));
      expect(got, f).toBe(want);
      if (got) opinions++;
    }
    expect(opinions).toBeGreaterThan(0);
  });
});
