import type { DatasetEntity, EntityResult, Span } from '../types';
import { aliasKey, aliasKeyMemo } from '../dataset/alias-key';
import type { LexiconSets } from './lexicon-sets';
import type { Hit } from './link';
import { ENGLISH_PRESS } from './outlet-context';
import type { Context } from './context';
import { isDivision, kindBefore, recordKindAfter } from './division-kind';

export { isDivision, kindBefore };

/**
 * Divisions named like their seat (lib/dataset/build/division-seats.ts: "Kyoto Prefecture", "Nara
 * Prefecture", "Lviv Oblast"): the bare name is the city's. It links to the division only before the
 * division's kind ("Kyoto prefecture") or where the article names the division in full; elsewhere
 * ("cities such as Osaka, Kyoto, and Nara", "stay in Nara") it is the city, a place the dataset does
 * not have — an article-built place, whose card says so and claims no division.
 */

/**
 * A division of a country outside the English-language press ("Meta", Colombia's department; "Warwick", Bermuda's parish):
 * English-language readers do not know it by its bare name.
 */
export const divisionAbroad = (c: DatasetEntity): boolean => isDivision(c) && !ENGLISH_PRESS.has(c.countryId ?? '');

/** A division whose bare name is only weak and whose name is the bare name and its kind ("Kyoto Prefecture", "Son La (province, Vietnam)"). */
const seatNamed = (c: DatasetEntity, h: Hit): boolean => !!c.weakAliases?.includes(h.key) && isDivision(c) && aliasKeyMemo(c.name).startsWith(`${h.key} `);

/**
 * Of places that carry one bare name, the city where the others are divisions of its own country named the same
 * ("Bridgetown": Barbados's capital and the division of that name; "Can Tho": the city and the municipality); else all.
 */
export function cityOverDivisions(places: DatasetEntity[]): DatasetEntity[] {
  if (places.length < 2) return places;
  const cities = places.filter((c) => !isDivision(c));
  return cities.length === 1 && places.every((c) => c.countryId === cities[0]!.countryId) ? cities : places;
}

/**
 * The division's kind right after the bare name, in any case: its own, making the dataset's name in full ("Kyoto prefecture", "Nagano
 * Prefecture": 'own'), or in English where the name has it in Spanish ("Mendoza province": 'english', which asks for the country too); or null.
 */
const kindAfter = (c: DatasetEntity, h: Hit, text: string): 'own' | 'english' | null => {
  const own = aliasKeyMemo(c.name)
    .slice(h.key.length + 1)
    .split(' ')[0]!;
  const kind = SPANISH_KINDS[own] ?? own;
  if (!kind || aliasKey(text.slice(h.span.end, h.span.end + kind.length + 2)) !== kind) return null;
  return kind === own ? 'own' : 'english';
};
/**
 * The division named with its kind: before it ("County Kerry"), its record's ("the Marche region", division-kind.ts recordKindAfter), its own
 * ("Oita prefecture", the dataset's name in full), or in English with its country named ("Mendoza province").
 */
export const namedWithKind = (c: DatasetEntity, h: Hit, text: string, countryNamed: () => boolean): boolean => {
  // (Its record's kind only for the one place of the name: "the Punjab province … India's breadbasket" is India's state, a writer's loose kind.)
  if (kindBefore([c], h.key, text, h.span) || (h.candidates.length === 1 && recordKindAfter(c, text, h.span))) return true;
  const k = kindAfter(c, h, text);
  return k === 'own' || (k === 'english' && countryNamed());
};
/** The Spanish kinds of the dataset's division names, in English. */
const SPANISH_KINDS: Readonly<Record<string, string>> = { provincia: 'province', departamento: 'department', distrito: 'district' };

