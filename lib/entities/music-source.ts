/**
 * Names that a jukebox, a playlist, a radio or a stereo plays are bands' and singers', not places': "The jukebox still plays
 * Alabama, Kansas and Chicago", "who bowl to a jukebox heavy on Europe and Chicago", "a playlist stacked with Boston and Toto".
 * Many bands carry a place's name (Chicago, Boston, Kansas, Europe, Alabama, Texas), and a machine that plays music plays records,
 * not towns. Evidence, all of it, in one sentence: a music machine's noun, within a short clause a verb of playing or a phrase of
 * stocking ("plays", "blared", "heavy on", "full of"), then the name, alone or an item of a list of capitalised names right after
 * that verb. Not a DJ's or a band's "played": they play in towns ("the DJ has played Ibiza and Tokyo", "the band plays Texas on
 * Friday"); not "plays in Chicago" (a preposition after the verb: where the machine is); not a possessive ("plays Chicago's own
 * stations").
 * Asked of place and country hits (thing-cues.ts); cost: a test of the word before the name (the verb or a list's joint), one pattern
 * on 140 characters only then.
 */
import type { Span } from '../types';

/** Machines and lists that play recorded music. */
const SOURCE = String.raw`(?:jukebox(?:es)?|playlists?|radio|stereo|car\s+stereo|turntables?|record\s+players?|sound\s+system|speakers|iPod|boombox)`;
/** Verbs of playing and phrases of stocking, right before the list. */
const PLAYING = String.raw`(?:plays?|played|playing|blares?|blared|blaring|blasts?|blasted|blasting|spins?|spun|spinning|pumps?\s+out|pumped\s+out|heavy\s+on|full\s+of|stocked\s+with|loaded\s+with|packed\s+with|stacked\s+with)`;
/** One capitalised name of up to three words ("Fleetwood Mac", "Earth, Wind & Fire" aside). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}`;
/** The source, a short clause without a sentence's end ("still", "was", "at the diner"), the verb, earlier names of the list. */
const PLAYED_BEFORE = new RegExp(String.raw`\b${SOURCE}\b[^.;:!?"“”]{0,40}?\b${PLAYING}\s+(?:${NAME}(?:,\s+|,?\s+(?:and|or|&)\s+))*$`, 'u');
/** The words that may stand right before the name: the verb's last word or a list's joint. */
const PREVS: ReadonlySet<string> = new Set(
  'play plays played playing blare blares blared blaring blast blasts blasted blasting spin spins spun spinning out on of with and or &'.split(' '),
);
/** After the name: punctuation, the end, or a list's next item; not a possessive or a lower-case word it modifies. */
const ENDS_AFTER = /^(?:\s*[,.;:!?)\u2014\u2013"”]|\s*$|\s+(?:and|or|&|on|at|in|every|all|while|when|as|until)\b)/u;

/** True where the name at `span` is one of the names a music machine plays (see the module's comment). */
export function playedByMachine(text: string, span: Span, prev: string | null | undefined): boolean {
  const comma = text.charCodeAt(span.start - 2) === 44;
  if (!(prev && PREVS.has(prev.toLowerCase())) && !comma) return false;
  if (!ENDS_AFTER.test(text.slice(span.end, span.end + 8))) return false;
  return PLAYED_BEFORE.test(text.slice(Math.max(0, span.start - 140), span.start));
}
