import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * Terms coined after a place (lib/entities/place-terms.ts), a town before a province or a constituent country
 * (us-state-context.ts addressCountry) and a leader's relative called by a given name the lists lack
 * (leader-kin.ts). Sentences written for these tests, not taken from the trap fixture.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a term coined after a place', () => {
  it('a syndrome, a disease, a creature, a dish or a drink named after a place is no mention of it', async () => {
    for (const [text, word] of [
      ['Hostages can develop Stockholm syndrome within days.', 'Stockholm'],
      ['Farmers fear Panama disease will reach their plantations.', 'Panama'],
      ['Divers filmed a Greenland shark near the ice.', 'Greenland'],
      ['The lecture covered the Copenhagen interpretation and its critics.', 'Copenhagen'],
      ['The pub serves beef Wellington every Friday.', 'Wellington'],
      ['He mixed a Cuba libre for each guest.', 'Cuba'],
      ['The brewery launched a new India pale ale.', 'India'],
      ['The statue was cast in plaster of Paris.', 'Paris'],
      ['Bring Bermuda shorts for the beach.', 'Bermuda'],
    ])
      expect(await linked(text!, word!), text).toEqual([]);
  });
  it('the place stays where the word after it makes a place of it again, or is no term', async () => {
    expect(await linked('A Florida shark attack was reported for the first time.', 'Florida')).toEqual(['place:florida']);
    expect(await linked('Officials in Stockholm said the vote would go ahead.', 'Stockholm')).toEqual(['place:stockholm']);
    expect(await linked('Wellington announced a new budget for the city.', 'Wellington')).toEqual(['place:wellington']);
    // (A capital at the start of a longer name is placed only by the article: the treaty alone opens no card of the city; place-evidence.ts.)
    expect(await linked('The Paris Agreement was signed by most countries, France first.', 'Paris')).toEqual(['place:paris']);
    expect(await linked('The Paris Agreement was signed by most countries.', 'Paris')).toEqual([]);
  });
});

describe('a firm named after a place', () => {
  it('an airline by its capitalised Air is the firm', async () => {
    expect(await linked('Passengers on Air Canada waited for hours.', 'Canada')).toEqual([]);
    expect(await linked('Kazakhstan said Air Astana would lease two more jets.', 'Astana')).toEqual([]);
  });
  it('the place stays without the capitalised lead word', async () => {
    expect(await linked('Air quality in Canada worsened during the fires.', 'Canada')).toEqual(['country:ca']);
  });
});

describe('a town before its province or constituent country', () => {
  it('is not a capital of another country of its name', async () => {
    expect(await linked('The company moved its plant to Kingston, Ontario, last year.', 'Kingston')).toEqual([]);
    expect(await linked('A farmer near Perth, Scotland, lost his flock.', 'Perth')).toEqual([]);
    expect(await linked('The band played in London, Ontario, on Friday.', 'London')).toEqual([]);
    expect(await linked('Police in the Canadian town of Paris closed a road.', 'Paris')).toEqual([]);
  });
  it('the province or constituent country still links, and so does a town of that country', async () => {
    expect(await linked('A farmer near Perth, Scotland, lost his flock.', 'Scotland')).toEqual(['place:scotland']);
    expect(await linked('Perth, Western Australia, hosted the conference.', 'Perth')).toEqual(['place:perth']);
    expect(await linked('Tourists filled the French city of Paris.', 'Paris')).toEqual(['place:paris']);
  });
});

describe("a leader's relative by a given name the lists lack", () => {
  it('the bare surname after the relative is nobody from the dataset', async () => {
    const text = 'Melania Trump opened a garden in Florida. Trump, who was born in Slovenia, planted a tree.';
    expect(await linked(text, 'Trump, who')).toEqual([]);
  });
  it('an adjective or a weekday before the surname is no given name', async () => {
    const text = 'Republican Trump supporters met in Ohio. Trump told them the election mattered.';
    expect(await linked(text, 'Trump told')).toEqual(['person:donald-trump']);
  });
});
