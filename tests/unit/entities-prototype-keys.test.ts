/**
 * A capitalised word whose alias key is the name of an Object.prototype member ("Constructor
 * standings", "Constructor Hall") once made the entity stage throw ("raw is not iterable"): the
 * look-up's answer was read as a plain object. It is a word like any other.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { loadBundledDataset } from '../../lib/tools/load-dataset';

const lookup = createMemoryLookup(loadBundledDataset());

describe('alias keys that are Object.prototype names', () => {
  it('are no dataset hits, and nothing throws', async () => {
    for (const word of ['Constructor', 'HasOwnProperty', 'IsPrototypeOf', 'ToString', 'ValueOf', '__proto__']) {
      const text = `The ${word} standings changed. ${word} Hall opened in Paris, said Jane Doe.`;
      const { entities } = await findEntities(text, lookup);
      expect(entities.some((e) => e.fromDataset && e.name.toLowerCase().includes(word.toLowerCase()))).toBe(false);
      expect(entities.map((e) => e.name)).toContain('Jane Doe');
    }
  });

  it('the in-memory look-up answers them as misses', async () => {
    const out = await lookup.byAliases(['constructor', 'hasownproperty', 'tostring', 'paris']);
    expect(Object.keys(out)).toEqual(['paris']);
    expect(out['constructor']).toBeUndefined();
  });
});

describe('a look-up that answers from a plain object', () => {
  it('cannot hand Object.prototype members to the entity stage', async () => {
    const plain = {
      ...lookup,
      async byAliases(keys: string[]) {
        const all = await lookup.byAliases(keys);
        const out: Record<string, unknown> = {};
        // As a cache over plain objects would: found[k] ?? [] reads Object for "constructor".
        for (const k of keys) out[k] = (all as Record<string, unknown>)[k] ?? ({} as Record<string, unknown>)[k] ?? [];
        return out as Awaited<ReturnType<typeof lookup.byAliases>>;
      },
    };
    const { entities } = await findEntities('The Constructor standings changed in Paris, said Jane Doe.', plain);
    expect(entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Paris', 'Jane Doe']));
  });
});
