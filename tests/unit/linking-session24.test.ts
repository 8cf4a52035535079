import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * Kinds of evidence added after reading the errors of trap sets u and v (session 24). Sentences written for these tests with
 * other names and words than the trap fixtures'.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a judge named like a politician', () => {
  it('"Judge" before the full name makes a namesake, however political the court story', async () => {
    expect(await linked('Judge Theresa May told the jury at the Old Bailey that the minister had lied, and jailed him.', 'Theresa May')).toEqual([]);
    expect(await linked('Magistrate Theresa May fined the MP £500 for speeding.', 'Theresa May')).toEqual([]);
  });
  it('but the verb "judge" is no title', async () => {
    expect(await linked('Voters will judge Theresa May on Brexit, Conservative MPs said.', 'Theresa May')).toEqual(['person:theresa-may']);
  });
});

describe('a sportsman named like a politician', () => {
  it('a sportsman’s trade before the full name makes a namesake', async () => {
    expect(await linked('Portuguese cyclist Chris Smith won the stage, and the boxer beside him cheered.', 'Chris Smith')).toEqual([]);
    expect(await linked('Welsh golfer Theresa May carded a 68 in the second round.', 'Theresa May')).toEqual([]);
  });
  it('but an office before the name keeps the person', async () => {
    expect(await linked('Former Prime Minister Theresa May watched the golf in Wales.', 'Theresa May')).toEqual(['person:theresa-may']);
  });
});

describe('an airport named after a person', () => {
  it('"International Airport" or "Memorial Airport" after a full name is the airport', async () => {
    expect(await linked('Flights resumed at Theresa May International Airport after the storm.', 'Theresa May')).toEqual([]);
    expect(await linked('Flights resumed at Hamid Karzai Memorial Airport on Monday.', 'Hamid Karzai')).toEqual([]);
  });
  it('but the person beside an airport stays', async () => {
    expect(await linked('Hamid Karzai arrived at the airport in Kabul on Monday, Afghan officials said.', 'Hamid Karzai')).toEqual(['person:hamid-karzai']);
  });
});

describe('a division named with its kind in English where the dataset names it in Spanish or Portuguese', () => {
  it('"X district" with its country named is the division, not the city of the name', async () => {
    expect(await linked('Wildfires burned across Braga district, Portuguese firefighters said.', 'Braga')).toEqual(['place:braga']);
    expect(await linked('Hail struck vineyards across Mendoza province on Friday, Argentine growers said.', 'Mendoza')).toEqual(['place:mendoza-ar']);
  });
  it('but the bare name, its country named, is the city', async () => {
    expect(await linked('Hail struck vineyards outside Mendoza on Friday, Argentine growers said.', 'Mendoza')).toEqual(['place:mendoza']);
  });
});

describe('a breed named after two places', () => {
  it('"X and Y cattle" names a breed, as "X cattle" does', async () => {
    expect(await linked('Farmers in Ireland still keep Kerry and Galloway cattle on small hill farms.', 'Kerry')).toEqual([]);
    expect(await linked('Farmers in Ireland still keep Kerry cattle on small hill farms.', 'Kerry')).toEqual([]);
  });
  it('but cattle farmers and ranchers are the place’s', async () => {
    expect(await linked('Drought has hit Texas cattle ranchers hard this summer, officials in Austin said.', 'Texas')).toEqual(['place:texas']);
  });
});

describe('a firm named after a place', () => {
  it('shares bought in it, or its CEO, make the name a firm’s', async () => {
    expect(await linked('Shares in Valparaíso rose 4 per cent after the brewer raised its prices in Chile.', 'Valparaíso')).toEqual([]);
    expect(await linked('Valparaíso’s CEO told analysts in Chile that the brewer would cut jobs.', 'Valparaíso')).toEqual([]);
  });
  it('but the port itself stays, and a city’s chief executive is an office', async () => {
    expect(await linked('Officials in Valparaíso, Chile, said the port would reopen.', 'Valparaíso')).toEqual(['place:valparaiso']);
    expect(await linked('Protesters marched against the Hong Kong chief executive on Sunday.', 'Hong Kong')).toEqual(['country:hk']);
  });
});

describe('a country by what a diplomat or a storm does to it', () => {
  it('an envoy or an ambassador sent to it, or charged with it, names the country', async () => {
    expect(await linked('The bloc named a retired judge as its special envoy on Eritrea last week.', 'Eritrea')).toEqual(['country:er']);
    expect(await linked('She served as ambassador to Chad for four years.', 'Chad')).toEqual(['country:cd']);
  });
  it('but a brand’s ambassador for a name is nobody’s country', async () => {
    expect(await linked('He signed on as a brand ambassador for Jordan last year.', 'Jordan')).toEqual([]);
  });
  it('a storm that brushes or skirts a country strikes the country', async () => {
    expect(await linked('Tropical Storm Ida skirted Jamaica on Tuesday before turning north.', 'Jamaica')).toEqual(['country:jm']);
  });
});

describe('a reigning monarch by title and name', () => {
  it('links the monarch, and the mention is the name after the title, as after any title', async () => {
    const m = await mentionAt('King Charles opened the new wing of the hospital in London on Monday.', 'Charles');
    expect(m.e?.id).toBe('person:charles-iii');
    expect((await mentionAt('King Charles opened the new wing of the hospital in London on Monday.', 'King Charles')).e).toBeUndefined();
  });
});
