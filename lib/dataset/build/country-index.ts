/**
 * Country names as other sources write them ("United States of America", "UAE", "Macao"): an index
 * from the Factbook's names, long names and abbreviations plus the curated aliases, resolving a
 * label to a country entity id. Split from the dataset build's entry point (lib/tools/build-dataset.ts).
 */
import { aliasKey } from '../alias-key';
import { nameSkeleton } from '../names';
import { entityIdOf } from './countries';
import type { FactbookProfile } from './profiles';

/** One entry of assets/curated/aliases.json. */
export interface CuratedAlias {
  target: string;
  aliases?: string[];
  displayName?: string;
  reason: string;
}

/** `countryIdOf(label)` → entity id; `countryOf(label)` → id and display name. */
export function countryIndex(countries: FactbookProfile[], curatedAliases: CuratedAlias[], nameById: Map<string, string>) {
  const countryKey = new Map<string, string>();
  const skeletonKey = new Map<string, string>();
  const indexName = (name: string | undefined, id: string) => {
    if (!name) return;
    for (const n of [name, name.replace(/^the\s+/i, '')]) {
      if (!countryKey.has(aliasKey(n))) countryKey.set(aliasKey(n), id);
      if (!skeletonKey.has(nameSkeleton(n))) skeletonKey.set(nameSkeleton(n), id);
    }
  };
  for (const p of countries) {
    const id = entityIdOf(p);
    [p.name, p.longName, ...p.abbreviations].forEach((n) => indexName(n, id));
  }
  for (const a of curatedAliases) for (const n of a.aliases ?? []) indexName(n, a.target);
  const countryIdOf = (label: string): string | undefined => {
    const clean = label.replace(/\s*\([^)]*\)/g, '').trim();
    return countryKey.get(aliasKey(clean)) ?? countryKey.get(aliasKey(clean.replace(/^the\s+/i, ''))) ?? skeletonKey.get(nameSkeleton(clean));
  };
  const countryOf = (label: string) => {
    const id = countryIdOf(label);
    return id ? { id, name: nameById.get(id)! } : undefined;
  };
  return { countryIdOf, countryOf };
}
