/**
 * Given names of real people, for assets/ner/names.json beside compromise's (build-time only; see build-names.ts).
 * compromise's lexicon knows English given names well and others little ("Yasser", "Ghulam", "Muhammed" are not in
 * it), while news names people of every country. Officeholders of the world's governments are such people, with
 * their names as the English press writes them:
 *
 * - ../shared/data/wikidata-officeholders (officeholders.csv, holders.csv: officeholders of 214 jurisdictions since
 *   2000, Wikidata via every-politician-scrapers; Wikidata data CC0 1.0),
 * - ../shared/data/wikidata-world-leaders-2022 (heads of state and government, Wikidata, CC0 1.0),
 * - ../shared/data/us-congress-legislators (every member of Congress since 1789, unitedstates/congress-legislators, CC0 1.0),
 * - ../shared/data/uk-parliament-ministers (UK ministers since 1979, the Institute for Government's Ministers Database, CC BY 4.0).
 *
 * A word is a given name when it is the first word of the name of at least MIN_PEOPLE distinct people (distinct full
 * names: one person listed by two sources counts once), names of two words or more written in Latin letters. Two,
 * because one person's first word may be a one-off (a nickname, a title the label kept, a family name written first)
 * while a word that opens two unrelated people's names is a name in use; three would drop names the press writes for
 * a single country's few officeholders. Left out: words the name finder reads otherwise (titles, honorifics,
 * particles, roles, ranks, months and days: lib/text/words.ts, the lexicon's titles), words of the build's other lists (everyday words,
 * places, cities, organisations, companies: the caller's `exclude`), and family names: the first words of people of
 * the jurisdictions whose names are written family name first (China, Hong Kong, Macau, Taiwan, the Koreas, Vietnam,
 * Cambodia, Singapore, and Mongolia, patronym first: "Xi Jinping", "Hun Sen"), and any word that ends names at least as often as it opens them
 * ("Lee", "Kim" elsewhere). The risk left: a Hungarian or Japanese officeholder whose English label keeps the family
 * name first; the count of two and the surname test keep most such words out.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseCsv } from '../../dataset/build/csv';
import { HONORIFICS, MONTHS, NAME_PARTICLES, PEERAGE_RANKS, ROLE_WORDS, SAINT_WORDS, TITLE_PREFIXES, TITLE_WORDS, WEEKDAYS } from '../../text/words';
import { NAME_LEXICON } from '../../text/name-lexicon';

// js-yaml comes with the toolchain (no types shipped); only `load` is used.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const MIN_PEOPLE = 2;
const FAMILY_FIRST = /^(?:China|Hong Kong|Macau|Macao|Taiwan|North Korea|South Korea|Korea|Vietnam|Cambodia|Singapore|Mongolia)\b/;
const LATIN_WORD = /^\p{Script=Latin}[\p{Script=Latin}'’-]*$/u;

/** The full names, by jurisdiction where known ('' otherwise), of the people in the staged data under `dataDir`. */
function peopleNames(dataDir: string): [name: string, country: string][] {
  const out: [string, string][] = [];
  const csv = (file: string) => parseCsv(readFileSync(path.join(dataDir, file), 'utf8'));
  for (const file of ['wikidata-officeholders/officeholders.csv', 'wikidata-officeholders/holders.csv'])
    for (const r of csv(file)) out.push([r.person ?? '', r.country ?? '']);
  for (const r of csv('wikidata-world-leaders-2022/wikidata.csv')) out.push([r.officeholderLabel ?? '', r.country ?? '']);
  // Members of Congress born before 1900 are left out: their names ("Philo", "Seaborn", "Zebulon") are out of use.
  for (const r of csv('us-congress-legislators/legislators-historical.csv'))
    if ((r.birthday ?? '') >= '1900') out.push([`${r.first_name ?? ''} ${r.last_name ?? ''}`, 'United States']);
  const current = yaml.load(readFileSync(path.join(dataDir, 'us-congress-legislators/legislators-current.yaml'), 'utf8')) as {
    name: { first: string; last: string };
  }[];
  for (const p of current) out.push([`${p.name.first} ${p.name.last}`, 'United States']);
  for (const r of csv('uk-parliament-ministers/ifg-ministers-database/person.csv')) out.push([r.name ?? '', 'United Kingdom']);
  return out;
}

/** Lower-case given names from the staged people data, less the words of `exclude` (the build's other lists). */
export function peopleGivenNames(dataDir: string, exclude: (word: string) => boolean): string[] {
  const notNames = new Set([
    ...HONORIFICS,
    ...NAME_PARTICLES,
    ...PEERAGE_RANKS,
    ...ROLE_WORDS,
    ...SAINT_WORDS,
    ...TITLE_PREFIXES,
    ...TITLE_WORDS,
    ...NAME_LEXICON.titles.split(' '),
    ...[...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()),
  ]);
  const firsts = new Map<string, Set<string>>();
  const lasts = new Map<string, number>();
  const seen = new Set<string>();
  for (const [name, country] of peopleNames(dataDir)) {
    const words = name.normalize('NFC').trim().split(/\s+/);
    const key = words.join(' ').toLowerCase();
    if (words.length < 2 || seen.has(key) || !words.every((w) => LATIN_WORD.test(w.replace(/[.,]$/, '')))) continue;
    seen.add(key);
    const last = words[words.length - 1]!.toLowerCase();
    lasts.set(last, (lasts.get(last) ?? 0) + 1);
    if (FAMILY_FIRST.test(country)) continue;
    const first = words[0]!.toLowerCase();
    if (!/^\p{Ll}[\p{Ll}'’-]*\p{Ll}$/u.test(first) || first.length < 4) continue;
    if (!firsts.has(first)) firsts.set(first, new Set());
    firsts.get(first)!.add(key);
  }
  const out: string[] = [];
  for (const [word, people] of firsts) {
    if (people.size < MIN_PEOPLE || (lasts.get(word) ?? 0) >= people.size) continue;
    if (notNames.has(word) || exclude(word)) continue;
    out.push(word);
  }
  return out.sort();
}
