/**
 * The dataset as the extension ships it: the same entities with every field that can be derived
 * from another one left out, and put back exactly by `unpack`. Why: it was first bundled into the
 * background, where Mozilla's linter (web-ext lint, AMO) refuses to parse a script over 5 MB (it now
 * ships as a file of its own, wxt.config.ts, still packed: a smaller package and a faster read); the
 * derivable fields (an entity's type from its id, its name repeated as its first alias, a role's
 * country name and its source's as-of date) were 7 % of it, and the field names repeated on every
 * fact and role another 15 %: fields are written under one-letter keys. `unpack(pack(d))` equals
 * `d` (tests/unit/dataset-pack.test.ts checks it on the bundled dataset).
 */
import type { Dataset, DatasetEntity, EntityType, Fact, Role } from '../types';
import { withArticle } from './build/draft';

/** Entity id prefix → type, where the id says it. */
const TYPE_BY_PREFIX: Record<string, EntityType> = {
  person: 'person',
  country: 'country',
  org: 'organization',
  party: 'organization',
  group: 'organization',
  outlet: 'outlet',
  place: 'place',
  other: 'other',
};

const typeOf = (id: string): EntityType | undefined => TYPE_BY_PREFIX[id.slice(0, id.indexOf(':'))];

/** Marks an alias list whose first alias was the name (so `[]` and `undefined` stay apart). */
const NAME_FIRST = '\u0000';

type Packed = Omit<DatasetEntity, 'type'> & { type?: EntityType };

/** Field name → one-letter key in the shipped file (no field of the dataset has a one-letter name). */
const SHORT: Record<string, string> = {
  source: 's',
  countryId: 'c',
  label: 'l',
  value: 'v',
  summary: 'm',
  aliases: 'a',
  facts: 'f',
  name: 'n',
  since: 'S',
  weakAliases: 'w',
  everydayAliases: 'y',
  wikidata: 'q',
  office: 'o',
  status: 't',
  title: 'T',
  successor: 'u',
  roles: 'r',
  asOf: 'A',
  entityId: 'e',
  until: 'U',
  stateLabels: 'L',
  domains: 'D',
  code: 'C',
  earlierTerms: 'E',
  acronyms: 'R',
  standsFor: 'F',
  adjectives: 'j',
  sinceSource: 'x',
  died: 'd',
  diedSource: 'k',
  term: 'g',
  supersededBy: 'b',
  headOfGovernment: 'h',
  headSince: 'H',
  id: 'i',
  of: 'O',
};
const LONG: Record<string, string> = Object.fromEntries(Object.entries(SHORT).map(([k, v]) => [v, k]));

/**
 * A copy of `o` with every key in every nested object renamed through `names`, and each source's key (a fact's, a role's,
 * a start's or a death's source: "wikidata-officeholders" on 10,000 roles) written through `code` — by the field's long name.
 */
function renameKeys(o: unknown, names: Record<string, string>, code?: Map<string, string>, long = names === LONG): unknown {
  if (Array.isArray(o)) return o.map((x) => renameKeys(x, names, code, long));
  if (!o || typeof o !== 'object') return o;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    const to = Object.hasOwn(names, k) ? names[k]! : k;
    const field = long ? to : k;
    out[to] = code && typeof v === 'string' && SOURCE_FIELDS.has(field) ? (code.get(v) ?? v) : renameKeys(v, names, code, long);
  }
  return out;
}
/** Fields whose value is a key of the dataset's `sources`. */
const SOURCE_FIELDS = new Set(['source', 'sinceSource', 'diedSource']);
/**
 * The sources' keys as "#0", "#1" … in the order of `sources` (the shipped file keeps it): the packed file's largest repeated
 * strings. No source's key or name starts with "#", so a coded value is never a literal one.
 */
const sourceCodes = (d: Dataset, packing: boolean): Map<string, string> =>
  new Map(Object.keys(d.sources).map((k, i) => (packing ? [k, `#${i}`] : [`#${i}`, k])));

