/**
 * A place's name ending a work's title written in title case without quotation marks — "<Name> in <Place>" or "A <Noun>
 * to <Place>" ("a first edition of Tintin in America", "Asterix in Britain, first published in 1966", "Berlioz's Harold in
 * Italy", "A Passage to India remains the most borrowed classic"): the name is the work's, not the place's. Two things must
 * hold: the title's first word is capitalised where English would not capitalise it for the sentence — a name of one word
 * at a sentence's start, after "of" or after a possessive ("Tintin in"), or a noun after an article in capitals with it ("A
 * Passage to", not "a trip to"); and the sentence speaks of a work (WORK_CUES: an edition, copies, published, screened, a
 * classic, a soloist). "Biden in Texas said" (a person's verb after), "shot by Kubrick in England" (after "by") and "on Saturday in London" keep the place.
 * Cost: asked only of place hits after "in" or "to"; one match on 60 characters before, one on the sentence when it matches.
 */
import type { Span } from '../types';

/** Sentence start, "of " after a lower-case word ("an edition of", not "the National Archives of Georgia in"), or a possessive, then the title's first word(s), then "in"/"to" right before the place. */
const TITLE_BEFORE = /(?:^|[.!?]["”’]?\s+|(?<![\p{L}'’])\p{Ll}+\s+of\s+|\p{L}['’]s\s+)(?:(A|An|The)\s+)?(\p{Lu}\p{Ll}+)\s+(in|to)\s+$/u;
/** Days, months and seasons: "on Saturday in London", "Monday to Friday", "Spring in Paris" are times, not titles. */
const TIMES = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Spring Summer Autumn Winter Christmas Easter Today Tonight Yesterday Tomorrow'.split(
    ' ',
  ),
);
/** Words of a work and its life: editions, copies, publishing, screening, reading, performing. */
const WORK_CUES =
  /\b(?:editions?|copies|published|publishers?|reprinted|translated|screened|screenings?|premiered|classics?|novels?|books?|films?|movies?|borrowed|albums?|symphon(?:y|ies)|concerto|overture|opera|soloist|violist|violinist|pianist|cellist|orchestra|conductor|composer)\b/;

/** A person's verb right after the place: "Biden in Texas said" is a person somewhere, not a title. */
const SPEECH_AFTER = /^\s+(?:said|says|told|warned|vowed|urged|insisted|added|announced)\b/;

/** True where the place hit at `span`, after `prev` ("in" or "to"), ends a work's title written in title case. */
export function endsWorkTitle(text: string, span: Span, prev: string): boolean {
  if (prev !== 'in' && prev !== 'to') return false;
  const m = TITLE_BEFORE.exec(text.slice(Math.max(0, span.start - 60), span.start));
  if (!m || TIMES.has(m[2]!) || (m[3] === 'to' && !m[1]) || SPEECH_AFTER.test(text.slice(span.end, span.end + 12))) return false;
  const from = Math.max(text.lastIndexOf('. ', span.start), text.lastIndexOf('\n', span.start), 0);
  const stops = [text.indexOf('. ', span.end), text.indexOf('\n', span.end)].filter((i) => i >= 0);
  return WORK_CUES.test(text.slice(from, stops.length ? Math.min(...stops) : text.length));
}
