import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * Kinds of evidence added after reading the errors of trap sets ak and al (session 28). Sentences written for these tests with
 * other names and words than the trap fixtures'.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a US state the dataset calls "<Name> State" after its town and a comma', () => {
  it('"Ithaca, New York," is the state, not the city', async () => {
    expect(await linked('The college in Ithaca, New York, will add 300 places.', 'New York')).toEqual(['place:new-york-us']);
    expect(await linked('A nurse from Rochester, New York, won the prize.', 'New York')).toEqual(['place:new-york-us']);
  });
  it('but New York alone is the city', async () => {
    expect(await linked('She moved to New York last spring.', 'New York')).toEqual(['place:new-york']);
    expect(await linked('In New York, the mayor said the subway would run.', 'New York')).toEqual(['place:new-york']);
  });
});