export function pack(d: Dataset): Dataset {
  const shrunk = shrink(d);
  const code = sourceCodes(d, true);
  return { ...shrunk, entities: shrunk.entities.map((e) => renameKeys(e, SHORT, code) as DatasetEntity) };
}

/** Leaves out what `unpack` can put back. */
function shrink(d: Dataset): Dataset {
  const names = new Map(d.entities.map((e) => [e.id, e.name]));
  const entities = d.entities.map((e): Packed => {
    const out: Packed = { ...e };
    if (typeOf(e.id) === e.type) delete out.type;
    if (e.aliases?.[0] === e.name) out.aliases = [NAME_FIRST, ...e.aliases.slice(1)];
    if (e.roles) out.roles = e.roles.map((r) => packRole(r, d, names));
    // A party's country is in its id, and its one fact and summary say only that it is one of the country's parties.
    if (e.id.startsWith('party:') && e.countryId === partyCountry(e.id)) {
      delete out.countryId;
      const { facts, summary } = partyLines(e.name, e.countryId, names);
      if (JSON.stringify(e.facts) === JSON.stringify(facts) && e.summary === summary) {
        delete (out as Partial<Packed>).facts;
        delete out.summary;
      }
    }
    return out;
  });
  return { ...d, entities: entities as DatasetEntity[] };
}

/** "party:in:bharatiya-janata-party" → "country:in". */
const partyCountry = (id: string) => `country:${id.split(':')[1]}`;
/** The one fact and the summary of a party's card (lib/dataset/build/factbook-parties.ts). */
function partyLines(name: string, countryId: string, names: Map<string, string>): { facts: Fact[]; summary: string } {
  const what = `political party in ${withArticle(names.get(countryId) ?? '')}`;
  return { facts: [{ label: 'What', value: `P${what.slice(1)}`, source: 'factbook' }], summary: `${name}: ${what}` };
}

function packRole(r: Role, d: Dataset, names: Map<string, string>): Role {
  const out: Partial<Role> = { ...r };
  if (r.of && r.ofName === names.get(r.of)) delete out.ofName;
  out.asOf = packAsOf(r.asOf, d.sources[r.source]?.asOf);
  if (out.asOf === undefined) delete out.asOf;
  if (r.successor) {
    const s = { ...r.successor, asOf: packAsOf(r.successor.asOf, d.sources[r.successor.source]?.asOf) };
    if (s.asOf === undefined) delete s.asOf;
    out.successor = s;
  }
  return out as Role;
}

/** An as-of date equal to its source's is left out; a missing one is written '' so it stays missing. */
function packAsOf(asOf: string | undefined, sourceAsOf: string | undefined): string | undefined {
  if (asOf === undefined) return sourceAsOf === undefined ? undefined : '';
  return asOf === sourceAsOf ? undefined : asOf;
}

function unpackAsOf(o: { asOf?: string; source: string }, d: Dataset): void {
  if (o.asOf === '') delete o.asOf;
  else if (o.asOf === undefined && d.sources[o.source]?.asOf !== undefined) o.asOf = d.sources[o.source]!.asOf;
}

export function unpack(d: Dataset): Dataset {
  const code = sourceCodes(d, false);
  const entities = d.entities.map((e) => renameKeys(e, LONG, code)) as Packed[];
  d = { ...d, entities: entities as DatasetEntity[] };
  const names = new Map(entities.map((e) => [e.id, e.name]));
  for (const e of entities) {
    if (!e.type) e.type = typeOf(e.id);
    if (e.aliases?.[0] === NAME_FIRST) e.aliases[0] = e.name;
    if (e.id.startsWith('party:')) {
      e.countryId ??= partyCountry(e.id);
      if (!e.facts) Object.assign(e, partyLines(e.name, e.countryId, names));
    }
    for (const r of e.roles ?? []) {
      if (r.ofName === undefined) r.ofName = r.of ? (names.get(r.of) ?? null) : null;
      unpackAsOf(r, d);
      if (r.successor) unpackAsOf(r.successor, d);
    }
  }
  return d;
}
