/**
 * Acceptance checks on the built, committed assets/dataset.json (`npm run dataset` rebuilds it).
 */
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/tools/load-dataset';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { validateDataset } from '../../lib/dataset/validate';
import { aliasKey } from '../../lib/dataset/alias-key';
import type { DatasetEntity } from '../../lib/types';

const dataset = loadBundledDataset();
const lookup = createMemoryLookup(dataset);

/** Entities a surface form links to on its own: strong aliases only (not adjectives, not weak). */
async function resolve(surface: string): Promise<DatasetEntity[]> {
  const key = aliasKey(surface);
  const hits = (await lookup.byAliases([key]))[key] ?? [];
  return hits.filter((e) => e.aliases.some((a) => aliasKey(a) === key));
}

async function one(surface: string): Promise<DatasetEntity> {
  const hits = await resolve(surface);
  expect(
    hits.map((e) => e.id),
    `"${surface}" should resolve to exactly one entity`,
  ).toHaveLength(1);
  return hits[0]!;
}

const factText = (e: DatasetEntity) => [e.summary ?? '', ...e.facts.map((f) => `${f.label}: ${f.value} ${f.since ?? ''}`)].join('\n');

describe('bundled dataset', () => {
  it('passes schema validation', () => {
    expect(validateDataset(dataset)).toEqual([]);
  });

  it('has sourced facts on every entity and unique ids', () => {
    const ids = new Set<string>();
    for (const e of dataset.entities) {
      expect(ids.has(e.id)).toBe(false);
      ids.add(e.id);
      expect(e.facts.length).toBeGreaterThan(0);
      for (const f of e.facts) expect(dataset.sources[f.source], `${e.id} fact source ${f.source}`).toBeDefined();
    }
  });

  it('gives an alias key to two entities only as a weak alias', () => {
    const owners = new Map<string, string>();
    for (const e of dataset.entities)
      for (const a of e.aliases) {
        const k = aliasKey(a);
        const prev = owners.get(k);
        expect(prev === undefined || prev === e.id, `"${k}" strong for ${prev} and ${e.id}`).toBe(true);
        owners.set(k, e.id);
      }
  });

  it('does not ship the share-alike world-leaders-current data', () => {
    expect(Object.values(dataset.sources).some((s) => /world.leaders.current|open-data-archive/i.test(`${s.name} ${s.url ?? ''}`))).toBe(false);
  });

  it('dates the Factbook to its final edition', () => {
    expect(dataset.sources.factbook?.asOf).toBe('2026-01-22');
  });

  it('resolves the Belarusian president under three spellings', async () => {
    const a = await one('Alexander Lukashenko');
    expect((await one('Lukashenka')).id).toBe(a.id);
    expect((await one('Aleksandr Lukashenko')).id).toBe(a.id);
    expect(a.type).toBe('person');
    expect(factText(a)).toContain('President of Belarus');
    expect(factText(a)).toContain('1994');
    expect(a.roles?.[0]).toMatchObject({ title: 'President', of: 'country:bo', ofName: 'Belarus', since: '1994-07-20' });
  });

  it('resolves Putin and Zelensky with their offices', async () => {
    expect(factText(await one('Vladimir Putin'))).toContain('President of Russia');
    const z = await one('Volodymyr Zelensky');
    expect((await one('Zelenskyy')).id).toBe(z.id);
    expect(factText(z)).toContain('President of Ukraine');
    expect(factText(z)).toContain('2019');
  });

  it('resolves the EU presidents parsed from the EU profile', async () => {
    const u = await one('Ursula von der Leyen');
    expect(factText(u)).toContain('European Commission');
    expect(factText(u)).toContain('2019');
    expect(factText(await one('António Costa'))).toContain('President of the European Council');
    const ec = await one('European Commission');
    expect(ec.type).toBe('organization');
    expect(factText(ec)).toContain('European Union');
    expect((await one('EU')).id).toBe('org:eu');
  });

  it('knows capitals', async () => {
    expect(factText(await one('Belarus'))).toMatch(/Capital: Minsk/);
    expect(factText(await one('Russia'))).toMatch(/Capital: Moscow/);
    expect(factText(await one('Ukraine'))).toMatch(/Capital: Kyiv/);
    const minsk = await one('Minsk');
    expect(minsk.type).toBe('place');
    expect(factText(minsk)).toContain('Capital of Belarus');
    expect(minsk.countryId).toBe('country:bo');
    expect((await one('Moscow')).countryId).toBe('country:rs');
    expect((await one('Kiev')).countryId).toBe('country:up');
  });

  it('writes a country summary from the facts', async () => {
    const by = await one('Belarus');
    expect(by.summary).toMatch(/^Belarus: .*dictatorship.*; capital Minsk; population 9\.5 million \(2025 est\.\)$/);
    expect(by.adjectives).toContain('Belarusian');
    expect(by.aliases.map(aliasKey)).not.toContain('belarusian');
  });

  it('resolves press forms of country names', async () => {
    for (const s of ['United States', 'U.S.', 'US', 'USA']) expect((await one(s)).id).toBe('country:us');
    expect((await one('UK')).id).toBe('country:uk');
    expect((await one('Myanmar')).id).toBe('country:bm');
    const ru = (await lookup.byAliases(['russian']))['russian'] ?? [];
    expect(ru.map((e) => e.id)).toContain('country:rs');
  });

  it('knows outlets and their countries', async () => {
    const wp = await one('The Washington Post');
    expect(wp.type).toBe('outlet');
    expect(factText(wp)).toContain('United States');
    expect((await one('Washington Post')).id).toBe(wp.id);
    expect((await lookup.byDomain('feeds.washingtonpost.com')).map((e) => e.id)).toContain(wp.id);
    expect((await one('Politico')).type).toBe('outlet');
    const x = await one('Xinhua');
    expect(x.stateLabels?.map((l) => l.code)).toContain('SC');
    const rt = await one('RT');
    expect(rt.stateLabels?.map((l) => l.source).sort()).toEqual(['kagi-media', 'state-media']);
    expect((await one('TASS')).countryId).toBe('country:rs');
  });

  it('knows seats of power', async () => {
    const k = await one('Kremlin');
    expect(k.countryId).toBe('country:rs');
    expect(factText(k)).toContain('Russia');
    expect(k.standsFor).toMatch(/presidency/);
  });

  it('is large enough', () => {
    const count = (t: string) => dataset.entities.filter((e) => e.type === t).length;
    expect(count('outlet')).toBeGreaterThanOrEqual(500);
    expect(count('country')).toBeGreaterThanOrEqual(250);
    expect(count('person')).toBeGreaterThanOrEqual(400);
  });

  it('looks entities up by id', async () => {
    const [e] = await lookup.byIds(['country:bo', 'nope:missing']);
    expect(e?.name).toBe('Belarus');
    expect(await lookup.byIds(['nope:missing'])).toEqual([]);
  });
});

