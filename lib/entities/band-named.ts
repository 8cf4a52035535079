import type { Span } from '../types';
import { sentenceRangeAround } from '../text/sentences';

/**
 * An organisation's or an outlet's name that the sentence makes a band's (issue 18): "Fans queuing for the Interpol concert film …, a
 * pairing the band's drummer later called …", "the Interpol frontman", "the new Europe album, the band's first in a decade".
 *  - right before a band member's noun ("frontman", "drummer", "lead singer"): only a band has them (a police body has officers,
 *    a news site its editors);
 *  - right before its concert, gig, album, tour or setlist, with the band named in the same sentence ("the band", "the band's",
 *    "bandmates"): a body's concert is one it holds, and the sentence then speaks of no band.
 * Asked of organisations and outlets only (called-kind.ts): "the Berlin concert" is one held there, whatever band played.
 * Cost: one sticky-free test of a few characters after the hit; the sentence is read only after a music noun.
 */
/** A band member's nouns, an alternation (named-by.ts reads them before "of": "the frontman of Europe"). */
export const BAND_MEMBERS = 'frontman|frontwoman|front-man|drummer|guitarist|bassist|keyboardist|keyboard\\s+player|lead\\s+(?:singer|vocalist|guitarist)';
const MEMBER_AFTER = new RegExp(`^\\s(?:${BAND_MEMBERS})\\b`);
const MUSIC_AFTER = /^\s(?:concerts?|gigs?|albums?|tours?|setlists?|set\slist|reunion\stour|comeback\salbum)\b/;
const BAND_SAID = /\b(?:the|their|its)\s+band(?:['’]s)?\b|\bbandmates?\b/;
/** How far the sentence reaches either side of the name (characters). */
const REACH = 240;

export function bandNamed(text: string, span: Span): boolean {
  if (text.charCodeAt(span.end) !== 32) return false;
  const after = text.slice(span.end, span.end + 20);
  if (MEMBER_AFTER.test(after)) return true;
  if (!MUSIC_AFTER.test(after)) return false;
  const [from, to] = sentenceRangeAround(text, span.start, span.end, REACH);
  return BAND_SAID.test(text.slice(from, to));
}

/**
 * A place's name as what fans go to see or hear, in a sentence that names the band ("queued for tickets to see Texas on the band's
 * anniversary tour", "came to hear Europe play, and the band obliged"): a band called after a place, not the place — one sees a
 * place too, but the sentence then speaks of no band. Asked of places and countries (meant-else.ts); a person seen is the person,
 * whatever band he leads. Cost: a test of the few characters before the name; the sentence is read only after a verb of seeing.
 */
export function bandSeen(text: string, span: Span): boolean {
  if (!SEEN_BEFORE.test(text.slice(Math.max(0, span.start - 10), span.start))) return false;
  const [from, to] = sentenceRangeAround(text, span.start, span.end, REACH);
  return BAND_SAID.test(text.slice(from, to));
}
/** A verb of seeing or hearing a show right before the name. */
const SEEN_BEFORE = /\b(?:see|saw|seen|seeing|watch|watched|watching|hear|heard|hearing|catch|caught)\s$/;
