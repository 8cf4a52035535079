import type { Span } from '../types';

/**
 * What only a place undergoes or has, read around a one-word name that is also a person's, a brand's or a work's
 * ("Jamaica", "Bury", "Sydney"): evidence that the name is the place, asked by place-evidence.ts and, for a storm or a
 * quake, by country-evidence.ts (through placedHere).
 *  - a storm, a flood, a quake or a fire as the clause's subject that strikes it ("Hurricane Melissa battered Jamaica",
 *    "floods swept through rural Kent"): weather and the ground strike places, not a person or a product;
 *  - its council, right after its name in lower case ("Bury council has closed two libraries"): no person or firm has one;
 *  - the name between "a" and a word for somebody who lives there ("A Sydney man was jailed", "a Mumbai woman"): news
 *    style for where somebody is from;
 *  - a lower-case part of the country before it after "of" ("the lanes of rural Kent", "the hills of northern Kent");
 *  - a plane shot down or flying over it, dawn breaking over it ("shot down over Kent"); its port, or a named terminal after
 *    its possessive ("Karachi's port", "Shanghai's Yangshan terminal").
 * Cost: a few slices of text and regexes per one-word place hit that would otherwise stay unlinked.
 */
export function undergoes(text: string, span: Span): string | null {
  const before = text.slice(Math.max(0, span.start - 70), span.start);
  if (STRUCK_BEFORE.test(before)) return 'a place a storm, flood, quake or fire strikes';
  if (OVER_BEFORE.test(before)) return 'a place something flies, is shot down or dawns over';
  return null;
}

/** The evidence a place's name (not a country's) has around it: a council after it, "a … man", "of rural …"; or a storm's. */
export function placeUndergoes(text: string, span: Span): string | null {
  const struck = undergoes(text, span);
  if (struck) return struck;
  const after = text.slice(span.end, span.end + 24);
  if (COUNCIL_AFTER.test(after)) return 'a place with its own council';
  if (PORT_AFTER.test(text.slice(span.end, span.end + 40))) return 'a place with its own port or terminal';
  if (A_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start)) && RESIDENT_AFTER.test(after)) return 'where somebody is from (“a Sydney man”)';
  if (PART_OF_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start))) return 'a part of a place after “of” (“of rural Kent”)';
  return null;
}

/** A word with its first letter in either case. */
const either = (w: string): string => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`;
const DISASTERS = [
  'hurricanes?',
  'storms?',
  'typhoons?',
  'cyclones?',
  'tornado(?:e?s)?',
  'floods?',
  'flooding',
  'floodwaters?',
  'earthquakes?',
  'quakes?',
  'tremors?',
  'aftershocks?',
  'wildfires?',
  'bushfires?',
  'forest\\s+fires?',
  'blizzards?',
  'heatwaves?',
  'landslides?',
  'mudslides?',
  'tsunamis?',
  'monsoon\\s+rains',
  'torrential\\s+rains?',
];
const STRIKES = [
  'battered',
  'batters',
  'hit',
  'hits',
  'struck',
  'strikes',
  'lashed',
  'lashes',
  'pounded',
  'pounds',
  'ravaged',
  'ravages',
  'devastated',
  'devastates',
  'swept',
  'sweeps',
  'slammed',
  'slams',
  'rocked',
  'rocks',
  'shook',
  'shakes',
  'engulfed',
  'inundated',
  'swamped',
  'scorched',
  'flattened',
];
/**
 * "Hurricane Melissa battered", "a magnitude 7.1 earthquake struck", "floods have swept through", "Storm Babet slammed into": the
 * disaster (and its own name, one or two capitalised words, or up to two words between) right before a verb of striking, then
 * an optional preposition and a lower-case part of the place ("through rural", "into northern").
 */
const STRUCK_BEFORE = new RegExp(
  `\\b(?:${DISASTERS.map(either).join('|')})(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}\\s+(?:(?:has|have|had|which|that)\\s+)?(?:(?:also|again|then|badly|severely)\\s+)?(?:${STRIKES.join('|')})(?:\\s+(?:into|through|across|over|parts\\s+of|much\\s+of))?\\s+(?:the\\s+)?(?:(?:north|south|east|west|central|rural|coastal)[\\p{Ll}-]*\\s+)?$`,
  'u',
);
/**
 * "shot down over Kent", "Dawn broke over Karachi", "flew over Jordan": a verb of flight or of the sky's light before "over" (not
 * "fell over", "won over", "a victory over", which a person undergoes).
 */
const OVER_BEFORE =
  /\b(?:shot\sdown|crashed|crashing|flew|fly|flies|flying|flown|broke|breaking|dawned|hovered|hovering|circled|circling|rose|rising|sets?|setting)\sover\s(?:the\s)?$/;
/** "Karachi's port struggled", "Shanghai's Yangshan terminal": a port or a docks after the possessive, or a named terminal. */
const PORT_AFTER =
  /^['’]s\s(?:(?:main|busy|busiest|container|deep-water|deepwater|fishing)\s)?(?:port|ports|docks|harbour|harbor|seafront|waterfront)\b|^['’]s\s\p{Lu}\p{L}+\s(?:container\s)?terminal\b/u;
/** "Bury council", "Sydney council's" (the capitalised "X Council" is a longer name of its own, read elsewhere). */
const COUNCIL_AFTER = /^(?:['’]s)?\s(?:council|councils|councillors|council['’]s)\b/;
/** "a" or "an" as a word, right before the name. */
const A_BEFORE = /(?:^|[^\p{L}\p{N}])[Aa]n?\s$/u;
/** A word for somebody, then a verb, a relative or a comma ("man was jailed", "woman who", "teenager,"): not "a Ford man's car". */
const RESIDENT_AFTER =
  /^\s(?:man|woman|boy|girl|teenager|teen|couple|family|pensioner|grandmother|grandfather|mother|father|schoolboy|schoolgirl|student|resident)(?:\s(?:was|is|has|had|who|will|died|has|says|said|accused|charged|jailed|arrested)\b|,)/;
/** "the lanes of rural Kent", "the hills of northern Kent": a noun, "of", a lower-case part of a country. */
const PART_OF_BEFORE = /\b\p{Ll}+\sof\s(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|rural|coastal|inner|outer)\s$/u;
