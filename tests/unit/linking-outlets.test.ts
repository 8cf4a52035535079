import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

/**
 * Outlets whose names are everyday words ("Star", "Today", "The National", "Daily News") were linked
 * inside longer names: "Star Wars" carried a Turkish daily's card, "The National Assembly" an Emirati
 * paper's. An outlet's name inside a longer capitalised name is a word of that name; the outlet's own
 * longer forms ("Xinhua News Agency") and a year before it ("2019 Associated Press") are not.
 */
const outlets = async (text: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.fromDataset && e.type === 'outlet').map((e) => e.name);
};

describe('an outlet inside a longer name is not the outlet', () => {
  it('titles, institutions and other papers that contain an outlet’s name link to no outlet', async () => {
    for (const text of [
      'Fans queued overnight for the new Star Wars film.',
      'The fourth Star Trek film was announced on Tuesday.',
      'The National Assembly resumed its sitting after a minute of silence.',
      'Experts on jail suicide told USA TODAY that checks were skipped.',
      'The chain owns the New York Daily News and the Kansas City Star.',
    ])
      expect(await outlets(text), text).toEqual([]);
  });

  it('the outlet itself, and its own longer forms, still link', async () => {
    expect(await outlets('The man was infected, according to the state-run Xinhua News Agency.')).toEqual(['Xinhua']);
    expect(await outlets('Copyright 2019 Associated Press. All rights reserved.')).toEqual(['The Associated Press']);
  });
});
