import { describe, expect, it } from 'vitest';
import { lookup } from './support/mention-at';
import { findEntities } from '../../lib/entities';

/**
 * A Title Case headline that opens with a dataset person's name and goes on with its verb ("Macron Warns Farmers …"): the verb
 * is prose's (lib/entities/truecase.ts), so the name is read alone. Sentences written for these tests.
 */
const people = async (text: string) =>
  (await findEntities(text, lookup)).entities
    .filter((e) => e.type === 'person')
    .flatMap((e) => e.mentions.map((m) => `${e.fromDataset ? e.id : 'built'}=${text.slice(m.start, m.end)}`));

describe('an everyday word after a dataset person’s name in a Title Case headline', () => {
  it('"Keir Starmer Visits Plant …", "Macron Warns Farmers …": the name, then the headline’s verb', async () => {
    expect(await people('Keir Starmer Visits Plant As Workers Protest Over Pay And Hours\nThe visit was brief.')).toEqual(['person:keir-starmer=Keir Starmer']);
    const text = 'Macron Warns Farmers Over New Trade Deal With South American Bloc\nPresident Emmanuel Macron spoke in Paris on Monday.';
    expect(await people(text)).toEqual(['person:emmanuel-macron=Macron', 'person:emmanuel-macron=Emmanuel Macron']);
  });
  it('not a head word of a longer name ("Trump Tower", "Obama Foundation")', async () => {
    expect(await people('Trump Tower Lobby Reopens After Month Of Repairs And Cleaning\nThe building was busy.')).toEqual([]);
    expect(await people('Obama Foundation Grants Fund New Libraries Across South Side Schools\nThe grants were announced.')).toEqual([]);
  });
});
