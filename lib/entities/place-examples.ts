import type { Span } from '../types';
import { PLACE_PLURALS } from '../text/place-words';

/**
 * A name given as an example of a kind of place is a place: "cities like Tokyo, Osaka and Sapporo", "wine regions such as
 * Barolo and Barbaresco", "neighborhoods including Eastwood", "Samarra and other cities", "Mosul, Baiji and other Iraqi towns".
 * News lists towns so; the plural of a kind of place (PLACE_PLURALS) is the evidence, as "officials such as …" is a person's
 * (kind-of-people.ts). Read on the 140 characters either side of a name that reached the name finder's place contexts only.
 */

/** The plurals, capitalised or not ("Neighborhoods like Eastwood …" opens a sentence). */
const PLURALS = PLACE_PLURALS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
/** A list item: one to three capitalised words. */
const ITEM = "\\p{Lu}[\\p{L}\\p{M}'\\u2019.-]*(?: \\p{Lu}[\\p{L}\\p{M}'\\u2019.-]*){0,2}";
/** "<plural> such as|like|including", then the list's items before the name, each with its joiner. */
const EXAMPLES_BEFORE = new RegExp(`\\b(?:${PLURALS}),? (?:such as|like|including) (?:${ITEM}(?:, (?:and |or )?| (?:and|or) ))*$`, 'u');
/** The list's items after the name, then "and other [adjective] <plural>". */
const OTHERS_AFTER = new RegExp(`^(?:, ${ITEM})*,? (?:and|or) other (?:\\p{Ll}+ )?(?:${PLURALS})\\b`, 'u');

/** The words EXAMPLES_BEFORE's opener and joiners end in before their space. */
const JOINER_WORDS = ['as', 'like', 'including', 'and', 'or'];

export function exampleOfPlaces(text: string, span: Span): boolean {
  // (What each pattern needs right at the name looked for first: most names stand in no list, and EXAMPLES_BEFORE, anchored
  // at its end, is otherwise tried at each of 140 characters. Before the name: its opener or a joiner, each ending in a space.)
  if (text.charCodeAt(span.start - 1) === 32 && (text.charCodeAt(span.start - 2) === 44 || JOINER_WORDS.some((w) => text.endsWith(w, span.start - 1)))) {
    const before = text.slice(Math.max(0, span.start - 140), span.start);
    if ((before.includes('such as ') || before.includes('like ') || before.includes('including ')) && EXAMPLES_BEFORE.test(before)) return true;
  }
  // (After it: a comma, or " and other" / " or other".)
  if (text.charCodeAt(span.end) !== 44 && !text.startsWith(' and other ', span.end) && !text.startsWith(' or other ', span.end)) return false;
  const after = text.slice(span.end, span.end + 140);
  return after.includes(' other ') && OTHERS_AFTER.test(after);
}
