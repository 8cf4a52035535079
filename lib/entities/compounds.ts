/**
 * A place's name before a hyphen and a word of origin or seat ("Hamburg-based", "Kyiv-born", "New York-listed",
 * "Paris-bound"), or anyone's before a word of leading, backing or owning ("Iran-backed", "Hezbollah-provoked",
 * "Obama-era"): the tokenizer keeps the compound one word, whose key no alias has, so the name is looked up and
 * linked apart. Only capitalised words with a hyphen are read; after a word of origin or seat only places and countries
 * are kept, and "Brazil-style" is no such compound (PLACE_COMPOUND_ENDS, AGENT_COMPOUND_ENDS).
 */
import { aliasKey, aliasKeyMemo } from '../dataset/alias-key';
import type { DatasetEntity } from '../types';
import { AGENT_COMPOUND_ENDS, PLACE_COMPOUND_ENDS } from '../text/kind-words';
import type { Run, Token } from './candidates';
import { adjectiveKeysOf, tokenKey, type Found, type Hit } from './link';
import { isPlaceRecord } from './record-reads';

/** The compound's hyphen in a capitalised token, or -1. */
function compoundHyphen(t: Token): number {
  if (!t.cap) return -1;
  const at = t.text.lastIndexOf('-');
  if (at <= 0) return -1;
  const end = t.low.slice(at + 1);
  return PLACE_COMPOUND_ENDS.has(end) || AGENT_COMPOUND_ENDS.has(end) ? at : -1;
}

/** Keys of the name before the hyphen, alone and with up to two capitalised words before it in the run ("New York-based"). */
function eachKey(text: string, run: Run, j: number, at: number, visit: (key: string, from: number) => void): void {
  let key = aliasKey(run.tokens[j]!.text.slice(0, at));
  visit(key, j);
  for (let i = j - 1; i >= 0 && i >= j - 2; i--) {
    const t = run.tokens[i]!;
    if (!t.cap || run.tokens[i + 1]!.start - t.end !== 1 || text.charCodeAt(t.end) !== 32) return;
    key = tokenKey(t) + ' ' + key;
    visit(key, i);
  }
}

/** The key is the entity's adjective and none of its names ("Canadian"; "Singapore" is both). */
const adjectiveOnly = (e: DatasetEntity, key: string): boolean =>
  adjectiveKeysOf(e).has(key) && aliasKeyMemo(e.name) !== key && !e.aliases.some((a) => aliasKeyMemo(a) === key);

/** Adds to the look-up's keys those of the names before a compound's hyphen. */
export function addCompoundKeys(text: string, runs: readonly Run[], keys: Set<string>): void {
  for (const run of runs)
    for (let j = 0; j < run.tokens.length; j++) {
      const at = compoundHyphen(run.tokens[j]!);
      if (at > 0) eachKey(text, run, j, at, (k) => keys.add(k));
    }
}

/**
 * "a Morocco-bound first edition", "a Russia-bound volume": before a book's noun "-bound" is its binding, a leather named after
 * the place (morocco, russia), not a journey there ("a Paris-bound train").
 */
const BOOK_AFTER =
  /^\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:editions?|volumes?|books?|cop(?:y|ies)|bibles?|prayer\s?books?|missals?|folios?|albums?|diar(?:y|ies)|notebooks?|ledgers?|manuscripts?|sets?)\b/u;

/** Hits for the places named before a compound's hyphen: the longest name the dataset has, its places and countries only. */
export function compoundHits(text: string, runs: readonly Run[], found: Found, hits: Hit[]): void {
  for (const run of runs)
    for (let j = 0; j < run.tokens.length; j++) {
      const t = run.tokens[j]!;
      const at = compoundHyphen(t);
      if (at < 0) continue;
      const agent = AGENT_COMPOUND_ENDS.has(t.low.slice(at + 1));
      if (!agent && t.low.endsWith('-bound') && BOOK_AFTER.test(text.slice(t.end, t.end + 40))) continue;
      let best: { key: string; from: number; places: DatasetEntity[] } | null = null;
      eachKey(text, run, j, at, (key, from) => {
        // (By its name: an adjective's compound, "Canadian-born", "German-based", is context, as the adjective is.)
        const places = found.get(key)?.filter((e) => (agent || isPlaceRecord(e)) && !adjectiveOnly(e, key));
        if (places?.length) best = { key, from, places };
      });
      if (!best) continue;
      const { key, from, places } = best;
      const span = { start: run.tokens[from]!.start, end: t.start + at };
      if (hits.some((h) => h.span.start < span.end && span.start < h.span.end)) continue;
      hits.push({ span, key, candidates: places, tokens: j - from + 1 });
    }
}
