import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';
import { lookup } from './support/mention-at';

/** Names listed with a person (lib/entities/coordinated.ts), on sentences written for this file. */
const people = (text: string) => mentionsOf('person', text, lookup);

describe('names listed with a person (issue 18)', () => {
  it('surnames listed with surnames, full names with full names', async () => {
    const text = 'Hallorann, Vesk and Tamsin Quell met the board. Vesk and Oberlin had largely finished the audit.';
    expect(await people(text)).toEqual(expect.arrayContaining(['Vesk', 'Oberlin']));
    expect(await people('The mural was painted by Marta Quillon, Ivo Brennick and Dalia Ostrava last spring.')).toEqual(
      expect.arrayContaining(['Marta Quillon', 'Ivo Brennick', 'Dalia Ostrava']),
    );
  });

  it('a lone word beside full names is no person', async () => {
    const text = 'Guides from industry leaders like Marta Quillon, Zorvik, Plenmark, and Ivo Brennick are worth a read.';
    const found = await people(text);
    expect(found).not.toContain('Zorvik');
    expect(found).not.toContain('Plenmark');
  });

  it('a lone word made a person by the list vouches for no other lone word', async () => {
    // "Tamsin" is found by its verb; "Zorvik" only by standing beside it; "Plenmark" and "Quandrel" only beside "Zorvik".
    const text = 'Tamsin said the mats were fine. Top brands: Tamsin, Zorvik, Plenmark, and Quandrel.';
    const found = await people(text);
    expect(found).not.toContain('Plenmark');
    expect(found).not.toContain('Quandrel');
  });

  it('a name made a person by the list falls with the name that vouched for it', async () => {
    // "Kest" is the surname of "Velmora Kest", which the article shows is a firm's name: "Brevik" was listed only with it.
    expect(await people('The Velmora Kest is headquartered in Ohio. Kest and Brevik were compared.')).not.toContain('Brevik');
    expect(await people('Dalia Ostrava said the results were strong. Analysts compared Ostrava and Brevik on Monday.')).toContain('Brevik');
  });

  it('a pair after a preposition is its object: the verb that follows is not theirs', async () => {
    expect(await people('The team behind Quorra and Tellis opened a new bakery in October.')).toEqual([]);
    expect(await people('By October, Quorra and Tellis had finished the bakery.')).toEqual(['Quorra', 'Tellis']);
  });
});
