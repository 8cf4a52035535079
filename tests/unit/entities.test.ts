import { describe, expect, it } from 'vitest';
import { aliasKey } from '../../lib/dataset/alias-key';
import { findEntities } from '../../lib/entities';
import type { DatasetEntity, DatasetLookup } from '../../lib/types';

/** A tiny dataset with the shapes that matter: full names, surnames, a shared surname, adjectives. */
const E = (id: string, type: DatasetEntity['type'], name: string, aliases: string[], extra: Partial<DatasetEntity> = {}): DatasetEntity => ({
  id,
  type,
  name,
  aliases,
  facts: [{ label: 'Note', value: name, source: 'test' }],
  ...extra,
});
const data: DatasetEntity[] = [
  E('country:aa', 'country', 'Arland', ['Arland', 'Republic of Arland'], { adjectives: ['Arlandic'] }),
  E('country:bb', 'country', 'Borovia', ['Borovia'], { adjectives: ['Borovian'] }),
  E('person:ivan-petrov', 'person', 'Ivan Petrov', ['Ivan Petrov', 'Petrov'], { countryId: 'country:aa', weakAliases: ['petrov'] }),
  E('person:olga-petrov', 'person', 'Olga Petrov', ['Olga Petrov', 'Petrov'], {
    countryId: 'country:bb',
    weakAliases: ['petrov'],
    roles: [{ title: 'Prime Minister', of: 'country:bb', ofName: 'Borovia', source: 'test', office: 'hog:country:bb', status: 'current' }],
  }),
  E('person:lev-sokol', 'person', 'Lev Sokol', ['Lev Sokol', 'Sokol'], { countryId: 'country:bb', weakAliases: ['sokol'] }),
  E('person:anna-kovac', 'person', 'Anna Kovac', ['Anna Kovac', 'Anna Kovač']),
  E('outlet:dailyglobe.com', 'outlet', 'The Daily Globe', ['The Daily Globe', 'Daily Globe']),
];

function lookup(entities: DatasetEntity[]): DatasetLookup {
  const idx = new Map<string, DatasetEntity[]>();
  for (const e of entities)
    for (const a of [...e.aliases, ...(e.adjectives ?? [])]) {
      const k = aliasKey(a);
      const l = idx.get(k) ?? [];
      if (!l.includes(e)) l.push(e);
      idx.set(k, l);
    }
  return {
    byAliases: async (keys) => Object.fromEntries(keys.filter((k) => idx.has(k)).map((k) => [k, idx.get(k)!])),
    byDomain: async () => [],
    byIds: async (ids) => entities.filter((e) => ids.includes(e.id)),
    sources: async () => ({ test: { name: 'Test', asOf: '2026-01-01', licence: 'CC0' } }),
  };
}

const spans = (text: string, e: { mentions: { start: number; end: number }[] } | undefined) => e?.mentions.map((m) => text.slice(m.start, m.end));

describe('findEntities', () => {
  it('links full names, later surnames and diacritic variants; longest alias wins', async () => {
    const text = 'Arlandic President Ivan Petrov met Anna Kovač in Borovia, The Daily Globe reported.\nPetrov said little.';
    const { entities } = await findEntities(text, lookup(data));
    const byId = new Map(entities.map((e) => [e.id, e]));
    expect(spans(text, byId.get('person:ivan-petrov'))).toEqual(['Ivan Petrov', 'Petrov']);
    expect(spans(text, byId.get('person:anna-kovac'))).toEqual(['Anna Kovač']);
    expect(spans(text, byId.get('outlet:dailyglobe.com'))).toEqual(['The Daily Globe']);
    expect(spans(text, byId.get('country:bb'))).toEqual(['Borovia']);
    // An adjective is context, not a mention.
    expect(byId.has('country:aa')).toBe(false);
  });

  it('leaves an ambiguous surname unlinked without context; with the country named, links only its head of government', async () => {
    const alone = await findEntities('Petrov spoke on Tuesday.', lookup(data));
    expect(alone.entities.filter((e) => e.fromDataset)).toEqual([]);
    const text = 'In Borovia, Petrov spoke on Tuesday.';
    const withCountry = await findEntities(text, lookup(data));
    expect(withCountry.entities.find((e) => e.id === 'person:olga-petrov')?.why).toContain('head of state or government');
    expect(withCountry.entities.find((e) => e.id === 'person:ivan-petrov')).toBeUndefined();
    // A Borovian who holds no such office is not made out of a surname and the country's name.
    const sokol = await findEntities('In Borovia, Sokol spoke on Tuesday.', lookup(data));
    expect(sokol.entities.filter((e) => e.fromDataset && e.type === 'person')).toEqual([]);
  });

  it('finds people the dataset does not know and builds an article card for them', async () => {
    const text = "The Daily Globe's Marek Novak writes that the plan failed. Novak said it was late.";
    const { entities } = await findEntities(text, lookup(data));
    const p = entities.find((e) => e.name === 'Marek Novak');
    expect(p).toBeTruthy();
    expect(p!.fromDataset).toBe(false);
    expect(p!.id).toBeNull();
    expect(spans(text, p)).toEqual(['Marek Novak', 'Novak']);
    expect(p!.card.fromArticle).toBe(true);
    expect(p!.card.lines.join(' ')).toContain('Daily Globe');
  });

  it('every mention maps to the exact characters of its name (offsets are UTF-16)', async () => {
    const text = '🙂 Emoji first: Anna Kovač visited Arland. “Ivan Petrov” replied.';
    const { entities } = await findEntities(text, lookup(data));
    for (const e of entities) for (const m of e.mentions) expect(aliasKey(text.slice(m.start, m.end)).length).toBeGreaterThan(0);
    expect(
      spans(
        text,
        entities.find((e) => e.id === 'country:aa'),
      ),
    ).toEqual(['Arland']);
  });
});
