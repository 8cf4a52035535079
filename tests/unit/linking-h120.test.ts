import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

/** Issue 18, recall: kinds of evidence that only a place has, for one-word names that people, brands and works bear too. */
const linked = async (text: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.fromDataset).flatMap((e) => e.mentions.map((m) => `${text.slice(m.start, m.end)}=${e.id}`));
};

describe('what only a place undergoes or has (place-undergoes.ts)', () => {
  it('a storm, a quake or a flood strikes a country', async () => {
    expect(await linked('Cyclone Odile battered Jamaica for a whole day before it moved north.')).toContain('Jamaica=country:jm');
    expect(await linked('A strong earthquake struck Turkey early on Monday, officials said.')).toContain('Turkey=country:tu');
    expect(await linked('Floods have swept through Jordan after a week of rain.')).toContain('Jordan=country:jo');
  });

  it('but a person or a car that hits somebody is no storm; nor is a US state’s name the country', async () => {
    expect(await linked('In the third round he battered Jordan with body shots.')).not.toContain('Jordan=country:jo');
    expect(await linked('The van hit Jordan as she crossed the road.')).not.toContain('Jordan=country:jo');
    expect((await linked('Heavy flooding hit Georgia and the Carolinas over the weekend.')).filter((x) => x.startsWith('Georgia=country:'))).toEqual([]);
  });

  it('a place that is also a given name or a word: its council, "a … man", "of rural …", a storm', async () => {
    expect(await linked('Bury council will close the swimming baths in March.')).toContain('Bury=place:bury');
    expect(await linked('A Sydney woman was fined for feeding the ibises.')).toContain('Sydney=place:sydney');
    expect(await linked('They spent the summer walking the lanes of rural Kent.')).toContain('Kent=place:kent');
    expect(await linked('Storm Ciarán lashed coastal Kent with gusts of 80mph.')).toContain('Kent=place:kent');
  });

  it('not a person’s possessive after "a … man", nor a name alone as the subject', async () => {
    expect(await linked('A Sydney man’s wallet was found in the river.')).not.toContain('Sydney=place:sydney');
    expect(await linked('Sydney was fined for feeding the ibises.')).not.toContain('Sydney=place:sydney');
    expect(await linked('Kent scored twice before half-time.')).not.toContain('Kent=place:kent');
  });
});

describe('what flies over a place, its port; an acronym that speaks', () => {
  it('a plane shot down over a place, dawn breaking over it, its port or a named terminal', async () => {
    expect(await linked('A bomber crashed over Kent during the night raid.')).toContain('Kent=place:kent');
    expect(await linked('The sun rose over Karachi as the boats set out.')).toContain('Karachi=place:karachi');
    expect(await linked('Fuel shortages slowed Karachi’s port for a week.')).toContain('Karachi=place:karachi');
    expect(await linked('Shanghai’s Waigaoqiao terminal closed for two days.')).toContain('Shanghai=place:shanghai');
  });

  it('not a person one wins over or falls over, nor a terminal illness', async () => {
    expect(await linked('She fell over Kent on the stairs.')).not.toContain('Kent=place:kent');
    expect(await linked('Sydney’s terminal illness was diagnosed in May.')).not.toContain('Sydney=place:sydney');
  });

  it('"The WHO said": an organisation’s acronym between "the" and a verb of speech', async () => {
    expect(await linked('The WHO warned that measles cases were rising in Europe.')).toContain('WHO=org:who');
    expect(await linked('THE WHO WARNED OF MEASLES')).not.toContain('WHO=org:who');
    expect(await linked('Ask the WHO questions you have about the book.')).not.toContain('WHO=org:who');
  });
});

describe('journeys, seats, housing and the far north', () => {
  it('a route that links two places, lorries bound for one, the far north, its house prices', async () => {
    const route = await linked('The new service links Manchester with Sydney via Singapore.');
    expect(route).toContain('Manchester=place:manchester-uk');
    expect(route).toContain('Sydney=place:sydney');
    expect(await linked('Three ships bound for Gaza were turned back on Friday.')).toContain('Gaza=place:gaza-gz');
    expect(await linked('Floodwater cut roads in far north Queensland overnight.')).toContain('Queensland=place:queensland');
    expect(await linked('Toronto’s median house prices rose for the first time this year.')).toContain('Toronto=place:toronto');
  });

  it('not a player bound for a club, nor somebody one links with a crime', async () => {
    expect(await linked('The winger, bound for Chelsea, was left out of the squad.')).not.toContain('Chelsea=place:chelsea');
    expect((await linked('Police said a witness links Jordan with the robbery.')).filter((x) => x.startsWith('Jordan='))).toEqual([]);
  });
});

describe('a local body after a place’s name (of-name.ts localBodyAfter)', () => {
  it('"Wigan Council", "Reading Borough Council", "Kent Police" are the places’ own', async () => {
    expect(await linked('Wigan Council will resurface the market square in June.')).toContain('Wigan=place:wigan');
    expect(await linked('Reading Borough Council closed the lido for repairs.')).toContain('Reading=place:reading');
    expect(await linked('Kent Police said two men had been arrested.')).toContain('Kent=place:kent');
  });

  it('not a region’s international council, a club, nor a country’s national force', async () => {
    expect((await linked('The Arctic Council met in Tromsø last week.')).filter((x) => x.startsWith('Arctic='))).toEqual([]);
    expect(await linked('Manchester City beat Leeds 3-0 on Saturday.')).not.toContain('Manchester=place:manchester-uk');
    expect((await linked('He was questioned by the Nigeria Police in Abuja.')).filter((x) => x.startsWith('Nigeria='))).toEqual([]);
    // (A longer name after the body's word is an institution's own: "Chicago Police Department".)
    expect(await linked('Figures came from the Chicago Police Department on Monday.')).not.toContain('Chicago=place:chicago');
  });
});

describe('a sentence’s opening name that a later clause calls "the city"', () => {
  it('"Mumbai will …, and the city hopes …" is the city', async () => {
    expect(await linked('Mumbai will ban diesel taxis from 2030, and the city hopes to add 500 electric buses.')).toContain('Mumbai=place:mumbai');
  });

  it('not "the city of" another place, nor a given name that may be a player', async () => {
    expect(await linked('Santander will close 40 branches, and the city of Madrid will lose two.')).not.toContain('Santander=place:santander');
    expect(await linked('Sydney scored twice, and the city celebrated late into the night.')).not.toContain('Sydney=place:sydney');
  });
});
