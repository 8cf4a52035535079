import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * A US state's bare name that the dataset gives to a city ("New York" is New York City there, "Washington" the capital): more
 * kinds of evidence that the state is meant (lib/entities/state-kinds.ts). Sentences written for these tests.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a product sold, a firm formed or a licence granted in a state', () => {
  it('"not available in" a state, where the line speaks of a policy or a plan, is the state', async () => {
    expect(await linked('Pros: cheap premiums\nThe pet plan’s dental cover is not available in New York.\nCons: slow claims', 'New York')).toEqual([]);
    expect(await linked('Annual policy refunds are not available in Oregon or Washington this year.', 'Washington')).toEqual([]);
    expect(await linked('Accident coverage is offered only to residents of New York and Ohio.', 'New York')).toEqual([]);
  });
  it('forming or registering a company, or a licence to practise, in it is the state', async () => {
    expect(await linked('You will pay a filing fee when you register a business in New York through the online portal.', 'New York')).toEqual([]);
    expect(await linked('Ms. Reyes is licensed to practice law in New York and Florida.', 'New York')).toEqual([]);
  });
  it('but the city stays where nothing of the kind is said', async () => {
    expect(await linked('Cheap flights to New York are available in the app from Monday.', 'New York')).toEqual(['place:new-york']);
    expect(await linked('The film will be available in New York theaters on Friday.', 'New York')).toEqual(['place:new-york']);
    expect(await linked('Shares fell on the New York Stock Exchange after the report.', 'New York')).not.toContain('place:new-york-us');
    expect(await linked('They opened a restaurant in New York last spring.', 'New York')).toEqual(['place:new-york']);
    expect(await linked('Envoys held talks in Washington on Tuesday about the ceasefire.', 'Washington')).toEqual(['place:washington-d-c']);
    expect(await linked('She flew to New York on Monday.', 'New York')).toEqual(['place:new-york']);
  });
});

describe('a line of a list of addresses', () => {
  it('"Firm, Town, Washington" over "Firm, Town, State" lines is the state', async () => {
    const text = 'The winners are:\n\nAcme Rockets, Renton, Washington\nStarlight Labs, Boulder, Colorado\nOrbit Works, Austin, Texas\n';
    expect(await linked(text, 'Washington')).toEqual([]);
  });
  it('but a line of places alone keeps the city', async () => {
    const text = 'Our offices:\n\nLondon, Paris, Washington\nTokyo, Berlin, Madrid\n';
    expect(await linked(text, 'Washington')).toEqual(['place:washington-d-c']);
  });
});

describe('a label’s slot that holds states on the same page', () => {
  it('"Headquarters: Washington, United States" beside "Headquarters: Oregon, United States" is the state', async () => {
    const text =
      '1. Acme Games\n\nHeadquarters: Washington, United States\nFounded: 1990\n\n2. Beta Toys\n\nHeadquarters: Oregon, United States\nFounded: 1985\n';
    expect(await linked(text, 'Washington')).toEqual([]);
  });
  it('but a label that holds cities keeps the city', async () => {
    const text = 'Venue: Washington\nDate: May 2\n\nVenue: Chicago\nDate: May 9\n';
    expect(await linked(text, 'Washington')).toEqual(['place:washington-d-c']);
  });
});
