/**
 * A place's name right after "by" that follows a work's title in quotation marks ("plays “Dust in the Wind” by Kansas", "a
 * cover of 'Africa' by Toto", "“Tales of the City,” by Armistead Maupin"): the work's author, band or maker, not the place or
 * country. The quoted words must read as a title: title case, every word of four letters or more capitalised ("A Horse With No
 * Name"), so a quoted phrase of speech ("described as “an act of aggression” by China") is no title. Not after a verb of naming or
 * awarding before the quotation ("dubbed the “Hanoi Hilton” by …", "named “app of the year” by …", "voted “Best Town” by …"):
 * there "by" names who gave the name, which a country or a town may be.
 * Asked of place hits only (named-after.ts): "a novel by Jane Austen" names its dataset author rightly.
 * The same before the title, the name's possessive (creatorBeforeQuotedWork): "asked for Europe's 'The Final Countdown' to be played",
 * "Kansas's “Carry On Wayward Son” blared", in a sentence of a work (a song, a record, a book, a film, their playing): not a
 * title the place names its own ("South Dakota's “Meth. We're on it.” ad campaign": a noun after it; "Europe's 'green deal'": no
 * title case), nor a country's (named-after.ts: "Ireland's “Fields of Athenry”" is the country's song).
 * Cost: a character test per hit; a slice and two patterns only where "by " stands right before the name.
 */
import type { Span } from '../types';
import { sentenceRangeAround } from '../text/sentences';

/** A closing quotation mark (a comma inside or after it), "by", perhaps "the": the whole of what stands before the name. */
const BY_AFTER_QUOTE = /["”'’],?\s+by\s+(?:the\s+)?$/;
/**
 * The quoted words (group 1 or 2): between double marks, or single ones (no apostrophe inside those), no line break, up to the
 * closing mark.
 */
const QUOTED = /(?:["“]([^"“”\n]{1,80}?),?["”]|['‘]([^'‘’"“”\n]{1,80}?),?['’]),?\s+by\s+(?:the\s+)?$/;
/** Verbs of naming or awarding right before the opening mark (perhaps with "the", "a", "its", "as"). */
const NAMING_BEFORE =
  /\b(?:dubbed|named|called|nicknamed|labell?ed|branded|voted|crowned|awarded|given|ranked|rated|described\s+as|hailed\s+as|billed\s+as|known\s+as|termed)\s+(?:as\s+)?(?:(?:the|a|an|its|their|his|her)\s+)?$/;
/** Words a title leaves in lower case ("in", "the", "of", "on"): short function words. */
const TITLE_SMALL = /^(?:a|an|the|and|or|but|nor|of|in|on|at|to|by|for|with|from|as|de|la|le|du|del|von|van|is|it|me|my|we|up)$/;

/** The quoted words read as a title: a capital first, every word of four letters or more capitalised, short function words aside. */
function titleCased(quoted: string): boolean {
  const words = quoted.trim().split(/\s+/);
  if (!/^[\p{Lu}\d]/u.test(words[0]!)) return false;
  return words.every((w) => !/^\p{Ll}/u.test(w) || (w.length < 4 && TITLE_SMALL.test(w.replace(/[^\p{L}]/gu, ''))));
}

/**
 * What may follow the creator's name: punctuation or the end, a capital, a function word or a verb in the past ("by Kansas on a
 * battered guitar", "by America collected $300"); not a lower-case noun, of which the name is a modifier ("by Texas standards").
 */
const CREATOR_ENDS =
  /^(?:\s*(?:[,.;:!?)\u2014\u2013"”’]|$)|\s+(?:\p{Lu}|(?:on|in|at|and|or|with|from|for|that|which|was|is|as|during|while|before|after|to|until|into|when|but|then|has|had|have|will|would|can|could|all|every|each|this|last|again|live|once|too|twice)\b|\p{Ll}+ed\b))/u;

/** True where the place hit at `span` follows "by" after a quoted title: the work's creator (see the module's comment). */
export function creatorOfQuotedWork(text: string, span: Span): boolean {
  // (Only after "by " or "by the ": the word before ends in "y" or "e".)
  const y = text.charCodeAt(span.start - 2);
  if (y !== 121 && y !== 101) return false;
  const before = text.slice(Math.max(0, span.start - 120), span.start);
  if (!BY_AFTER_QUOTE.test(before)) return false;
  const m = QUOTED.exec(before);
  if (!m || !titleCased(m[1] ?? m[2]!)) return false;
  return !NAMING_BEFORE.test(before.slice(0, m.index)) && CREATOR_ENDS.test(text.slice(span.end, span.end + 16));
}

/** The name's possessive, then a quoted title (group 1 or 2) and its closing mark. */
const POSSESSIVE_QUOTED = /^['’]s\s+(?:["“]([^"“”\n]{1,80}?),?["”]|['‘]([^'‘’"“”\n]{1,80}?),?['’])/;
/** After the title: punctuation, the end, a capital, or a lower-case word other than a noun the title modifies ("ad campaign"). */
const WORK_ENDS =
  /^(?:\s*(?:[,.;:!?)\u2014\u2013]|$)|\s+(?:\p{Lu}|(?:to|on|in|at|and|or|with|from|for|was|is|were|are|as|while|when|by|has|had|have|will|would|again|live|three|twice)\b|\p{Ll}+ed\b))/u;
/** Words of a work in the sentence: songs and records, books and films, and their playing, singing, reading or screening. */
const WORK_TALK =
  /\b(?:play(?:s|ed|ing)?|s[iau]ng|singing|songs?|hits?|singles?|tracks?|tunes?|albums?|bands?|concerts?|covers?|jukebox|radio|playlists?|listen(?:ed|ing)?|danc(?:e|ed|ing)|perform(?:s|ed|ing)?|gigs?|lyrics|chorus|karaoke|novels?|books?|films?|movies?|read(?:s|ing)?|reissues?|vinyl|pressing|symphon(?:y|ies)|opera|orchestra|choir|recital|blared|blaring)\b/i;

/** True where the place hit at `span` is in the possessive before a quoted title in a sentence of works: its creator (see the module's comment). */
export function creatorBeforeQuotedWork(text: string, span: Span): boolean {
  // (Only before "'s" or "’s".)
  const q = text.charCodeAt(span.end);
  if (q !== 39 && q !== 0x2019) return false;
  const m = POSSESSIVE_QUOTED.exec(text.slice(span.end, span.end + 100));
  if (!m || !titleCased(m[1] ?? m[2]!) || !WORK_ENDS.test(text.slice(span.end + m[0].length, span.end + m[0].length + 16))) return false;
  return WORK_TALK.test(text.slice(...sentenceRangeAround(text, span.start, span.end, 240)));
}
