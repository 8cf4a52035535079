/**
 * One person split into two records: a Wikidata record of an older office (Mark Carney, Governor of the
 * Bank of England, Q192533) and a Factbook record of the office held now (Mark Carney, Prime Minister of
 * Canada), which has no QID, so nothing joins them and each card lacks the other's roles. They are one
 * person only where a source says so: world-leaders-current (read at build time, never shipped) gives
 * its current holders' QIDs. Where it names a holder by the very full name of a record without a QID in
 * that country, and gives the QID another record carries under the same full name, the two records are one person: merged, keeping the
 * Wikidata record's id. Namesakes stay apart: a different QID, a different name, another country.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { aliasKey } from '../alias-key';
import type { Draft } from './draft';
import type { ParsedOfficeholder } from './officeholders';
import type { PeopleBuilder } from './people';
import { absorb } from './spelling-merge';

/** A current holder as a newer source identifies them. */
export interface NewerIdentity {
  name: string;
  qid: string;
  /** The country's name as the source writes it. */
  country: string;
}

interface Holder {
  name_en?: string;
  wikidata_id?: string | null;
}

/** The QIDs of world-leaders-current's current holders (data/countries/<slug>/current.json). */
export function readNewerIdentities(DATA: string): NewerIdentity[] {
  const dir = path.join(DATA, 'world-leaders-current/data/countries');
  if (!existsSync(dir)) return [];
  const out: NewerIdentity[] = [];
  for (const slug of readdirSync(dir).sort()) {
    const file = path.join(dir, slug, 'current.json');
    if (!existsSync(file)) continue;
    const j = JSON.parse(readFileSync(file, 'utf8')) as { country?: { name_en?: string }; positions?: Record<string, { current_holder?: Holder | null }> };
    for (const pos of Object.values(j.positions ?? {})) {
      const h = pos.current_holder;
      if (h?.name_en && h.wikidata_id && j.country?.name_en) out.push({ name: h.name_en, qid: h.wikidata_id, country: j.country.name_en });
    }
  }
  return out;
}

/** Merges each record without a QID into the record the newer source identifies by QID under the same full name; returns the merges made. */
export function mergeByNewerIdentity(
  b: PeopleBuilder,
  ids: readonly NewerIdentity[],
  countryIdOf: (name: string) => string | undefined,
  personOf: Map<ParsedOfficeholder, Draft>,
): { id: string; name: string; other: string }[] {
  const merges: { id: string; name: string; other: string }[] = [];
  for (const id of ids) {
    const key = aliasKey(id.name);
    const country = countryIdOf(id.country);
    const keep = b.people.find((p) => p.qid === id.qid);
    if (!keep || !country || aliasKey(keep.draft.name) !== key) continue;
    const drops = b.people.filter((p) => p !== keep && !p.qid && p.countryId === country && aliasKey(p.draft.name) === key);
    if (drops.length !== 1) continue;
    absorb(b, keep, drops[0]!, personOf);
    b.people.splice(b.people.indexOf(drops[0]!), 1);
    merges.push({ id: keep.draft.id, name: keep.draft.name, other: `${drops[0]!.draft.name} (${drops[0]!.draft.id})` });
  }
  // Listed in the build report with the other merges.
  b.nameMerges.push(...merges.map((m) => ({ ...m, how: "the same full name, and a newer source's QID (world-leaders-current, build time only)" })));
  return merges;
}