/** The seat-named divisions a hit names as their city: no kind after it, the division not named in full in the article. */
export function seatCitiesOf(h: Hit, text: string, sure: ReadonlyMap<string, DatasetEntity>): readonly DatasetEntity[] {
  let out: DatasetEntity[] | null = null; // (no array for the hits, nearly all, that name no such division)
  for (const c of h.candidates) if (seatNamed(c, h) && !kindAfter(c, h, text) && !kindBefore([c], h.key, text, h.span) && !sure.has(c.id)) (out ??= []).push(c);
  return out ?? NONE;
}
const NONE: readonly DatasetEntity[] = [];

/**
 * The bare name read as the city (an article-built place) once no dataset entity is left for it: only where
 * every entity of the name is a division (no dataset city elsewhere: "Hamilton" is Bermuda's capital too —
 * and a musical), the name is no given name ("Nelson", "Leon") nor an everyday word ("Saga", "Van"), and
 * either a list of the name finder's knows it as a city or place ("Kyoto", "Fukuoka", "Groningen") or the
 * article names the division's country ("Nara" in a story of Japan; not "I'm Batman").
 */
export function readAsCity(h: Hit, city: readonly DatasetEntity[], L: LexiconSets | null, countries: ReadonlySet<string>): boolean {
  if (!L || !h.candidates.every(isDivision) || L.givenNames.has(h.key) || city.some((c) => c.everydayAliases?.includes(h.key))) return false;
  return L.cities.has(h.key) || L.knownPlaces.has(h.key) || city.some((c) => !!c.countryId && countries.has(c.countryId));
}

/** Why of the other bare names left to a place the dataset does not have (decide.ts: a peer's style's; us-state-context.ts: a US state's). */
export const PEER_STYLE_WHY = 'article-built: a place named in a peer’s style (“Duke of …”), not the dataset’s place of that name';
export const US_TOWN_WHY = 'article-built: a town of an American address (“Athens, Ga.”), not the dataset’s place of that name';
export const ABROAD_WHY = 'article-built: a city of another country the article names (“Córdoba” in a Spanish story), not the dataset’s place of that name';
export const UNPLACED_WHY =
  'article-built: a city name that a large city of another country also bears (“Valencia”, “Portland”), in an article that names neither country';
export const US_STATE_WHY = 'article-built: a US state whose bare name the dataset gives only to a city (“Bothell, Washington”)';
/** Article-built places, one per name, for the bare seat names left to their city (spans in text order). */
export function seatCityPlaces(
  text: string,
  spans: readonly Span[],
  why = 'article-built: a city the dataset knows only as the division it seats',
): EntityResult[] {
  const byName = new Map<string, Span[]>();
  for (const s of spans) {
    const key = aliasKey(text.slice(s.start, s.end));
    byName.set(key, [...(byName.get(key) ?? []), s]);
  }
  return [...byName.values()].map((mentions): EntityResult => {
    const name = text.slice(mentions[0]!.start, mentions[0]!.end);
    const n = mentions.length;
    return {
      id: null,
      name,
      type: 'place',
      fromDataset: false,
      mentions,
      card: {
        title: name,
        lines: ['From this article — not in the Backstory dataset', `Place named ${n} time${n === 1 ? '' : 's'} in this article`],
        sources: [],
        fromArticle: true,
      },
      why,
    };
  });
}

/**
 * Bare names the linker left to a place the dataset does not have (decide.ts): a seat-named division's city ("stay in Nara"), a
 * peer's style's, a US state's, an American address's town, another country's namesake city ("Córdoba" in a Spanish story).
 */
export function leftPlaces(text: string, ctx: Pick<Context, 'cities' | 'styled' | 'states' | 'towns' | 'abroad' | 'unplaced'>): EntityResult[] {
  const out: EntityResult[] = [];
  const kinds = [
    [ctx.cities, undefined],
    [ctx.styled, PEER_STYLE_WHY],
    [ctx.states, US_STATE_WHY],
    [ctx.towns, US_TOWN_WHY],
    [ctx.abroad, ABROAD_WHY],
    [ctx.unplaced, UNPLACED_WHY],
  ] as const;
  for (const [spans, why] of kinds) if (spans) for (const e of seatCityPlaces(text, spans, why)) out.push(e);
  return out;
}
