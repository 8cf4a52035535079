/**
 * International organisations (assets/curated/organizations.json) and the EU's offices parsed from
 * the Factbook: their drafts, their heads as claims, and the head's line once roles are settled.
 * Split from the dataset build's entry point (lib/tools/build-dataset.ts).
 */
import type { Role } from '../../types';
import { aliasKey } from '../alias-key';
import { entityIdOf, unionOffices } from './countries';
import { addAlias, addFact, addWeak, newDraft, type Draft } from './draft';
import type { PeopleBuilder, Person } from './people';
import type { FactbookProfile } from './profiles';

/** One entry of assets/curated/organizations.json. */
export interface CuratedOrg {
  id: string;
  name: string;
  aliases: string[];
  weakAliases?: string[];
  factbookCode?: string;
  partOf?: string;
  what: string;
  seat?: string;
  source: string;
}

/** The organisation an office label names ("Secretary-General of the United Nations"). */
export function orgLabelResolver(curatedOrgs: CuratedOrg[]): (label: string) => { id: string; name: string } | undefined {
  return (label) => {
    const m = /\b(?:of|for)\s+(?:the\s+)?(.+)$/i.exec(label);
    if (!m) return undefined;
    const k = aliasKey(m[1]!);
    const o = curatedOrgs.find((x) => [x.name, ...x.aliases].some((a) => aliasKey(a) === k));
    return o ? { id: o.id, name: o.name } : undefined;
  };
}

/** A draft for every curated organisation. */
export function buildOrganizations(curatedOrgs: CuratedOrg[], countries: FactbookProfile[], nameById: Map<string, string>): Draft[] {
  const orgDrafts: Draft[] = [];
  for (const o of curatedOrgs) {
    const d = newDraft(o.id, 'organization', o.name);
    for (const a of o.aliases) if (!(o.weakAliases ?? []).includes(a)) addAlias(d, a, 1);
    for (const a of o.weakAliases ?? []) addWeak(d, a);
    addFact(d, { label: 'What', value: o.what, source: 'curated' });
    if (o.partOf) addFact(d, { label: 'Part of', value: nameById.get(o.partOf) ?? o.partOf, source: 'curated' });
    if (o.seat) addFact(d, { label: 'Seat', value: o.seat, source: 'curated' });
    if (o.factbookCode) {
      const members = countries.filter((p) => p.kind === 'country' && p.organizations.includes(o.factbookCode!));
      if (members.length)
        addFact(d, { label: 'Members', value: `${members.length} countries and territories (full members listed in the Factbook)`, source: 'factbook' });
    }
    d.summary = `${o.name}: ${o.what}`;
    orgDrafts.push(d);
  }
  return orgDrafts;
}

/** The EU's presidents (Factbook): claims on their institution's head office; a note each for the report. */
export function addUnionOffices(union: FactbookProfile, orgDrafts: Draft[], people: PeopleBuilder, fbAsOf: string): string[] {
  const officeNotes: string[] = [];
  for (const office of unionOffices(union.executiveHtml)) {
    const org = orgDrafts.find((d) => aliasKey(d.name) === aliasKey(office.institution));
    const ofId = org?.id ?? entityIdOf(union);
    const title = `President of the ${office.institution}`;
    const key = `head:${ofId}`;
    const person = people.officeholder({ id: ofId, name: office.institution, isDependency: false }, office.holder, key, 'factbook');
    people.addClaim(person, {
      office: key,
      kind: 'hos',
      single: true,
      title,
      of: ofId,
      ofName: office.institution,
      since: office.holder.since,
      source: 'factbook',
      asOf: fbAsOf,
      current: true,
    });
    officeNotes.push(`${title}: ${person.draft.name} (since ${office.holder.since ?? '?'})`);
  }
  return officeNotes;
}

/** Each organisation's settled head (not former) as a fact on its card. */
export function addOrgHeads(orgDrafts: Draft[], settled: Map<Person, Role[]>): void {
  for (const org of orgDrafts) {
    for (const [p, rs] of settled)
      for (const r of rs)
        if (r.of === org.id && r.office === `head:${org.id}` && r.status !== 'former') {
          // Named only as of an older source: the fact carries that date, and the card says it.
          addFact(org, {
            label: r.title.replace(/ of (?:the )?.*$/, ''),
            value: p.draft.name,
            source: r.source,
            ...(r.since ? { since: r.since } : {}),
            ...(r.status !== 'current' && r.asOf ? { asOf: r.asOf } : {}),
          });
        }
  }
}
