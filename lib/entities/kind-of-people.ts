import { ANONYMOUS_SOURCE_HEADS, GROUP_SOURCE_HEADS, PEOPLE_PLURALS, ROLES_OF_FIRMS } from '../text/words';
import type { Span } from '../types';
import type { LexiconSets } from './lexicon-sets';
import { ADJECTIVE, listKind, type Kinds } from './list-kind';
import { ENDS_PHRASE, wordBefore } from './name-words';
import { givenAlone, isRole, PERSON_NOUNS } from './person-evidence';
import { ownedByPerson, ownsWhatPeopleOwn } from './person-nouns';
import { castAsRole } from './as-role';

export { ownedByPerson };

/**
 * A name that news copy sets among people of a kind is a person's:
 *  - an example of a plural of people ("officials such as Harrow", "players including Dunne", "people like Yaqubi");
 *  - listed with "other" or "fellow" people ("met Hitler and other German officials", "Dunne and fellow ministers");
 *  - joined by "and" to a personal pronoun ("between him and Linares", "Peder and I were", "me and Laura",
 *    "Harrow and his allies"): a firm, a place or a thing is joined to "it", never to "him" or "I".
 * Asked of one candidate at a time (person-evidence's chain in name-scan.ts); lists are read by list-kind.ts, pronouns on 48
 * characters either side.
 */

/** A plural of people: a role's ("officials", "chairmen") or a word for people in general ("people", "women"). */
export function peoplePlural(w: string, L: LexiconSets | null): boolean {
  if (PEOPLE_PLURALS.has(w)) return true;
  if (w.endsWith('men')) return isRole(w.slice(0, -3) + 'man', L);
  if (!w.endsWith('s')) return false;
  // ("officials", "ministers"; "actresses", "coaches")
  const one = /(?:ss|ch|sh)es$/.test(w) ? w.slice(0, -2) : w.slice(0, -1);
  return !ROLES_OF_FIRMS.has(one) && isRole(one, L);
}
/** A verb after the name: an auxiliary, a past tense or a present in -s. */
const VERB_NEXT = /^\s+(?:is|was|are|were|has|had|have|will|would|can|could|\p{Ll}+ed|\p{Ll}+[^s]s)\b/u;

/** A personal pronoun joined by "and" before the name ("him and ", "she and "); not "I", which a numeral may be ("War I and"). */
const PRONOUN_AND = /(?:^|[^\p{L}])(?:him|her|he|she|me)\s+and\s$/iu;
/** "and I", "and me", "and his …", "and her …" right after the name. */
const AND_PRONOUN = /^\s+and\s+(?:(?:I|me|him|he|she)\b|(?:his|her)\s+\p{Ll})/u;

// (Not a doll's or a gem's name, which PERSON_NOUNS holds as what a person is called: "a doll named …".)
const NAMED_NOUNS = PERSON_NOUNS.replace('|gem|doll', '');
/**
 * The name introduced as a person's: "my name is …", "her first name was …", or a word only people are called by, then "named" or
 * "called" ("a guy named …", "a stylist called …"; not "a company called …", "a town named …").
 */
const NAMED_BEFORE = new RegExp(
  String.raw`\b(?:(?:[Mm]y|[Hh]is|[Hh]er|[Yy]our|[Tt]heir)\s+(?:(?:first|last|real|full|given|middle)\s+)?name\s+(?:is|was|['\u2019]s)|${NAMED_NOUNS}\s+(?:named|called))\s$`,
  'u',
);

/** NAMED_BEFORE, tried only where "name" or "called" stands (every match ends in "name …", "named" or "called"). */
const namedBefore = (lead: string): boolean => (lead.includes('name') || lead.includes('called')) && NAMED_BEFORE.test(lead);

/**
 * What one does only beside or under another person, right before the name: "studied under Haydn", "corresponded with Leibniz", "an
 * affair with Villiers", "married to Quarrender", "divorced from …" (a firm is partnered with and a place visited; not "trained with",
 * which a club is, nor "in love with", which a city is).
 */
const COMPANION_BEFORE =
  /\b(?:(?:studied|studying|trained|apprenticed)\s+under|studied\s+with|(?:friendship|friends|affair|romance|feud|quarrell?ed|corresponded|correspondence)\s+with|(?:married|engaged|betrothed)\s+to|divorced\s+from)\s$/;
