/**
 * Bundled by the benchmark (esbuild, IIFE) and evaluated in the extension's service worker: times
 * `seedDatabase` of the bundled dataset into a fresh IndexedDB database, in the same place and with
 * the same code the background uses on install.
 */
import Dexie from 'dexie';
import bundled from '../../assets/dataset.json';
import { BackstoryDB, seedDatabase } from '../../lib/extension/db';
import type { Dataset } from '../../lib/types';

async function seed(name: string): Promise<{ ms: number; written: number; entities: number }> {
  await Dexie.delete(name);
  const db = new BackstoryDB(name);
  const t0 = performance.now();
  const written = await seedDatabase(db, bundled as unknown as Dataset);
  const ms = performance.now() - t0;
  db.close();
  await Dexie.delete(name);
  return { ms, written, entities: (bundled as unknown as Dataset).entities.length };
}

(globalThis as unknown as { __bsSeed: typeof seed }).__bsSeed = seed;
