/**
 * Places below and above countries, from the Factbook: administrative divisions, major cities
 * and the world regions of its map references. They are the weakest claimants of a name: a
 * country, capital, person or outlet keeps a name it shares with one of them, and two namesakes
 * (a "Maryland" in two countries) share it as a weak alias unless one country is far larger.
 */
import { aliasKey } from '../alias-key';
import { formatPopulation } from './countries';
import type { DivisionItem } from './divisions';
import type { UrbanArea } from './urban';
import { addAlias, addFact, addWeak, newDraft, slug, withArticle, type Draft } from './draft';

/** Alias ranks (see draft.ts): cities before divisions, both after every other kind of name. */
export const CITY_RANK = 4;
export const DIVISION_RANK = 5;

export interface CountryRef {
  id: string;
  name: string;
  population: number;
}

/**
 * A small rank offset by size, so that a name shared by places of very different size goes to
 * the larger (Maryland, US vs Maryland, Liberia) while comparable namesakes stay ambiguous.
 */
export function sizeBand(population: number, bands: number[]): number {
  const i = bands.findIndex((b) => population >= b);
  return (i < 0 ? bands.length : i) / 10;
}
const COUNTRY_BANDS = [1e8, 1e7, 1e6];
const CITY_BANDS = [5e6, 1e6, 3e5];

/** Compass words and the like: "North East", "Western" name a division but also describe anything. */
/**
 * Which words are loose (everyday words, given names), word by word; `oneWord` adds what is loose
 * only as a whole one-word name (a frequent English word that is no known place: "Gulf", "Delta").
 */
export type LooseWordTest = ((key: string) => boolean) & { oneWord?: (key: string) => boolean };

export function isDescriptiveName(name: string, isCommonWord: (key: string) => boolean): boolean {
  return aliasKey(name)
    .split(' ')
    .every(
      (w) =>
        isCommonWord(w) ||
        /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|middle|centre|center|greater|and|of|the|nord|sud|est|ouest)$/.test(w),
    );
}

