import { describe, expect, it } from 'vitest';
import { lookup, mentionAt } from './support/mention-at';
import { findEntities } from '../../lib/entities';

/**
 * Kinds of evidence added after reading the errors of trap sets ak and al (session 28). Sentences written for these tests with
 * other names and words than the trap fixtures'.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a US state the dataset calls "<Name> State" after its town and a comma', () => {
  it('"Ithaca, New York," is the state, not the city', async () => {
    expect(await linked('The college in Ithaca, New York, will add 300 places.', 'New York')).toEqual(['place:new-york-us']);
    expect(await linked('A nurse from Rochester, New York, won the prize.', 'New York')).toEqual(['place:new-york-us']);
  });
  it('but New York alone is the city', async () => {
    expect(await linked('She moved to New York last spring.', 'New York')).toEqual(['place:new-york']);
    expect(await linked('In New York, the mayor said the subway would run.', 'New York')).toEqual(['place:new-york']);
  });
});

describe('an everyday word opening the sentence before a given name and a surname is a role, not the name', () => {
  /** The name of the person whose mention holds the word. */
  const person = async (text: string, word: string) => {
    const { entities } = await findEntities(text, lookup);
    const at = text.indexOf(word);
    return entities.find((x) => x.type === 'person' && x.mentions.some((m) => m.start <= at && m.end >= at + word.length))?.name ?? null;
  };
  it('"Guide Anton Kraus said" is Anton Kraus', async () => {
    expect(await person('Guide Anton Kraus said the river was high.', 'Kraus')).toBe('Anton Kraus');
    expect(await person('Volunteer Maria Lopez, 41, said the park was clean.', 'Lopez')).toBe('Maria Lopez');
  });
  it('but a given name first, or the words mid-sentence, keep the name whole', async () => {
    expect(await person('Grace Anne Kraus said the river was high.', 'Kraus')).toBe('Grace Anne Kraus');
    expect(await person('Tickets were sold by Tour Guide Anton Kraus, who said the river was high.', 'Kraus')).not.toBe('Anton Kraus');
  });
});

describe('a built person under a linked dataset person’s full name is that person', () => {
  it('"Democrat Hillary Clinton", "Sleepy Joe Biden" beside the full name: one dataset card, the descriptor left out', async () => {
    const text = 'Hillary Clinton spoke in Ohio on Monday. Democrat Hillary Clinton said she would win the state.';
    const { entities } = await findEntities(text, lookup);
    const people = entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.id)).toEqual(['person:hillary-clinton']);
    expect(people[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Hillary Clinton', 'Hillary Clinton']);
    const biden = await findEntities('Joe Biden spoke on Monday. Rivals call him Sleepy Joe Biden in their ads.', lookup);
    expect(biden.entities.filter((e) => e.type === 'person').map((e) => e.id)).toEqual(['person:joe-biden']);
  });
  it('but another person sharing the surname stays a built person of their own', async () => {
    const { entities } = await findEntities('Joe Biden spoke on Monday. His son Hunter Biden said the trip was private.', lookup);
    const hunter = entities.find((e) => e.name === 'Hunter Biden');
    expect(hunter?.fromDataset).toBe(false);
  });
});

describe('a paper’s common title in its own language needs the paper’s country named', () => {
  it('"La Presse" of a Montreal story is not Tunis’s La Presse', async () => {
    expect(await linked('A snow plough driver in Montreal, Canada, told La Presse the night shift was the worst in years.', 'La Presse')).toEqual([]);
    expect(await linked('Buenos Aires traffic police told La Nación that fines would double.', 'La Nación')).toEqual([]);
  });
  it('but with the paper’s country named it is the dataset’s', async () => {
    expect(await linked('The Tunisian daily La Presse reported that the ministry in Tunisia would cut fuel subsidies.', 'La Presse')).toEqual([
      'outlet:lapresse.tn',
    ]);
  });
  it('a foreign outlet’s name with its article, used as no medium in another country’s story, is not the outlet', async () => {
    expect(await linked('Passengers in Santiago, Chile, call the oldest bus El Peruano because it was built in Lima.', 'El Peruano')).toEqual([]);
    expect(await linked('Peru’s official gazette El Peruano published the decree on Monday.', 'El Peruano')).toEqual(['outlet:elperuano.pe']);
  });
});

describe('a name that a larger or near-equal city abroad bears, with neither country named', () => {
  it('opens no card ("Valencia" in a Kenyan runner’s story; "Portland" beside Jamaica’s parish)', async () => {
    expect(await linked('Ethiopia picked its marathon team, led by Abebe Tola, who won in Valencia in record time.', 'Valencia')).toEqual([]);
    expect(await linked('The band played two sold-out nights in Portland before flying home.', 'Portland')).toEqual([]);
  });
  it('but with the dataset place’s own country named it stays, and a smaller namesake abroad changes nothing', async () => {
    expect(await linked('Venezuelan students marched in Valencia on Monday.', 'Valencia')).toEqual(['place:valencia-ve']);
    expect(await linked('The startup opened an office in Barcelona last year.', 'Barcelona')).toEqual(['place:barcelona']);
  });
  it('and the other candidates of the name are not picked by elimination', async () => {
    expect(await linked('Commuters at Victoria faced a third day of delays.', 'Victoria')).toEqual([]);
  });
});

describe('an animal’s or a street’s name', () => {
  it('after an animal’s kind, whatever follows, is the animal’s', async () => {
    expect(await linked('Rider Jo Brand and her bay mare Oklahoma jumped clear in the final round.', 'Oklahoma')).toEqual([]);
  });
  it('after a breed and "named" is the pet’s', async () => {
    expect(await linked('The café’s dog, a tiny Pekingese named Nevada, greets every customer.', 'Nevada')).toEqual([]);
  });
  it('after a street word of another language is the street’s', async () => {
    expect(await linked('The bookshop on calle Colombia closed after forty years.', 'Colombia')).toEqual([]);
    expect(await linked('Flights to Colombia resumed on Monday.', 'Colombia')).toEqual(['country:co']);
  });
});

describe('things named after a place', () => {
  it('a flying boat, a wood, a box van, a band’s dated hit', async () => {
    expect(await linked('The museum restored an Alaska flying boat that crashed in 1942.', 'Alaska')).toEqual([]);
    expect(await linked('The cabin floor is laid with Idaho pine salvaged from a barn.', 'Idaho')).toEqual([]);
    expect(await linked('He hired a Texas box van to move the piano.', 'Texas')).toEqual([]);
    expect(await linked('The DJ closed with Kansas’s 1977 hit "Dust in the Wind".', 'Kansas')).toEqual([]);
  });
  it('but the place’s own budget, forests or roads are the place’s', async () => {
    expect(await linked('Texas’s 2023 budget was cut by the legislature in Austin.', 'Texas')).toEqual(['place:texas']);
  });
});
