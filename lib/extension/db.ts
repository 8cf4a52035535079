import Dexie, { type Table } from 'dexie';
import { aliasKey } from '../dataset/alias-key';
import type { Dataset, DatasetEntity } from '../types';

/** A dataset entity as stored: with its look-up keys precomputed so the index does the matching. */
export interface StoredEntity extends DatasetEntity {
  keys: string[];
}

export interface SeedState {
  key: 'seed';
  version: string;
  builtAt: string;
  total: number;
  count: number;
  complete: boolean;
}

export interface Note {
  id?: number;
  entityId: string;
  text: string;
  created: number;
}

/**
 * The background's database. Dataset tables (entities, meta) are replaced when a new dataset ships;
 * user tables (notes) are never touched by seeding. Settings are not here at all: they live in
 * storage.local, which a broken or rebuilt database cannot take with it.
 */
export class BackstoryDB extends Dexie {
  entities!: Table<StoredEntity, string>;
  meta!: Table<SeedState, string>;
  notes!: Table<Note, number>;
  sourcesTable!: Table<{ key: string; sources: Dataset['sources'] }, string>;

  constructor(name = 'backstory', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      entities: 'id, *keys, *domains, type',
      meta: 'key',
      notes: '++id, entityId',
      sourcesTable: 'key',
    });
  }
}

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

const CHUNK = 1000;

/**
 * Seed the dataset tables. Idempotent (bulkPut by id) and resumable: progress is committed with each
 * chunk in the same transaction, so a background killed mid-seed continues where it stopped.
 * Returns the number of entities written by this call.
 */
export async function seedDatabase(db: BackstoryDB, dataset: Dataset, onProgress?: (done: number, total: number) => void): Promise<number> {
  const total = dataset.entities.length;
  let state = await db.meta.get('seed');
  if (state?.version === dataset.version && state.complete && (await db.entities.count()) === total) return 0;
  const malformed = !!state && (typeof state.count !== 'number' || !Number.isInteger(state.count) || state.count < 0 || state.count > total);
  if (!state || malformed || state.version !== dataset.version || state.complete) {
    // A new dataset version (or a complete seed whose table no longer matches): replace the dataset tables only.
    await db.transaction('rw', db.entities, db.meta, db.sourcesTable, async () => {
      await db.entities.clear();
      await db.sourcesTable.put({ key: 'sources', sources: dataset.sources });
      await db.meta.put({ key: 'seed', version: dataset.version, builtAt: dataset.builtAt, total, count: 0, complete: false });
    });
    state = (await db.meta.get('seed'))!;
  }
  let written = 0;
  for (let i = state.count; i < total; i += CHUNK) {
    const chunk = dataset.entities.slice(i, i + CHUNK).map((e) => ({ ...e, keys: storedKeys(e) }));
    await db.transaction('rw', db.entities, db.meta, async () => {
      await db.entities.bulkPut(chunk);
      await db.meta.update('seed', { count: Math.min(total, i + CHUNK) });
    });
    written += chunk.length;
    onProgress?.(Math.min(total, i + CHUNK), total);
  }
  await db.meta.update('seed', { complete: true });
  return written;
}

export function strip(e: StoredEntity): DatasetEntity {
  const { keys: _keys, ...rest } = e;
  return rest;
}

export async function lookupAliases(db: BackstoryDB, keys: string[]): Promise<Record<string, DatasetEntity[]>> {
  const wanted = new Set(keys);
  const rows = await db.entities
    .where('keys')
    .anyOf([...wanted])
    .toArray();
  const out: Record<string, DatasetEntity[]> = {};
  const seen = new Set<string>();
  for (const row of rows) {
    // A multi-entry index returns a row once per matching key ("belarus" and "belarusian").
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    const e = strip(row);
    for (const k of row.keys) if (wanted.has(k)) (out[k] ??= []).push(e);
  }
  return out;
}

export async function searchEntities(db: BackstoryDB, query: string, limit = 20): Promise<DatasetEntity[]> {
  const q = aliasKey(query);
  if (!q) return [];
  const rows = await db.entities
    .where('keys')
    .startsWith(q)
    .limit(limit * 4)
    .toArray();
  const seen = new Set<string>();
  const out: DatasetEntity[] = [];
  // Exact names first, then shorter names: "Russia" before "Russian Orthodox Church".
  rows.sort((a, b) => Number(b.keys.includes(q)) - Number(a.keys.includes(q)) || a.name.length - b.name.length);
  for (const r of rows) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    out.push(strip(r));
    if (out.length >= limit) break;
  }
  return out;
}

export const REBUILT_NOTICE = 'Backstory rebuilt its local dataset after a storage error. Your settings were kept.';

/**
 * Open and seed the database; when it is corrupt or unreadable (open fails, a seed transaction
 * throws), delete it and rebuild it from the bundled dataset once. `notice` tells the caller to
 * show the user that this happened. User settings are not in this database, so nothing of theirs
 * is lost; notes cannot survive a database that cannot be read.
 */
export async function openSeeded(dataset: Dataset, name = 'backstory'): Promise<{ db: BackstoryDB; notice: string | null }> {
  let db = new BackstoryDB(name);
  try {
    await seedDatabase(db, dataset);
    return { db, notice: null };
  } catch (err) {
    console.warn('Backstory: rebuilding the local dataset after a storage error', err);
    db.close();
    await Dexie.delete(name);
    db = new BackstoryDB(name);
    await seedDatabase(db, dataset);
    return { db, notice: REBUILT_NOTICE };
  }
}
