import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * Kinds of wrong article-built people found by the audit of seed 29 (links-judged-2026-12-07-s29.json). Sentences written for
 * these tests, with other names than the real pages'.
 */
const person = async (text: string, surface: string) => (await mentionAt(text, surface)).e?.type === 'person';

describe('a one-word name the article names only after "by" or "according to"', () => {
  it('is no person: a firm, a site or a brand stands there as often', async () => {
    expect(await person('According to a study by Quorvane titled “2024 App Survey,” 48% of firms spent over $100,000.', 'Quorvane')).toBe(false);
    expect(await person('Demand for drives will grow by a third by 2030, according to Propvane.', 'Propvane')).toBe(false);
    expect(await person('The most common sizes are 23.6mm by Velcoro and 22.2mm by Dremmon for crop sensors.', 'Dremmon')).toBe(false);
  });
  it('but a given name, one called "his" or "her", a person’s act or a second person keeps it a person', async () => {
    const picks = 'Moon Colony Chosen by Fiona. It is a game you always lose. Tides of Torment Chosen by Esmay. It is my top pick.';
    expect(await person(picks, 'Fiona')).toBe(true);
    expect(await person(picks, 'Esmay')).toBe(true);
    expect(await person('Coffee was discovered in Ethiopia by Kaldor, a goat herder. He saw that his goats danced after eating the berries.', 'Kaldor')).toBe(
      true,
    );
    expect(await person('The later date can only be right if a leap month was added that year, but this was favoured by Newcombe.', 'Newcombe')).toBe(true);
    expect(await person('Georges returned to Geneva, accompanied by Rosane, an 18 year old who was the daughter of a friend.', 'Rosane')).toBe(true);
    expect(await person('A new report by Pawlen and Rivera said the talks ended late.', 'Pawlen')).toBe(true);
  });
  it('and a speaker after or before the verb stays a person', async () => {
    expect(await person('“We will rebuild the market,” Saqib said on Tuesday.', 'Saqib')).toBe(true);
    expect(await person('“The deal is done,” says Tarlo, who led the talks.', 'Tarlo')).toBe(true);
  });
});
