/**
 * A venue named after a place and standing in another one the article names: "the Wellington pub in Bolton", "the Paris casino in
 * Las Vegas", "the Havana bar in Salford". The first name is the venue's, not the place's: a venue sited in the place it is named for
 * is "a Bolton pub" or "the pub in Wellington". thing-cues.ts reads the same shape where the town comes with its state or country
 * ("… in Las Vegas, Nevada"); here the town is itself a dataset hit, another place than the first (not its country: "the Bolton pub
 * in England" may be a pub in Bolton), which a neighbourhood of the same town seldom is ("the London hotel in Mayfair").
 * Only after "the" (a venue called so; "a Paris hotel in …" may be a hotel in Paris) and where the second name ends its phrase.
 * Cost: a character test per hit; a sticky match only after "the".
 */
import type { DatasetEntity, Span } from '../types';
import { isPlaceRecord } from './record-reads';

/** Venues that take a name ("the Wellington pub", "the Ritz hotel"), one space before, "in" after; the whole of what lies between the two hits. */
const VENUE_IN =
  /\s(?:pub|inn|tavern|hotel|motel|bar|restaurant|caf[eé]|bistro|brasserie|diner|steakhouse|casino|nightclub|club|cinema|theatre|theater)\s+in\s+/y;
/** The second name ends its phrase: punctuation, the end, or a lower-case word that is no noun it modifies (not "Bolton town centre"). */
const PHRASE_ENDS =
  /^(?:\s*(?:[,.;:!?)\u2014\u2013"”]|$)|\s+(?:that|where|which|who|whose|since|until|for|on|in|at|after|before|and|or|but|was|is|had|has|when|with|from|to|by|during|near)\b)/;
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s$/u;

interface HitView {
  span: Span;
  candidates: DatasetEntity[];
}

/** The spans of hits that name a venue standing in another place named right after them (see the module's comment). */
export function venuesNamedAfterPlaces(text: string, hits: readonly HitView[]): Set<Span> {
  const out = new Set<Span>();
  for (let i = 0; i + 1 < hits.length; i++) {
    const h = hits[i]!;
    const next = hits[i + 1]!;
    if (text.charCodeAt(h.span.end) !== 32 || !h.candidates.every(isPlaceRecord)) continue;
    if (!THE_BEFORE.test(text.slice(Math.max(0, h.span.start - 5), h.span.start))) continue;
    VENUE_IN.lastIndex = h.span.end;
    if (!VENUE_IN.test(text) || VENUE_IN.lastIndex !== next.span.start) continue;
    const own = new Set(h.candidates.flatMap((c) => [c.id, c.countryId ?? '']));
    if (!next.candidates.some((c) => isPlaceRecord(c) && !own.has(c.id))) continue;
    if (PHRASE_ENDS.test(text.slice(next.span.end, next.span.end + 10))) out.add(h.span);
  }
  return out;
}
