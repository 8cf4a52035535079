import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

/** The dataset entities a text links, as "type:Name" (names read from the records, so a renamed id cannot hide a change). */
const linked = async (text: string): Promise<string[]> => {
  const { entities, records } = await findEntities(text, lookup);
  return entities.filter((e) => e.fromDataset && e.id).map((e) => `${records.get(e.id!)?.type}:${records.get(e.id!)?.name}`);
};

describe('a country named by one word needs evidence that the sentence or the article means the country (country-evidence.ts)', () => {
  it.each([
    ['a product named after it', 'Walkers sold out of the Peru hiking boots within a week.', 'country:Peru'],
    ['a shop’s range', 'The retailer’s Qatar duvet covers were recalled on Friday.', 'country:Qatar'],
    ['a nickname', 'The prop, known as Nepal in the dressing room, signed a new deal.', 'country:Nepal'],
    ['a couple’s given name before a surname', 'Jordan and Kelly Dawson welcomed a son on Friday.', 'country:Jordan'],
  ])('not %s', async (_kind, text, id) => {
    expect(await linked(text)).not.toContain(id);
  });

  it.each([
    ['a preposition of place', 'Thousands of refugees crossed into Jordan last year.', 'country:Jordan'],
    ['a preposition and "the"', 'Flooding closed roads in the Netherlands on Tuesday.', 'country:Netherlands'],
    ['a preposition and an adjective', 'In ancient Greece, tutors taught the sons of the wealthy.', 'country:Greece'],
    ['what only a state has', 'Peru’s central bank raised its key rate.', 'country:Peru'],
    ['a town’s address', 'The summit will be held in Lucca, Italy, in May.', 'country:Italy'],
    ['the subject of a clause', 'Qatar has offered to host the talks.', 'country:Qatar'],
    ['a national team', 'Scotland drew 1-1 with Greece in the qualifier.', 'country:Greece'],
    ['what a state is ruled as', 'The general ruled Mali for a decade.', 'country:Mali'],
    ['its adjective elsewhere in the article', 'Nepal turned down the offer. Nepalese officials said the terms were unfair.', 'country:Nepal'],
    ['the same name placed elsewhere in the article', 'Talks ended early. Peru wants more. Delegates flew to Peru on Monday.', 'country:Peru'],
  ])('with %s', async (_kind, text, id) => {
    expect(await linked(text)).toContain(id);
  });

  it('an abbreviation needs none: "the US" after a comma clause', async () => {
    expect(await linked('Prices rose 3 per cent, the US said.')).toContain('country:United States');
  });
});

describe('an appositive that says what a one-word place is (thing-appositive.ts nonPlaceAppositive)', () => {
  it.each([
    ['a restaurant', 'Lima, a Peruvian restaurant in Soho, has lost its licence.', 'place:Lima'],
    ['an animal', 'Tonga, a nine-year-old gorilla, was moved to a new enclosure.', 'country:Tonga'],
    ['a band', 'Berlin, the new wave group, will tour next spring.', 'place:Berlin'],
  ])('a thing: %s', async (_kind, text, id) => {
    expect(await linked(text)).not.toContain(id);
  });

  it.each([
    ['what a state is to others', 'Qatar, a key US ally, hosted the talks.', 'country:Qatar'],
    ['a place word anywhere in the phrase', 'Paris, the city of light, was quiet on Sunday.', 'place:Paris'],
    ['a clause after an address', 'The mill in Springdale, Arkansas, the company said, will close.', 'place:Arkansas'],
  ])('a place: %s', async (_kind, text, id) => {
    expect(await linked(text)).toContain(id);
  });
});

describe('a country’s capital needs a country’s evidence too (country-evidence.ts whereEvidence)', () => {
  it.each([
    ['a saying', 'Be patient: Rome wasn’t built in a day.', 'place:Rome'],
    ['a show’s spin-off', 'The Berlin spin-off was renewed for a second season.', 'place:Berlin'],
  ])('not %s', async (_kind, text, id) => {
    expect(await linked(text)).not.toContain(id);
  });

  it.each([
    ['its government as a clause’s subject', 'Beijing has accused the European Union of dumping.', 'place:Beijing'],
    ['a dateline', 'BERLIN -- Officials said the border would reopen.', 'place:Berlin'],
    ['a firm’s office there', 'Apple’s Lisbon office is hiring.', 'place:Lisbon'],
    ['a preposition of place', 'Talks resumed in Nairobi on Monday.', 'place:Nairobi'],
  ])('with %s', async (_kind, text, id) => {
    expect(await linked(text)).toContain(id);
  });
});

describe('a part of a place before "of" places it (place-words.ts PLACE_OF_NOUNS)', () => {
  it('"parts of Karachi", "the poorer districts of Karachi"', async () => {
    expect(await linked('Heavy rain flooded low-lying parts of Karachi overnight.')).toContain('place:Karachi');
    expect(await linked('Crews worked through the poorer districts of Karachi.')).toContain('place:Karachi');
  });
});

describe('"the" before a one-word country as a clause’s subject (country-evidence.ts thingSubject)', () => {
  it('makes it a thing where the country is not written with "the"', async () => {
    expect(await linked('Place a proxy in each room, and the Bermuda will detect which room you are in.')).not.toContain('country:Bermuda');
  });

  it('there, even where the article places the name elsewhere', async () => {
    const text = 'Tune the settings in Bermuda first. Then the Bermuda will detect which room you are in.';
    const { entities } = await findEntities(text, lookup);
    const starts = entities.filter((e) => e.id === 'country:bd').flatMap((e) => e.mentions.map((m) => m.start));
    expect(starts).toContain(text.indexOf('Bermuda'));
    expect(starts).not.toContain(text.lastIndexOf('Bermuda'));
  });

  it.each([
    ['a name in the plural', 'After the storm, the Maldives has closed its airports.', 'country:Maldives'],
    ['a name the dataset writes with "the"', 'After the vote, the Gambia has left the Commonwealth.', 'country:The Gambia'],
    ['no "the"', 'Place a proxy in each room, and Bermuda will decide.', 'country:Bermuda'],
  ])('keeps it the country with %s', async (_kind, text, id) => {
    expect(await linked(text)).toContain(id);
  });
});

describe('more of what news writes around a country or a capital it means', () => {
  it.each([
    ['a border it closes', 'Niger shut its border with Benin on Friday.', 'country:Niger'],
    ['a border with it', 'Trucks queued at the border crossing with Benin.', 'country:Benin'],
    ['much of a city', 'A storm left much of Lima without power.', 'place:Lima'],
    ['a city’s stocks or traffic', 'Seoul stocks fell for a third day.', 'place:Seoul'],
    ['a present-tense verb of a state', 'Estonia plans a new tax on cars.', 'country:Estonia'],
    ['a state speaking with "the"', 'The Vatican said the archive would open in March.', 'country:Holy See'],
  ])('%s', async (_kind, text, id) => {
    expect(await linked(text)).toContain(id);
  });
});

describe('after "to", a name people bear is a person’s unless on a journey', () => {
  it('"a tabby answering to Chad" is no country; "flights from Paris to Chad" is', async () => {
    expect(await linked('Missing: a tabby answering to Chad, last seen near the park.')).not.toContain('country:Chad');
    expect(await linked('Air France resumed flights from Paris to Chad on Monday.')).toContain('country:Chad');
  });
});
