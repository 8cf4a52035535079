import { describe, expect, it } from 'vitest';
import namesFile from '../../assets/ner/names.json';
import { namesOf } from './support/found';
import { lookup } from './support/mention-at';

/**
 * Given names derived at build time from staged officeholders (lib/entities/train/people-given-names.ts), which compromise's
 * lexicon lacks: with one, a capitalised pair whose second word is an everyday word is still a person's name. Own sentences;
 * "Tendai", "Dagfinn" and "Sveinung" come only from that source (without it, none of these is found).
 */
const people = (text: string) => namesOf('person', text, lookup);

describe('given names of the officeholders of the world (issue 18)', () => {
  it('a given name compromise lacks opens a person, even before an everyday word', async () => {
    expect(await people('Tendai Banks spoke to the board.')).toContain('Tendai Banks');
    expect(await people('A letter from Dagfinn Gold arrived.')).toContain('Dagfinn Gold');
    expect(await people('The board thanked Sveinung Reading for the work.')).toContain('Sveinung Reading');
  });

  it('alone, such a name is no person: it vouches for a full name only ("Siri" is mostly Apple\'s assistant)', async () => {
    expect(await people('Quick access to Siri by saying the word.')).toEqual([]);
    expect(await people('Say the word, and Siri plays the song Tendai Banks wrote.')).toEqual(['Tendai Banks']);
  });

  it("a family name written first, a title, a creed or a day that opens officeholders' names is no given name", () => {
    const given = new Set(`${namesFile.givenNames} ${namesFile.officeholderGivenNames}`.split(' '));
    for (const word of ['yasser', 'ghulam', 'tendai']) expect(given.has(word)).toBe(true);
    for (const word of ['xi', 'hun', 'wang', 'lee', 'sheikh', 'baroness', 'christian', 'sunday']) expect(given.has(word)).toBe(false);
  });
});
