import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { NAME_LEXICON } from '../../lib/entities/lexicon';
import type { DatasetLookup } from '../../lib/types';

const lookup: DatasetLookup = {
  byAliases: async () => ({}),
  byDomain: async () => [],
  byIds: async () => [],
  sources: async () => ({}),
  lexicon: async () => NAME_LEXICON,
};

async function places(text: string): Promise<string[]> {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.type === 'place').flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('known places in a line written all in lower case', () => {
  it('after a place preposition, several words at most', async () => {
    expect(await places('i am from mexico traveling to san francisco next week')).toEqual(['mexico', 'san francisco']);
    expect(await places("i'm doing a project on migratory birds in punjab")).toEqual(['punjab']);
  });

  it('not in a line with capitals, nor without the preposition', async () => {
    expect(await places('We flew from mexico to the coast on Monday.')).toEqual([]);
    expect(await places('mexico is a big country and we love it')).toEqual([]);
  });
});
