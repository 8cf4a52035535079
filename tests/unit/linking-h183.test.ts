import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';
import { statedAge, tooYoungForOffice } from '../../lib/entities/stated-age';
import type { DatasetEntity } from '../../lib/types';

/**
 * A dataset entry that shares its name with what the article means (issue 18; session 29, helper 183): a person of an age the
 * dataset's officeholder cannot be, a small division of a country the article does not name, a namesake city where the article
 * counts in the other country's money. Sentences written for these tests with other names and words than the trap fixtures'.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('an age after the full name that the dataset person cannot be (stated-age.ts)', () => {
  it('is a namesake: the dataset has the minister in office since 2004', async () => {
    expect(await linked('Sergey Lavrov, a 30-year-old former waiter, opened a bistro in the old town.', 'Sergey Lavrov')).toEqual([]);
    expect(await linked('A bistro in the old town is run by Sergey Lavrov, 29, who said the rent had doubled.', 'Sergey Lavrov')).toEqual([]);
    expect(await linked('Sergey Lavrov, aged 31, won the regional chess open on Sunday.', 'Sergey Lavrov')).toEqual([]);
  });
  it('not an age the person can be, nor no age at all', async () => {
    expect(await linked('Sergey Lavrov, 74, Russia’s foreign minister, said talks would resume.', 'Sergey Lavrov')).toEqual(['person:sergey-lavrov']);
    expect(await linked('Sergey Lavrov, Russia’s foreign minister, said talks would resume.', 'Sergey Lavrov')).toEqual(['person:sergey-lavrov']);
  });
  it('reads the article’s date where known: an older article makes the person younger', () => {
    const minister = {
      id: 'person:x',
      type: 'person',
      name: 'X',
      aliases: [],
      facts: [],
      roles: [{ title: 'Minister', of: null, ofName: null, source: 's', since: '2013-03-17', asOf: '2022-07-03', status: 'as-of' }],
    } as DatasetEntity;
    expect(tooYoungForOffice(minister, ', a 26-year-old animator')).toBe(true); // (2022: at least 27)
    expect(tooYoungForOffice(minister, ', 26, said', '2014-05-01')).toBe(false); // (2014: at least 19)
    expect(tooYoungForOffice(minister, ', 18, said', '2014-05-01')).toBe(true);
    expect(statedAge(', the 40-year-old')).toBe(null);
    expect(statedAge(' (26) said')).toBe(null);
  });
});

describe('a small division of a country the article does not name, in a story of another country (namesake-abroad.ts)', () => {
  it('is not the division: Jamaica’s parishes in a Danish and a Polish story', async () => {
    expect(await linked('Danish brewers opened a depot near Clarendon last spring.', 'Clarendon')).toEqual([]);
    expect(await linked('A Polish cyclist crashed on a descent near Westmoreland.', 'Westmoreland')).toEqual([]);
  });
  it('the division where its country is named, by name, place or adjective, or no other country is', async () => {
    expect(await linked('Jamaica’s farmers in Clarendon said Danish buyers had cancelled.', 'Clarendon')).toEqual(['place:clarendon']);
    expect(await linked('Danish brewers opened a depot near Kingston, Jamaica, in Clarendon parish.', 'Clarendon')).toEqual(['place:clarendon']);
    expect(await linked('Danish brewers opened a depot near Clarendon, Jamaica.', 'Clarendon')).toEqual(['place:clarendon']);
  });
});

describe('a namesake city abroad where the article counts in its country’s money (namesake-abroad.ts, names.json currencies)', () => {
  it('is the other country’s city: euros are paid in Spain’s Córdoba, not Argentina’s', async () => {
    expect(await linked('Rooms in a hotel in Córdoba now cost 90 euros a night, said owner Lucía Marín.', 'Córdoba')).toEqual([]);
    expect(await linked('Lucía Marín charges a euro more for coffee at her bar in Córdoba.', 'Córdoba')).toEqual([]);
  });
  it('not where the dataset place’s country is named, nor by an everyday word after "a"', async () => {
    expect(await linked('Rooms in a hotel in Córdoba, Argentina, now cost 90 euros a night.', 'Córdoba')).toEqual(['place:cordoba']);
    expect(await linked('Rooms in a hotel in Córdoba now cost a real fortune, said owner Lucía Marín.', 'Córdoba')).toEqual(['place:cordoba']);
  });
});

describe('a US state gone the length of (us-state-context.ts)', () => {
  it('is the state, not the city the dataset calls by its name', async () => {
    expect(await linked('Cyclists rode the length of New York in six days, from Buffalo to Montauk.', 'New York')).toEqual([]);
    expect(await linked('Trail crews walked the length of Washington before the snow came.', 'Washington')).toEqual([]);
  });
  it('not the capital named otherwise', async () => {
    expect(await linked('Lobbyists crowded the hotels of Washington as the bill came up.', 'Washington')).toEqual(['place:washington-d-c']);
  });
});
