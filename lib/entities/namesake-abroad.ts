import type { DatasetEntity } from '../types';
import type { Hit } from './link';
import type { Context } from './context';
import { divisionAbroad } from './seat-cities';
import { aliasKeyMemo } from '../dataset/alias-key';
import { placedInRegionAbroad } from './sentence-region';
import { paidIn } from './currency-countries';
import { isDivision } from './division-kind';
import { wordBefore } from './name-words';
import { sentenceRangeAround } from '../text/sentences';

/*
 * A dataset place whose name a large city of another country also carries ("Córdoba": the dataset's is Argentina's, Spain's has
 * 328,000 people; "Valencia": Venezuela's and Spain's; "Athens": Greece's and Georgia's), in an article that names that other
 * country and not the dataset place's own, is the other country's city: "Spanish police said the paintings were found in Córdoba",
 * "floods in Valencia … thanked by the Spanish government", "the city of Athens" in a Georgia court story. Which names have such
 * namesakes is read from GeoNames at build time (names.json `abroad`, lib/entities/train/build-names.ts); the article's countries
 * are the linker's own (article-context.ts).
 *
 * Where neither country is named, the place is left unlinked too (an article-built place of no country).
 *
 * The dataset place's own country counts as named only by something other than the name itself (the name, linked unambiguously,
 * puts its country among the article's). Where both countries are named the reading stays as it was.
 */

/** Whether the country is named in the article by anything but the hit's own name: by name, adjective, a person or a place of its. */
function namedOtherwise(country: string, self: DatasetEntity, ctx: Context): boolean {
  if (ctx.adjectiveCountries.has(country)) return true;
  for (const e of ctx.sure!.values()) if (e.id !== self.id && (e.id === country || e.countryId === country)) return true;
  return false;
}

/**
 * The hit's dataset place is another country's namesake city here: the candidate to drop. The other country must be named as a
 * country, by its name or adjective ("Spanish police", "Spain's coast"): one of its places is not enough ("Alaska sailings from
 * Vancouver" is British Columbia's Vancouver, though Washington has one).
 */
export function namesakeAbroad(c: DatasetEntity, h: Hit, ctx: Context): 'abroad' | 'unplaced' | null {
  if (c.type !== 'place' || !c.countryId || h.tokens > 3) return null;
  const elsewhere = ctx.L?.abroad.get(c.id);
  if (!(elsewhere || ctx.L?.abroadTowns.has(c.id)) || namedOtherwise(c.countryId, c, ctx)) return null;
  // "Amid a hosepipe ban in Kent, garden centres near Canterbury …": the sentence's own division abroad (sentence-region.ts).
  if (placedInRegionAbroad(c, h, ctx)) return 'abroad';
  if (!elsewhere) return null;
  // Neither country named ("won the marathon in Valencia" in a Kenyan runner's story): where the namesake abroad has half the
  // people of the dataset place's own city or more ("Valencia"; "Portland", "Toledo", "Charlotte", where the dataset's is a parish
  // or a district), the name is as likely the other city's, and opens no card. ("Barcelona" alone stays Spain's.)
  if (elsewhere.some((y) => ctx.adjectiveCountries.has(y) || ctx.sure!.has(y))) return 'abroad';
  // "a club meeting outside Barcelona … one of them having driven up from Córdoba, 900 kilometres away": a city of the namesake's
  // country named in the sentence after a preposition of place, none of the dataset place's (a state is not enough: "Alaska sailings
  // from Vancouver").
  if (cityBeside(c, h, ctx, elsewhere)) return 'abroad';
  // "add a euro to the price of every pizza at his family's restaurant in Bari": money of the namesake's country and not of the
  // dataset place's says where the article is set (Italy's Bari, not Somalia's region).
  const money = paidIn(ctx);
  if (money.size && !money.has(c.countryId) && elsewhere.some((y) => money.has(y))) return 'abroad';
  return ctx.L!.abroadRivals.has(c.id) ? 'unplaced' : null;
}

/** Prepositions of place and of a journey's ends: the city beside is a place there ("outside Barcelona", "from Madrid"), not a show ("a production of Chicago"). */
const PLACE_BEFORE: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'around', 'from', 'to', 'via', 'into', 'inside', 'toward', 'towards']);
/** A city (no division) of one of the namesake's countries is named for sure in the hit's sentence, and nothing of the place's own country. */
function cityBeside(c: DatasetEntity, h: Hit, ctx: Context, elsewhere: string[]): boolean {
  const [lo, hi] = sentenceRangeAround(ctx.text, h.span.start, h.span.end, 400);
  let beside = false;
  for (const x of ctx.hits) {
    if (x === h || x.span.end <= lo || x.span.start >= hi || x.key === h.key || x.candidates.length !== 1) continue;
    const e = x.candidates[0]!;
    if (!ctx.sure!.has(e.id) || !e.countryId) continue;
    if (e.countryId === c.countryId) return false;
    if (e.type === 'place' && !isDivision(e) && elsewhere.includes(e.countryId) && PLACE_BEFORE.has(wordBefore(ctx.text, x.span.start) ?? '')) beside = true;
  }
  return beside;
}

/**
 * "Germany's paintball clubs … a field near Hanover": a parish, a district, a borough or a municipality of a country outside the
 * English-language press (Jamaica's Hanover), named bare in an article that names another country as a country and not its own, is
 * not the division: Germany's Hannover, whose English name GeoNames does not give, so that the namesakes abroad above miss it. A
 * reader knows so small a division by its bare name only in its own country's story. The name is left to the name finder (no
 * article-built place here: the name may be none — "the ADA", a "Salad Bar" — as the linker's later checks would have said).
 * (The kinds build-names.ts weighs as small beside a city; a place with namesakes abroad is namesakeAbroad's. Not a name the name
 * finder's lists know as a city or a place by any of its names, "Sevastopol", "Kaunas", "Saigon" (Ho Chi Minh City): a reader
 * may know that one by its bare name.)
 */
export function smallDivisionElsewhere(c: DatasetEntity, h: Hit, ctx: Context): boolean {
  if (
    c.type !== 'place' ||
    !c.countryId ||
    ctx.L?.abroad.has(c.id) ||
    knownCity(c, h, ctx) ||
    !divisionAbroad(c) ||
    !c.facts.some((f) => f.label === 'Place' && SMALL.test(f.value)) ||
    namedOtherwise(c.countryId, c, ctx)
  )
    return false;
  for (const y of ctx.adjectiveCountries.keys()) if (y !== c.countryId) return true;
  for (const e of ctx.sure!.values()) if (e.type === 'country' && e.id !== c.countryId) return true;
  return false;
}
/** Any of the division's names, or the hit's, is one the name finder's lists know as a city or a place. */
const knownCity = (c: DatasetEntity, h: Hit, ctx: Context): boolean =>
  [h.key, ...[c.name, ...c.aliases].map((a) => aliasKeyMemo(a))].some((k) => ctx.L?.cities.has(k) || ctx.L?.knownPlaces.has(k));
/** (Not a capital's, a federal or a special district or municipality: "Bogota (capital district)", "Distrito Federal", "Taipei (special municipality)".) */
const SMALL = /^Administrative division .*\((?:rural |urban |administrative )?(?:parish|district|borough|municipality)\)$/;
