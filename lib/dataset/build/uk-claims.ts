/**
 * UK officeholder claims from the Institute for Government ministers database (2026-06-19):
 * cabinet-rank posts held since 2010, with the names a minister was known by.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from './csv';
import { officeOf } from './offices';
import type { PeopleBuilder } from './people';
import { iso, type SourceStats } from './official-sources';

/** Cabinet-rank UK posts (PM, deputy PM, secretaries of state) held since 2010, from the IfG database. */
export function addUkClaims(DATA: string, people: PeopleBuilder, asOf: string, uk: string, ukName: string): SourceStats {
  const stats: SourceStats = { rows: 0, claims: 0, skipped: 0 };
  const dir = path.join(DATA, 'uk-parliament-ministers/ifg-ministers-database');
  if (!existsSync(dir)) return stats;
  const read = (f: string) => parseCsv(readFileSync(path.join(dir, f), 'utf8'));
  const posts = new Map(read('post.csv').map((r) => [r.id!, r]));
  const names = new Map<string, string[]>();
  for (const r of read('person.csv')) {
    const list = names.get(r.id!) ?? [];
    // The name in use now (no end date) first; "Lord"/"Baroness" styles after the plain name.
    const n = (r.display_name || r.name || '').trim();
    if (!n) continue;
    if (!r.end_date && !/^(?:Lord|Baroness|Lady|Sir|Dame)\b/.test(n)) list.unshift(n);
    else list.push(n);
    names.set(r.id!, list);
  }
  // A peer's title ("Lord McLoughlin") after the name the press used for most of the career.
  for (const [id, list] of names)
    names.set(id, [...list.filter((n) => !/^(?:Lord|Baroness|Lady)\b/.test(n)), ...list.filter((n) => /^(?:Lord|Baroness|Lady)\b/.test(n))]);
  for (const a of read('appointment.csv')) {
    stats.rows++;
    const post = posts.get(a.post_id ?? '');
    if (!post || !/^(?:PM|DPM|SoS)$/.test(post.rank_equivalence ?? '')) {
      stats.skipped++;
      continue;
    }
    const end = iso(a.end_date);
    if (end && end < '2010') {
      stats.skipped++;
      continue;
    }
    const [name, ...others] = names.get(a.person_id ?? '') ?? [];
    if (!name) {
      stats.skipped++;
      continue;
    }
    const label = post.name ?? '';
    const o =
      label === 'Prime Minister'
        ? officeOf('Prime Minister', uk)
        : /^Secretary of State for Foreign/.test(label)
          ? officeOf('Minister of Foreign Affairs', uk)
          : /^Chancellor of the Exchequer$/.test(label)
            ? officeOf('Minister of Finance', uk)
            : /^Secretary of State for (?:the )?Home Department$/.test(label)
              ? officeOf('Minister of the Interior', uk)
              : /^Secretary of State for Defence$/.test(label)
                ? officeOf('Minister of Defence', uk)
                : officeOf(label, uk);
    const p = people.person(name, uk, undefined, 'ifg-ministers');
    for (const x of others) if (!/^(?:Lord|Baroness|Lady)\b/.test(x)) people.alias(p, x, 0);
    const current = !end;
    people.addClaim(p, {
      office: o.key,
      kind: o.kind,
      single: o.kind !== 'deputy-pm' && o.kind !== 'other',
      title: label,
      of: uk,
      ofName: ukName,
      since: iso(a.start_date),
      until: end,
      source: 'ifg-ministers',
      asOf,
      current,
    });
    stats.claims++;
  }
  return stats;
}
