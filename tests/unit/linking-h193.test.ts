import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * Meant places the linker missed (issue 18, "find every name"; session 30, helper 193): a place whose name a person's verb
 * follows after a preposition of place, a county ending a town's address in an American story, a product's makers, the sky
 * over a place, a county's soil, a national side's goals and opponents, a town's own show or airport. Sentences written for
 * these tests with other names and words than the trap fixtures'.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a place before a person’s verb, after a preposition of place or as an address’s last word (person-after.ts)', () => {
  it('is the place: the verb is the person’s before it', async () => {
    expect(await linked('A bagpiper from Galicia said he had played at the festival for twenty years.', 'Galicia')).toEqual(['place:galicia']);
    expect(await linked('A pensioner from Nigeria was arrested at the airport on Monday.', 'Nigeria')).toEqual(['country:ni']);
    expect(await linked('Quilter Ann Lowe, 71, of Salem, Oregon, said she had never sold a quilt.', 'Oregon')).toEqual(['place:oregon']);
  });
  it('not a name a person bears, nor one with no place word before it', async () => {
    expect(await linked('Georgia, 34, from Leeds, won the quiz.', 'Georgia')).toEqual([]);
    expect(await linked('A letter from Victoria said she would visit in June.', 'Victoria')).toEqual([]);
    expect(await linked('The spokesman confirmed that Jordan was arrested on Friday night.', 'Jordan')).toEqual([]);
  });
});

describe('a county ending a town’s address in an article with American words (place-evidence.ts foreignInAmerica)', () => {
  it('is the county: the address names it', async () => {
    expect(await linked('Campers at a caravan site in Texas, Suffolk, watched a Chicago Cubs game on a big screen.', 'Suffolk')).toEqual(['place:suffolk']);
  });
  it('not a town in a list of towns, nor a wine in a list of wines', async () => {
    expect(await linked('Our New England tour visits Providence, Newport, Plymouth and Boston.', 'Newport')).toEqual([]);
    expect(await linked('Dessert wines sold in Texas include Port, Madeira, Vermouth and Sherry.', 'Madeira')).toEqual([]);
  });
  it('not a bare county name in such an article', async () => {
    expect(await linked('Scouts from Suffolk swapped badges with a troop from Tennessee.', 'Suffolk')).toEqual([]);
  });
});

describe('a product’s makers, brewers or distillers after a place’s name (place-terms.ts TRADE_AFTER)', () => {
  it('is the place whose makers they are', async () => {
    expect(await linked('The russet apple favoured by Herefordshire cider makers had a poor year.', 'Herefordshire')).toEqual(['place:herefordshire']);
  });
  it('not the product alone', async () => {
    expect(await linked('He ordered a Somerset cider and a plate of chips.', 'Somerset')).toEqual([]);
  });
});

describe('what fills or crosses the sky over a place (place-undergoes.ts OVER_BEFORE)', () => {
  it('is the place', async () => {
    expect(await linked('Paratroopers will jump over Bretagne in a display next spring.', 'Bretagne')).toEqual(['place:bretagne']);
    expect(await linked('A team of wingsuit pilots flew a record formation over Doha on Friday.', 'Doha')).toEqual(['place:doha']);
  });
  it('not after "the", nor a win over somebody', async () => {
    expect(await linked('She booked a bungee jump over the Zambezi for her birthday.', 'Zambezi')).toEqual([]);
    expect(await linked('The champion celebrated a narrow win over Victoria in the final.', 'Victoria')).toEqual([]);
  });
});

describe('a place’s soil, fields or orchards before "of" (place-words.ts PLACE_OF_NOUNS)', () => {
  it('is the place', async () => {
    expect(await linked('Hops thrive in the red soil of Shropshire, where one family has farmed for a century.', 'Shropshire')).toEqual(['place:shropshire']);
  });
});

describe('a national side by its country or nation’s name (national-sides.ts, country-evidence.ts)', () => {
  it('is the country or the nation', async () => {
    expect(await linked('The striker, who scored twice for Nigeria last month, joined a Belgian club.', 'Nigeria')).toEqual(['country:ni']);
    expect(await linked('Italy beat Wales 24-10 in a wet game on Saturday.', 'Wales')).toEqual(['place:wales']);
  });
  it('not a club named after a town', async () => {
    expect(await linked('The forward scored twice for Perth in the derby.', 'Perth')).toEqual([]);
  });
});

describe('a town’s own show, fair or airport (place-events.ts)', () => {
  it('is the town', async () => {
    expect(await linked('Jet makers booked record orders at the Frankfurt Airshow this week.', 'Frankfurt')).toEqual(['place:frankfurt']);
    expect(await linked('The label’s knitwear stole Istanbul Fashion Week on Thursday.', 'Istanbul')).toEqual(['place:istanbul']);
  });
  it('not a name a person bears, nor a division’s', async () => {
    expect(await linked('Fireworks lit up the Victoria Airport terminal on Sunday.', 'Victoria')).toEqual([]);
    expect(await linked('The choir sang at the Canterbury Cathedral carol service.', 'Canterbury')).toEqual([]);
  });
});

describe('a town after "the city of" (place-undergoes.ts)', () => {
  it('is the town, though its name is an everyday word', async () => {
    expect(await linked('The slipper, named after the city of Fes, is sewn from goat leather.', 'Fes')).toEqual(['place:fes']);
  });
  it('not after a country’s adjective: another country’s town', async () => {
    expect(await linked('Fans gathered in the Scottish city of Perth for the parade.', 'Perth')).toEqual([]);
  });
});

describe('what a place gave the world or keeps, after "a" (place-sites.ts)', () => {
  it('is the place', async () => {
    expect(await linked('The stroopwafel, a Rotterdam invention by some accounts, is sold at every station.', 'Rotterdam')).toEqual(['place:rotterdam']);
    expect(await linked('The chip shop, a Glasgow institution since 1950, closed on Friday.', 'Glasgow')).toEqual(['place:glasgow']);
  });
  it('not a name a person bears', async () => {
    expect(await linked('A Jordan tradition of late-night shooting practice kept the gym open.', 'Jordan')).toEqual([]);
  });
});
