import type { Span } from '../types';
import { opensSentence } from './name-words';

/**
 * What only a place undergoes or has, read around a one-word name that is also a person's, a brand's or a work's
 * ("Jamaica", "Bury", "Sydney"): evidence that the name is the place, asked by place-evidence.ts and, for a storm or a
 * quake, by country-evidence.ts (through placedHere).
 *  - a storm, a flood, a quake or a fire as the clause's subject that strikes it ("Hurricane Melissa battered Jamaica",
 *    "floods swept through rural Kent"): weather and the ground strike places, not a person or a product;
 *  - its council, right after its name in lower case ("Bury council has closed two libraries"): no person or firm has one;
 *  - the name between "a" and a word for somebody who lives there ("A Sydney man was jailed", "a Mumbai woman"): news
 *    style for where somebody is from;
 *  - a lower-case part of the country before it after "of" ("the lanes of rural Kent", "the hills of northern Kent"), or "the city of" ("named
 *    after the city of Fes");
 *  - a plane shot down or flying over it, dawn breaking over it ("shot down over Kent"); its port, or a named terminal after
 *    its possessive ("Karachi's port", "Shanghai's Yangshan terminal"), its house prices ("Toronto's average house price");
 *  - the sentence's opening name that a later clause calls "the city" ("Mumbai will license …, and the city plans …");
 *  - a journey's end or a seat: lorries or ships bound for it, a route that links it ("links Manchester with Sydney"), an
 *    elected member's seat ("the MP for Bury").
 * Cost: a few slices of text and regexes per one-word place hit that would otherwise stay unlinked.
 */
export function undergoes(text: string, span: Span): string | null {
  const before = text.slice(Math.max(0, span.start - 70), span.start);
  if (STRUCK_BEFORE.test(before)) return 'a place a storm, flood, quake or fire strikes';
  if (OVER_BEFORE.test(before)) return 'a place something flies, is shot down or dawns over';
  // (Not before a possessive: "bound for Jordan's warehouse" is somebody's.)
  if (/^['’]s\b/.test(text.slice(span.end, span.end + 3))) return null;
  if (BOUND_FOR_BEFORE.test(before)) return 'where lorries, ships or flights are bound for';
  if (MEMBER_FOR_BEFORE.test(before)) return 'a seat an elected member sits for (“the MEP for Dublin”)';
  if (LINKED_BEFORE.test(before) || LINKED_WITH_BEFORE.test(before)) return 'a place a route or a flight links';
  return null;
}

/** The evidence a place's name (not a country's) has around it: a council after it, "a … man", "of rural …"; or a storm's. */
export function placeUndergoes(text: string, span: Span): string | null {
  const struck = undergoes(text, span);
  if (struck) return struck;
  const after = text.slice(span.end, span.end + 24);
  if (COUNCIL_AFTER.test(after)) return 'a place with its own council';
  if (PORT_AFTER.test(text.slice(span.end, span.end + 40)) || HOMES_AFTER.test(text.slice(span.end, span.end + 48)))
    return 'a place with its own port, terminal or house prices';
  if (A_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start)) && RESIDENT_AFTER.test(after)) return 'where somebody is from (“a Sydney man”)';
  if (PART_OF_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start))) return 'a part of a place after “of” (“of rural Kent”)';
  if (THE_CITY_OF.test(text.slice(Math.max(0, span.start - 16), span.start))) return 'a town after “the city of”';
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
  'brushed',
  'brushes',
  'skirted',
  'skirts',
  'buffeted',
  'buffets',
  'hammered',
  'hammers',
  'drenched',
  'drenches',
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
 * "shot down over Kent", "Dawn broke over Karachi", "flew over Jordan", "will jump over Normandy", "a freefall formation over Dubai",
 * "fireworks over Sydney": a verb of flight or of the sky, or what fills it, before "over" (the latter not before "the": "a bungee jump over the
 * Zambezi" is the river; not
 * "fell over", "won over", "a victory over", which a person undergoes).
 */
const OVER_BEFORE =
  /\b(?:shot\sdown|crashed|crashing|flew|fly|flies|flying|flown|broke|breaking|dawned|hovered|hovering|circled|circling|rose|rising|sets?|setting)\sover\s(?:the\s)?$|\b(?:jump|jumps|jumped|jumping|formation|drift|drifts|drifted|drifting|soared|soaring|glided|gliding|fireworks|skies|airspace)\sover\s$/;
/** "Karachi's port struggled", "Shanghai's Yangshan terminal": a port or a docks after the possessive, or a named terminal. */
const PORT_AFTER =
  /^['’]s\s(?:(?:main|busy|busiest|container|deep-water|deepwater|fishing)\s)?(?:port|ports|docks|harbour|harbor|seafront|waterfront)\b|^['’]s\s\p{Lu}\p{L}+\s(?:container\s)?terminal\b/u;