describe('earlier terms of leaders who returned to office', () => {
  it('are listed apart from the continuous tenure and never overlap it', async () => {
    const { loadBundledDataset } = await import('../../lib/tools/load-dataset');
    const d = loadBundledDataset();
    const roles = d.entities.flatMap((e) => (e.roles ?? []).map((r) => ({ e, r })));
    const withTerms = roles.filter((x) => x.r.earlierTerms?.length);
    expect(withTerms.length).toBeGreaterThan(0);
    for (const { e, r } of withTerms) {
      for (const t of r.earlierTerms!)
        if (t.until && r.since) expect(t.until.slice(0, 10) <= r.since.slice(0, 10), `${e.name}: ${JSON.stringify(t)} vs ${r.since}`).toBe(true);
    }
    const putin = d.entities.find((e) => e.name === 'Vladimir Putin')!;
    const president = putin.roles!.find((r) => r.office === 'hos:country:rs')!;
    expect(president.status).toBe('current');
    expect(president.since?.slice(0, 4)).toBe('2012');
    expect(president.earlierTerms?.some((t) => t.since?.startsWith('2000') && t.until?.startsWith('2008'))).toBe(true);
  });
});

describe('places below and above countries', () => {
  /** Every entity a key reaches, weak or strong: what the linker sees. */
  const reach = async (surface: string) => ((await lookup.byAliases([aliasKey(surface)]))[aliasKey(surface)] ?? []).map((e) => e.id);

  it('knows administrative divisions, cities and world regions', async () => {
    expect((await one('Alabama')).summary).toMatch(/state of the United States/);
    expect((await one('Donetsk Oblast')).countryId).toBe('country:up');
    const ny = await one('New York');
    expect(ny.type).toBe('place');
    expect(factText(ny)).toMatch(/Urban population: 18\.937 million \(2023\)/);
    expect(factText(await one('Africa'))).toMatch(/Countries \(Factbook map reference\): \d+/);
    expect((await one('Caribbean')).name).toBe('Central America and the Caribbean');
    const count = dataset.entities.filter((e) => e.type === 'place').length;
    expect(count).toBeGreaterThan(3000);
  });

  it('merges a major urban area into its capital rather than duplicating it', async () => {
    const dc = await one('Washington, D.C.');
    expect(factText(dc)).toMatch(/Urban population/);
    expect(dataset.entities.filter((e) => e.name === 'Washington, D.C.')).toHaveLength(1);
  });

  it('never lets a namesake place make a country ambiguous', async () => {
    for (const name of ['Georgia', 'Niger', 'Djibouti', 'Mexico', 'Belize']) {
      const reached = await reach(name);
      const country = reached.filter((id) => id.startsWith('country:'));
      expect(country, name).toHaveLength(1);
      expect(
        reached.filter((id) => id.startsWith('place:') && !dataset.entities.find((e) => e.id === id)?.facts.some((f) => /^Capital of/.test(f.value))),
        name,
      ).toEqual([]);
    }
  });

  it('marks acronym aliases and drops everyday-word aliases', async () => {
    const byId = (id: string) => dataset.entities.find((e) => e.id === id)!;
    expect(byId('country:us').acronyms).toEqual(expect.arrayContaining(['us', 'usa']));
    expect(byId('country:ct').acronyms).toContain('car');
    expect(byId('country:aq').acronyms).toContain('as');
    expect(byId('org:nato').acronyms ?? []).not.toContain('nato'); // "Nato" is a press form too
    expect(await reach('Island')).not.toContain('country:ic');
  });
});
