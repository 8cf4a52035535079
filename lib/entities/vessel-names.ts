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

const before = (text: string, span: Span, n: number): string => text.slice(Math.max(0, span.start - n), span.start);

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
  return text.charCodeAt(span.end) === 32 && GROUP_AFTER.test(text.slice(span.end, span.end + 60));
}