/** "lorries bound for Gaza", "the ship, bound for Rotterdam", "a container bound for Busan": a vehicle or a cargo, at most two words, "bound for". */
const BOUND_FOR_BEFORE =
  /\b(?:lorr(?:y|ies)|trucks?|ships?|vessels?|tankers?|freighters?|ferr(?:y|ies)|boats?|flights?|planes?|aircraft|trains?|convoys?|cargo|containers?|shipments?|aid|consignments?)[,\s](?:\s?\p{Ll}+\s){0,2}\s?bound\sfor\s(?:the\s)?$/u;
/** "the former MEP for Dublin", "the MP for Bury", "a senator for Victoria": an elected member's seat. */
const MEMBER_FOR_BEFORE = /\b(?:MPs?|MEPs?|MSPs?|MLAs?|MPPs?|TDs?|[Ss]enators?|[Cc]ongress(?:wo)?man|[Mm]ember\sof\s[Pp]arliament)\sfor\s$/u;
/** "A new route links Manchester", "flights connecting Dubai": a route, a flight or a line as the subject of "links". */
const LINKED_BEFORE =
  /\b(?:routes?|flights?|services?|lines?|ferr(?:y|ies)|rail\slinks?|railways?|motorways?|highways?|bridges?|tunnels?)\s(?:that\s|which\s|will\s|now\s)?(?:links?|linking|connects?|connecting|joins?|joining)\s$/;
/** "…links Manchester with Sydney": the route's other end, after the first and "with", "and" or "to". */
const LINKED_WITH_BEFORE = new RegExp(`${LINKED_BEFORE.source.slice(0, -1)}\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?\\s(?:with|and|to)\\s$`, 'u');
/** "Toronto's average detached house price", "Dublin's median rents": a place's housing, one or two words of measure between. */
const HOMES_AFTER =
  /^['’]s\s(?:(?:average|median|typical|detached|semi-detached|new|private|soaring)\s){1,2}(?:house\sprices?|home\sprices?|rents|housing\smarket)\b/;
/**
 * A sentence's opening name that a later clause of it calls "the city" (the town, the capital): asked only of names that are no
 * given name or word (place-evidence.ts placeEvidence; "Sydney scored twice, and the city celebrated" may be a player).
 */
export const calledTheCity = (text: string, span: Span): string | null =>
  opensSentence(text, span.start) && THE_CITY_AFTER.test(text.slice(span.end, span.end + 200))
    ? 'a sentence’s subject that it goes on to call “the city”'
    : null;
/**
 * "Mumbai will license its street food vendors, and the city plans 20 food zones": a clause later in the same sentence whose
 * subject is "the city" (the town, the capital) names the sentence's opening name again.
 */
const THE_CITY_AFTER = /^[^.!?\n]*?[,;]\s(?:and|but|while|where|so)\s(?:the|this)\s(?:city|town|capital|port\scity)\s(?!of\b|council\b|centre\b|center\b)/;
/** "Bury council", "Sydney council's" (the capitalised "X Council" is a longer name of its own, read elsewhere). */
const COUNCIL_AFTER =
  /^(?:['’]s)?\s(?:council|councils|councillors|council['’]s)\b|^\s(?:(?:Borough|City|County|District|Metropolitan|Town|Parish|Shire)\s)?(?:Council|Police|Constabulary)\b/;
/** "a" or "an" as a word, right before the name. */
const A_BEFORE = /(?:^|[^\p{L}\p{N}])[Aa]n?\s$/u;
/** A word for somebody, then a verb, a relative or a comma ("man was jailed", "woman who", "teenager,"): not "a Ford man's car". */
const RESIDENT_AFTER =
  /^\s(?:man|woman|boy|girl|teenager|teen|couple|family|pensioner|grandmother|grandfather|mother|father|schoolboy|schoolgirl|student|resident)(?:\s(?:was|is|has|had|who|will|died|has|says|said|accused|charged|jailed|arrested)\b|,)/;
/**
 * "named after the city of Fes", "the town of Reading": "the", a town's kind and "of" (not after a country's adjective, "the Scottish city of
 * Perth", which is not Australia's: place-evidence.ts reads that).
 */
const THE_CITY_OF = /\b[Tt]he\s(?:city|town)\sof\s$/;
/** "the lanes of rural Kent", "the hills of northern Kent": a noun, "of", a lower-case part of a country. */
const PART_OF_BEFORE = /\b\p{Ll}+\sof\s(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|rural|coastal|inner|outer)\s$/u;
