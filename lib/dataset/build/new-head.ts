/**
 * A new head of government after a source's date (a newer build-time source says so): that source's
 * ministers in that state are no longer sure to be in office (a new government forms its own cabinet)
 * and read "as of" it. Split from reconcile.ts, which calls it last.
 */
import type { Role } from '../../types';
import { dayOf } from './dates';
import type { Person } from './people';

export function demoteAfterNewHead(
  roles: Map<Person, Role[]>,
  newerHolders: Map<string, { since?: string }> | undefined,
  notes: { office: string; note: string }[],
): void {
  const changed = new Map<string, { since: number; sources: Set<string> }>();
  for (const [office, newer] of newerHolders ?? []) {
    if (!office.startsWith('hog:') || !newer.since) continue;
    const j = office.slice(4);
    const holders = [...roles.values()].flat().filter((r) => r.office === office && r.status === 'as-of');
    if (holders.length && holders.every((r) => dayOf(r.asOf) < dayOf(newer.since)))
      changed.set(j, { since: dayOf(newer.since), sources: new Set(holders.map((r) => r.source)) });
  }
  for (const [p, rs] of roles)
    for (const r of rs) {
      const j = r.office ? /((?:country|org):[^:]+)$/.exec(r.office)?.[1] : undefined;
      const c = j ? changed.get(j) : undefined;
      const ministerial = /^(?:minister|deputy-pm):/.test(r.office ?? '') || (!!c && c.sources.has(r.source));
      if (c && ministerial && r.status === 'current' && dayOf(r.asOf) < c.since && !r.office!.startsWith('hos:')) {
        r.status = 'as-of';
        notes.push({
          office: r.office!,
          note: `${p.draft.name} (${r.source}, ${r.asOf}): the head of government changed after this source's date; shown as of ${r.asOf}`,
        });
      }
    }
}
