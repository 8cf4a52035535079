/**
 * Readers for the officeholder sources, each turning rows into dated claims (people.ts):
 * Wikidata officeholder snapshots (every-politician-scrapers, 2021-11 … 2023-01, one snapshot date
 * per row), Wikidata world leaders 2022 (for countries the snapshots miss), the US Congress
 * legislators (members, presidents, vice presidents; 2026-06-15), the IfG ministers database (UK;
 * 2026-06-19), and world-leaders-current (August 2026, CC BY-SA): read at build time only, as a
 * signal that an office changed, never shipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseCsv } from './csv';
import { officeOf, stripJurisdiction, type Office } from './offices';
import type { NewerHolder } from './reconcile';
import type { PeopleBuilder } from './people';

// js-yaml comes with the toolchain (no types shipped); only `load` is used.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const iso = (s: string | undefined) => (s && ISO.test(s.trim()) ? s.trim() : undefined);

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

export interface SourceStats {
  rows: number;
  claims: number;
  skipped: number;
}

type CountryIdOf = (label: string) => string | undefined;
type OrgOf = (label: string) => { id: string; name: string } | undefined;

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
  for (const [file, current] of [
    ['officeholders.csv', true],
    ['holders.csv', false],
  ] as const) {
    const rows = parseCsv(readFileSync(path.join(dir, file), 'utf8'));
    for (const r of rows) {
      stats.rows++;
      const label = (r.position ?? '').trim();
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
      if (!kept(office, label, current)) {
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
        current,
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

const STATES: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  DC: 'the District of Columbia',
  PR: 'Puerto Rico',
  GU: 'Guam',
  VI: 'the U.S. Virgin Islands',
  AS: 'American Samoa',
  MP: 'the Northern Mariana Islands',
};

interface UsPerson {
  id: { wikidata?: string; bioguide?: string };
  name: { first?: string; last?: string; official_full?: string; nickname?: string };
  bio?: { birthday?: string };
  terms: { type: string; start: string; end: string; state?: string; district?: number; class?: number }[];
  leadership_roles?: { title: string; chamber?: string; start: string; end?: string }[];
}

/** Presidents and vice presidents since 2000 (executive.yaml) and the sitting Congress (legislators-current.yaml). */
export function addUsClaims(DATA: string, people: PeopleBuilder, asOf: string): SourceStats {
  const stats: SourceStats = { rows: 0, claims: 0, skipped: 0 };
  const dir = path.join(DATA, 'us-congress-legislators');
  const us = 'country:us';
  const ofName = 'United States';
  const nameOfP = (x: UsPerson) => x.name.official_full ?? [x.name.first, x.name.last].filter(Boolean).join(' ');
  const exec = yaml.load(readFileSync(path.join(dir, 'executive.yaml'), 'utf8')) as UsPerson[];
  for (const x of exec) {
    stats.rows++;
    const terms = x.terms.filter((t) => t.end >= '2001');
    if (!terms.length) continue;
    const p = people.person(nameOfP(x), us, x.id.wikidata, 'us-congress');
    if (x.name.first && x.name.last) people.alias(p, `${x.name.first} ${x.name.last}`, 0);
    for (const t of terms) {
      const current = t.start <= asOf && t.end > asOf;
      const offices: [string, 'hos' | 'hog' | 'vp', string][] =
        t.type === 'prez'
          ? [
              [`hos:${us}`, 'hos', 'President'],
              [`hog:${us}`, 'hog', 'President'],
            ]
          : [[`vp:${us}`, 'vp', 'Vice President']];
      for (const [office, kind, title] of offices) {
        people.addClaim(p, {
          office,
          kind,
          single: true,
          title,
          of: us,
          ofName,
          since: t.start,
          until: current ? undefined : t.end,
          source: 'us-congress',
          asOf,
          current,
        });
        stats.claims++;
      }
    }
  }
  const cur = yaml.load(readFileSync(path.join(dir, 'legislators-current.yaml'), 'utf8')) as UsPerson[];
  for (const x of cur) {
    stats.rows++;
    const last = x.terms[x.terms.length - 1];
    if (!last) continue;
    const p = people.person(nameOfP(x), us, x.id.wikidata, 'us-congress');
    if (x.name.first && x.name.last) people.alias(p, `${x.name.first} ${x.name.last}`, 0);
    if (x.name.nickname && x.name.last) people.alias(p, `${x.name.nickname} ${x.name.last}`, 0);
    const state = STATES[last.state ?? ''] ?? last.state ?? '';
    const sen = last.type === 'sen';
    const title = sen
      ? `United States Senator from ${state}`
      : `United States Representative for ${state}${last.district ? `'s ${ordinal(last.district)} district` : ''}`;
    const office = sen ? `us-senate:${last.state}-${last.class ?? ''}:${us}` : `us-house:${last.state}-${last.district ?? 0}:${us}`;
    // Continuous service in this chamber and seat: earlier terms of the same kind that meet the last one.
    const same = x.terms.filter((t) => t.type === last.type && t.state === last.state && (sen || t.district === last.district));
    for (const t of same) {
      const current = t.start <= asOf && t.end > asOf;
      people.addClaim(p, {
        office,
        kind: 'other',
        single: !sen,
        title,
        of: us,
        ofName,
        since: t.start,
        until: current ? undefined : t.end,
        source: 'us-congress',
        asOf,
        current,
      });
      stats.claims++;
    }
    for (const l of x.leadership_roles ?? []) {
      const current = l.start <= asOf && (!l.end || l.end > asOf);
      if (!current) continue;
      people.addClaim(p, {
        office: `us-leader:${slugTitle(l.title)}:${us}`,
        kind: 'other',
        single: true,
        title: l.title,
        of: us,
        ofName,
        since: l.start,
        source: 'us-congress',
        asOf,
        current,
      });
      stats.claims++;
    }
  }
  return stats;
}

function slugTitle(t: string): string {
  return t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${n % 10 > 3 ? 'th' : s}`;
}

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
      out.set(key, { name, asOf, source: 'world-leaders-current', ...(iso(since) ? { since: iso(since) } : {}) });
    }
  }
  return out;
}
