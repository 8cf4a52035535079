import Dexie, { type Table } from 'dexie';
import { aliasHits, aliasKey } from '../dataset/alias-key';
import { registrableDomain } from '../dataset/domain';
import type { Dataset, DatasetEntity } from '../types';

/**
 * The background's database holds the dataset in a few hundred large records, not one record per
 * entity: entities in ENTITY_SHARDS buckets by a hash of their id, and the look-up keys (names,
 * aliases, adjectives, weak aliases, `@`domains) in buckets by their first two characters, each key
 * with the ids it names, in dataset order. IndexedDB pays per record and per index entry: one
 * indexed record per entity (12,116 of them, about 40,000 index entries) took 3.2 s to seed in
 * Chromium's service worker; these records take about 0.5-0.9 s, and a look-up reads only the
 * buckets its keys and ids fall in.
 */
export const ENTITY_SHARDS = 128;

export interface EntityShard {
  n: number;
  entities: DatasetEntity[];
}

export interface KeyShard {
  /** The first two characters of every key in it. */
  p: string;
  map: Record<string, string[]>;
}

export interface SeedState {
  key: 'seed';
  version: string;
  builtAt: string;
  /** Records to write (entity shards, then key shards), and how many are written. */
  total: number;
  count: number;
  complete: boolean;
}

/**
 * Dataset tables only: settings live in storage.local, which a broken or rebuilt database cannot
 * take with it. Version 1 held one record per entity (and an unused notes table); version 2 drops
 * both, and the next seed fills the shards.
 */
export class BackstoryDB extends Dexie {
  shards!: Table<EntityShard, number>;
  keyShards!: Table<KeyShard, string>;
  meta!: Table<SeedState, string>;
  sourcesTable!: Table<{ key: string; sources: Dataset['sources'] }, string>;

  constructor(name = 'backstory', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ entities: 'id, *keys, *domains, type', meta: 'key', notes: '++id, entityId', sourcesTable: 'key' });
    this.version(2).stores({ entities: null, notes: null, shards: 'n', keyShards: 'p', meta: 'key', sourcesTable: 'key' });
  }
}

/** Every key an entity is found by: its name, aliases and adjectives as alias keys, its weak aliases (keys already). */
export function storedKeys(e: DatasetEntity): string[] {
  const keys = new Set<string>();
  for (const s of [e.name, ...e.aliases, ...(e.adjectives ?? [])]) {
    const k = aliasKey(s);
    if (k) keys.add(k);
  }
  // Weak aliases are keys already; the linker needs them to resolve surnames from context.
  for (const k of e.weakAliases ?? []) keys.add(k);
  return [...keys];
}

/** The entity bucket of an id (FNV-1a). */
export function shardOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % ENTITY_SHARDS;
}

const prefixOf = (key: string) => key.slice(0, 2);
const domainKey = (domain: string) => `@${registrableDomain(domain)}`;

/** The records a dataset is stored as, in a fixed order (so an interrupted seed can resume by count). */
export function shardRecords(dataset: Dataset): { entities: EntityShard[]; keys: KeyShard[] } {
  const entities: EntityShard[] = Array.from({ length: ENTITY_SHARDS }, (_, n) => ({ n, entities: [] }));
  const keys = new Map<string, KeyShard>();
  const add = (key: string, id: string) => {
    const p = prefixOf(key);
    let shard = keys.get(p);
    if (!shard) keys.set(p, (shard = { p, map: {} }));
    const ids = Object.hasOwn(shard.map, key) ? shard.map[key]! : (shard.map[key] = []);
    if (ids[ids.length - 1] !== id) ids.push(id);
  };
  for (const e of dataset.entities) {
    entities[shardOf(e.id)]!.entities.push(e);
    for (const k of storedKeys(e)) add(k, e.id);
    for (const d of e.domains ?? []) add(domainKey(d), e.id);
  }
  return { entities, keys: [...keys.values()].sort((a, b) => (a.p < b.p ? -1 : a.p > b.p ? 1 : 0)) };
}

/**
 * What the background knows of the shipped dataset without loading it: the build embeds this in
 * background.js (wxt.config.ts) and ships the entities as a separate file of the package, read
 * only when the database must be (re)seeded or a look-up must be answered from memory.
 */
