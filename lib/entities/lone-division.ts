import type { DatasetEntity } from '../types';
import { aliasKeyMemo } from '../dataset/alias-key';
import type { LexiconSets } from './lexicon-sets';
import type { Hit } from './link';
import { isDivision } from './division-kind';
import { placedHere, type PlaceView } from './place-evidence';

/**
 * A foreign division whose name nothing else carries ("Powys", "Hertfordshire", "Sichuan", "Helmand"): in an American article it
 * needs no country named to be read as itself (decide.ts asks place-evidence.ts foreignInAmerica first, and lets such a name
 * through: "the race in Powys", "Marines in Helmand", "Baja California's seafood").
 *
 * Why: foreignInAmerica was made for divisions whose names American readers know as something else — a US town ("Toledo",
 * "Ontario", California's city), a given name ("Charlotte", "Savannah"), a company ("Meta", Colombia's department). An article
 * reads as American on one word ("Liberal Democrats", "a mare called Savannah"), and then a county of Wales after "in" lost its
 * card though no American place or person carries its name. So the name passes only where the dataset has it once (one
 * candidate, its own strong name, not a weak alias), and it is none of: a given name (the lexicon's, any word of it), an
 * everyday word, a company or an organisation the lexicon knows, a name a town of 10,000 people or more in another country
 * carries (the lexicon's abroadTowns and abroad lists, built from GeoNames: "Delhi", New York's; "Bali", India's).
 * A one-word name needs a place's words right around it too (placedHere: a preposition of place, "the mayor of", "-based"), not
 * the looser evidence of a list or an address, which a citation's surname or a list of wines meets as well ("Cerra, J., Wien, H. C.",
 * "Port, Madeira, Vermouth"). A name of two words or more is a division's own full name ("North Yorkshire", "Baja California").
 * Cost: asked only of a division that foreignInAmerica would refuse; a few set lookups.
 */
export function loneDivision(c: DatasetEntity, h: Hit, ctx: PlaceView): boolean {
  const L: LexiconSets | null = ctx.L;
  if (!L || !isDivision(c) || h.candidates.length !== 1 || c.weakAliases?.includes(h.key)) return false;
  if (aliasKeyMemo(c.name) !== h.key && !c.aliases.some((a) => aliasKeyMemo(a) === h.key)) return false;
  if (L.abroadTowns.has(c.id) || L.abroad.has(c.id)) return false;
  const words = h.key.split(' ');
  if (words.some((w) => L.givenNames.has(w)) || L.everyday.has(h.key) || (words.length === 1 && L.lead.has(h.key))) return false;
  return !L.knownOrgs.has(h.key) && !L.companies.has(h.key) && (h.tokens > 1 || !!placedHere(h, ctx));
}
