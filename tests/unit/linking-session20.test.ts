import { describe, expect, it } from 'vitest';
import { lookup, mentionAt } from './support/mention-at';
import { findEntities } from '../../lib/entities';

/**
 * Kinds of evidence added after reading the errors of trap sets m and n (session 20). Sentences written for these
 * tests with other names and words than the trap fixtures'.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('where a one-word place is placed', () => {
  it('somebody from it, even when the name is a given name too', async () => {
    expect(await linked('A retired nurse from Bradford won the lottery.', 'Bradford')).toEqual(['place:bradford']);
    expect(await linked('The winner, a 19-year-old from Bradford, trains twice a day.', 'Bradford')).toEqual(['place:bradford']);
    // (A letter or a present "from" a given name is a sender's.)
    expect(await linked('She opened a parcel from Bradford on her birthday.', 'Bradford')).toEqual([]);
  });
  it('a journey out of it, and a coast one is off', async () => {
    expect(await linked('Trains running out of Dubai were cancelled.', 'Dubai')).toEqual(['place:dubai']);
    expect(await linked('The yachts raced off Naples, in light winds.', 'Naples')).toEqual(['place:naples']);
  });
  it('what only a place has: its ruler or its authorities', async () => {
    expect(await linked('Dubai’s ruler opened the new terminal.', 'Dubai')).toEqual(['place:dubai']);
  });
});

describe('what a name is called after', () => {
  it('a city’s squad is a team, not the city', async () => {
    expect(await linked('In the final week the Astana squad lost two riders to illness.', 'Astana')).toEqual([]);
  });
  it('a vessel’s kind before a longer name makes the name the vessel’s', async () => {
    expect(await linked('The cruise liner Pride of Britain docked two hours late.', 'Britain')).toEqual([]);
    expect(await linked('The ferry to Britain docked two hours late.', 'Britain')).toEqual(['country:uk']);
  });
  it('a prize named with a place’s possessive is the prize', async () => {
    expect(await linked('Crews are preparing for the next America’s Cup in two years.', 'America')).toEqual([]);
  });
});

describe('a namesake said so at the end of the appositive', () => {
  it('is no dataset person, whatever office the appositive names', async () => {
    expect(await linked('Rachel Reeves, a dentist in Leeds who is no relation to the chancellor, raised £2,000.', 'Rachel Reeves')).toEqual([]);
    expect(await linked('Amit Shah, a baker who shares a name with the Indian home minister, opened a shop.', 'Amit Shah')).toEqual([]);
    expect(await linked('Rachel Reeves, the chancellor, raised taxes.', 'Rachel Reeves')).toEqual(['person:rachel-reeves']);
  });
});

describe('a clause after a place and a comma is no appositive', () => {
  it('does not put the place in the country the clause names', async () => {
    const text = 'In Busan, the panel applauded a Thai documentary about fishermen.';
    const { entities } = await findEntities(text, lookup);
    expect(entities.find((e) => e.fromDataset && e.id === 'place:busan')).toBeTruthy();
  });
});

describe('more kinds from sets m and n', () => {
  it('an appositive that calls the name a game or a character', async () => {
    expect(await linked('Puerto Rico, the card game, sold out before Christmas.', 'Puerto Rico')).toEqual([]);
    expect(await linked('Nairobi, the character who runs the mint, dies in the second season.', 'Nairobi')).toEqual([]);
  });
  it('a capital whose name a division of its own country shares is the capital', async () => {
    expect(await linked('Ministers met in Bridgetown on Friday.', 'Bridgetown')).toEqual(['place:bridgetown']);
    expect(await linked('Ministers met in Podgorica on Friday.', 'Podgorica')).toEqual(['place:podgorica']);
  });
  it('a decade in the appositive is no word of the legislator’s office ("Texas’s" is not "1970s")', async () => {
    expect(await linked('The Rev. Al Green, the soul singer who has sung in a Memphis church since the 1970s, gave the eulogy.', 'Al Green')).toEqual([]);
  });
  it('a presidential campaign is a word of politics for a legislator named in full', async () => {
    expect(await linked('Elizabeth Warren’s presidential campaign rented offices in Boston, Massachusetts.', 'Elizabeth Warren')).toEqual([
      'person:elizabeth-warren',
    ]);
  });
});

describe('things and teams said so by other words', () => {
  it('a copula that calls the name a character or an animal', async () => {
    expect(await linked('Viewers still debate whether Denver or Oslo was the funnier character.', 'Oslo')).toEqual([]);
    expect(await linked('Viewers still debate whether Denver or Oslo was the funnier character.', 'Denver')).toEqual([]);
    // (A side in a game is the country's national side.)
    expect(await linked('Italy was the stronger side in the game.', 'Italy')).toEqual(['country:it']);
  });
  it('a team’s post after a city’s possessive', async () => {
    expect(await linked('Astana’s team principal resigned after the Giro.', 'Astana')).toEqual([]);
  });
  it('a number on a bus route or a shirt is not the Downing Street address', async () => {
    expect(await linked('She took the No 10 bus to work.', 'No 10')).toEqual([]);
    expect(await linked('A No 10 spokesman said the plan stands.', 'No 10')).toEqual(['place:downing-street']);
  });
  it('in an American article, a foreign town of two words needs its country named', async () => {
    expect(await linked('Santa Cruz surfers in California rescued a seal.', 'Santa Cruz')).toEqual([]);
    expect(await linked('Protesters in Santa Cruz, Bolivia, blocked the roads.', 'Santa Cruz')).toEqual(['place:santa-cruz-bl']);
  });
});

describe('a person’s name that goes on with a particle and another word', () => {
  it('is the start of a longer name the person does not bear', async () => {
    expect(await linked('Wine lodges line the river at Vila Nova de Gaia, facing the old town.', 'Vila Nova')).toEqual([]);
  });
});

describe('what only a place has, right after its name', () => {
  it('its museums, street food, or a named road after its possessive', async () => {
    expect(await linked('A Dallas museum reopened on Monday.', 'Dallas')).toEqual(['place:dallas']);
    expect(await linked('Lagos street food costs more this year.', 'Lagos')).toEqual(['place:lagos']);
    expect(await linked('Rents on Leicester’s Narborough Road have doubled.', 'Leicester')).toEqual(['place:leicester']);
    // (A firm's or a person's possessive before a common noun places nothing.)
    expect(await linked('Santander’s profit rose.', 'Santander')).toEqual([]);
  });
});

describe('a dish of two lower-case words after a place’s name', () => {
  it('is the dish', async () => {
    expect(await linked('They served Texas sheet cake after the speeches.', 'Texas')).toEqual([]);
    expect(await linked('Texas police closed the road.', 'Texas')).toEqual(['place:texas']);
  });
});

describe('a name of two words the dataset gives only to organisations, left unlinked', () => {
  it('is typed an organisation, not a person', async () => {
    const text = 'Sinn Féin won the most seats in the assembly.';
    const { entities } = await findEntities(text, lookup);
    const e = entities.find((x) => x.name === 'Sinn Féin');
    expect(e?.fromDataset).toBe(false);
    expect(e?.type).toBe('organization');
  });
});

describe('a club in a match', () => {
  it('with a comma after the score, and a comeback before the verb', async () => {
    expect(await linked('Monaco rallied to beat Nice 2-1, their third win in a row.', 'Monaco')).toEqual([]);
    expect(await linked('Monaco beat Nice 2-1, their third win in a row.', 'Monaco')).toEqual([]);
    // (A range of numbers is no score: "1,200" after it.)
    expect(await linked('Monaco said its budget of 3-4,500 euros was final.', 'Monaco')).toEqual(['country:mn']);
  });
});
