/**
 * Places from the Factbook profiles beyond countries and capitals: cities, administrative
 * divisions and world regions, with counts for the build report. Split from the dataset build's
 * entry point (lib/tools/build-dataset.ts).
 */
import { aliasKey } from '../alias-key';
import type { Draft } from './draft';
import { entityIdOf } from './countries';
import { parseAdminDivisions } from './divisions';
import { geoSeats, unnameSeatDivision } from './division-seats';
import { PlaceIds, addUrbanPopulation, buildCity, buildDivision, buildRegion, parseMapReferences, type LooseWordTest } from './places';
import type { FactbookProfile } from './profiles';
import { parseUrbanAreas } from './urban';

export interface PlaceStats {
  cities: number;
  capitalsWithPopulation: number;
  divisions: number;
  countriesWithDivisions: number;
  regions: string[];
  regionPartsDropped: string[];
}

/**
 * Cities ("Major urban areas"), administrative divisions and world regions ("Map references") of
 * every Factbook country profile. A city that is the capital adds its population to the capital.
 */
export function buildPlaces(profiles: FactbookProfile[], drafts: Draft[], capitalsOf: Map<string, Draft[]>, isCommonWord: LooseWordTest): PlaceStats {
  const stats: PlaceStats = { cities: 0, capitalsWithPopulation: 0, divisions: 0, countriesWithDivisions: 0, regions: [], regionPartsDropped: [] };
  // Language names, to tell "(Arabic)" tags from "(Algiers)" names in division lists.
  const languages = new Set<string>();
  for (const p of profiles)
    for (const part of (p.languages ?? '').split(/[,;\n]/)) {
      const w = /^\s*(\p{Lu}\p{Ll}+)/u.exec(part)?.[1];
      if (w) languages.add(w);
    }
  const ids = new PlaceIds(drafts.map((d) => d.id));
  const regionMembers = new Map<string, { name: string }[]>();
  for (const p of profiles) {
    if (p.kind !== 'country' && p.kind !== 'uninhabited') continue;
    const country = { id: entityIdOf(p), name: p.name, population: p.population?.value ?? 0 };
    for (const r of parseMapReferences(p.mapReferences)) regionMembers.set(r, [...(regionMembers.get(r) ?? []), { name: p.name }]);
    const capitals = capitalsOf.get(country.id) ?? [];
    const own = new Map<string, Draft>();
    for (const c of capitals) for (const k of c.alias.keys()) own.set(k, c);
    for (const u of parseUrbanAreas(p.urbanAreas)) {
      const existing = own.get(aliasKey(u.name)) ?? (u.isCapital ? capitals[0] : undefined);
      if (existing) {
        addUrbanPopulation(existing, u, 'factbook');
        stats.capitalsWithPopulation++;
        continue;
      }
      const city = buildCity(u, country, p.gec, ids, 'factbook', isCommonWord);
      own.set(aliasKey(u.name), city);
      drafts.push(city);
      stats.cities++;
    }
    const items = parseAdminDivisions(p.adminDivisions?.text, p.adminDivisions?.note, (w) => languages.has(w));
    if (items.length) stats.countriesWithDivisions++;
    const iso = drafts.find((d) => d.id === country.id)?.code;
    for (const item of items) {
      const division = buildDivision(item, country, p.gec, ids, 'factbook', isCommonWord);
      unnameSeatDivision(division, item.kind, iso, geoSeats());
      drafts.push(division);
      stats.divisions++;
    }
  }
  const taken = new Set(drafts.flatMap((d) => [...d.alias.keys()]));
  for (const [name, members] of [...regionMembers].sort(([a], [b]) => a.localeCompare(b))) {
    const region = buildRegion(name, members, ids.take(name, 'region'), 'factbook');
    // A part of a compound region's name ("Caribbean") that another entity owns stays with it.
    for (const [k, a] of [...region.alias])
      if (a.rank > 0 && taken.has(k)) {
        region.alias.delete(k);
        stats.regionPartsDropped.push(`${a.surface} (${name})`);
      }
    drafts.push(region);
    stats.regions.push(`${name} (${members.length})`);
  }
  return stats;
}
