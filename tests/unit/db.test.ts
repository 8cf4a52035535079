import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import {
  BackstoryDB,
  datasetMeta,
  ENTITY_SHARDS,
  entitiesByIds,
  isSeeded,
  lookupAliases,
  lookupDomain,
  openSeeded,
  searchEntities,
  seedDatabase,
  shardRecords,
} from '../../lib/extension/db';
import { aliasHits } from '../../lib/dataset/alias-key';
import type { Dataset, DatasetEntity } from '../../lib/types';

const entity = (i: number): DatasetEntity => ({
  id: `person:p${i}`,
  type: 'person',
  name: `Person Number${i}`,
  aliases: [`Person Number${i}`, `Number${i}`],
  facts: [{ label: 'Role', value: `Minister ${i}`, source: 'src' }],
});
const dataset = (version: string, n: number): Dataset => ({
  version,
  builtAt: '2026-11-25T00:00:00Z',
  sources: { src: { name: 'Source', asOf: '2026-01-22', licence: 'CC0' } },
  entities: Array.from({ length: n }, (_, i) => entity(i)),
});

let n = 0;
const opened: Dexie[] = [];
const fresh = () => {
  const db = new BackstoryDB(`test-${++n}`);
  opened.push(db);
  return db;
};
/** Entities stored, counted through their buckets. */
const stored = async (db: BackstoryDB) => (await db.shards.toArray()).reduce((sum, s) => sum + s.entities.length, 0);
const records = (d: Dataset) => {
  const r = shardRecords(d);
  return r.entities.length + r.keys.length;
};
afterEach(async () => {
  // Closed first, so that deleting them is not a blocked request (Dexie warns on stderr).
  for (const db of opened.splice(0)) db.close();
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

describe('dataset database', () => {
  it('seeds once per version and answers alias look-ups, id and domain look-ups and searches', async () => {
    const db = fresh();
    const d = dataset('v1', 2500);
    d.entities[3]!.domains = ['news.example.co.uk'];
    expect(await seedDatabase(db, d)).toBe(records(d));
    expect(await seedDatabase(db, d)).toBe(0); // idempotent
    expect(await stored(db)).toBe(2500);
    const hits = await lookupAliases(db, ['number7', 'nobody']);
    expect(Object.keys(hits)).toEqual(['number7']);
    expect(hits.number7!.map((e) => e.id)).toEqual(['person:p7']);
    expect((await entitiesByIds(db, ['person:p9', 'person:none', 'person:p1'])).map((e) => e.id)).toEqual(['person:p9', 'person:p1']);
    // By registrable domain, as the in-memory look-up matches: a subdomain finds its outlet.
    expect((await lookupDomain(db, 'www3.example.co.uk')).map((e) => e.id)).toEqual(['person:p3']);
    expect((await lookupDomain(db, 'other.co.uk')).map((e) => e.id)).toEqual([]);
    const found = await searchEntities(db, 'person number12');
    expect(found[0]!.id).toBe('person:p12');
    // One letter reads every bucket of keys that start with it; exact names come first.
    expect((await searchEntities(db, 'n')).length).toBe(20);
  });

  it('stores the dataset in a few large records, every entity once', () => {
    const d = dataset('v1', 2500);
    const r = shardRecords(d);
    expect(r.entities).toHaveLength(ENTITY_SHARDS);
    expect(r.entities.flatMap((s) => s.entities.map((e) => e.id)).sort()).toEqual(d.entities.map((e) => e.id).sort());
    expect(r.keys.length).toBeLessThan(100);
  });

  it('resumes an interrupted seed where it stopped', async () => {
    const db = fresh();
    const d = dataset('v1', 2500);
    const total = records(d);
    // Interrupt after the first chunk: the progress callback throws like a killed worker would.
    let first = 0;
    await expect(
      seedDatabase(db, d, (done) => {
        first = done;
        throw new Error('killed');
      }),
    ).rejects.toThrow('killed');
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(total);
    expect((await db.meta.get('seed'))!.count).toBe(first);
    expect(await seedDatabase(db, d)).toBe(total - first); // only the rest
    expect(await stored(db)).toBe(2500);
    expect((await db.meta.get('seed'))!.complete).toBe(true);
    expect(Object.keys(await lookupAliases(db, ['number2499', 'number0']))).toEqual(['number2499', 'number0']);
  });

  it('a new dataset version replaces the dataset tables', async () => {
    const db = fresh();
    await seedDatabase(db, dataset('v1', 1200));
    await seedDatabase(db, dataset('v2', 300));
    expect(await stored(db)).toBe(300);
    expect((await db.meta.get('seed'))!.version).toBe('v2');
    expect(await lookupAliases(db, ['number1000'])).toEqual({});
  });

  it('re-seeds when the stored tables no longer match a complete seed (records deleted)', async () => {
    const db = fresh();
    const d = dataset('v1', 500);
    await seedDatabase(db, d);
    await db.shards.clear();
    expect(await seedDatabase(db, d)).toBe(records(d));
    expect(await stored(db)).toBe(500);
  });
});

describe('alias keys that are Object.prototype names', () => {
  it('are stored, found and missed as keys like any other (seeding does not throw on them)', async () => {
    const db = fresh();
    const d = dataset('v1', 3);
    // "Constructor" is a word of real names ("Constructor Group"); its key is "constructor".
    d.entities[1]!.aliases.push('Constructor', 'ToString');
    expect(await seedDatabase(db, d)).toBe(records(d));
    const hits = await lookupAliases(db, ['constructor', 'tostring', 'valueof', 'hasownproperty', '__proto__']);
    expect(Object.keys(hits).sort()).toEqual(['constructor', 'tostring']);
    expect(hits['constructor']!.map((e) => e.id)).toEqual(['person:p1']);
    expect(Object.hasOwn(hits, 'valueof')).toBe(false);
    // After a message boundary the answer has Object.prototype again: readers take own entries only.
    const cloned = JSON.parse(JSON.stringify(await lookupAliases(db, ['valueof']))) as Record<string, DatasetEntity[]>;
    expect(aliasHits(cloned, 'valueof')).toEqual([]);
    expect((await searchEntities(db, 'constructor')).map((e) => e.id)).toEqual(['person:p1']);
  });
});

describe('the seed check from the meta alone', () => {
  it('opens a seeded database without loading the dataset, and loads it only to seed', async () => {
    const d = dataset('v1', 300);
    const meta = datasetMeta(d);
    expect(meta).toMatchObject({ version: 'v1', entities: 300, records: records(d) });
    let loads = 0;
    const load = async () => (loads++, d);
    const first = await openSeeded(meta, load, 'lazy');
    expect(loads).toBe(1);
    expect(await isSeeded(first.db, meta)).toBe(true);
    first.db.close();
    const again = await openSeeded(meta, load, 'lazy');
    opened.push(again.db);
    expect(loads).toBe(1); // already seeded: the dataset is not read
    expect(again.notice).toBeNull();
    // Another version, or the same version stored in another layout, is not seeded.
    expect(await isSeeded(again.db, { ...meta, version: 'v2' })).toBe(false);
    expect(await isSeeded(again.db, { ...meta, records: meta.records + 1 })).toBe(false);
    // A record gone missing (a partly cleared database) is not seeded either.
    await again.db.shards.delete(0);
    expect(await isSeeded(again.db, meta)).toBe(false);
  });

  it('leaves the database alone when the dataset cannot be loaded', async () => {
    const d = dataset('v1', 50);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await expect(openSeeded(datasetMeta(d), () => Promise.reject(new Error('no file')), 'unloadable')).rejects.toThrow('no file');
      expect(warn).not.toHaveBeenCalled(); // no rebuild: the storage did nothing wrong
    } finally {
      warn.mockRestore();
    }
  });
});

describe('a corrupted database', () => {
  it('is deleted and rebuilt with a notice', async () => {
    const { REBUILT_NOTICE } = await import('../../lib/extension/db');
    // Corrupt: a "seed" record that claims completion for this version but a schema-breaking row.
    const d = dataset('v1', 50);
    const first = await openSeeded(datasetMeta(d), async () => d, 'corrupt-me');
    await first.db.meta.put({ key: 'seed', version: 'v1', builtAt: '', total: 50, count: 'garbage' as unknown as number, complete: false });
    first.db.close();
    // Make the next seed's transaction fail once, as a broken IndexedDB would.
    const orig = BackstoryDB.prototype.transaction;
    let failed = false;
    BackstoryDB.prototype.transaction = function (this: BackstoryDB, ...args: unknown[]) {
      if (!failed) {
        failed = true;
        throw new Error('simulated corruption');
      }
      return (orig as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof orig;
    // The rebuild is logged as a warning: asserted here rather than printed among passing tests.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const again = await openSeeded(datasetMeta(d), async () => d, 'corrupt-me');
      opened.push(again.db);
      expect(again.notice).toBe(REBUILT_NOTICE);
      expect(await stored(again.db)).toBe(50);
      expect((await again.db.meta.get('seed'))!.complete).toBe(true);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('rebuilding the local dataset'), expect.any(Error));
    } finally {
      BackstoryDB.prototype.transaction = orig;
      warn.mockRestore();
    }
  });
});

describe('the database answers look-ups exactly like the bundled file in memory', () => {
  it('for every key the analysis of a real article asks about', async () => {
    const { loadBundledDataset } = await import('../../lib/tools/load-dataset');
    const { createMemoryLookup } = await import('../../lib/dataset/memory-lookup');
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const { findEntities } = await import('../../lib/entities');
    const dataset = loadBundledDataset();
    const memory = createMemoryLookup(dataset);
    const db = fresh();
    await seedDatabase(db, dataset);
    // Record every key the linker asks for on the demo article, then compare both answers.
    const asked: string[] = [];
    const spy = { ...memory, byAliases: async (keys: string[]) => (asked.push(...keys), memory.byAliases(keys)) };
    const html = readFileSync(resolve(import.meta.dirname, '../../assets/demo/article.html'), 'utf8');
    const text = html.replace(/<[^>]+>/g, ' ');
    await findEntities(text, spy);
    expect(asked.length).toBeGreaterThan(50);
    const ids = (r: Record<string, DatasetEntity[]>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.map((e) => e.id).sort()]));
    expect(ids(await lookupAliases(db, asked))).toEqual(ids(await memory.byAliases(asked)));
    // And the linker's answer is the same whichever look-up serves it.
    const viaDb = { ...memory, byAliases: (keys: string[]) => lookupAliases(db, keys) };
    const a = await findEntities(text, memory);
    const b = await findEntities(text, viaDb);
    expect(b.entities.map((e) => [e.id, e.mentions.length])).toEqual(a.entities.map((e) => [e.id, e.mentions.length]));
  });
});