export interface DatasetMeta {
  version: string;
  builtAt: string;
  /** How many entities the dataset holds. */
  entities: number;
  sources: Dataset['sources'];
  /** Records the dataset is stored as (`shardRecords`): a seed of the same version but another layout is redone. */
  records: number;
}

export function datasetMeta(dataset: Dataset): DatasetMeta {
  const { entities, keys } = shardRecords(dataset);
  const { version, builtAt, sources } = dataset;
  return { version, builtAt, entities: dataset.entities.length, sources, records: entities.length + keys.length };
}

/** Whether the database holds this dataset version in full (read from the seed state and two counts, not the dataset). */
export async function isSeeded(db: BackstoryDB, meta: Pick<DatasetMeta, 'version' | 'records'>): Promise<boolean> {
  const state = await db.meta.get('seed');
  if (state?.version !== meta.version || !state.complete || state.total !== meta.records) return false;
  return (await db.shards.count()) + (await db.keyShards.count()) === meta.records;
}

/** Records per seeding transaction: progress is committed with each. */
const CHUNK = 48;

/**
 * Seed the dataset tables. Idempotent and resumable: progress is committed with each chunk in the
 * same transaction, so a background killed mid-seed continues where it stopped. Returns the number
 * of records written by this call; `onProgress` gets records done and the total.
 */
export async function seedDatabase(db: BackstoryDB, dataset: Dataset, onProgress?: (done: number, total: number) => void): Promise<number> {
  const { entities, keys } = shardRecords(dataset);
  const total = entities.length + keys.length;
  if (await isSeeded(db, { version: dataset.version, records: total })) return 0;
  let state = await db.meta.get('seed');
  const malformed = !!state && (typeof state.count !== 'number' || !Number.isInteger(state.count) || state.count < 0 || state.count > total);
  if (!state || malformed || state.version !== dataset.version || state.complete || state.total !== total) {
    // A new dataset version (or a complete seed whose tables no longer match): replace the dataset tables.
    await db.transaction('rw', [db.shards, db.keyShards, db.meta, db.sourcesTable], async () => {
      await db.shards.clear();
      await db.keyShards.clear();
      await db.sourcesTable.put({ key: 'sources', sources: dataset.sources });
      await db.meta.put({ key: 'seed', version: dataset.version, builtAt: dataset.builtAt, total, count: 0, complete: false });
    });
    state = (await db.meta.get('seed'))!;
  }
  let written = 0;
  for (let i = state.count; i < total; i += CHUNK) {
    const end = Math.min(total, i + CHUNK);
    const e = entities.slice(Math.min(i, entities.length), Math.min(end, entities.length));
    const k = keys.slice(Math.max(0, i - entities.length), Math.max(0, end - entities.length));
    await db.transaction('rw', [db.shards, db.keyShards, db.meta], async () => {
      if (e.length) await db.shards.bulkPut(e);
      if (k.length) await db.keyShards.bulkPut(k);
      await db.meta.update('seed', { count: end });
    });
    written += end - i;
    onProgress?.(end, total);
  }
  await db.meta.update('seed', { complete: true });
  return written;
}

/** Entities by id, from their buckets; unknown ids are left out. */
export async function entitiesByIds(db: BackstoryDB, ids: string[]): Promise<DatasetEntity[]> {
  const byId = await loadEntities(db, ids);
  return ids.map((id) => byId.get(id)).filter((e): e is DatasetEntity => !!e);
}

async function loadEntities(db: BackstoryDB, ids: Iterable<string>): Promise<Map<string, DatasetEntity>> {
  const wanted = new Set(ids);
  const shards = await db.shards.bulkGet([...new Set([...wanted].map(shardOf))]);
  const out = new Map<string, DatasetEntity>();
  for (const s of shards) for (const e of s?.entities ?? []) if (wanted.has(e.id)) out.set(e.id, e);
  return out;
}

