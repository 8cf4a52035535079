import type { EntityType, Span } from '../types';
import type { OtherName } from './listed-names';

/**
 * A name said to be a kind of place, right after it: "Quelland is a small town in southern Norway", "The Blindleia is a
 * skerry-protected waterway that starts near …", "Varkala, a coastal town in Kerala,", "Naoshima is an island off …". English
 * defines a place so (an encyclopaedia's first sentence, a report's aside for readers who do not know the place), and the kind's
 * noun tells what the name is whatever its shape; a person is said to be a kind of person (person-evidence.ts saidToBePerson).
 * The kind's noun ends its phrase — a stop, a comma or a word that goes on about it ("in", "of", "that", "located", "north" …) —
 * so that "a town planner", "a city official", "a state senator" stay people's nouns; up to three words describe it before, none
 * a function word ("a native of the town" is no town). Not a segment with "of" in it (a role of a name: "the CEO of Hipcricket,
 * a …"), nor the last word of a name a particle joins to the one before ("Braunau am Inn, a town": the finder's segment is
 * "Inn"). Not firms' kinds: "Teachable is a … company" is as sure, but the same name is often typed a place's or a person's at
 * another mention ("invested in Snowflake", "at Beko Europe"), and the firm's mentions then joined that card.
 */
const PLACE_KINDS =
  'town city village hamlet suburb river stream lake island islet archipelago peninsula region district province county municipality commune parish borough ' +
  'neighbourhood neighborhood settlement port harbour harbor valley bay waterway canal strait fjord desert plateau mountain volcano glacier country kingdom emirate';
/** A particle that joins a place's name to the word before it ("Braunau am Inn", "Newcastle upon Tyne", "Frankfurt an der Oder"). */
const JOINED_BEFORE = /\p{Lu}[\p{L}.'\u2019-]*\s+(?:am|an|im|der|upon|on|sur|sous|en|de|del|la|le|di|da|van|von|op|aan)\s+$/u;
/** A describing word: lower case, perhaps hyphenated, no function word. */
const DESCRIBING = String.raw`(?!(?:of|the|a|an|in|on|at|from|to|for|with|by|who|which|that|and|or|but|his|her|their|its|my|our|your|this|these|those|not|no|very)\b)[\p{Ll}\d][\p{Ll}\d-]*`;
const SAID = new RegExp(
  String.raw`^(?:,|\s+(?:is|was|remains))\s+(?:a|an)\s+(?:${DESCRIBING}\s+){0,3}(?:${PLACE_KINDS.split(' ').join('|')})(?=[,.;:)]|\s+(?:in|of|on|near|that|which|where|with|located|situated|based|headquartered|north|south|east|west|northeast|northwest|southeast|southwest|along|between|founded|known|and|at|about|some|off|by)\b)`,
  'u',
);

/** The name at `span` (its lower-case words `ws`) said to be a place's kind: added to `out` as one (classify-name.ts), true. */
export function saidKind(text: string, span: Span, ws: string[], name: string, out: OtherName[]): boolean {
  if (ws.includes('of') || JOINED_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start))) return false;
  const type = kindSaid(text, span.end);
  if (type) out.push({ type, name, span, unsure: false });
  return !!type;
}

/** What the words right after a name at `end` say it is: a place's kind, or null. */
export function kindSaid(text: string, end: number): EntityType | null {
  // (A comma or a space first, then "a" or "an" within a few words: most names are followed by neither.)
  const c = text.charCodeAt(end);
  if (c !== 44 && c !== 32) return null;
  return SAID.test(text.slice(end, end + 90)) ? 'place' : null;
}
