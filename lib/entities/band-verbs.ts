import type { Span } from '../types';

/**
 * A band named after a place, by what only a band does: it reunites, re-forms, splits up or disbands for or after a tour, an album
 * or a gig ("Kansas Reunite for Farewell Tour as Band's Songbook Is Reissued", "Alabama reunited for one last tour"). A town or a
 * state does none of it; a country reunites, but not for a tour ("Germany reunited in 1990"): the verb's own phrase must name
 * the music ("for a farewell tour", "after their third album"). Case is not asked: a Title Case headline writes "Reunite For".
 * Cost: a match on 80 characters after a place hit, which fails at its first characters but after a band's verb.
 */
const BAND_VERB_AFTER = new RegExp(
  String.raw`^\s(?:reunite|reunites|reunited|re-formed|disband|disbands|disbanded|split\sup)\s(?:for|after|to\splay|to\srecord|on)\s` +
    String.raw`[^.;:!?\n]{0,50}?\b(?:tours?|albums?|gigs?|concerts?|reunion\sshows?|songs?|singles?|records?|festival\sset)\b`,
  'i',
);

/** The place hit at `span` is a band's name: a band's verb and its music right after it (see the module's comment). */
export const bandVerb = (text: string, span: Span): boolean => BAND_VERB_AFTER.test(text.slice(span.end, span.end + 80));