/** COMPANION_BEFORE before `start`, asked only where the word before is one it ends on (most names follow none). */
function companionBefore(text: string, start: number): boolean {
  const w = wordBefore(text, start);
  return (w === 'under' || w === 'with' || w === 'to' || w === 'from') && COMPANION_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * The name is a person's though a place's preposition stands before it (name-scan.ts): it owns what only people own, or it is one
 * studied under or married to ("in Springsteen's hometown", "studied under Brelvash").
 */
export function personAfterPlaceWord(text: string, span: Span): boolean {
  return ownsWhatPeopleOwn(text, span) || companionBefore(text, span.start);
}

/** "ask for", "asked for", "asking for" right before the name. */
const ASKED_FOR = /\b[Aa]sk(?:ed|ing)?\s+for\s$/;

export function amongPeople(text: string, start: number, end: number, L: LexiconSets | null): string | null {
  if (!L || ADJECTIVE.test(text.slice(start, end))) return null;
  // ("Sappho's poems", "the son of Teispes": person-nouns.ts.)
  const owned = ownedByPerson(text, start, end, givenAlone(text.slice(start, end).toLowerCase(), L));
  if (owned) return owned;
  const list = listKind(text, start, end, peopleKinds(L));
  // ("people, including Polish-style economic …": an adjective. The example ends its phrase or its verb follows; after "like",
  // list-kind.ts asks that it end its phrase.)
  if (list?.side === 'before' && !list.inside) {
    const next = text.slice(end, end + 12);
    if (ENDS_PHRASE.test(next) || VERB_NEXT.test(next)) return 'an example of a kind of people';
  }
  // (Each pattern asked only where the characters it must end or start on stand there: most names stand in no such phrase.)
  const spaced = start > 0 && spaceAt(text, start - 1);
  if (spaced && andBefore(text, start - 1) && PRONOUN_AND.test(text.slice(Math.max(0, start - 48), start))) return 'joined to a personal pronoun';
  if (andAfter(text, end) && AND_PRONOUN.test(text.slice(end, end + 48))) return 'joined to a personal pronoun';
  if (spaced && namedBefore(text.slice(Math.max(0, start - 40), start))) return 'introduced by name';
  // ("Ask for Tomasz when you call": one asked for by name at a shop or an office, a one-word name ending its phrase.)
  if (
    spaced &&
    ASKED_FOR.test(text.slice(Math.max(0, start - 12), start)) &&
    !text.slice(start, end).includes(' ') &&
    ENDS_PHRASE.test(text.slice(end, end + 12))
  )
    return 'asked for by name';
  if (list?.side === 'after' && !list.inside) return 'listed with other people';
  if (spaced && companionBefore(text, start)) return 'one studied under, married to or befriended';
  // ("chose Gehry as the architect": as-role.ts.)
  return castAsRole(text, start, end, L);
}

/** The kinds of people for the lexicon L (made once for each). */
function peopleKinds(L: LexiconSets): Kinds {
  if (people?.L !== L) people = { L, kinds: { has: (w) => peoplePlural(w, L), likers: true } };
  return people.kinds;
}
let people: { L: LexiconSets; kinds: Kinds } | null = null;

/**
 * A one-word "person" that is a plural of people or a group ("Analysts say", "Experts say", "Sources told CNN", "People aged 13-17"):
 * the kind, capitalised at a sentence's start, not a name. No surname is a plural of a role; one that is an office's plural after
 * an honorific is left to that evidence.
 */
export function groupOfPeople(word: string, L: LexiconSets | null): boolean {
  const low = word.toLowerCase();
  if (GROUP_SOURCE_HEADS.has(low) || peoplePlural(low, L)) return true;
  return low.endsWith('s') && ANONYMOUS_SOURCE_HEADS.has(low.slice(0, -1));
}

const SPACE = /\s/;
/** /\s/.test(text[i]), with an ASCII fast path. */
function spaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : i < text.length && SPACE.test(text[i]!);
}

/** "and" in any case ends at `at` (PRONOUN_AND's last word). */
function andBefore(text: string, at: number): boolean {
  return at >= 3 && (text.charCodeAt(at - 3) | 32) === 97 && (text.charCodeAt(at - 2) | 32) === 110 && (text.charCodeAt(at - 1) | 32) === 100;
}

/** A comma perhaps, white space, then "and" from `at`: how AND_PRONOUN opens. */
function andAfter(text: string, at: number): boolean {
  let i = text.charCodeAt(at) === 44 ? at + 1 : at;
  if (!spaceAt(text, i)) return false;
  while (spaceAt(text, i)) i++;
  return text.startsWith('and', i);
}
