/**
 * A place's name right after "by" that follows a work's title in quotation marks ("plays “Dust in the Wind” by Kansas", "a
 * cover of 'Africa' by Toto", "“Tales of the City,” by Armistead Maupin"): the work's author, band or maker, not the place or
 * country. The quoted words must read as a title: title case, every word of four letters or more capitalised ("A Horse With No
 * Name"), so a quoted phrase of speech ("described as “an act of aggression” by China") is no title. Not after a verb of naming or
 * awarding before the quotation ("dubbed the “Hanoi Hilton” by …", "named “app of the year” by …", "voted “Best Town” by …"):
 * there "by" names who gave the name, which a country or a town may be.
 * Asked of place hits only (named-after.ts): "a novel by Jane Austen" names its dataset author rightly.
 * Cost: a character test per hit; a slice and two patterns only where "by " stands right before the name.
 */
import type { Span } from '../types';

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
