import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';
import { thingAppositive } from '../../lib/entities/thing-appositive';

/**
 * Kinds of evidence added after reading the errors of trap sets aa and ab (session 27). Sentences written for these tests with
 * other names and words than the trap fixtures'.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a namesake city of another country the article names (GeoNames, names.json "abroad")', () => {
  it('is that country’s city, an article-built place, not the dataset’s', async () => {
    const text = 'Spanish firefighters were sent to Valencia after the storm.';
    expect(await linked(text, 'Valencia')).toEqual([]);
    const { e } = await mentionAt(text, 'Valencia');
    expect(e?.type).toBe('place');
    expect(e?.fromDataset).toBe(false);
    expect(e?.why).toMatch(/another country/);
    expect(await linked('Lebanese police in Tripoli arrested two men on Sunday.', 'Tripoli')).toEqual([]);
  });
  it('but with the dataset place’s own country named too, or no other country, it stays', async () => {
    expect(await linked('Venezuelan troops patrolled Valencia after the storm.', 'Valencia')).toEqual(['place:valencia-ve']);
    expect(await linked('Libyan and Lebanese diplomats met in Tripoli on Sunday.', 'Tripoli')).toEqual(['place:tripoli']);
    expect(await linked('Greek officials said the museum in Athens would reopen.', 'Athens')).toEqual(['place:athens']);
  });
  it('a place of the other country is not enough: the country itself must be named', async () => {
    expect(await linked('Cruise lines sell Alaska voyages that leave from Vancouver every Friday.', 'Vancouver')).toEqual(['place:vancouver']);
  });
});

describe('a venue’s appositive closed by a second comma after an opening phrase', () => {
  it('"At Lisbon, a tapas bar in Bristol, …" is the bar', async () => {
    expect(await linked('At Lisbon, a tapas bar in Bristol, the house red costs £6 a glass.', 'Lisbon')).toEqual([]);
  });
  it('but an opening phrase whose comma starts the sentence’s subject keeps the place', async () => {
    expect(await linked('At Lisbon, the ministers signed the treaty.', 'Lisbon')).toEqual(['place:lisbon']);
    expect(await linked('In Lisbon, a city of hills, the trams are old.', 'Lisbon')).toEqual(['place:lisbon']);
  });
});

describe('a vessel’s appositive going on with "to"', () => {
  it('"the Galicia, a night ferry to Ireland" says a thing (thing-appositive.ts)', () => {
    const text = 'Fans boarded the Galicia, a night ferry to Ireland, at dawn.';
    const start = text.indexOf('Galicia');
    expect(thingAppositive(text, { start, end: start + 7 })).toBe(true);
    const place = 'Fans flew to Galicia, a region with its own language, at dawn.';
    expect(thingAppositive(place, { start: place.indexOf('Galicia'), end: place.indexOf('Galicia') + 7 })).toBe(false);
  });
});

describe('a thing named so in a shouted line', () => {
  it('"A DOG NAMED PERU" is the dog', async () => {
    expect(await linked('ZOO CLOSES AFTER KEEPERS LOSE A DOG NAMED PERU', 'PERU')).toEqual([]);
  });
});

describe('a colour named after a place', () => {
  it('"in Berlin blue and white" is a colour', async () => {
    expect(await linked('The new tram livery, in Berlin blue and white, was unveiled on Monday.', 'Berlin')).toEqual([]);
  });
  it('but a place before a colour word that goes on stays', async () => {
    expect(await linked('Tourists in Berlin red-faced from the heat queued for the museum.', 'Berlin')).toEqual(['place:berlin']);
    expect(await linked('Shoppers in Berlin green bins must be emptied weekly.', 'Berlin')).toEqual(['place:berlin']);
  });
});

describe('a place’s name in a list of children’s names', () => {
  it('is a name in a sentence about baby names', async () => {
    const text = 'Olivia topped the list of baby names again, while Sydney and Lima were the fastest climbers, statisticians said.';
    expect(await linked(text, 'Lima')).toEqual([]);
  });
  it('but places after a preposition of place stay places', async () => {
    expect(await linked('Popular baby names registered in Sydney and Lima differ.', 'Lima')).toEqual(['place:lima']);
  });
});

describe('a sausage named after a place', () => {
  it('"Norfolk sausages" is the sausage', async () => {
    expect(await linked('Norfolk sausages and Toulouse sausages sizzled side by side at the market in Leeds on Friday.', 'Norfolk')).toEqual([]);
  });
});

describe('an outlet’s name before "space"', () => {
  it('"the Zvezda space module" is the module', async () => {
    expect(await linked('A scale model of the Zvezda space module, donated by a museum in Moscow, hangs in the hall.', 'Zvezda')).toEqual([]);
  });
});

describe('a bird’s name after its kind and a comma in a title-case headline', () => {
  it('"Harris Hawk, Jamaica," is the bird', async () => {
    expect(await linked('Farmers Near Leeds Hire Falconer Whose Harris Hawk, Jamaica, Scares Off Pigeons', 'Jamaica')).toEqual([]);
  });
});

describe('"daily" as an adverb after an outlet’s everyday name', () => {
  it('"Open daily until late" is no outlet', async () => {
    expect(await linked('Open daily until late, the shop in Leeds sells bread.', 'Open')).toEqual([]);
  });
});

describe('a royal title before a place’s name', () => {
  it('"a Queen Victoria half-sovereign" is the queen’s, not the state', async () => {
    expect(await linked('Collectors in Perth queued for a Queen Victoria half-sovereign struck in 1893.', 'Victoria')).toEqual([]);
  });
});

describe('a list with a member that is no place', () => {
  it('"Windhoek, Lusaka and Mosi" (beers) gives its places no list evidence', async () => {
    expect(await linked('The bar stocks African beers, among them Windhoek, Lusaka and Mosi, in a fridge by the door.', 'Lusaka')).toEqual([]);
  });
  it('but a list of places closed by a known place keeps it', async () => {
    expect(await linked('Delegates came from Lusaka, Windhoek and Gaborone for the summit.', 'Windhoek')).toEqual(['place:windhoek']);
  });
});

describe('things named after places: casks, vans, bluegrass', () => {
  it('"Madeira casks", "a Bedford van", "Kentucky bluegrass" name no place', async () => {
    expect(await linked('The malt spends two years in Madeira casks before bottling.', 'Madeira')).toEqual([]);
    expect(await linked('A Bedford van carrying pasties caught fire in Somerset.', 'Bedford')).toEqual([]);
    expect(await linked('Groundsmen reseeded the outfield with Kentucky bluegrass after the drought.', 'Kentucky')).toEqual([]);
  });
  it('but the place before other words stays', async () => {
    expect(await linked('Vans from Bedford delivered the parcels to Somerset.', 'Bedford')).toEqual(['place:bedford']);
  });
});

describe('a country after a state’s act in a shouted headline', () => {
  it('"MOSCOW WARNS FINLAND" names Finland (what the line says of a one-word country, shouted.ts)', async () => {
    expect(await linked('MOSCOW WARNS FINLAND OVER NEW BORDER FENCE', 'FINLAND')).toEqual(['country:fi']);
  });
  it('but "TARGET" is no state’s act', async () => {
    expect(await linked('SHOPLIFTERS TARGET ICELAND AND CO-OP STORES ACROSS KENT AS STAFF REPORT THREATS', 'ICELAND')).toEqual([]);
  });
});
