/**
 * A place's name as the first or last word of a term English coined after it, which names no place: a syndrome or a theory
 * ("Stockholm syndrome", "the Copenhagen interpretation"), a disease, creature or plant ("Panama disease", "a Greenland
 * shark"), a dish or a drink ("beef Wellington", "a Cuba libre", "India pale ale"), a material ("plaster of Paris"). The
 * term's other word is lower case and sits right beside the name; a noun after the head that makes it a place's
 * again ("a Florida shark attack", "India flu cases") keeps the place. Cost: one sticky match at a place hit's end and
 * one look at the words before it; called from named-after.ts for hits whose candidates are all places.
 */
import type { Span } from '../types';
import { PLACE_TERM_BEFORE, PLACE_TERM_HEADS, PLACE_TERM_NOT_BEFORE, PLACE_TERM_PAIRS } from '../text/kind-words';

const TERM_AFTER = new RegExp(
  `\\s(?:${[...PLACE_TERM_PAIRS.map((p) => p.replace(' ', '\\s')), ...PLACE_TERM_HEADS].join('|')})\\b(?![-'’])(?!\\s(?:${PLACE_TERM_NOT_BEFORE.join('|')})\\b)`,
  'y',
);
/** The dish's or material's word right before the name, in lower case ("beef Wellington"; not "Beef Wellington Ltd"). */
const TERM_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${PLACE_TERM_BEFORE.map((w) => w.replace(' ', '\\s')).join('|')})\\s$`, 'u');

export function placeTerm(text: string, span: Span, prev: string | undefined): boolean {
  TERM_AFTER.lastIndex = span.end;
  if (TERM_AFTER.test(text)) return true;
  return !!prev && (prev === 'of' || PLACE_TERM_BEFORE.includes(prev)) && TERM_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start));
}
