import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * Two places' names run together and a capitalised word after them make one name (lib/entities/longer-whole.ts opensPlacesRun).
 * Sentences written for these tests, not taken from the trap fixture.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe("the first of two places' names running into a third capitalised word", () => {
  it('a firm or a society named so: no country, even where the article places the country', async () => {
    expect(await linked('The Holland America Line cruise ship left Amsterdam on Monday for a week in the fjords.', 'Holland')).toEqual([]);
    expect(await linked('Members of the Japan America Society met in Osaka to plan an exchange for students.', 'Japan')).toEqual([]);
  });
  it('places listed, or a place before a lower-case word: the place', async () => {
    expect(await linked('She moved from Ireland to Holland in 2019 and now lives near Amsterdam.', 'Holland')).toEqual(['country:nl']);
    expect(await linked('Flights between Japan and America resumed in Osaka on Monday.', 'Japan')).toEqual(['country:ja']);
  });
});

describe("a shouted country's or place's name before a plural and a team member's word (shouted-team.ts)", () => {
  it("a club's name: no country, no place", async () => {
    expect(await linked('WINGER SUSPENDED AFTER HIGH TACKLE ON NEW ZEALAND WARRIORS PROP', 'NEW ZEALAND')).toEqual([]);
    expect(await linked('WINGER SUSPENDED AFTER HIGH TACKLE ON CANTERBURY BULLDOGS STAR', 'CANTERBURY')).toEqual([]);
  });
  it('a plural noun of the sentence, or the place alone: the country', async () => {
    expect(await linked('WINGER SUSPENDED AFTER HIGH TACKLE ON NEW ZEALAND FARMER', 'NEW ZEALAND')).toEqual(['country:nz']);
    expect(await linked('STORMS BATTER NEW ZEALAND FARMS AS GROWERS COUNT THE COST', 'NEW ZEALAND')).toEqual(['country:nz']);
  });
});
