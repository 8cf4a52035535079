import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * A year after a preposition of time is the clause's date, no word of the name after it (lib/entities/year-of-time.ts, asked by
 * the tokenizer's numberInName in candidates.ts). Sentences written for these tests.
 */
const typed = async (text: string, surface: string) => {
  const { e } = await mentionAt(text, surface);
  return e ? e.type : null;
};

describe('a year of time before a name', () => {
  it('the one-word name after "in 2008" is found as it would be after "In 2008,"', async () => {
    expect(await typed("In the fall of 2008 O'Connell starred in a comedy for the network.", "O'Connell")).toBe('person');
    expect(await typed('In 2008 Kowalczyk married a teacher from the village.', 'Kowalczyk')).toBe('person');
    expect(await typed('By 1990 Harrowby had retired from the bench.', 'Harrowby')).toBe('person');
    expect(await typed('After the war, in early 1946 Lindqvist returned to the university.', 'Lindqvist')).toBe('person');
  });
  it('a number that is no year after a preposition of time keeps its name: a title, a count', async () => {
    // ("20 Minutes": a short number before a capitalised word stays the name's first word.)
    const { e } = await mentionAt('She reads 20 Minutes on the train every morning.', '20 Minutes');
    expect(e?.type).toBe('outlet');
    // (A year after a word that is no preposition of time: a model's or an edition's year, as before.)
    expect(await typed('Blunt starred in the 2011 British comedy film about salmon fishing.', 'British')).toBeNull();
  });
});
