import type { DatasetEntity } from '../types';
import type { Hit } from './link';
import type { PlaceView } from './place-evidence';
import { isDivision } from './seat-cities';
import { everydayOpening } from './the-before';

/** What the checks read of the article: decide.ts's countries named and whether the article is set in the United States. */
interface LocalView extends PlaceView {
  countries?: Set<string>;
  american?: boolean;
}

/**
 * In an American article, a division abroad whose country only other divisions of that country name: not by its name or
 * adjective, nor by one of its places that is no division (a city: "London"). American towns carry English towns' names
 * (Plymouth, Newport, Falmouth, Chatham), and a list of them ("Explore Providence, Newport, Plymouth, Falmouth") named the
 * United Kingdom for each other.
 * Cost: a walk over the article's sure names, only for a division abroad in an American article.
 */
function namedByDivisionsAlone(c: DatasetEntity, ctx: LocalView): boolean {
  const country = c.countryId;
  if (!ctx.american || !country || country === 'country:us' || !isDivision(c) || !ctx.countries!.has(country)) return false;
  if (ctx.adjectiveCountries.has(country) || ctx.sure!.has(country)) return false;
  for (const e of ctx.sure!.values()) if (e !== c && e.type === 'place' && e.countryId === country && !isDivision(e)) return false;
  return true;
}

/**
 * A name one of whose bearers is such a division is an American town's there: none of its bearers abroad is placed (not the
 * English unitary authority, nor Montserrat's capital Plymouth "after a place preposition": decide.ts).
 */
export const abroadInAmerica = (c: DatasetEntity, h: Hit, ctx: LocalView): boolean =>
  c.countryId !== 'country:us' && h.candidates.some((x) => namedByDivisionsAlone(x, ctx));

/**
 * Of the places that carry one name, one whose country the article names (decide.ts: "the only one of its name whose country
 * the article names"): not by an everyday word of the record opening a sentence ("Down the road in Newry" is no district of
 * Down), nor by other divisions alone in an American article.
 */
export const localTo = (c: DatasetEntity, h: Hit, ctx: LocalView): boolean =>
  !!c.countryId && ctx.countries!.has(c.countryId) && !everydayOpening(c, h, ctx.text) && !abroadInAmerica(c, h, ctx);