/** The ids each key names (keys absent from the dataset are left out). */
async function idsOfKeys(db: BackstoryDB, keys: string[]): Promise<Map<string, string[]>> {
  const shards = await db.keyShards.bulkGet([...new Set(keys.map(prefixOf))]);
  const maps = new Map(shards.filter((s): s is KeyShard => !!s).map((s) => [s.p, s.map]));
  const out = new Map<string, string[]>();
  for (const k of keys) {
    const map = maps.get(prefixOf(k));
    const ids = map ? aliasHits(map, k) : [];
    if (ids.length) out.set(k, ids);
  }
  return out;
}

export async function lookupAliases(db: BackstoryDB, keys: string[]): Promise<Record<string, DatasetEntity[]>> {
  const ids = await idsOfKeys(db, [...new Set(keys)]);
  const byId = await loadEntities(db, [...ids.values()].flat());
  const out = Object.create(null) as Record<string, DatasetEntity[]>;
  for (const [k, list] of ids) {
    const found = list.map((id) => byId.get(id)).filter((e): e is DatasetEntity => !!e);
    if (found.length) out[k] = found;
  }
  return out;
}

/** Outlets and others by a page's domain, matched on the registrable domain as the in-memory look-up does. */
export async function lookupDomain(db: BackstoryDB, domain: string): Promise<DatasetEntity[]> {
  const key = domainKey(domain);
  return entitiesByIds(db, (await idsOfKeys(db, [key])).get(key) ?? []);
}

export async function searchEntities(db: BackstoryDB, query: string, limit = 20): Promise<DatasetEntity[]> {
  const q = aliasKey(query);
  if (!q) return [];
  const shards = q.length >= 2 ? [await db.keyShards.get(prefixOf(q))] : await db.keyShards.where('p').startsWith(q).toArray();
  // Exact names first, then shorter keys: "Russia" before "Russian Orthodox Church".
  const keys = shards
    .flatMap((s) => Object.keys(s?.map ?? {}).filter((k) => k.startsWith(q)))
    .sort((a, b) => Number(b === q) - Number(a === q) || a.length - b.length);
  const maps = new Map(shards.filter((s): s is KeyShard => !!s).map((s) => [s.p, s.map]));
  const ids: string[] = [];
  for (const k of keys) {
    for (const id of aliasHits(maps.get(prefixOf(k)) ?? {}, k)) if (!ids.includes(id)) ids.push(id);
    if (ids.length >= limit * 4) break;
  }
  const byId = await loadEntities(db, ids);
  const exact = new Set(aliasHits(maps.get(prefixOf(q)) ?? {}, q));
  return ids
    .map((id) => byId.get(id))
    .filter((e): e is DatasetEntity => !!e)
    .sort((a, b) => Number(exact.has(b.id)) - Number(exact.has(a.id)) || a.name.length - b.name.length)
    .slice(0, limit);
}

export const REBUILT_NOTICE = 'Backstory rebuilt its local dataset after a storage error. Your settings were kept.';

/**
 * Open the database and seed it unless it already holds this dataset version (`isSeeded`, from
 * `meta` alone: `load` is called only when records must be written). When the database is corrupt
 * or unreadable (open fails, a seed transaction throws), delete it and rebuild it once. `notice`
 * tells the caller to show the user that this happened. User settings are not in this database,
 * so nothing of theirs is lost. A dataset that cannot be loaded is no storage error: it is thrown
 * as it is, and the database is left alone.
 */
export async function openSeeded(meta: DatasetMeta, load: () => Promise<Dataset>, name = 'backstory'): Promise<{ db: BackstoryDB; notice: string | null }> {
  let loadError: unknown = null;
  const fill = async (db: BackstoryDB) => {
    if (await isSeeded(db, meta)) return;
    let dataset: Dataset;
    try {
      dataset = await load();
    } catch (err) {
      loadError = err;
      throw err;
    }
    await seedDatabase(db, dataset);
  };
  let db = new BackstoryDB(name);
  try {
    await fill(db);
    return { db, notice: null };
  } catch (err) {
    if (loadError) {
      db.close();
      throw loadError;
    }
    console.warn('Backstory: rebuilding the local dataset after a storage error', err);
    db.close();
    await Dexie.delete(name);
    db = new BackstoryDB(name);
    await fill(db);
    return { db, notice: REBUILT_NOTICE };
  }
}
