import { describe, expect, it } from 'vitest';
import { lookup, mentionAt } from './support/mention-at';
import { findEntities } from '../../lib/entities';

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

describe('an everyday word opening the sentence before a given name and a surname is a role, not the name', () => {
  /** The name of the person whose mention holds the word. */
  const person = async (text: string, word: string) => {
    const { entities } = await findEntities(text, lookup);
    const at = text.indexOf(word);
    return entities.find((x) => x.type === 'person' && x.mentions.some((m) => m.start <= at && m.end >= at + word.length))?.name ?? null;
  };
  it('"Guide Anton Kraus said" is Anton Kraus', async () => {
    expect(await person('Guide Anton Kraus said the river was high.', 'Kraus')).toBe('Anton Kraus');
    expect(await person('Volunteer Maria Lopez, 41, said the park was clean.', 'Lopez')).toBe('Maria Lopez');
  });
  it('but a given name first, or the words mid-sentence, keep the name whole', async () => {
    expect(await person('Grace Anne Kraus said the river was high.', 'Kraus')).toBe('Grace Anne Kraus');
    expect(await person('Tickets were sold by Tour Guide Anton Kraus, who said the river was high.', 'Kraus')).not.toBe('Anton Kraus');
  });
});
