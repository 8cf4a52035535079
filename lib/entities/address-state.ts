import type { DatasetEntity, Span } from '../types';
import type { Run } from './candidates';
import { tokenKey, type Found, type Hit } from './link';
import type { LexiconSets } from './lexicon-sets';
import { shoutedLine } from './shouted';
import { ADDRESS_END, townBefore } from './us-state-context';
import { hitIndexFrom } from './hit-index';

/**
 * A US state named after its town and a comma, as addresses write it ("a nurse from Macon, Georgia, won", "lives in
 * Spokane, Washington."): the state. Where the dataset gives the state's bare name to a country or a city ("Georgia" the
 * country, "Washington" the capital), it calls the state "<Name> (state, United States)": that card, looked up by that name
 * for the names standing after a comma only. The town is read as us-state-context.ts's rule 4 reads it (townBefore: a
 * mixed-case town, no list, no institution, the state ending its clause); in capitals, only as a dateline's town at a line's
 * start ("ATLANTA, Georgia —") or in a headline shouted in capitals after "OF", "IN", "FROM", "NEAR" or "AT" ("ESTATE OF
 * SAVANNAH, GEORGIA, WIDOW"), the town being no country's or other state's name ("ARMENIA, GEORGIA AND AZERBAIJAN").
 */

const WHY = 'a US state after its town and a comma ("Macon, Georgia")';
/**
 * How the dataset calls a US state whose bare name is another entity's, as alias keys: "<Name> (state, United States)" ("Georgia",
 * "Washington") or "<Name> State" ("New York State", beside the city "New York").
 */
const QUALIFIED = ' state united states';
const STATE = ' state';

/** Adds the qualified keys of the one- and two-word names right after a comma and a space ("…, Georgia"). */
export function addAddressStateKeys(text: string, runs: readonly Run[], keys: Set<string>): void {
  for (const run of runs) {
    if (text.charCodeAt(run.start - 2) !== 44 || text.charCodeAt(run.start - 1) !== 32) continue;
    const [t0, t1] = run.tokens;
    keys.add(tokenKey(t0!) + QUALIFIED);
    if (t1 && t1.start - t0!.end === 1) keys.add(`${tokenKey(t0!)} ${tokenKey(t1)}${QUALIFIED}`).add(`${tokenKey(t0!)} ${tokenKey(t1)}${STATE}`);
  }
}

/** The US states the look-up found under their qualified names, by their bare names' keys. */
export function addressStateCards(found: Found): Map<string, DatasetEntity> | undefined {
  let out: Map<string, DatasetEntity> | undefined;
  for (const [key, list] of found) {
    const cut = key.endsWith(QUALIFIED) ? QUALIFIED.length : key.endsWith(STATE) ? STATE.length : 0;
    if (cut)
      for (const e of list)
        if (e.type === 'place' && e.countryId === 'country:us' && (cut === QUALIFIED.length || isState(e))) (out ??= new Map()).set(key.slice(0, -cut), e);
  }
  return out;
}

/** A card the dataset calls a state (not "Ohio State", a university). */
const isState = (e: DatasetEntity): boolean => e.facts.some((f) => f.label === 'Place' && f.value.endsWith('(state)'));

/** Words in capitals right before the state's comma, the last three at most. */
const CAPS_WORDS_BEFORE = /((?:\p{Lu}[\p{Lu}.'\u2019-]*\s){0,3}\p{Lu}[\p{Lu}.'\u2019-]+),\s$/u;
const TOWN_PREPOSITION = /^(?:OF|IN|FROM|NEAR|AT)$/;
/** What ends a dateline's or a headline's state: a dash, a comma, a stop, the line's end. */
const CAPS_END = /^(?:\s*(?:$|\n)|\s*[-\u2013\u2014]|[,.:;])/u;

/** The town in capitals before the state (see the module's comment). */
function capsTown(h: Hit, text: string, L: LexiconSets, hits: readonly Hit[]): boolean {
  const m = CAPS_WORDS_BEFORE.exec(text.slice(Math.max(0, h.span.start - 48), h.span.start));
  if (!m || !CAPS_END.test(text.slice(h.span.end, h.span.end + 4))) return false;
  const words = m[1]!.split(' ');
  const from = h.span.start - m[0].length;
  let lineStart = from;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  // The town: the words after a place preposition in a shouted line, or all of them opening a line (a dateline).
  const at = words.findIndex((w) => TOWN_PREPOSITION.test(w));
  const town = at >= 0 && at < words.length - 1 ? words.slice(at + 1) : /\S/.test(text.slice(lineStart, from)) ? null : words;
  if (!town || (at < 0 && /\p{Ll}/u.test(text.slice(lineStart, from))) || (at >= 0 && !shoutedLine(text, h.span.start))) return false;
  const key = town.join(' ').toLowerCase();
  const townEnd = h.span.start - 2;
  const beforeHit = hits[hitIndexFrom(hits, townEnd - key.length)];
  const country = beforeHit && beforeHit.span.end === townEnd && beforeHit.candidates.some((e) => e.type === 'country');
  return !L.usStates.has(key) && !country;
}

/** A town after a place preposition, right before the comma ("born in Savannah, Georgia": a town named like a given name is one there). */
const TOWN_AFTER_PREPOSITION = /\b(?:in|from|near|outside)\s(?:\p{Lu}[\p{Ll}'\u2019.-]+\s){0,2}\p{Lu}[\p{Ll}'\u2019.-]+,\s$/u;
const placedTown = (text: string, span: Span): boolean =>
  ADDRESS_END.test(text.slice(span.end, span.end + 8)) && TOWN_AFTER_PREPOSITION.test(text.slice(Math.max(0, span.start - 48), span.start));

/** What of the article the rule reads (decide.ts's Context has it). */
export interface AddressView {
  text: string;
  hits: Hit[];
  L: LexiconSets | null;
  adjectiveCountries: Map<string, unknown>;
}

/**
 * The country of the state's name is the article's ("Tbilisi, Georgia", "the Georgian capital … Batumi, Georgia"): the town
 * is one of its places, or the article names it by its adjective or by a place of its own elsewhere.
 */
function countryOfName(h: Hit, v: AddressView): boolean {
  const ids = new Set(h.candidates.filter((c) => c.type === 'country').map((c) => c.id));
  if (!ids.size) return false;
  for (const id of ids) if (v.adjectiveCountries.has(id)) return true;
  return v.hits.some((x) => x !== h && x.candidates.some((c) => c.countryId !== undefined && ids.has(c.countryId)));
}

/** The dataset's card of the US state whose bare name the hit is, standing after its town and a comma, and why; or null. */
export function addressState(h: Hit, v: AddressView, cards: Map<string, DatasetEntity>): { pick: DatasetEntity; why: string } | null {
  const card = cards.get(h.key);
  if (!card || !v.L?.usStates.has(h.key) || v.text.charCodeAt(h.span.start - 2) !== 44) return null;
  const town = townBefore(v.text, h.span, v.L) || placedTown(v.text, h.span) || capsTown(h, v.text, v.L, v.hits);
  return town && !countryOfName(h, v) ? { pick: card, why: WHY } : null;
}
