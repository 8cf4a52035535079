import { THING_KINDS } from '../text/words';
import type { EntityResult, Span } from '../types';
import { listKind, type Kinds } from './list-kind';

/**
 * A name English gives as an example of a kind of things is a thing's, not a person's: "tools like Adobe Sensei", "streaming
 * platforms like Apache Kafka", "retailers such as Wayfair, West Elm", "AI writing assistants like Jasper, Copy.ai", "products
 * like Tom's of Maine", "Harry Potter and other books". Kinds of things or firms only (THING_KINDS, words.ts) — kinds of people
 * ("artists such as Frida Kahlo") make people (kind-of-people.ts). The list is read by list-kind.ts; a part of a member counts
 * ("Mark & Graham"). A title or honorific before the name keeps it. Asked of article-built people's mentions only.
 */
export function withoutThingExamples(text: string, names: EntityResult[]): EntityResult[] {
  return names.filter((e) => !(e.type === 'person' && !e.fromDataset && e.why !== TITLED && e.mentions.some((m) => listKind(text, m.start, m.end, THINGS))));
}

const TITLED = 'article-built: title before the name';
const THINGS: Kinds = { has: (w) => THING_KINDS.has(w) };

/**
 * A place's name given as an example of a kind of things: "sold at Iceland and other discount chains", "brands such as Sapporo and
 * Asahi", "films like Casablanca", "bands such as Chicago and Boston". THING_KINDS less sites (a ruin or a battlefield is a place:
 * "Petra and other sites"), with performers and sellers; no team, side or club (a national side is its country's). A whole member
 * only. Asked of dataset hits whose candidates are all places (thing-cues.ts).
 */
export function exampleOfThings(text: string, span: Span): boolean {
  if (!MEMBER_ENDS.test(text.slice(span.end, span.end + 6))) return false;
  const slot = listKind(text, span.start, span.end, PLACE_THINGS);
  return !!slot && !slot.inside;
}
/** The member ends with the name: a list's comma or joiner, a bracket, a stop (not "US-based McKinsey", "Iceland Foods"). */
const MEMBER_ENDS = /^(?:\s*[,;.:)(]|\s+(?:and|or|&)\s|\s*$)/;
const NOT_OF_PLACES: ReadonlySet<string> = new Set(['sites', 'websites']);
const MORE_OF_PLACES: ReadonlySet<string> = new Set(['bands', 'supermarkets', 'discounters', 'grocers', 'airlines', 'breweries', 'beers', 'lagers']);
const PLACE_THINGS: Kinds = { has: (w) => (THING_KINDS.has(w) && !NOT_OF_PLACES.has(w)) || MORE_OF_PLACES.has(w), nounModifiers: true };
