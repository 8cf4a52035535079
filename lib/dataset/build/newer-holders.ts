/**
 * Newer holders from world-leaders-current (CC BY-SA 4.0): read at build time only, as a signal
 * that an office changed hands after our newest shipped source; never shipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from './csv';
import { officeOf } from './offices';
import type { NewerHolder } from './reconcile';
import { iso, type CountryIdOf, type OrgOf } from './official-sources';

/** How a card names the source when it says that the source lists another holder (its PROVENANCE.md's title). */
export const NEWER_SOURCE_NAME = 'World Leaders Current (Wikidata/Wikipedia snapshot)';

/**
 * world-leaders-current (CC BY-SA 4.0, August 2026): not shipped. At build time it only says that
 * an office changed hands after our newest shipped source: where it names a different holder whose
 * tenure began after `after(office)`, the shipped holder is shown "as of" its own date instead of
 * as current. Holders with an earlier start date are ignored (the file has known errors, e.g. Saudi
 * Arabia's king).
 */
export function readNewerHolders(DATA: string, countryIdOf: CountryIdOf, orgByTitle: OrgOf): Map<string, NewerHolder> {
  const out = new Map<string, NewerHolder>();
  const file = path.join(DATA, 'world-leaders-current/data/current/all-leaders.csv');
  if (!existsSync(file)) return out;
  const asOf = (JSON.parse(readFileSync(path.join(DATA, 'world-leaders-current/data/current/last-updated.json'), 'utf8')) as { snapshot_date: string })
    .snapshot_date;
  for (const r of parseCsv(readFileSync(file, 'utf8'))) {
    const country = countryIdOf(r.Country ?? '');
    for (const [field, title, name, since] of [
      ['hog', r['HoG Title'], r['Head of Government'], r['HoG Since']],
      ['hos', r['HoS Title'], r['Head of State'], r['HoS Since']],
    ] as const) {
      if (!name || !title) continue;
      let key: string | undefined;
      const org = /european/i.test(r.Country ?? '') ? orgByTitle(title) : undefined;
      if (org) key = `head:${org.id}`;
      else if (country) {
        const o = officeOf(title.replace(/\s*\(.*\)$/, ''), country);
        key = o.kind === 'hos' || o.kind === 'hog' ? o.key : `${field}:${country}`;
      }
      if (!key) continue;
      out.set(key, { name, asOf, source: 'world-leaders-current', sourceName: NEWER_SOURCE_NAME, ...(iso(since) ? { since: iso(since) } : {}) });
    }
  }
  return out;
}
