import { speechAlternation } from '../text/speech-verbs';
import type { LexiconSets } from './lexicon-sets';
import { ENDS_PHRASE } from './name-words';

/**
 * A one-word name that is the subject of its clause, which goes on to speak of it as "he" or "she":
 * "Bloch is concerned to establish hope as the guiding principle of his Marxism", "Okafor insisted that
 * she had paid". English refers to a company, a country or a thing as "it", so the first personal pronoun
 * after such a subject — in the same sentence, with no other capitalised word between that the pronoun
 * could be about ("Microsoft hired Smith for his skills") — marks a person. A subject is followed by its
 * verb ("Bloch is", "Lu must", "Voltaire once told", "Xi and his comrades"), not by the noun it qualifies
 * ("Blood tests revealed", "Border agents \"say"), and it opens its clause (not "his Christmas cards", "has used
 * Echo hubs", "a Unix server"); it is no
 * participle or adverb opening a sentence ("Exhausted from his journey", "Gradually require the puppy to
 * turn his head"), no hyphenated adjective ("Michelin-starred") and no end of a longer name ("Big Machine").
 */
const PRONOUN = /\b(?:(he|his|him|himself|she|her|hers|herself)|(it|its|itself|they|their|them|themselves))\b/i;
/** The verb after a subject (an auxiliary, a past tense, a present in -s before a lower-case word), perhaps after an adverb; or "and" before a pronoun's possessive ("Xi and his comrades"). */
// (The irregular speech verbs' past forms come from speech-verbs.ts; the other irregular pasts are no speech verbs.)
const VERB_NEXT = new RegExp(
  String.raw`^ (?:(?:\p{Ll}+ly|once|never|also|still|then|later|soon|now|often|always|had|has|have|was|is) )?(?:is|was|has|had|will|would|can|could|must|may|might|should|does|did|\p{Ll}{2,}ed|${speechAlternation(['say', 'tell', 'write'], 'past')}|found|made|took|gave|got|came|went|saw|knew|held|kept|left|met|became|began|thought|felt|brought|won|lost|led|ran|spent|sent|built|paid|(\p{Ll}{2,}[a-rt-z]s)(?= \p{Ll}))\b|^ and (?:his|her)\b`,
  'u',
);
/** After a word in -s, a verb or an auxiliary: the word was a plural noun the name qualified ("Blood tests revealed", "Echo hubs are"). */
const VERB_AFTER_PLURAL = /^ (?:\p{Ll}+ed|are|were|have|had|can|could|will|would|may|might|must|should)\b/u;
/**
 * The end of the sentence, or a capitalised word (another name the pronoun may be about) — not a word shouted in capitals ("Barb
 * does an AMAZING JOB, she is …"), which no "he" or "she" stands for: an acronym is "it", a shouted word no name.
 */
