/**
 * Ships named after a place: "HMS Prince of Wales", "the carrier Hainan", "his yacht, Montserrat", "its newest destroyer, the
 * Jiangsu,", "the Jiangsu and Zhejiang carrier groups". The name is the ship's, no mention of the place.
 * Split from named-after.ts, which asks it of every dataset hit whose candidates are places or people (a set look-up first).
 */
import type { DatasetEntity, Span } from '../types';
import { SHIP_PREFIXES, VESSEL_KINDS } from '../text/kind-words';
import { wordBeforeCommaSpace } from './name-words';

/**
 * A ship's prefix and its name's first words before ("HMS Prince of Wales", "USS Gerald R. Ford"), "aboard" and a name's ("aboard
 * the Queen Victoria"), or a vessel's kind and a name's capitalised first words ("the ferry Spirit of Britain").
 */
const SHIP_BEFORE = new RegExp(
  `(?:\\b(?:${SHIP_PREFIXES.join('|')})|\\b(?:aboard|on\\s+board)(?:\\s+the)?|\\b(?:${VESSEL_KINDS.join('|')})(?=\\s+\\p{Lu}))\\s+(?:(?:\\p{Lu}[\\p{L}.'’-]*|of|the|de|del|da|di|von|van|la|le)\\s+){0,4}$`,
  'u',
);
/** What SHIP_BEFORE needs somewhere before the name (tried first: one pass over a few characters). */
const SHIP_HINT = new RegExp(`\\b(?:${[...SHIP_PREFIXES, ...VESSEL_KINDS].join('|')}|aboard|board)\\s`);
const VESSELS: ReadonlySet<string> = new Set(VESSEL_KINDS);
/** A kind of vessel before "the", "called" or "named" ("a ship called the Joe Biden", "the cruiser the Moskva"). */
const VESSEL_BEFORE = new RegExp(`\\b(?:${VESSEL_KINDS.join('|')})\\s+(?:(?:called|named)\\s+)?(?:the\\s+)?$`, 'i');
/**
 * A vessel's kind, a comma and "the" ("its newest destroyer, the Jiangsu,"): an appositive naming the vessel. Only where the
 * name's own comma closes it and no country is a candidate ("on the ferry, the Netherlands said" is a clause).
 */
const VESSEL_COMMA_THE = new RegExp(`\\b(?:${VESSEL_KINDS.join('|')}),\\s+the\\s+$`, 'i');
/**
 * A naval formation after the name, or after the name and one more ("the Jiangsu carrier group", "the Jiangsu and Zhejiang carrier
 * groups"): a group is led by a ship of that name. (Not a country's: "the US carrier group" is America's.)
 */
const GROUP_AFTER = /^(?:\s+and\s+\p{Lu}[\p{L}'’-]*)?\s+(?:(?:aircraft\s+)?carrier|carrier\s+strike|strike|battle)\s+groups?\b/u;

/**
 * "will soon join the Shandong on patrols": "the" before a place's name that is not written with it, in a sentence that has
 * spoken of a vessel or a navy before it, and a preposition, a verb or punctuation after it (not a noun: "the Shandong coast",
 * "the Shandong peninsula" are the province's), nor a preposition before "the" ("warships off the Crimea"); one word only ("ships in the
 * Red Sea on Monday": a sea is written with "the" though the dataset's state of that name is not). Navies name ships after
 * provinces, cities and states, and call them "the X".
 */
const NAVAL_BEFORE = new RegExp(`\\b(?:${VESSEL_KINDS.join('|')}|carriers|navy|navy['’]s|naval|fleet|sea\\s+trials)\\b[^.!?\\n]*$`, 'i');
/** A preposition before "the": "ships in the Crimea", "the fleet left from the Crimea" place it (a ship is joined, escorted, sunk). */
const PREPOSITION_THE = /\b(?:in|on|at|from|to|into|onto|off|near|across|through|around|of|over|towards?|via|within|throughout)\s+the\s+$/i;
const SHIP_AFTER_THE =
  /^(?:\s*[,.;:)]|\s+(?:on|in|at|to|for|from|with|into|off|near|through|across|alongside|and\s+(?:the|its|her|their)|was|is|has|had|will|would|sailed|sails|docked|returned|arrived|left|entered|\p{Ll}+ed)\b)/u;

const before = (text: string, span: Span, n: number): string => text.slice(Math.max(0, span.start - n), span.start);

/** The name is written with "the" by one of the candidates ("the Hague", "The Gambia", "the Netherlands"; any name ending in "s"). */
export const writtenWithThe = (key: string, candidates: readonly DatasetEntity[]): boolean => {
  const name = `the ${key}`;
  const so = (n: string): boolean => (n = n.toLowerCase()) === name || n.endsWith(` ${name}`);
  return key.endsWith('s') || candidates.some((e) => so(e.name) || e.aliases.some(so));
};

/** The name is a ship's, by the words around it (`prev`: the word before, lower case). */
export function vesselNamed(text: string, span: Span, prev: string | null, candidates: readonly DatasetEntity[]): boolean {
  if (
    prev &&
    (VESSELS.has(prev) || prev === 'aboard' || ((prev === 'the' || prev === 'called' || prev === 'named') && VESSEL_BEFORE.test(before(text, span, 40))))
  )
    return true;
  // "his yacht, Montserrat": a vessel's kind, a comma, and the name.
  const kind = wordBeforeCommaSpace(before(text, span, 24))?.toLowerCase();
  if (kind && VESSELS.has(kind)) return true;
  if (SHIP_HINT.test(before(text, span, 48)) && SHIP_BEFORE.test(before(text, span, 48))) return true;
  if (candidates.some((c) => c.type === 'country')) return false;
  if (prev === 'the' && text.charCodeAt(span.end) === 44 && VESSEL_COMMA_THE.test(before(text, span, 40))) return true;
  if (
    prev === 'the' &&
    !text.slice(span.start, span.end).includes(' ') &&
    SHIP_AFTER_THE.test(text.slice(span.end, span.end + 16)) &&
    !PREPOSITION_THE.test(before(text, span, 16)) &&
    NAVAL_BEFORE.test(before(text, span, 200)) &&
    !writtenWithThe(text.slice(span.start, span.end).toLowerCase(), candidates)
  )
    return true;
  return text.charCodeAt(span.end) === 32 && GROUP_AFTER.test(text.slice(span.end, span.end + 60));
}
