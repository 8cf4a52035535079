import type { Span } from '../types';
import { PLACE_PLURALS } from '../text/place-words';
import { listKind, type Kinds } from './list-kind';

/**
 * A name given as an example of a kind of place is a place: "cities like Tokyo, Osaka and Sapporo", "wine regions such as
 * Barolo and Barbaresco", "neighborhoods including Eastwood", "Samarra and other cities", "Mosul, Baiji and other Iraqi towns".
 * News lists towns so; the plural of a kind of place (PLACE_PLURALS) is the evidence, as "officials such as …" is a person's
 * (kind-of-people.ts). The list is read by list-kind.ts; the name is a whole member. Asked of names that reached the name
 * finder's place contexts only.
 */
export function exampleOfPlaces(text: string, span: Span): boolean {
  const slot = listKind(text, span.start, span.end, PLACES);
  return !!slot && !slot.inside;
}

const PLURALS: ReadonlySet<string> = new Set(PLACE_PLURALS);
const PLACES: Kinds = { has: (w) => PLURALS.has(w) };
