import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';
import { animalGivenName } from '../../lib/entities/animal-names';

/**
 * Rules whose reads of the article were made cheaper in session 34 (issue 18, helper 233): the sentence sought around a name
 * only as far as the rule reads it, position-free work done once per entity or per call. Each rule's answers on both sides
 * of its bounds, on sentences written for this file; the same answers before and after the change.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);
const filler = 'The council met on Monday and talked for a long time about roads and bins. '.repeat(7);

describe('a list of children’s names (name-talk.ts): the sentence around the name', () => {
  it('a cue in the name’s own sentence makes the place a name', async () => {
    const text = 'Olivia topped the list of baby names again, while Sydney and Lima were the fastest climbers, statisticians said.';
    expect(await linked(text, 'Lima')).toEqual([]);
  });
  it('not a cue before a question’s end, nor one more than 400 characters back', async () => {
    expect(await linked('Are baby names changing? Sydney and Lima remain popular with tourists, agents said.', 'Lima')).toEqual(['place:lima']);
    expect(await linked(`Olivia topped the list of baby names again. ${filler}Sydney and Lima were the fastest climbers.`, 'Lima')).toEqual(['place:lima']);
  });
});

describe('a list of grapes or wines (wine-names.ts): the list after the sentence’s colon', () => {
  it('a colon of an earlier sentence does not cut the list', async () => {
    const text = 'Note: prices vary. Red wine varietals such as Malbec, Syrah, Bordeaux, Barbera and Sangiovese sold well.';
    expect(await linked(text, 'Bordeaux')).toEqual([]);
  });
  it('places beside it keep the city', async () => {
    expect(await linked('Prices: high. We visited Bordeaux, Napa and Mendoza for the wines.', 'Bordeaux')).toEqual(['place:bordeaux']);
  });
});

describe('a division after its own kind (division-kind.ts), a conjunct of a country’s name (longer-whole.ts)', () => {
  it('"County Kerry" is the division', async () => {
    expect(await linked('The race in County Kerry drew big crowds.', 'Kerry')).toEqual(['place:kerry']);
  });
  it('"Kentucky and Louisiana" are the states, no country’s conjuncts', async () => {
    const text = 'Voters in Mississippi, Kentucky and Louisiana went to the polls.';
    expect(await linked(text, 'Kentucky')).toEqual(['place:kentucky']);
    expect(await linked(text, 'Louisiana')).toEqual(['place:louisiana']);
  });
  it('"St Vincent and the Grenadines" written apart is no island', async () => {
    expect(await linked('The new clinic in St Vincent and the\u00a0Grenadines opened on Monday.', 'Grenadines')).not.toContain('place:grenadines');
  });
});

describe('a party whose name says its country (party-context.ts)', () => {
  it('"Jordanian Communist Party" is the party', async () => {
    expect(await linked('The Jordanian Communist Party held a rally in Amman.', 'Jordanian Communist Party')).toEqual(['party:jo:jordanian-communist-party']);
  });
});

describe('a name given to an animal (animal-names.ts): a verb of naming before it', () => {
  const given = (text: string, name: string) => {
    const start = text.indexOf(name);
    return animalGivenName(text, { start, end: start + name.length }, text.slice(0, start).trim().split(/\s+/).pop()?.toLowerCase());
  };
  it('"dubbed", "christened" name the animals of a list', () => {
    expect(given('A farmer dubbed his two goats Kossuth and Petőfi.', 'Petőfi')).toBe(true);
    expect(given('She christened her ponies Paris and Rome.', 'Rome')).toBe(true);
  });
  it('no verb of naming before the list: no given name', () => {
    expect(given('She rode her ponies to Paris and Rome.', 'Rome')).toBe(false);
    expect(given('Her ponies, Paris and Rome, won prizes.', 'Rome')).toBe(false);
  });
});

describe('a place’s own appositive (where-appositive.ts): a comma or a space after the name', () => {
  it('"Tripoli, in northern Lebanon," is no Libyan city; bare, the city stays', async () => {
    expect(await linked('Gunmen attacked a checkpoint in Tripoli, in northern Lebanon, on Friday.', 'Tripoli')).toEqual([]);
    expect(await linked('Gunmen attacked a checkpoint in Tripoli on Friday.', 'Tripoli')).toEqual(['place:tripoli']);
  });
});
