/**
 * A minister seen by an older source, in a state whose head of government a newer source has in
 * office only from a later day: the government has changed since the older source's date. The role
 * is not known to have ended (no source says so), so it stays "as of" its date; but "Minister of
 * Finance of Narnia since 2019 — as of July 2022" reads as current to a reader in 2026, and a card
 * wrong about who holds an office is the worst thing it can show. So the role says that a newer
 * source lists a new head of government, and from when (Role.supersededBy with `headSince`): only
 * what that source says, its date and the new head's start, never a holder from memory.
 *
 * A cabinet is the head of government's: ministers and deputy prime ministers only, not a central
 * bank's governor or a vice-president, whose tenure runs on its own. The new head is read from the
 * roles themselves (the Factbook's line, or the IfG's for the United Kingdom), a source newer than the
 * minister's, under a head's title (a vice-president listed beside the head is none). No new
 * government: a head in office on the minister's date already (a re-elected head's term start, an
 * older source's sighting, an earlier term), the minister's own later head role (superseded.ts
 * laterHead tells that one as an earlier role), or a portfolio a head of state holds himself.
 */
import type { Role } from '../../types';
import { dayOf } from './dates';
import type { Person } from './people';

/** Ministers' offices: a portfolio (its junior posts too) and the deputy prime ministers. */
const CABINET = /^(?:minister|deputy-pm):/;
const STATE = /(country:[^:]+)$/;
/** A head's title, not a deputy's ("Vice President" beside the president in the Factbook's line). */
const HEAD_TITLE =
  /\b(?:prime minister|premier|chancellor|president|head of government|chief minister|taoiseach|chair\w* of the (?:council|cabinet) of ministers)\b/i;
const HEAD_OFFICE = /^(?:hos|hog):/;
/**
 * A head's title that dates a status, not a tenure: "Caretaker Prime Minister Dick Schoof (since 3 June 2025)" has been prime
 * minister since 2024 and caretaker since 2025; "Acting", "Interim", "Transitional" likewise may date a sitting head's new
 * standing. Its start says nothing of when the government changed, nor whether it did.
 */
export const STATUS_TITLE = /^(?:caretaker|acting|interim|transitional)\b/i;

/**
 * Somebody other than `except` headed the state or its government on `day`, per the roles: then a head a newer source lists
 * (under a status title, whose start dates nothing) is another one, and the government changed, though not said since when.
 */
export function otherHeadOn(roles: Map<Person, Role[]>, state: string, day: number, except: Person): boolean {
  for (const [q, rs] of roles) if (q !== except && headOn(rs, state, day)) return true;
  return false;
}

interface Head {
  person: Person;
  role: Role;
  since: string;
}

/** Each state's heads of government with a known tenure start, from the roles: `hog:<state>` roles that are not former. */
function headsOfGovernment(roles: Map<Person, Role[]>): Map<string, Head[]> {
  const heads = new Map<string, Head[]>();
  for (const [person, rs] of roles)
    for (const r of rs) {
      if (!r.office?.startsWith('hog:') || r.status === 'former' || r.until || r.term || !HEAD_TITLE.test(r.title) || /\b(?:vice|deputy)\b/i.test(r.title))
        continue;
      const state = r.office.slice(4);
      if (!/^country:[^:]+$/.test(state)) continue;
      // A president who heads the government: the start may stand on the head-of-state role of the same title.
      const since = r.since ?? rs.find((x) => x.office === `hos:${state}` && x.title === r.title && !x.term)?.since;
      if (!since || since.length < 7) continue;
      heads.set(state, [...(heads.get(state) ?? []), { person, role: r, since }]);
    }
  return heads;
}

/** The person headed the state or its government on `day` already, or may have: a term's start, an older sighting, an earlier or open tenure. */
function headOn(rs: Role[], state: string, day: number): boolean {
  return rs.some(
    (r) =>
      HEAD_OFFICE.test(r.office ?? '') &&
      r.office!.slice(4) === state &&
      (r.term ||
        (r.seen && dayOf(r.seen.since) <= day) ||
        (r.earlierTerms ?? []).some((t) => dayOf(t.since) <= day && dayOf(t.until, true) >= day) ||
        (dayOf(r.since) <= day && (!r.until || dayOf(r.until, true) >= day))),
  );
}

/**
 * Marks every as-of minister's role whose state has, per a newer source, a head of government in
 * office only after the role's as-of date. Returns how many roles it marked.
 */
export function markAfterNewGovernment(roles: Map<Person, Role[]>, sourceName: (k: string) => string): number {
  const heads = headsOfGovernment(roles);
  let marked = 0;
  for (const [p, rs] of roles)
    for (const r of rs) {
      if (r.status !== 'as-of' || r.supersededBy || r.until || !r.asOf || !CABINET.test(r.office ?? '')) continue;
      const state = STATE.exec(r.office!)?.[1];
      const seen = dayOf(r.asOf);
      // A portfolio the state's own head holds goes with that head's tenure, not a prime minister's.
      if (!state || rs.some((x) => HEAD_OFFICE.test(x.office ?? '') && x.office!.slice(4) === state && x.status !== 'former')) continue;
      // The first head in office after the minister's source date, told by a newer source; none that is the minister.
      const h = (heads.get(state) ?? [])
        .filter((x) => x.person !== p && dayOf(x.since) > seen && dayOf(x.role.asOf) > seen && !headOn(roles.get(x.person) ?? [], state, seen))
        .sort((a, b) => dayOf(a.since) - dayOf(b.since))[0];
      if (!h) continue;
      // (A status's start, "caretaker since 3 June 2025": said only when another head held office on the minister's date, undated.)
      const status = STATUS_TITLE.test(h.role.title);
      if (status && !otherHeadOn(roles, state, seen, h.person)) continue;
      r.supersededBy = { source: sourceName(h.role.source), asOf: h.role.asOf!, headOfGovernment: true, ...(status ? {} : { headSince: h.since }) };
      marked++;
    }
  return marked;
}
