/**
 * Wikidata officeholder claims: every-politician-scrapers snapshots (officeholders.csv, held at
 * snapshot; holders.csv, past terms; 2021-11 … 2023-01, one snapshot date per row), and Wikidata
 * world leaders 2022 for the countries the snapshots miss. Offices out of scope are skipped here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from './csv';
import { officeOf, stripJurisdiction, type Office } from './offices';
import type { PeopleBuilder } from './people';
import { iso, type CountryIdOf, type OrgOf, type SourceStats } from './official-sources';

/** Offices worth a card: heads of state and government, deputies, the big portfolios, central banks, security and spokespeople. */
const KEEP_MINISTER = /^minister:(?:foreign-affairs|defence|finance|economy|interior|justice|health):/;
const KEEP_OTHER =
  /spokes|press secretary|intelligence|security service|chief of staff|chief of (?:the )?general staff|chief of (?:the )?defen[cs]e staff|attorney general|prosecutor general|national security advis/i;

function kept(o: Office, label: string, current: boolean): boolean {
  if (o.kind === 'hos' || o.kind === 'hog' || o.kind === 'central-bank') return true;
  if (o.kind === 'vp' || o.kind === 'deputy-pm') return current;
  if (o.kind === 'minister') return KEEP_MINISTER.test(o.key) && (current || /^minister:(?:foreign-affairs|defence|finance):/.test(o.key));
  return current && KEEP_OTHER.test(label);
}

/** Comparable day of a date of any precision ("2018" as its first day, or with `end` its last). */
const day = (d: string | undefined, end: boolean) => {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d ?? '');
  if (!m) return end ? Infinity : -Infinity;
  return Number(m[1]) * 372 + (m[2] ? Number(m[2]) - 1 : end ? 11 : 0) * 31 + (m[3] ? Number(m[3]) - 1 : end ? 30 : 0);
};

type Row = Record<string, string | undefined>;

/**
 * Past-term rows that cannot be placed. A position label of one snapshot repository names several
 * offices when two different people's recorded terms under it overlap by more than a quarter of a
 * year at least twice: a snapshot's past terms come from the office's Wikidata item, and a label
 * such as "Treasurer" (Australia) or "Minister of Finance" (Canada) also gathers the states' and
 * provinces' offices, so a state treasurer would read "Treasurer of Australia". Of such a label only
 * the line of succession that leads back from the holder the snapshot lists in office is kept: each
 * term ending within a week of the next one's start, where exactly one person's does.
 */
export function unplaceableRows(rows: Row[], held: Set<string>): Set<Row> {
  const byLabel = new Map<string, Row[]>();
  for (const r of rows) {
    const k = `${r.repo}|${(r.position ?? '').trim()}`;
    const list = byLabel.get(k) ?? [];
    list.push(r);
    byLabel.set(k, list);
  }
  const out = new Set<Row>();
  for (const [k, list] of byLabel) {
    let overlaps = 0;
    for (let i = 0; i < list.length && overlaps < 2; i++)
      for (let j = i + 1; j < list.length && overlaps < 2; j++) {
        const [a, b] = [list[i]!, list[j]!];
        if (a.personID === b.personID || (a.start ?? '').length < 7 || (b.start ?? '').length < 7 || (!a.end && !b.end)) continue;
        if (Math.min(day(a.end, true), day(b.end, true)) - Math.max(day(a.start, false), day(b.start, false)) > 93) overlaps++;
      }
    if (overlaps < 2) continue;
    const holders = list.filter((r) => !r.end && held.has(`${k}|${r.personID}`));
    const line = new Set<Row>(holders.length === 1 ? holders : []);
    for (let r = holders.length === 1 ? holders[0] : undefined; r && (r.start ?? '').length >= 10;) {
      const s = day(r.start, false);
      const before = list.filter((x) => !line.has(x) && (x.end ?? '').length >= 10 && Math.abs(day(x.end, true) - s) <= 7);
      r = new Set(before.map((x) => x.personID)).size === 1 && before.length === 1 ? before[0] : undefined;
      if (r) line.add(r);
    }
    for (const r of list) if (!line.has(r)) out.add(r);
  }
  return out;
}

/**
 * officeholders.csv (held at snapshot) and holders.csv (terms ending 2000 or later), plus the 2022
 * world-leaders table for jurisdictions with no snapshot repository.
 */
