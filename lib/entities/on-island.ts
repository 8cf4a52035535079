import type { DatasetEntity, Span } from '../types';

/**
 * "olive growers on Prince Edward Island", "by hand on Guernsey, says", "their arrival on Mauritius, a journey": English puts an
 * island's name after "on", as it puts a town's after "in" — evidence for a name the dataset knows as an island (its own name says so,
 * "… Island", "Isle of …", or its record's location: "island in the Caribbean Sea"), where the name ends its phrase (punctuation, or a
 * function word or a verb after it: not "printed on Jersey paper"). Not before a possessive ("on Jersey's coast" is placed otherwise) and not a name
 * the dataset does not call an island ("sold on Amazon", "a report on Paris": the name is no island's, so "on" says nothing of place).
 * Cost: asked only after "on", of a hit's few candidates.
 */
export function onIsland(text: string, s: Span, candidates: readonly DatasetEntity[], before: string | null | undefined): boolean {
  if (before !== 'on' || !candidates.length || !ENDS_PHRASE.test(text.slice(s.end, s.end + 12))) return false;
  return candidates.every(isIsland);
}
const ENDS_PHRASE =
  /^(?:[,.;:!?)]|$|\s(?:on|in|at|for|since|until|and|or|but|to|from|with|by|as|when|where|which|who|that|this|last|next|is|was|are|were|has|had|have|will|would|can|could|said|says|\p{Ll}+ed)\b)/u;
const ISLAND_NAME = /\b(?:Islands?|Isles?)\b/;
const ISLAND_LOCATION = /\bisland/i;
const isIsland = (c: DatasetEntity): boolean => ISLAND_NAME.test(c.name) || c.facts.some((f) => f.label === 'Location' && ISLAND_LOCATION.test(f.value));
