import type { DatasetEntity } from '../types';
import { sentenceRangeAround } from '../text/sentences';
import { isWeak, type Hit } from './link';
import type { Context } from './context';
import { isDivision } from './division-kind';
import { wordBefore } from './name-words';
import { americanWordsAt } from './us-words';
import { meansState } from './us-state-context';
import { regionBodyCountry } from './region-towns';
import { stateSideBefore } from './state-side';

/*
 * A dataset place's name that its own sentence places in a division of another country: "Amid a hosepipe ban in Kent, garden
 * centres near Canterbury say …" (Kent's Canterbury, not New Zealand's region), "Insurers in Florida … leaving retirees in Naples,
 * on the Gulf coast, scrambling" (Florida's Naples, not Italy's), "from London to the Highlands of Scotland … near Perth". News sets
 * a story's region first and names its towns bare after it. The name is that country's town where GeoNames has a place of its name
 * there (names.json `abroadTowns`: 10,000 people or more, a lower bar than the namesakes abroad of namesake-abroad.ts, for the
 * sentence's evidence is stronger than the article's), and the article names neither the dataset place's country nor a place of it
 * (the caller's check): an article-built place, not the dataset card.
 *
 * Read only where the sentence says so plainly:
 * - the name after a preposition of where things are ("in", "near", "at", "outside", "of": "the city of Athens"), not of where one
 *   goes ("flew from Florida to Naples for the Serie A match" names two ends of a trip);
 * - the division before the name, in the same sentence, named unambiguously (a US state that is also a country, "Georgia", only in
 *   an article set in the United States by other words), and not after "from", "to", "via" or "between" (a trip's end again);
 * - nothing between them that starts another clause's list ("in Ontario and in London": two places side by side, not one in the other);
 * - no place or country of a third country in the sentence (its setting is not one country).
 * Or, for the division, a region's own body anywhere in the sentence ("the Scottish government", region-towns.ts regionBodyCountry).
 * ("Naples, Italy", "Perth, Western Australia", "Canterbury, New Zealand, and Kent": the town's own address says its country first,
 * where-appositive.ts, and this is not asked.)
 */

/** Words before the name that place it where things are ("of": "the city of Athens"); not "from", "to", "into" (a trip's ends). */
const NAME_BEFORE: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'around', 'within', 'inside', 'across', 'throughout', 'of']);
/** Words before a weakly held division's name that make it a place: "in Kent", "the Highlands of Scotland". */
const REGION_BEFORE: ReadonlySet<string> = new Set(['in', 'on', 'across', 'throughout', 'of', 'near', 'at', 'around']);
/** Words before the division that make it a trip's end, not the story's setting. */
const TRIP_BEFORE: ReadonlySet<string> = new Set(['from', 'to', 'via', 'toward', 'towards', 'between', 'into']);
/** A list or another clause between the division and the name: "in Ontario and in London", "Florida; in Naples". */
const SIDE_BY_SIDE = /\b(?:and|or|but|while|whereas|nor)\b|[;:()\u2014]/;

/** The country of a hit's place or country if the article reads it for sure, or of a US state's bare name in an American story. */
function placeCountry(x: Hit, ctx: Context): { country: string; division: boolean } | null {
  if (x.candidates.length === 1) {
    const c = x.candidates[0]!;
    // (A name the dataset holds weakly — "Kent", also a given name — only after a preposition of place: "a hosepipe ban in Kent".)
    if (!ctx.sure!.has(c.id) && !(isWeak(x) && REGION_BEFORE.has(wordBefore(ctx.text, x.span.start) ?? ''))) return null;
    if (c.type === 'country') return { country: c.id, division: false };
    return c.type === 'place' && c.countryId ? { country: c.countryId, division: isDivision(c) } : null;
  }
  // ("The Georgia Bulldogs … a win in Athens": the state, where other words set the article in the United States.)
  const state = x.candidates.find((c) => c.type === 'place' && c.countryId === 'country:us' && isDivision(c));
  return state && ctx.L?.usStates.has(x.key) && usElsewhere(x, ctx) ? { country: 'country:us', division: true } : null;
}
/** The article is set in the United States by more than the state's name itself. */
const usElsewhere = (x: Hit, ctx: Context): boolean =>
  ctx.countries!.has('country:us') || americanWordsAt(ctx.text, ctx.L).length > 0 || meansState(ctx.text, x.span);

/** The sentence places the hit's name in a division of a country where a town of the name stands, not the dataset place's country. */
export function placedInRegionAbroad(c: DatasetEntity, h: Hit, ctx: Context): boolean {
  const towns = ctx.L?.abroadTowns.get(c.id);
  if (!towns || !NAME_BEFORE.has(wordBefore(ctx.text, h.span.start) ?? '')) return false;
  const [lo, hi] = sentenceRangeAround(ctx.text, h.span.start, h.span.end, 400);
  const countries = new Set<string>();
  let setting = false;
  // ("The Georgia Bulldogs climbed … after a win in Athens", "A Georgia jury … the city of Athens": a side or a resident named for a
  // US state, state-side.ts; the state's name there is no country's.)
  const side = towns.includes('country:us') && ctx.L ? stateSideBefore(ctx.text, lo, h.span.start, ctx.L.usStates) : null;
  for (const x of ctx.hits) {
    if (x === h || x.span.end <= lo || x.span.start >= hi || x.key === h.key || x.key === side) continue;
    const at = placeCountry(x, ctx);
    if (!at) continue;
    countries.add(at.country);
    if (
      at.division &&
      x.span.end <= h.span.start &&
      !TRIP_BEFORE.has(wordBefore(ctx.text, x.span.start) ?? '') &&
      !SIDE_BY_SIDE.test(ctx.text.slice(x.span.end, h.span.start))
    )
      setting = true;
  }
  // ("… near Perth, and farmers there were demanding compensation from the Scottish government": a region's own body, region-towns.ts.)
  if (!setting) {
    const body = regionBodyCountry(ctx.text, lo, hi);
    if (body) {
      countries.add(body);
      setting = true;
    }
  }
  if (side) {
    countries.add('country:us');
    setting = true;
  }
  return setting && countries.size === 1 && !countries.has(c.countryId!) && towns.includes([...countries][0]!);
}