const STOP = /[.!?;:\n]|\s\p{Lu}(?!\p{Lu}+\b)/u;
/** A participle or an adverb, which opens sentences capitalised ("Exhausted", "Launching", "Gradually"). */
const NOT_SUBJECT = /(?:ing|ed|ly)$/;
const CAPITAL_BEFORE = /\p{Lu}[\p{L}'\u2019.-]*\s$/u;
/** A subject opens its clause: after punctuation, a line's start or a word that opens clauses — not after a verb or a preposition ("has used Echo hubs"). */
const CLAUSE_START =
  /(?:^|[\n.!?;:,"\u201c\u201d\u2018\u2019'(\u2013\u2014]|\b(?:that|where|when|while|and|but|because|as|if|so|then|since|after|before|until|though|although|whereas|who|which|whether|once|now|today|yesterday|also))\s*$/;

export function pronounAfter(text: string, start: number, end: number): boolean {
  // (A space and a lower-case ASCII letter first, tested without a slice: most names are followed by neither.)
  const c = text.charCodeAt(end + 1);
  if (text.charCodeAt(end) !== 32 || c < 97 || c > 122) return false;
  const v = VERB_NEXT.exec(text.slice(end, end + 24));
  if (!v || (v[1] && VERB_AFTER_PLURAL.test(text.slice(end + v[0].length, end + v[0].length + 12)))) return false;
  const word = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 20), start);
  if (NOT_SUBJECT.test(word) || word.includes('-') || CAPITAL_BEFORE.test(before) || !CLAUSE_START.test(before)) return false;
  let tail = text.slice(end, end + 160);
  const stop = STOP.exec(tail);
  if (stop) tail = tail.slice(0, stop.index);
  const m = PRONOUN.exec(tail);
  // ("Ecogas would pay him", "Apple hired him": "him" as the object of the name's own verb is somebody else, as English binds no
  // pronoun to its own clause's subject — that would be "himself"; after a word opening another clause it may be the name's.)
  if (m && m[1]?.toLowerCase() === 'him' && !OTHER_CLAUSE.test(tail.slice(0, m.index))) return false;
  return !!m && !!m[1];
}
/** A word or a mark that opens another clause, in which a pronoun may stand for the name. */
const OTHER_CLAUSE = /,|\b(?:that|who|which|whom|when|while|if|because|since|after|before|until|and|but|or|so|as|where|than)\b/;

/**
 * Verbs that ask or make someone do something, before their object and "to": "encourage Abakumov to form his own network",
 * "urged Okafor to drop her bid". Firms are their objects as often ("urged Apple to drop its plan"): the to-clause's first
 * pronoun tells — "he" or "she" a person's, "it" or "they" a firm's or a group's.
 */
export const ASKING_VERBS: ReadonlySet<string> = new Set(
  'encourage encouraged encourages urge urged urges persuade persuaded convince convinced ask asked asks tell told tells order ordered force forced invite invited advise advised beg begged'.split(
    ' ',
  ),
);

/** The name at [start, end) is an asking verb's object before "to <verb>", and the to-clause's first pronoun is a person's. */
export function pronounInToClause(text: string, end: number): boolean {
  if (!text.startsWith(' to ', end)) return false;
  let tail = text.slice(end + 4, end + 124);
  if (!/^\p{Ll}/u.test(tail)) return false;
  const stop = STOP.exec(tail);
  if (stop) tail = tail.slice(0, stop.index);
  const m = PRONOUN.exec(tail);
  return !!m && !!m[1];
}

/** A verb of passing a message or a thing on, perhaps with its object, then "to" ("forward this to", "sent it to", "talk to"). */
const SENT_TO =
  /\b(?:forward|forwarded|forwarding|send|sent|sending|pass|passed|reply|replied|talk|talked|talking|speak|spoke|speaking|mail|mailed|introduce|introduced)(?:\s+(?:it|this|that|them|these|those|him|her|me|us|everything|along|on|back))?\s+to\s$/;

/**
 * "Go ahead and forward to Brant if you are ready", "talk to Okonkwo.": the one a message or a thing is passed to, or who is spoken
 * to, by a one-word name (name-scan.ts asks it after "to" where the phrase ends and no given name stands). Not an
 * everyday word, a known place, organisation or company ("talk to Sales", "sent to Amazon").
 */
export function sentTo(text: string, start: number, low: string, L: LexiconSets | null, pre: string): 'sent or spoken to' | null {
  if (pre !== 'to' || !L || L.everyday.has(low) || L.knownPlaces.has(low) || L.knownOrgs.has(low) || L.companies.has(low) || L.lead.has(low)) return null;
  return SENT_TO.test(text.slice(Math.max(0, start - 40), start)) ? 'sent or spoken to' : null;
}

/**
 * ENDS_PHRASE right after a name; after a given name that a preposition governs (`given`), a possessive or a gerund also ends
 * the preposition's phrase with the name ("with Steve 's position" as tokenised text writes it, "with Jeff making the call").
 */
export const endsPhraseAt = (text: string, end: number, given: boolean): boolean =>
  ENDS_PHRASE.test(text.slice(end, end + 8)) || (given && /^(?: ?['\u2019]s\s|\s+\p{Ll}{2,}ing\b)/u.test(text.slice(end, end + 24)));
