/**
 * A place's name ending a work's title written in title case without quotation marks: "A|An <Noun> in|to <Place>" with
 * the article and the noun both capitalised ("A Passage to India remains the most borrowed classic", "ahead of An American
 * in Paris"), or "<Name> in <Place>" opening a sentence with a work's appositive right after it ("Asterix in Britain, first
 * published in 1966,", "…, the 1954 novel,"): the name is the work's, not the place's. The sentence must speak of a work
 * (WORK_CUES: an edition, copies, published, screened, a classic, a soloist).
 * Not after "of", a possessive or "The": "a screening of Barbie in Paris", "Disney's Frozen in Japan", "The Guardian in
 * London published extracts", "The Bolshoi in Moscow staged the opera" are as often a thing somewhere as a title (the
 * first version read those too, and real sentences of that shape lost their place); "a first edition of Tintin in
 * America" and "Berlioz's Harold in Italy" are left linked for that reason.
 * Cost: asked only of place hits after "in" or "to"; one match on 60 characters before, one on the sentence when it matches.
 */
import type { Span } from '../types';
import { speechAfter } from './country-evidence';
import { sentenceRangeAround } from '../text/sentences';

/** A title of one to four capitalised words ("Casablanca", "Manchester by the Sea" is left to its own words). */
const TITLE = String.raw`\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}`;

/** "A Passage to ", "An American in " (capitalised article and noun). */
const ARTICLE_TITLE_BEFORE = /(?<![\p{L}'’])(?:A|An)\s+\p{Lu}\p{Ll}+\s+(?:in|to)\s+$/u;
/** "Asterix in " opening a sentence. */
const OPENING_TITLE_BEFORE = /(?:^|[.!?]["”’]?\s+)\p{Lu}\p{Ll}+\s+in\s+$/u;
/** A work's appositive right after the place: ", first published", ", the 1954 novel". */
const WORK_APPOSITIVE_AFTER =
  /^,\s+(?:(?:first|originally)\s+)?(?:published|released|screened|premiered|written|composed|(?:the|a|an|his|her|their)\s+(?:[\p{L}\d'’-]+\s+){0,3}(?:novel|film|movie|book|album|opera|comic|play|musical|symphony))\b/u;
/** Words of a work and its life: editions, copies, publishing, screening, reading, performing. */
const WORK_CUES =
  /\b(?:editions?|copies|published|publishers?|reprinted|translated|screened|screenings?|premiered|classics?|novels?|books?|films?|movies?|borrowed|albums?|symphon(?:y|ies)|concerto|overture|opera|soloist|violist|violinist|pianist|cellist|orchestra|conductor|composer)\b/;

/** True where the place hit at `span`, after `prev` ("in" or "to"), ends a work's title written in title case. */
export function endsWorkTitle(text: string, span: Span, prev: string): boolean {
  if (prev !== 'in' && prev !== 'to') return false;
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  const titled =
    ARTICLE_TITLE_BEFORE.test(before) ||
    (prev === 'in' && OPENING_TITLE_BEFORE.test(before) && WORK_APPOSITIVE_AFTER.test(text.slice(span.end, span.end + 60)));
  // (A speech verb right after the place, the shared list's: "A Briton in Spain said" is a person somewhere.)
  if (!titled || speechAfter(text.slice(span.end, span.end + 24))) return false;
  const from = Math.max(text.lastIndexOf('. ', span.start), text.lastIndexOf('\n', span.start), 0);
  const stops = [text.indexOf('. ', span.end), text.indexOf('\n', span.end)].filter((i) => i >= 0);
  return WORK_CUES.test(text.slice(from, stops.length ? Math.min(...stops) : text.length));
}

/**
 * A film's title named by a place, where the sentence screens it: the object of a verb of screening ("will screen Nebraska on
 * Sunday"), of a screening's noun and "of" ("a matinee of Casablanca"), or, in a sentence of films, after "followed by" or
 * "alongside" and perhaps other titles ("followed by Paris, Texas", "alongside Chicago and Paris, Texas"). A town's address is read
 * whole ("Paris, Texas": the state's name after the town's). Not "screened in Austin" (where), not a possessive ("alongside
 * Chicago's river"), not after the noun "screen" ("on the big screen").
 * Cost: a character test, then a match on 80 characters before the name; the sentence only after "followed by" or "alongside".
 */
const SCREENED_BEFORE = new RegExp(
  String.raw`(?:(?<!\b(?:the|a|big|small|silver|on)\s)\bscreen(?:s|ed|ing)?|\b(?:screenings?|showings?|matinees?|double[\s-]bill|re-release|revival)\s+of|\b(followed\s+by|alongside))\s+(?:${TITLE}(?:,\s(?:and\s)?|\s(?:and|&)\s))*$`,
  'u',
);
/** A film's words in the sentence (for "followed by", "alongside"). */
const FILM_CUES = /\b(?:screen(?:s|ed|ing|ings)?|films?|movies?|cinemas?|matinees?)\b/;
/** A town and a comma right before the name: an address, read whole (group 1: the town). */
const TOWN_COMMA_BEFORE = /(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?),\s$/u;

export function screenedTitle(text: string, span: Span): boolean {
  if (text.charCodeAt(span.end) === 39 || text.charCodeAt(span.end) === 0x2019) return false; // (a possessive)
  let start = span.start;
  if (text.charCodeAt(start - 2) === 44) {
    const from = Math.max(0, start - 30);
    const m = TOWN_COMMA_BEFORE.exec(text.slice(from, start));
    if (m) start = from + m.index;
  }
  const m = SCREENED_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  if (!m) return false;
  if (!m[1]) return true;
  const [lo, hi] = sentenceRangeAround(text, span.start, span.end, 300);
  return FILM_CUES.test(text.slice(lo, hi));
}