export function addWikidataClaims(DATA: string, people: PeopleBuilder, countryIdOf: CountryIdOf, nameOf: (id: string) => string, orgOf: OrgOf): SourceStats {
  const stats: SourceStats = { rows: 0, claims: 0, skipped: 0 };
  const dir = path.join(DATA, 'wikidata-officeholders');
  const covered = new Set<string>();
  // Terms that ended before 2010 are kept only as earlier terms of people already in the dataset.
  const older: (() => void)[] = [];
  // Who the snapshot lists in office, per repository and label: a past-terms row with no end is
  // an open term only where the same snapshot lists that person in office under that label.
  const held = new Set<string>();
  const listed = new Set<string>();
  let unplaceable = new Set<Row>();
  for (const [file, current] of [
    ['officeholders.csv', true],
    ['holders.csv', false],
  ] as const) {
    const rows = parseCsv(readFileSync(path.join(dir, file), 'utf8'));
    if (current)
      for (const r of rows) {
        held.add(`${r.repo}|${(r.position ?? '').trim()}|${r.personID}`);
        listed.add(`${r.repo}|${(r.position ?? '').trim()}`);
      }
    else unplaceable = unplaceableRows(rows, held);
    for (const r of rows) {
      stats.rows++;
      const label = (r.position ?? '').trim();
      // A row of a label that names several offices, off the national line (a state's treasurer
      // beside the federal one), cannot be placed: not shown.
      if (!current && unplaceable.has(r)) {
        stats.skipped++;
        continue;
      }
      const world = /^World\b/.test(r.country ?? '');
      let of: { id: string; name: string } | undefined;
      let office: Office | undefined;
      if (world) {
        of = orgOf(label);
        if (
          of &&
          /^(?:secretary[- ]general|director[- ]general|president|managing director|chair(?:man|person)?|high commissioner|prosecutor)\b/i.test(label) &&
          !/vice|deputy/i.test(label)
        )
          office = { key: `head:${of.id}`, kind: 'hos', single: true };
      } else {
        const id = countryIdOf(r.country ?? '');
        // Sub-national units ("Scotland (United Kingdom)", "Arkansas (United States)") resolve to no country and are left out.
        if (id) {
          of = { id, name: nameOf(id) };
          office = officeOf(stripJurisdiction(label, [of.name, r.country ?? '']), id);
        }
      }
      if (!of || !office || !r.personID || !r.person || /^Q\d+$/.test(r.person)) {
        stats.skipped++;
        continue;
      }
      const end = iso(r.end);
      // A past term with no end that the snapshot does not list as held is a missing end date where
      // its current list covers the office, and not shown; where it does not (the Federal Reserve's
      // chair), a head's or governor's open term was open at the snapshot, as its row says. A
      // minister's such label is more often a region's office (Valencia's finance minister in Spain's).
      const open = !current && !end && !held.has(`${r.repo}|${label}|${r.personID}`);
      if ((open && (listed.has(`${r.repo}|${label}`) || !['hos', 'hog', 'central-bank'].includes(office.kind))) || !kept(office, label, current)) {
        stats.skipped++;
        continue;
      }
      if (!current && end && end < '2010') {
        const [o, f, row] = [office, of, r];
        older.push(() => {
          const p = people.byWikidata(row.personID!);
          if (!p || !p.claims.some((c) => c.office === o.key)) return;
          people.addClaim(p, {
            office: o.key,
            kind: o.kind,
            single: o.single,
            title: label,
            of: f.id,
            ofName: f.name,
            since: iso(row.start),
            until: end,
            source: 'wikidata-officeholders',
            asOf: (row.commit_date ?? '').slice(0, 10),
            current: false,
          });
          stats.claims++;
        });
        continue;
      }
      if (!current && !end && !iso(r.start)) {
        stats.skipped++;
        continue;
      }
      covered.add(of.id);
      const p = people.person(r.person, of.id.startsWith('country:') ? of.id : undefined, r.personID, 'wikidata-officeholders');
      people.preferName(p, r.enwiki);
      const died = iso(r.DOD);
      if (died) {
        p.died = died;
        p.draft.died = died;
        p.draft.diedSource = 'wikidata-officeholders';
      }
      const asOf = (r.commit_date ?? '').slice(0, 10);
      people.addClaim(p, {
        office: office.key,
        kind: office.kind,
        single: office.single,
        title: label.replace(/^monarch$/, 'Monarch').replace(/^./, (c) => c.toUpperCase()),
        of: of.id,
        ofName: of.name,
        since: iso(r.start),
        until: current ? undefined : end,
        source: 'wikidata-officeholders',
        asOf,
        current: current || open,
      });
      stats.claims++;
    }
  }
  for (const f of older) f();
  // The 2022 world-leaders table, for the jurisdictions no snapshot covers (Germany, Colombia, Peru...).
  const wl = parseCsv(readFileSync(path.join(DATA, 'wikidata-world-leaders-2022/wikidata.csv'), 'utf8'));
  for (const r of wl) {
    const id = countryIdOf(r.country ?? '');
    if (!id || covered.has(id) || !r.officeholder || !r.officeholderLabel || /^Q\d+$/.test(r.officeholderLabel)) continue;
    const name = nameOf(id);
    const office = officeOf(stripJurisdiction(r.positionLabel ?? '', [name, r.country ?? '']), id);
    if (office.kind !== 'hos' && office.kind !== 'hog') continue;
    const end = r.end_year || undefined;
    if (end && end < '2010') continue;
    const p = people.person(r.officeholderLabel, id, r.officeholder, 'wikidata');
    people.addClaim(p, {
      office: office.key,
      kind: office.kind,
      single: true,
      title: stripJurisdiction(r.positionLabel ?? '', [name, r.country ?? '']),
      of: id,
      ofName: name,
      since: r.start_year || undefined,
      until: end,
      source: 'wikidata',
      asOf: '2022-10-09',
      current: !end,
    });
    stats.claims++;
  }
  return stats;
}
