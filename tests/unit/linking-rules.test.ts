import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup, mentionAt } from './support/mention-at';

/**
 * The linking decisions of issues 15 and 18, on the bundled dataset: each mention is a dataset
 * entity, an article-built entity or nothing, and `why` says which rule decided.
 */
const at = mentionAt;

describe('linking decisions', () => {
  it('countries whose adjective is their name link to their card; "X and Y" countries link whole', async () => {
    for (const name of [
      'New Zealand',
      'Singapore',
      'Luxembourg',
      'Liechtenstein',
      'Bosnia and Herzegovina',
      'Trinidad and Tobago',
      'Antigua and Barbuda',
      'Saint Kitts and Nevis',
    ]) {
      const { record, e } = await at(`Officials from ${name} said on Monday that the talks would continue.`, name);
      expect(record?.type, name).toBe('country');
      expect(record?.name.includes(name.split(' ')[0]!), name).toBe(true);
      expect(e?.why, name).toBeTruthy();
    }
  });

  it("a leader's surname inside another person's name, or a common word, links to no leader", async () => {
    expect((await at('Omar Hassan al-Bashir ruled Sudan for three decades.', 'Hassan')).datasetInside).toEqual([]);
    expect((await at('A pou was unveiled at the marae. Pou carvings tell the story of the iwi in New Zealand.', 'Pou')).datasetInside).toEqual([]);
    expect((await at("The shop's owner, Mr Lee, said rents had doubled.", 'Lee')).datasetInside).toEqual([]);
    expect((await at("Hunter Biden's lawyers said he would appeal.", 'Hunter Biden')).datasetInside).toEqual([]);
  });

  it('a place inside a personal or a longer name is not the place; a head word is not a province', async () => {
    for (const [text, word] of [
      ['Paris Hilton launched a new fragrance.', 'Paris'],
      ['Jack London wrote the novel in 1903.', 'London'],
      ['Jordan Henderson captained the side.', 'Jordan'],
      ['Residents of Victoria Street complained.', 'Victoria'],
      ['The Gulf allies pledged to keep oil output steady.', 'Gulf'],
      ["Today's Big Question: will rates fall?", 'Today'],
    ] as const) {
      expect((await at(text, word)).datasetInside, text).toEqual([]);
    }
  });

  it('a US state is not the country of the same name in an American address', async () => {
    // (The state's own card, "Georgia (state, United States)", since address-state.ts; never the country's.)
    expect((await at('A man was arrested in Athens, Georgia, after a chase.', 'Georgia')).datasetInside.map((e) => e.id)).toEqual(['place:georgia']);
    expect((await at('Tbilisi said Georgia would not join the sanctions.', 'Georgia')).record?.type).toBe('country');
  });

  it('a town before a US state’s postal code is that state’s town, and the code is no organisation ("Hanover, NH")', async () => {
    for (const [text, word] of [
      ['Students bond in Hanover, NH, every fall.', 'Hanover'],
      ['Join our experts in Somerset, NJ on April 28.', 'Somerset'],
    ] as const)
      expect((await at(text, word)).datasetInside, text).toEqual([]);
    const { entities } = await findEntities('Students bond in Hanover, NH, every fall.', lookup);
    // (The code is the state, an article-built place: state-codes.ts.)
    expect(entities.find((e) => e.name === 'NH')?.type).toBe('place');
    // A town before another country is a place still, but that country's: not Jamaica's Hanover parish (an article-built place).
    const hanover = (await findEntities('The fair opens in Hanover, Germany.', lookup)).entities.find((e) => e.name === 'Hanover');
    expect(hanover).toMatchObject({ type: 'place', fromDataset: false });
    // The dataset's own US city stays itself in an address.
    expect((await at('Contact Abby at P.O. Box 69440, Los Angeles, CA 90069.', 'Los Angeles')).record?.countryId).toBe('country:us');
  });

  it('a one-word outlet name after what only a place has and "of" is the place, not the outlet ("the populations of Eurasia")', async () => {
    const text = 'Silk and spices reached the peoples of Eurasia over centuries.';
    expect((await at(text, 'Eurasia')).record?.type).not.toBe('outlet');
    expect((await at(text, 'Eurasia')).e?.type).toBe('place');
  });

  it('a place in a peer\'s style opens no card of the town: "the Duke of Wellington", "the Earl of Derby" (a count of ballots is no style)', async () => {
    const duke = await at('The Duke of Wellington won at Waterloo in 1815.', 'Wellington');
    expect(duke.record).toBeUndefined();
    expect(duke.e?.type).toBe('place');
    expect((await at('The Earl of Derby raced his horses at Epsom.', 'Derby')).record).toBeUndefined();
    expect((await at('Wellington is the capital of New Zealand.', 'Wellington')).record?.id).toBe('place:wellington');
    expect((await at('The count of Florida ballots resumed on Monday.', 'Florida')).record?.type).toBe('place');
  });

  it('names the dataset does not know: Islamic State is no place, Ninety Mile Beach and El Puerto are no people', async () => {
    expect((await at('Islamic State claimed responsibility for the attack.', 'Islamic State')).e?.type).not.toBe('place');
    expect((await at('Police closed Ninety Mile Beach after a shark was sighted.', 'Ninety Mile Beach')).e?.type).not.toBe('person');
    expect((await at('The new ferry terminal at El Puerto opened on Monday.', 'El Puerto')).e?.type).not.toBe('person');
  });

  it('people from how news names them, with the evidence in why; "Mr Obama" after "Barack Obama" is one person', async () => {
    const text = 'Barack Obama arrived in Nairobi on Sunday. Mr Obama met students.';
    const { entities } = await findEntities(text, lookup);
    const obama = entities.filter((x) => x.type === 'person' && x.mentions.some((m) => text.slice(m.start, m.end).includes('Obama')));
    expect(obama).toHaveLength(1);
    expect(obama[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Barack Obama', 'Obama']);
    for (const [sentence, name] of [
      ['"We have no choice but to wait," says Tarlo, who runs the shelter.', 'Tarlo'],
      ['The rules were set by the Director, Gerry McNeilly, after a year.', 'Gerry McNeilly'],
      ['Finance Minister Mohammed al-Jadaan told the conference that growth would slow.', 'Mohammed al-Jadaan'],
      ['"This is a turning point," wrote Jesse LaBrocca, founder of the forum.', 'Jesse LaBrocca'],
      ['Her brother, Tomás, said she had never been happier.', 'Tomás'],
    ] as const) {
      const { e } = await at(sentence, name);
      expect(e?.type, sentence).toBe('person');
      expect(e?.why, sentence).toBeTruthy();
    }
  });
});

describe('a page in another language', () => {
  const dataset = async (text: string) => (await findEntities(text, lookup)).entities.filter((e) => e.fromDataset).map((e) => e.name);
  // Forty-odd lower-case Spanish words, few of them English function words: the page does not read as English.
  const spanish =
    'el gobierno dijo que la reforma llegará pronto y que los vecinos tendrán más servicios para la ciudad, ' +
    'aunque muchos dudan de que las obras terminen este año porque faltan fondos y el presupuesto sigue sin aprobarse en la legislatura provincial. ';
  it('a sentence-opening word the page also writes in lower case is that language’s word, not a place', async () => {
    // "Para" is a state of Brazil in the dataset; "para" is Spanish for "for".
    const names = await dataset(`${spanish}El ministro viajó a Brasil. Para poder comentar tenés que ingresar con tu usuario.`);
    expect(names.filter((n) => n !== 'Brazil')).toEqual([]);
  });
  it('a place still links there, and in English an opening word links however the page writes it elsewhere', async () => {
    expect(await dataset(`${spanish}Madrid anunció el plan el lunes.`)).toEqual(['Madrid']);
    expect(await dataset('Japan is one of the safest countries to travel in. Read our japan travel guide for more.')).toEqual(['Japan']);
  });
});

describe('an administrative division whose name is a US city’s, an everyday word or a firm’s', () => {
  const places = async (text: string) =>
    (await findEntities(text, lookup)).entities.filter((e) => e.fromDataset && (e.type === 'place' || e.type === 'country')).map((e) => e.name);
  it('after a place preposition in an American article, a foreign one needs its country named too', async () => {
    // Charlotte is also a parish of Saint Vincent and the Grenadines, Toledo a district of Belize, Meta a department of Colombia.
    expect(await places('The governor of Ohio bemoaned the unrest in Charlotte and spoke in Toledo on Tuesday.')).toEqual(['Ohio']);
    expect(await places('Our Texas agency offers deep expertise across Meta, TikTok, and LinkedIn Ads.')).toEqual(['Texas']);
    // By its own name too: Portland is also a parish of Jamaica, Santa Fe a province of Argentina.
    expect(await places('Officials in Texas said the cat flew to Portland and on to Santa Fe on Monday.')).toEqual(['Texas']);
    expect(await places('Officials in Jamaica said the storm reached Portland on Monday.')).toEqual(['Jamaica', 'Portland']);
    // With its country named, it links.
    expect(await places('Cattle ranchers in Colombia drove their herds across Meta last spring.')).toEqual(['Colombia', 'Meta']);
  });
});
