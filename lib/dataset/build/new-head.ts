/**
 * A new head of government after a source's date (a newer build-time source says so): that source's
 * ministers in that state are no longer sure to be in office (a new government forms its own cabinet)
 * and read "as of" it. Split from reconcile.ts, which calls it last.
 *
 * Every role a newer build-time source demotes says so (Role.supersededBy): "as of June 2026" alone
 * reads as current to a reader months later, and a card wrong about who holds an office is the worst
 * thing it can show. Only the fact of the change is kept, with the source's name and date: the newer
 * source is not shipped (its licence is share-alike), so neither is the other holder's name.
 */
import type { Role, Superseded } from '../../types';
import { dayOf } from './dates';
import { STATUS_TITLE, markAfterNewGovernment, otherHeadOn } from './new-government';
import type { Person } from './people';

interface Newer {
  since?: string;
  asOf?: string;
  source?: string;
  sourceName?: string;
}

const mark = (n: Newer, headOfGovernment = false): Superseded | undefined =>
  n.asOf ? { source: n.sourceName ?? n.source ?? 'a newer source', asOf: n.asOf, ...(headOfGovernment ? { headOfGovernment: true } : {}) } : undefined;

export function demoteAfterNewHead(
  roles: Map<Person, Role[]>,
  newerHolders: Map<string, Newer> | undefined,
  notes: { office: string; note: string }[],
  /** Offices whose newest shipped holder the newer source contradicts (it lists another holder). */
  stale: ReadonlySet<string> = new Set(),
): void {
  const changed = new Map<string, { since: number; sources: Set<string>; newer: Newer; office: string }>();
  for (const [office, newer] of newerHolders ?? []) {
    if (!office.startsWith('hog:') || !newer.since) continue;
    const j = office.slice(4);
    const holders = [...roles.values()].flat().filter((r) => r.office === office && r.status === 'as-of');
    if (holders.length && holders.every((r) => dayOf(r.asOf) < dayOf(newer.since)))
      changed.set(j, { since: dayOf(newer.since), sources: new Set(holders.map((r) => r.source)), newer, office });
  }
  for (const [p, rs] of roles)
    for (const r of rs) {
      // The holder the newer source contradicts: it lists another holder of this very office.
      const own = r.office && stale.has(r.office) ? newerHolders?.get(r.office) : undefined;
      if (own && r.status === 'as-of' && (!own.since || dayOf(r.asOf) < dayOf(own.since))) {
        const m = mark(own);
        if (m) r.supersededBy = m;
        continue;
      }
      const j = r.office ? /((?:country|org):[^:]+)$/.exec(r.office)?.[1] : undefined;
      const c = j ? changed.get(j) : undefined;
      const ministerial = /^(?:minister|deputy-pm):/.test(r.office ?? '') || (!!c && c.sources.has(r.source));
      if (c && ministerial && r.status === 'current' && dayOf(r.asOf) < c.since && !r.office!.startsWith('hos:')) {
        r.status = 'as-of';
        // Said only where the newer source lists another head of government (not merely a later start of the same one).
        const m = stale.has(c.office) ? mark(c.newer, true) : undefined;
        if (m) r.supersededBy = m;
        notes.push({
          office: r.office!,
          note: `${p.draft.name} (${r.source}, ${r.asOf}): the head of government changed after this source's date; shown as of ${r.asOf}`,
        });
      }
    }
  // A former holder's card names the holder it gave way to ("Since 5 July 2024: X holds the office — as of June
  // 2026"): where a newer source lists another holder after X, that line says so too.
  const marked = new Map<string, Superseded>();
  for (const [p, rs] of roles)
    for (const r of rs) if (r.supersededBy && r.office && !r.supersededBy.headOfGovernment) marked.set(`${p.draft.id} ${r.office}`, r.supersededBy);
  if (marked.size)
    for (const rs of roles.values())
      for (const r of rs) {
        const m = r.successor?.entityId && r.office ? marked.get(`${r.successor.entityId} ${r.office}`) : undefined;
        if (m) r.successor!.supersededBy = m;
      }
}

/**
 * The president who heads the government changed after an older source saw a prime minister, whom the
 * president appoints: that prime minister is no longer sure to be in office, and the card says that a
 * newer source lists another head of government (as for a minister after a new head of government,
 * above; the prime minister's own key: office-split.ts). Only a tenure's start counts, not a re-election's term.
 */
export function markAfterNewPresident(roles: Map<Person, Role[]>, sourceName: (k: string) => string, newest = 'factbook'): number {
  // The president's one role may stand under the head-of-state key (the Factbook's two lines name one person).
  const head = new Map<string, Role>();
  for (const rs of roles.values())
    for (const r of rs)
      if (r.source === newest && r.status === 'current' && /^ho[sg]:/.test(r.office ?? '') && !(r.office!.startsWith('hos:') && head.has(r.office!.slice(4))))
        head.set(r.office!.slice(4), r);
  let marked = 0;
  for (const [p, rs] of roles)
    for (const r of rs) {
      const h = r.office?.startsWith('pm:') && r.status === 'as-of' ? head.get(r.office.slice(3)) : undefined;
      if (!h?.since || h.term || !r.asOf || dayOf(h.since) <= dayOf(r.asOf)) continue;
      // (An acting or interim head's start dates a status, not a tenure (new-government.ts): said undated, and only where another
      // held the state's top office on the prime minister's date.)
      const status = STATUS_TITLE.test(h.title);
      if (status && !otherHeadOn(roles, r.office!.slice(3), dayOf(r.asOf), headPerson(roles, h) ?? p)) continue;
      // The new head's start is the shipped Factbook's, so the card may say it (never an unshipped source's).
      r.supersededBy = { source: sourceName(h.source), asOf: h.asOf ?? '', headOfGovernment: true, ...(status ? {} : { headSince: h.since }) };
      marked++;
    }
  return marked;
}

/** The marks a newer head of government puts on older sources' roles: prime ministers (above), then ministers (new-government.ts). */
export function markAfterNewHeads(roles: Map<Person, Role[]>, sourceName: (k: string) => string): number {
  return markAfterNewPresident(roles, sourceName) + markAfterNewGovernment(roles, sourceName);
}

/** Whose role `h` is. */
function headPerson(roles: Map<Person, Role[]>, h: Role): Person | undefined {
  for (const [q, rs] of roles) if (rs.includes(h)) return q;
  return undefined;
}
