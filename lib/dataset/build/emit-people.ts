/**
 * The last step for people: settled roles onto each person's draft (newest and highest office
 * first), a country fact, a summary, and which bare surnames may link alone. Split from the
 * dataset build's entry point (lib/tools/build-dataset.ts).
 */
import type { Role } from '../../types';
import { addFact, type Draft } from './draft';
import { personSummary, type PeopleBuilder, type Person } from './people';
import { dayOf } from './reconcile';

const STATUS_RANK: Record<string, number> = { current: 0, 'as-of': 1, former: 2 };
function officeRank(office: string | undefined): number {
  const k = (office ?? '').split(':')[0];
  return ({ leader: 0, hos: 0, hog: 1, head: 1, pm: 2, vp: 2, minister: 3, 'central-bank': 3, 'deputy-pm': 4 } as Record<string, number>)[k ?? ''] ?? 5;
}

/** Settled roles onto each person's draft: newest and highest first, a country fact, a summary. */
export function emitPeople(
  people: PeopleBuilder,
  settled: Map<Person, Role[]>,
  nameOf: (id: string) => string | undefined,
  population: (id: string) => number,
): Draft[] {
  const out: Draft[] = [];
  for (const p of people.people) {
    const d = p.draft;
    let mine = settled.get(p) ?? [];
    // One office in two Factbook fields (a president who heads state and government): one role. The
    // head-of-state tenure, read against every holder of that office, keeps its start; the other
    // field (the Factbook alone) fills it only where it has none — the Comoros' president read
    // "in office since 2016" over an interim president's term in 2019.
    mine = mine.filter((r) => {
      if (!r.office?.startsWith('hog:')) return true;
      const hos = mine.find((x) => x.office === `hos:${r.office!.slice(4)}` && x.title === r.title && x.status === r.status);
      if (!hos) return true;
      if (r.since && !hos.since) {
        hos.since = r.since;
        if (r.term) hos.term = true;
        hos.earlierTerms = hos.earlierTerms?.filter((t) => t.until && dayOf(t.until) <= dayOf(r.since) && dayOf(t.since) < dayOf(r.since));
        if (!hos.earlierTerms?.length) delete hos.earlierTerms;
      }
      return false;
    });
    const roles = mine
      .slice()
      .sort(
        (a, b) =>
          STATUS_RANK[a.status ?? 'as-of']! - STATUS_RANK[b.status ?? 'as-of']! ||
          officeRank(a.office) - officeRank(b.office) ||
          dayOf(b.until, true) - dayOf(a.until, true) ||
          population(b.of ?? '') - population(a.of ?? '') ||
          (a.office ?? '').localeCompare(b.office ?? ''),
      );
    if (!roles.length && !d.facts.length) continue;
    if (roles.length) d.roles = roles;
    const primary = roles.find((r) => r.of?.startsWith('country:'))?.of ?? p.countryId;
    if (primary) d.countryId = primary;
    else delete d.countryId;
    const country = d.countryId ? nameOf(d.countryId) : undefined;
    if (country) addFact(d, { label: 'Country', value: country, source: roles[0]?.source ?? d.facts[0]?.source ?? 'factbook' });
    if (!d.facts.length && roles[0])
      addFact(d, {
        label: 'Known for',
        value: roles[0].title + (roles[0].ofName && !roles[0].title.includes(roles[0].ofName) ? ` of ${roles[0].ofName}` : ''),
        source: roles[0].source,
      });
    d.summary = personSummary(d.name, roles, (r) => r.asOf ?? '');
    // A bare surname links on its own only for someone who holds a leading office (now, or as of
    // the newest source on it): "Pou" alone is not a former president or a member of Congress.
    const leading = roles.some(
      (r) => r.status !== 'former' && /^(?:hos|hog|pm|leader|head|vp|minister|central-bank|us-senate|us-leader):/.test(r.office ?? ''),
    );
    // A recent former head of state or government keeps a surname of five letters or more (short
    // ones like "Pou" are too often words in some language).
    const recentHead = roles.some((r) => r.status === 'former' && /^(?:hos|hog|pm):/.test(r.office ?? '') && dayOf(r.until, true) >= dayOf('2016'));
    for (const [k, a] of [...d.alias])
      if (a.rank >= 2 && !k.includes(' ') && !leading && !(recentHead && k.length >= 5)) {
        d.alias.delete(k);
        d.weak.add(k);
      }
    out.push(d);
  }
  return out;
}
