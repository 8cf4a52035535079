import { describe, expect, it } from 'vitest';
import { subjectSlot } from '../../lib/quotes/subject';

/**
 * A cue's subject is looked for within a bounded stretch before it (SUBJECT_REACH): a page of one
 * endless sentence of speech verbs made every cue re-read the sentence from its start (about 11 s
 * for one analysis of 100,000 characters). What the bound cuts off reads as after some other word,
 * never as the sentence's start.
 */
describe('the subject slot before a speech verb', () => {
  it('reaches back to the sentence start in ordinary sentences', () => {
    const text = 'The foreign minister said';
    expect(subjectSlot(text, 0, text.indexOf('said'))).toMatchObject({ from: 0, boundary: 'start' });
  });

  it('stops at its reach in an endless sentence, and does not call that the sentence start', () => {
    const text = 'word '.repeat(2_000) + 'said';
    const cue = text.indexOf('said');
    const slot = subjectSlot(text, 0, cue);
    expect(slot.from).toBeGreaterThanOrEqual(cue - 1_000);
    expect(slot.boundary).not.toBe('start');
  });
});
