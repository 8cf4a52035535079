import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import type { DatasetEntity, DatasetLookup } from '../../lib/types';
import { NAME_LEXICON } from '../../lib/entities/lexicon';

/** A look-up that knows two places only: a US state and a country (the town before them is the rule's). */
const known: Record<string, DatasetEntity> = {
  ohio: { id: 'place:ohio', name: 'Ohio', type: 'place', countryId: 'country:us', facts: [], aliases: ['Ohio'] } as unknown as DatasetEntity,
  peru: { id: 'country:pe', name: 'Peru', type: 'country', facts: [], aliases: ['Peru'] } as unknown as DatasetEntity,
};
const lookup: DatasetLookup = {
  byAliases: async (keys: string[]) => Object.fromEntries(keys.filter((k) => known[k]).map((k) => [k, [known[k]!]])),
  byDomain: async () => [],
  byIds: async () => [],
  sources: async () => ({}),
  lexicon: async () => NAME_LEXICON,
};
const places = async (text: string) => (await findEntities(text, lookup)).entities.filter((e) => e.type === 'place' && !e.fromDataset).map((e) => e.name);

describe('a town before its US state or its country', () => {
  it('is a place', async () => {
    expect(await places('The plant, owned by a firm of Brelton Falls, Ohio, closed last year.')).toEqual(['Brelton Falls']);
    expect(await places('She was born in 1971 (Quenby, Peru) and moved abroad.')).toEqual(['Quenby']);
  });

  it('not where the state or country goes on into its clause, after a weekday or a given name, or opening a sentence', async () => {
    expect(await places('For Zorvex, Peru is a small market.')).toEqual([]);
    expect(await places('The talks began on Tuesday, Peru.')).toEqual([]);
    expect(await places('Thank you, Maria, Peru.')).toEqual([]);
    expect(await places('Overall, Peru.')).toEqual([]);
  });
});
