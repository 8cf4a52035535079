/**
 * US officeholder claims from the congress-legislators data (2026-06-15): presidents and vice
 * presidents since 2000 (executive.yaml) and the sitting Congress with its leadership roles.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { PeopleBuilder } from './people';
import type { SourceStats } from './official-sources';
import { aliasKey } from '../alias-key';
import { parseCsv } from './csv';
import { addFact } from './draft';

// js-yaml comes with the toolchain (no types shipped); only `load` is used.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

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
  name: { first?: string; last?: string; official_full?: string; nickname?: string; suffix?: string };
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
    const terms = executiveTerms(x.terms);
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
  const fathers = namesakesInCongress(readFileSync(path.join(dir, 'legislators-historical.csv'), 'utf8'));
  for (const x of cur) {
    stats.rows++;
    const last = x.terms[x.terms.length - 1];
    if (!last) continue;
    // "Robert Menendez" (Jr., in the House from 2023) was first his father's name, a senator until 2024:
    // a member whose suffix says he is named after somebody, and whose plain name an earlier member of the
    // news era bore, is called with the suffix, and the plain name is no name of his ("Robert Menendez" in 2016).
    const plain = [x.name.first, x.name.last].filter(Boolean).join(' ');
    const shared = !!x.name.suffix && [plain, nameOfP(x).replace(/,?\s+(?:Jr|Sr|I{2,3}|IV)\.?$/, '')].some((n) => fathers.has(aliasKey(n)));
    const p = people.person(shared && !nameOfP(x).endsWith(x.name.suffix!) ? `${nameOfP(x)} ${x.name.suffix}` : nameOfP(x), us, x.id.wikidata, 'us-congress');
    if (shared) for (const n of [plain, nameOfP(x).replace(/,?\s+(?:Jr|Sr|I{2,3}|IV)\.?$/, '')]) p.draft.alias.delete(aliasKey(n));
    else if (x.name.first && x.name.last) people.alias(p, `${x.name.first} ${x.name.last}`, 0);
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
    // A seat renumbered or changed under redistricting: the seat's line says since when this district,
    // and a line of its own since when the member has sat for the state ("in office since 2023" alone
    // reads as a first term for a member in the House since 1993).
    const house = sen ? undefined : houseSince(x.terms);
    if (house) addFact(p.draft, { label: 'In the House', value: `a Representative from ${state}`, source: 'us-congress', since: house });
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

/**
 * A president's or vice president's terms, when one of them ended in 2001 or later (the news era's
 * office-holders): all of them. A tenure is as long as its continuous terms, so a second term alone
 * would start it four years late ("President (1997–2001)" for a president since 1993).
 */
export function executiveTerms<T extends { end: string }>(terms: T[]): T[] {
  return terms.some((t) => t.end >= '2001') ? terms : [];
}

type Term = { type: string; start: string; end: string; state?: string; district?: number };

/**
 * The start of a Representative's unbroken service for the state of the last term, when it is earlier
 * than that of the last term's district (redistricting, or a move to another district of the state).
 * Terms meet when one starts within ten days of the last one's end (a special election's seat, the
 * days between two Congresses).
 */
export function houseSince(terms: Term[]): string | undefined {
  const last = terms[terms.length - 1];
  if (last?.type !== 'rep') return undefined;
  const run = (same: (t: Term) => boolean): string => {
    let i = terms.length - 1;
    while (i > 0 && same(terms[i - 1]!) && meets(terms[i - 1]!.end, terms[i]!.start)) i--;
    return terms[i]!.start;
  };
  const state = run((t) => t.type === 'rep' && t.state === last.state);
  const district = run((t) => t.type === 'rep' && t.state === last.state && t.district === last.district);
  return state < district ? state : undefined;
}

const DAY = 86_400_000;
const meets = (end: string, start: string) => Date.parse(start) - Date.parse(end) <= 10 * DAY;

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

/**
 * Full names of former members of Congress born in 1920 or later (the news era's: the source's
 * historical file has no term dates), by alias key: a sitting member named after one of them shares
 * the name with somebody the press wrote about under it.
 */
function namesakesInCongress(csv: string): Set<string> {
  const out = new Set<string>();
  for (const r of parseCsv(csv)) {
    if (!r.birthday || r.birthday < '1920') continue;
    for (const n of [r.full_name, `${r.first_name ?? ''} ${r.last_name ?? ''}`]) if (n?.trim()) out.add(aliasKey(n));
  }
  return out;
}
