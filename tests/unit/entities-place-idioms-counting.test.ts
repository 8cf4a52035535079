import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * Counting seconds aloud, "one Mississippi, two Mississippi" (lib/entities/place-idioms.ts). Sentences written for these tests,
 * not taken from the trap fixture.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('"one Mississippi": counting, no place', () => {
  it('with counting in the words around, the name ending its phrase', async () => {
    expect(await linked('The kids counted one Mississippi, two Mississippi before the thunder rolled over Tulsa.', 'Mississippi')).toEqual([]);
    expect(await linked('Hide your eyes and count to "ten Mississippi" before you look, the camp leader in Ohio told them.', 'Mississippi')).toEqual([]);
  });
  it('a noun after it, or no counting: the state', async () => {
    expect(await linked('One Mississippi voter said the ballot was confusing.', 'Mississippi')).toEqual(['place:mississippi']);
    expect(await linked('There is only one Mississippi, the governor said.', 'Mississippi')).toEqual(['place:mississippi']);
    expect(await linked('He counted the votes in one Mississippi county.', 'Mississippi')).toEqual(['place:mississippi']);
  });
});
