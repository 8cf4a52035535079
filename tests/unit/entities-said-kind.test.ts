import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';
import { kindSaid } from '../../lib/entities/said-kind';

/**
 * A name said to be a kind of place right after it is a place (lib/entities/said-kind.ts, asked by classify-name.ts). Sentences
 * written for these tests; made-up names where no list may know them.
 */
const typed = async (text: string, surface: string) => {
  const { e } = await mentionAt(text, surface);
  return e ? e.type : null;
};
const said = (text: string, name: string) => kindSaid(text, text.indexOf(name) + name.length);

describe('a name said to be a kind of place', () => {
  it('is a place, with "is a" or in an appositive', async () => {
    expect(await typed('Quelland is a small town in southern Norway.', 'Quelland')).toBe('place');
    expect(await typed('The Varnen is a slow winding river that drains the plateau.', 'Varnen')).toBe('place');
    expect(await typed('Visitors love Dunmarra, a coastal village north of the capital, in summer.', 'Dunmarra')).toBe('place');
    expect(await typed('Ostravel is an island off the coast.', 'Ostravel')).toBe('place');
  });
  it('the kind must end its phrase: a town planner, a city official, a state senator are people', () => {
    expect(said('Marsh is a town planner in Leeds.', 'Marsh')).toBeNull();
    expect(said('Marsh, a former city official, said no.', 'Marsh')).toBeNull();
    expect(said('Marsh is a state senator.', 'Marsh')).toBeNull();
    // (No function word among the describing words: "a native of the town" is no town.)
    expect(said('Marsh, a native of the town, said no.', 'Marsh')).toBeNull();
  });
  it('a firm said to be a company is left to the firm finders', () => {
    expect(said('Zelvaro is a software company based in Oslo.', 'Zelvaro')).toBeNull();
  });
  it('no role "of" a name, nor the last word of a name a particle joins', async () => {
    expect(await typed('Ivan served as the CEO of Quellcast, a small town firm.', 'CEO of Quellcast')).toBeNull();
    expect(await typed('The house in Braunau am Inn, a town on the border, was bought.', 'Inn')).toBeNull();
  });
});
