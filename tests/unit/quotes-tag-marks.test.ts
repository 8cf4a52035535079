/**
 * findTagVerbs (lib/quotes/cues.ts) reads the closing marks that follow "," "?" "!" or "—" once per text, then each
 * sentence takes its own: the same tags as a scan of each sentence's characters, for every sentence, in any order.
 */
import { describe, expect, it } from 'vitest';
import { findTagVerbs } from '../../lib/quotes/cues';
import { findQuoteMarks, normalizeMarks } from '../../lib/quotes/marks';
import { hideAbbreviationDots, maskQuotes } from '../../lib/quotes/spans';
import { splitSentences } from '../../lib/text/sentences';

const TEXT = [
  '"We will not go back," Smith gushed. "Why now?" sighed the official on Monday.',
  'He spoke at length. "It is over!" the minister scoffed, and left. "Fine—" she shrugged.',
  'No tag here, "really," and nothing after. «Assez,» grumbled Dupont.',
].join('\n');

describe('speech tags after closing marks', () => {
  const masked = hideAbbreviationDots(maskQuotes(normalizeMarks(TEXT), findQuoteMarks(TEXT)));
  const sentences = splitSentences(TEXT);

  it('finds the tags of each sentence, whatever sentence was asked before', () => {
    const forward = sentences.map((s) => findTagVerbs(TEXT, masked, s.start, s.end));
    const backward = [...sentences].reverse().map((s) => findTagVerbs(TEXT, masked, s.start, s.end));
    expect(backward.reverse()).toEqual(forward);
    const verbs = forward.flat().map((c) => TEXT.slice(c.start, c.end));
    // ("sighed the official on Monday": a verb before its subject must end the clause; "scoffed" is a listed verb, findCues'.)
    expect(verbs).toEqual(['gushed', 'shrugged', 'grumbled']);
  });

  it('gives the same tags for an equal text that is another string', () => {
    const copy = structuredClone(TEXT);
    const maskedCopy = structuredClone(masked);
    for (const s of sentences) expect(findTagVerbs(copy, maskedCopy, s.start, s.end)).toEqual(findTagVerbs(TEXT, masked, s.start, s.end));
  });
});
