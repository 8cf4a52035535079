/**
 * When a Factbook "since" date starts a term, not a tenure. The Factbook dates some holders from
 * their latest inauguration ("President Emmerson MNANGAGWA (since 4 September 2023)", in office since
 * 2017) and others from the start of tenure ("President Vladimir PUTIN (since 7 May 2012)", re-elected
 * in 2018 and 2024). Its own election results tell the two apart: a holder the results call
 * "reelected" in an election of the date's year or earlier — the latest such election — was in office
 * before that date, so the date starts the current term and says nothing about since when.
 */
import { nameFamilyOf, normalCaseName } from '../names';
import { aliasKey } from '../alias-key';
import type { Role } from '../../types';
import type { Draft } from './draft';
import type { ParsedOfficeholder } from './officeholders';
import type { Claim, Person } from './people';
import { sameFullName } from './person-names';
import { dayOf } from './reconcile';

/** "2023: Emmerson MNANGAGWA reelected president in first round" → the name, the office (if said) and the year. */
function reelections(results: string): { year: number; name: string; office: string }[] {
  const out: { year: number; name: string; office: string }[] = [];
  for (const block of results.split(/\n(?=\d{4}\s*:)/)) {
    const year = Number(/^\s*(\d{4})\s*:/.exec(block)?.[1]);
    if (!year) continue;
    const re =
      /((?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}[\p{Lu}][\p{Lu}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})\s+(?:\([^)]{1,40}\)\s+)?(?:unanimously\s+)?re-?elected\b(?:\s+((?:vice\s+)?president|prime minister|governor|head of government)\b)?/gu;
    for (const m of block.matchAll(re)) out.push({ year, name: normalCaseName(m[1]!.trim()), office: m[2] ?? '' });
  }
  return out;
}

/**
 * The holder's "since" date starts the current term: the Factbook's election results say this holder
 * was re-elected (to this line's office, where they name one) in the date's year or earlier, and in
 * no later year.
 */
export function isTermStart(results: string | undefined, o: ParsedOfficeholder, countryId: string): boolean {
  if (!results || !o.since) return false;
  const family = nameFamilyOf(countryId);
  const title = aliasKey(o.title);
  const mine = reelections(results).filter((r) => (!r.office || aliasKey(r.office) === title) && sameFullName(o.display, r.name, family));
  if (!mine.length) return false;
  const latest = Math.max(...mine.map((r) => r.year));
  return latest <= Number(o.since.slice(0, 4));
}

/**
 * A Factbook line whose holder's settled role in the line's office starts over half a year earlier (a
 * fuller, older record of the same tenure: Wikidata has Mnangagwa president since 24 November 2017,
 * the Factbook "since 4 September 2023"): its date starts a term too. Starts days or weeks apart are
 * one start under two conventions (election or inauguration), not a re-appointment. A role whose
 * start reconcile.ts reads as a term's (the tenure's start unknown) makes its line a term's as well.
 */
export function startsAfterTenure(
  personOf: Map<ParsedOfficeholder, Draft>,
  claimOf: Map<ParsedOfficeholder, Claim>,
  settled: Map<Person, Role[]>,
): (o: ParsedOfficeholder) => boolean {
  const rolesOf = new Map<Draft, Role[]>([...settled].map(([p, rs]) => [p.draft, rs]));
  return (o) => {
    const d = personOf.get(o);
    const office = claimOf.get(o)?.office;
    const since = o.since;
    if (!d || !office || !since || !/^\d{4}-\d{2}-\d{2}$/.test(since)) return false;
    return (rolesOf.get(d) ?? []).some(
      (r) => r.office === office && r.source === 'factbook' && (!!r.term || (!!r.sinceSource && !!r.since && dayOf(since) - dayOf(r.since, true) > HALF_YEAR)),
    );
  };
}

/** Days, in dayOf's units (31 a month). */
const HALF_YEAR = 186;