function titleCase(phrase: string): string {
  return phrase.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

export class PlaceIds {
  private used = new Set<string>();
  constructor(existing: Iterable<string>) {
    for (const id of existing) this.used.add(id);
  }
  /** `place:<name>`, else `place:<name>-<country code>`, else numbered. */
  take(name: string, gec: string): string {
    const base = `place:${slug(name)}`;
    for (const id of [base, `${base}-${gec}`]) if (!this.used.has(id)) return this.add(id);
    for (let i = 2; ; i++) if (!this.used.has(`${base}-${gec}-${i}`)) return this.add(`${base}-${gec}-${i}`);
  }
  private add(id: string): string {
    this.used.add(id);
    return id;
  }
}

/**
 * A place's own name links only with context when it is an everyday phrase ("North East"), or one
 * word that is also a given name or everyday word ("Paul", "Delta"), a possessive ("Smith's") or
 * a syllable of three letters ("San"). Its descriptive other names ("West") are dropped.
 */
function weakenIfDescriptive(d: Draft, isCommonWord: LooseWordTest): void {
  for (const [k, a] of [...d.alias]) if (k !== aliasKey(d.name) && isDescriptiveName(a.surface, isCommonWord)) d.alias.delete(k);
  const key = aliasKey(d.name);
  const oneWord = !key.includes(' ');
  const looseAlone = oneWord && !!isCommonWord.oneWord?.(key);
  if (!isDescriptiveName(d.name, isCommonWord) && !looseAlone && !(oneWord && (key.length <= 3 || /['’]s$/.test(d.name)))) return;
  const rank = d.alias.get(key)?.rank ?? 0;
  d.alias.delete(key);
  // An everyday adjective of a people ("Jewish", the Factbook's English for Russia's "Yevreyskaya"
  // autonomous oblast) is never the place, even where its country is named ("the Jewish state"):
  // no alias at all, and the card is called by its fallback name, whose key no text matches.
  if (looseAlone && PEOPLE_ADJECTIVE.test(key) && d.fallbackName) {
    d.name = d.fallbackName;
    d.alias.set(aliasKey(d.name), { surface: d.name, rank });
    return;
  }
  addWeak(d, d.name);
}
/** The endings of English adjectives of peoples and their languages ("Jewish", "Danish", "Maltese", "Iranian"). */
const PEOPLE_ADJECTIVE = /(?:ish|ese|ian)$/;

export function buildDivision(item: DivisionItem, country: CountryRef, gec: string, ids: PlaceIds, source: string, isCommonWord: LooseWordTest): Draft {
  const d = newDraft(ids.take(item.name, gec), 'place', item.name);
  d.minor = true;
  d.fallbackName = `${item.name} (${item.kind ?? 'administrative division'}, ${country.name})`;
  const rank = DIVISION_RANK + sizeBand(country.population, COUNTRY_BANDS);
  d.alias.set(aliasKey(item.name), { surface: item.name, rank });
  for (const a of item.aliases) addAlias(d, a, rank);
  // "Donetsk Oblast", "Kandahar Province", "Lagos State": how the press tells a division from its city.
  for (const kind of [item.kind, item.nativeKind]) {
    // Only one-word kinds: "Kent Two-Tier County" is nobody's way of writing it.
    if (!kind || !/^\p{L}+$/u.test(kind) || aliasKey(item.name).endsWith(aliasKey(kind))) continue;
    addAlias(d, `${item.name} ${titleCase(kind)}`, rank - 0.5);
    if (country.id === 'country:us' && kind === 'state') d.besideCity = aliasKey(`${item.name} State`);
  }
  weakenIfDescriptive(d, isCommonWord);
  d.countryId = country.id;
  // The country is named in this fact and in countryId: no separate "Country" fact (size).
  addFact(d, {
    label: 'Place',
    value: item.kind ? `Administrative division of ${withArticle(country.name)} (${item.kind})` : `Administrative division of ${withArticle(country.name)}`,
    source,
  });
  if (item.aliases.length) addFact(d, { label: 'Also called', value: item.aliases.join(', '), source });
  d.summary = `${item.name}: ${item.kind ?? 'administrative division'} of ${withArticle(country.name)}`;
  return d;
}

function populationLine(u: UrbanArea): string {
  return `${u.populationText}${u.year ? ` (${u.year})` : ''}${u.metro ? `, ${u.metro} urban area` : ''}`;
}

/** Adds the urban population to an existing place (the capital) instead of a duplicate. */
export function addUrbanPopulation(d: Draft, u: UrbanArea, source: string): void {
  addFact(d, { label: 'Urban population', value: populationLine(u), source, since: u.year });
}

export function buildCity(u: UrbanArea, country: CountryRef, gec: string, ids: PlaceIds, source: string, isCommonWord: LooseWordTest): Draft {
  const d = newDraft(ids.take(u.name, gec), 'place', u.name);
  d.minor = true;
  d.fallbackName = `${u.name} (city, ${country.name})`;
  const rank = CITY_RANK + sizeBand(u.population, CITY_BANDS);
  d.alias.set(aliasKey(u.name), { surface: u.name, rank });
  // The metro's full name links too; its other cities ("Newark") do not: they are not this city.
  if (u.metro) addAlias(d, u.metro, rank);
  // A city of the Factbook's list is a major one ("Houston", "Adelaide"): the one-word test is for divisions.
  weakenIfDescriptive(d, (k: string) => isCommonWord(k));
  d.countryId = country.id;
  addFact(d, { label: 'Place', value: `City in ${withArticle(country.name)}`, source });
  addFact(d, { label: 'Country', value: country.name, source });
  addUrbanPopulation(d, u, source);
  d.summary = `${u.name}: city in ${withArticle(country.name)}; urban area population ${formatPopulation(u.population)}${u.year ? ` (${u.year})` : ''}`;
  return d;
}

/**
 * "Map references": one region per line; where parts of a country lie in several regions
 * ("metropolitan France: Europe", "French Guiana: South America") the first part is the country.
 * World maps are not regions.
 */
export function parseMapReferences(text: string | undefined): string[] {
  if (!text) return [];
  const out: string[] = [];
  let labelled = false;
  // "AsiaEurope": two regions whose line break was lost.
  const lines = text.split('\n').flatMap((l) => l.split(/(?<=\p{Ll})(?=\p{Lu})/u));
  for (const line of lines.map((l) => l.trim()).filter(Boolean)) {
    const m = /^[^:]+:\s*(.+)$/.exec(line);
    if (m) {
      if (labelled) continue;
      labelled = true;
    }
    const region = (m?.[1] ?? line).trim();
    if (/\b(?:world|map)\b/i.test(region) || !/^\p{Lu}/u.test(region)) continue;
    if (!out.includes(region)) out.push(region);
  }
  return out;
}

/**
 * A world region with its member countries. A compound name ("Central America and the
 * Caribbean") gives its parts as aliases; the caller drops parts another entity already owns.
 */
export function buildRegion(name: string, members: { name: string }[], id: string, source: string): Draft {
  const d = newDraft(id, 'place', name);
  const parts = name.split(/\s+and\s+(?:the\s+)?/);
  if (parts.length > 1) for (const p of parts) addAlias(d, p, 1);
  if (/\sRegion$/.test(name)) addAlias(d, name.replace(/\sRegion$/, ''), 1); // "Arctic Region" → "Arctic"
  const names = members.map((m) => m.name).sort((a, b) => a.localeCompare(b));
  addFact(d, { label: 'Place', value: 'World region (CIA World Factbook map reference)', source });
  addFact(d, { label: 'Countries (Factbook map reference)', value: String(names.length), source });
  addFact(d, { label: 'Includes', value: names.join(', '), source });
  d.summary = `${name}: world region; ${names.length} countries and territories on its Factbook map`;
  return d;
}
