import { nameEndsHere } from './place-lists';

/**
 * A verb of a visit or a flight right before a one-word name, and the name ending its phrase: what one visited, toured,
 * reached or fled is a place ("the UN's peacekeeping chief visited Goma.", "reaching Mars", "fled Husum in 1864"). Not
 * the base forms "visit", "reach", "tour", which a web page's reader is told to do ("visit Chegg to buy textbooks", "reach
 * Silver status"); not "left" or "entered", which a job and a market take ("left Google", "entered Parliament"); not
 * "reached" before "for comment" or "by phone" (a person or a firm reached by a reporter), nor a name before a noun it
 * qualifies ("visited Tesla factories") or a possessive ("toured Nvidia's campus": the name finder's own guard), nor what
 * NOT_A_TOWN says. Lower case only.
 */
const VISITED = /\b(?:visits|visited|visiting|toured|touring|reached|reaching|flee|flees|fled|fleeing|evacuated)\s$/;
/** An abbreviation before its stop ("visit St. Simons", "Mt. Fuji"), a people in the plural ("the visiting Ukrainians"), a brand's inner capital ("QuickFrame"). */
const NOT_A_TOWN = /^(?:\p{Lu}\p{Ll}?\.|\p{L}*(?:ans|ese|ers|ites|ists)\b|\p{Lu}\p{Ll}+\p{Lu})/u;
const REPORTER_REACHED = /^\s+(?:for|by)\b/;

/**
 * The base forms after a journey's intent told in the past ("the expedition intended to reach Albany", "he tried to enter
 * Kandahar", "they sailed to reach Goa"): a story of a journey, not a page's reader told what to do ("visit Chegg").
 */
const JOURNEY_TO =
  /\b(?:intended|hoped|tried|attempted|planned|managed|failed|sought|set\s+out|marched|sailed|rode|pressed\s+on|pushed\s+on)\s+to\s+(?:reach|visit|enter)\s$/;

export function visitedBefore(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 11), start);
  const journey = !VISITED.test(before) && (before.endsWith('reach ') || before.endsWith('visit ') || before.endsWith('enter '));
  if (journey && !JOURNEY_TO.test(text.slice(Math.max(0, start - 40), start))) return false;
  if ((!journey && !VISITED.test(before)) || !nameEndsHere(text, end) || NOT_A_TOWN.test(text.slice(start, end + 1))) return false;
  return !(/\breach\w*\s$/.test(before) && REPORTER_REACHED.test(text.slice(end, end + 8)));
}

/**
 * A site's noun and "at" right before a one-word name, the name ending its phrase: a temple, a fortress, a battle, a plant
 * or a base stands somewhere ("Thutmose's temple at Karnak", "the refinery at Baiji"). After "at"
 * alone a name is as often a firm or a venue ("a job at Google", "dinner at Nobu"): only these nouns before it, lower case.
 */
const SITE_AT =
  /\b(?:temples?|monastery|abbey|church|cathedral|shrine|fortress|fort|castle|palace|battle|camp|base|plant|factory|refinery|mine|port|harbou?r|airfield|garrison|dam|bridge)\sat\s$/;

/**
 * …or where a life's or a soldier's stay is told, by its verb and "at" ("was born at Fulham", "died at Southsea", "buried at
 * Kelbrin", "stationed at Aldershot", "landed at Tarvessa"): a town or a place, not a firm (one is not born or buried at a firm;
 * not "educated at", "worked at", "stayed at": a school, an employer, a hotel).
 */
const LIFE_AT = /\b(?:born|died|buried|settled|landed|stationed|garrisoned|interned|imprisoned|bapti[sz]ed|christened)\sat\s$/;

export function siteBefore(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  return (SITE_AT.test(before) || LIFE_AT.test(before)) && nameEndsHere(text, end) && !NOT_A_TOWN.test(text.slice(start, end + 1));
}

/**
 * A kind of place and "called", "named" or "known as" right before a name: "the city called Miramar", "towns called
 * Springfield", "a village known as Kelbrin". A sure placing (place-again.ts carries it to the name's mentions nearby).
 */
const KIND_CALLED =
  /\b(?:city|cities|town|towns|village|villages|island|islands|district|province|county|suburb|settlement|hamlet)\s(?:called|named|known\sas)\s$/;

export const calledPlace = (text: string, start: number): boolean => KIND_CALLED.test(text.slice(Math.max(0, start - 26), start));
