import type { DatasetEntity } from '../types';
import type { Hit } from './link';
import type { Context } from './context';

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
  if (!elsewhere || namedOtherwise(c.countryId, c, ctx)) return null;
  // Neither country named ("won the marathon in Valencia" in a Kenyan runner's story): where the namesake abroad has half the
  // people of the dataset place's own city or more ("Valencia"; "Portland", "Toledo", "Charlotte", where the dataset's is a parish
  // or a district), the name is as likely the other city's, and opens no card. ("Barcelona" alone stays Spain's.)
  if (elsewhere.some((y) => ctx.adjectiveCountries.has(y) || ctx.sure!.has(y))) return 'abroad';
  return ctx.L!.abroadRivals.has(c.id) ? 'unplaced' : null;
}
