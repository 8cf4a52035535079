/**
 * Factbook officeholder claims (January 2026): the heads of state and government of every country,
 * each line classified to an office. Split from the dataset build's entry point
 * (lib/tools/build-dataset.ts).
 */
import { entityIdOf } from './countries';
import { slug, type Draft } from './draft';
import type { ParsedOfficeholder } from './officeholders';
import { officeOf, stripJurisdiction, type OfficeKind } from './offices';
import type { Claim, PeopleBuilder } from './people';
import type { FactbookProfile } from './profiles';
import { isTermStart } from './term-starts';

/**
 * Heads of state and government of every country; sovereigns are listed under their dependencies
 * too, where only their main country's role is kept. `personOf` records each line's person, `claimOf` its claim.
 */
export function addFactbookClaims(
  profiles: FactbookProfile[],
  people: PeopleBuilder,
  personOf: Map<ParsedOfficeholder, Draft>,
  fbAsOf: string,
  claimOf?: Map<ParsedOfficeholder, Claim>,
): void {
  const ordered = profiles.filter((p) => p.kind === 'country').sort((a, b) => Number(a.isDependency) - Number(b.isDependency));
  for (const p of ordered) {
    const ref = { id: entityIdOf(p), name: p.name, isDependency: p.isDependency };
    for (const [list, field] of [
      [p.chiefs, 'hos'],
      [p.heads, 'hog'],
    ] as const) {
      let firstKey: string | undefined;
      const hasLeader = p.chiefs.some((c) => /supreme leader/i.test(c.title));
      const firstTitle = list[0]?.title ?? '';
      for (const o of list) {
        const title =
          o.title ||
          (o.representative
            ? 'Representative of the head of state'
            : !firstKey
              ? field === 'hos'
                ? 'Head of state'
                : 'Head of government'
              : /^chair\w* of (?:the )?(.+)$/i.test(firstTitle)
                ? `Member of the ${/^chair\w* of (?:the )?(.+)$/i.exec(firstTitle)![1]}`
                : `${field === 'hos' ? 'Head of state' : 'Head of government'} (joint)`);
        const classified = officeOf(stripJurisdiction(title, [p.name]), ref.id);
        let office: { key: string; kind: OfficeKind; single: boolean };
        if (/supreme leader/i.test(title)) office = { key: `leader:${ref.id}`, kind: 'hos', single: true };
        else if (classified.kind === 'hos' && field === 'hog' && !hasLeader) office = { key: `hog:${ref.id}`, kind: 'hog', single: true };
        else if ((classified.kind === 'hos' || classified.kind === 'hog') && !o.representative) office = classified;
        else if (!firstKey && !o.representative) office = { key: `${field}:${ref.id}`, kind: field, single: true };
        else office = { key: `${field}:${ref.id}:${slug(title)}`, kind: 'other', single: false };
        // A second line with the first one's office: one several people share.
        if (firstKey && office.key === firstKey) office = { key: `${firstKey}:${slug(title)}`, kind: 'other', single: false };
        firstKey ??= office.key;
        const person = people.officeholder(ref, o, office.key, 'factbook');
        if (p.isDependency && field === 'hos' && person.claims.some((c) => c.source === 'factbook' && c.kind === 'hos' && c.of !== ref.id)) continue;
        personOf.set(o, person.draft);
        const claim: Claim = {
          office: office.key,
          kind: office.kind,
          single: office.single,
          title,
          of: ref.id,
          ofName: p.name,
          since: o.since,
          ...(isTermStart(p.electionResults, o, ref.id) ? { term: true } : {}),
          source: 'factbook',
          asOf: fbAsOf,
          current: true,
        };
        people.addClaim(person, claim);
        claimOf?.set(o, claim);
      }
    }
  }
}
