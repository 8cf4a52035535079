import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';
import { deathTold } from '../../lib/entities/death-told';

/**
 * A full name whose sentence tells the person's death: not a sitting member of Congress (lib/entities/death-told.ts, asked by
 * full-name-context.ts). Sentences written for these tests, not taken from the trap fixture.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);
const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return deathTold(text, { start, end: start + name.length });
};

describe('a death told right after the name', () => {
  it('"was assassinated", "died", "\'s funeral", ", who was killed": told', () => {
    expect(at('The memorial recalls the year Chris Smith was murdered in Ohio.', 'Chris Smith')).toBe(true);
    expect(at('Congress passed the bill the year Chris Smith died.', 'Chris Smith')).toBe(true);
    expect(at('Voters remembered Chris Smith’s funeral in 1952.', 'Chris Smith')).toBe(true);
    expect(at('The statue honours Chris Smith, who was killed at Gettysburg.', 'Chris Smith')).toBe(true);
  });
  it('another verb, or a death told of someone else: not told', () => {
    expect(at('Chris Smith was asked about the killing of a journalist.', 'Chris Smith')).toBe(false);
    expect(at('Chris Smith said the senator died a hero.', 'Chris Smith')).toBe(false);
    expect(at('Chris Smith was elected in 1980.', 'Chris Smith')).toBe(false);
  });
  it('a member of Congress in a political sentence: a dead namesake unlinked, a title keeps the member', async () => {
    const dead = 'Republicans in Congress compared the bill to the Johnson administration’s policies, passed after John Kennedy was assassinated.';
    expect(await linked(dead, 'John Kennedy')).toEqual([]);
    const titled = 'Republicans in Congress said Senator John Kennedy was assassinated on Tuesday, and the Senate vote was delayed.';
    expect(await linked(titled, 'John Kennedy')).toEqual(['person:john-kennedy']);
  });
});
