import { describe, expect, it } from 'vitest';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { loadBundledDataset } from '../../lib/tools/load-dataset';
import { findEntities } from '../../lib/entities';

const lookup = createMemoryLookup(loadBundledDataset());
const built = async (text: string) =>
  (await findEntities(text, lookup)).entities
    .filter((e) => e.type === 'place' && !e.fromDataset)
    .flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));

describe('an unknown one-word name in a list with a place, after a preposition of place, is a place', () => {
  it('"dead in Mosul, Tarvessa, and Kelbrin", "between Vardo and Greater Vardo": every unknown item of the list', async () => {
    expect(await built('Clashes left 22 dead in Mosul, Tarvessa, and Kelbrin on Wednesday.')).toEqual(['Tarvessa', 'Kelbrin']);
    expect(await built('Buses run between Vardo and Greater Vardo every hour.')).toEqual(['Vardo', 'Greater Vardo']);
  });

  it('not a clause after an address, not without a preposition, not a noun qualified, not beside a one-word place placed by "in" alone', async () => {
    for (const text of [
      'Headquartered in Mosul, Iraq, Tarvessa serves customers.',
      'Mosul and Tarvessa were quiet.',
      'Shoes sold in Mosul and Tarvessa shops are cheap.',
      'Apps are written in Kelbrin or Tarvessa by most teams.',
      'Buses run between Mosul and Anna on Sundays.',
    ])
      expect(await built(text)).not.toContain('Tarvessa');
    expect(await built('Buses run between Mosul and Anna on Sundays.')).not.toContain('Anna');
  });
});
