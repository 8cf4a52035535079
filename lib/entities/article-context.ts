import type { DatasetEntity } from '../types';
import { isWeak } from './link';
import { describedAsSomebodyElse, legislatorInContext } from './namesakes';
import { ENGLISH_PRESS, foreignOutletUnplaced, sharedTitle } from './outlet-context';
import { weakFor } from './record-reads';
import type { Context } from './context';
import { americanWordsAt, calledThing } from './us-words';

/**
 * What the article says as a whole, read once before its first hit is linked (decide.ts): the ids it names unambiguously, the
 * countries it names, whether it is set in the United States, the people it names in full, the surnames of namesakes.
 */
export function prepare(ctx: Context): void {
  const sure = new Map<string, DatasetEntity>();
  // "Muhammad Shahabuddin, a resident of Palpur village": a namesake named in full introduces nobody (nor his "Shahabuddin" later).
  const namesakes = new Set<string>();
  const countries = new Set<string>(ctx.adjectiveCountries.keys());
  for (const h of ctx.hits) {
    const c = h.candidates[0]!;
    // (Not a town its appositive calls a thing: "revived Chicago, the four-deal form of rubber bridge," sets no article in the United States.)
    if (h.candidates.length === 1 && c.type === 'person' && h.tokens >= 2 && describedAsSomebodyElse(c, h, ctx)) {
      namesakes.add(c.id);
      (ctx.otherBearers ??= new Set()).add(h.key.slice(h.key.lastIndexOf(' ') + 1));
    } else if (h.candidates.length === 1 && !isWeak(h) && !(c.type === 'person' && h.tokens === 1) && !(c.type === 'place' && calledThing(ctx.text, h.span)))
      sure.set(c.id, c);
    // "The Hindu reported that Karnataka …": an outlet of a country outside the English-language press, used as a medium, names its
    // country (not by a title many papers share, nor as its own evidence: "The Mirror reported", "Eurostar will add trains").
    if (c.type === 'outlet' && c.countryId && sure.has(c.id) && !ENGLISH_PRESS.has(c.countryId) && !sharedTitle(c, h) && !foreignOutletUnplaced(c, h, ctx))
      countries.add(c.countryId);
  }
  for (const id of namesakes) sure.delete(id);
  const placeCountries = new Set<string>();
  for (const e of sure.values()) {
    if (e.type === 'country') countries.add(e.id);
    else if (e.type === 'place' && e.countryId) {
      countries.add(e.countryId);
      placeCountries.add(e.countryId);
    }
  }
  const fullNames = new Set<string>();
  for (const h of ctx.hits) {
    if (h.tokens < 2) continue;
    const strong = h.candidates.filter((c) => !weakFor(c, h.key));
    if (strong.length === 1 && strong[0]!.type === 'person' && !namesakes.has(strong[0]!.id)) fullNames.add(strong[0]!.id);
  }
  ctx.fullNames = fullNames;
  ctx.placeCountries = placeCountries;
  ctx.sure = sure;
  ctx.countries = countries;
  ctx.american =
    countries.has('country:us') ||
    ctx.hits.some((h) => ctx.L?.usStates.has(h.key) && h.candidates.some((c) => c.type !== 'country')) ||
    americanWordsAt(ctx.text, ctx.L).length > 0;
  // A member of Congress named in full outside American politics ("DL Chris Smith") is a namesake:
  // not named in full for later surnames, and his surname is the article's person's.
  for (const h of ctx.hits) {
    const c = h.candidates[0]!;
    if (h.candidates.length === 1 && h.tokens >= 2 && sure.has(c.id) && !legislatorInContext(c, h, ctx)) {
      sure.delete(c.id);
      fullNames.delete(c.id);
      (ctx.otherBearers ??= new Set()).add(h.key.slice(h.key.lastIndexOf(' ') + 1));
    }
  }
}
