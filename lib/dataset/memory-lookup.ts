/**
 * A `DatasetLookup` over a dataset held in memory (the CLI, tests; the background before it has
 * filled its database). Indexes alias keys, adjective keys, weak alias keys, domains and ids.
 */
import type { Dataset, DatasetEntity, DatasetLookup } from '../types';
import { aliasKey } from './alias-key';
import { registrableDomain } from './domain';
import { NAME_LEXICON } from '../text/name-lexicon';

function push(map: Map<string, DatasetEntity[]>, key: string, e: DatasetEntity): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [e]);
  else if (!list.includes(e)) list.push(e);
}

export function createMemoryLookup(dataset: Dataset): DatasetLookup {
  const byKey = new Map<string, DatasetEntity[]>();
  const byDomain = new Map<string, DatasetEntity[]>();
  const byId = new Map<string, DatasetEntity>();
  for (const e of dataset.entities) {
    byId.set(e.id, e);
    for (const a of e.aliases) push(byKey, aliasKey(a), e);
    // Adjectives and weak aliases are returned too; callers tell them apart by the entity's
    // `adjectives` and `weakAliases` fields.
    for (const a of e.adjectives ?? []) push(byKey, aliasKey(a), e);
    for (const k of e.weakAliases ?? []) push(byKey, k, e);
    for (const d of e.domains ?? []) push(byDomain, registrableDomain(d), e);
  }
  return {
    async byAliases(keys) {
      // No prototype: a key such as "constructor" is only ever an alias key.
      const out: Record<string, DatasetEntity[]> = Object.create(null) as Record<string, DatasetEntity[]>;
      for (const k of keys) {
        const hit = byKey.get(k);
        if (hit) out[k] = hit;
      }
      return out;
    },
    async byDomain(domain) {
      return byDomain.get(registrableDomain(domain)) ?? [];
    },
    async byIds(ids) {
      return ids.map((id) => byId.get(id)).filter((e): e is DatasetEntity => !!e);
    },
    async sources() {
      return dataset.sources;
    },
    async lexicon() {
      return NAME_LEXICON;
    },
  };
}
