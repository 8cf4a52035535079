import type { Span } from '../types';
import { wordAfter } from './hit-view';

/**
 * A name the sentence makes a performer's or a show's, whatever else the dataset gives that name (a gang, a news site, a town):
 *  - a performer's: the name closes, opens or headlines a concert, or plays or sings, with the music named in the same phrase
 *    ("Los Lobos closed the benefit concert with a ten-minute version of La Bamba", "Texas headlined the festival with a set of
 *    their hits"). A gang, a firm or a town plays no set and sings no version: the name is a band's.
 *  - a show's: the show's people or parts right after the name ("The Block contestants were left in tears", "Bake Off finalists",
 *    "the Love Island housemates"). A news site or a firm has no contestants, finalists or housemates.
 * Cost: one sticky match at a hit's end, which fails at its first characters but after those verbs or nouns.
 */
const W = String.raw`(?:[\p{L}\d'’-]+\s){0,3}`;
/** A music piece as the object: "a ten-minute version", "their rendition", "an acoustic medley" (not "a cover-up", "a set-piece"). */
const PIECE = String.raw`(?:a|an|their|its|the)\s${W}(?:version|rendition|medley|encore|cover)(?![-\p{L}])`;
const PERFORMED_AFTER = new RegExp(
  String.raw`^\s(?:(?:closed|opened|ended|headlined)\s(?:the|their|its)\s${W}(?:concert|gig|festival|show|set)(?:\s(?:in|at)\s\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)?\swith\s${PIECE}` +
    String.raw`|(?:played|sang|performed)\s${PIECE}\sof\b)`,
  'u',
);
/** A show's people or parts after its name. */
const SHOW_AFTER = /^\s(?:contestants?|finalists?|housemates?|semi-finalists?)\b/;

const PERFORMED_FIRST: ReadonlySet<string> = new Set(
  'closed opened ended headlined played sang performed contestant contestants finalist finalists housemate housemates semi'.split(' '),
);

/** The hit at `span` is a performer's or a show's name by the words after it (see the module's comment). */
export function performedBy(text: string, span: Span): boolean {
  // (The word after the name first: both patterns open with one of PERFORMED_FIRST.)
  if (!PERFORMED_FIRST.has(wordAfter(text, span.end))) return false;
  const after = text.slice(span.end, span.end + 120);
  return SHOW_AFTER.test(after) || PERFORMED_AFTER.test(after);
}
