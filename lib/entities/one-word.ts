import { CELESTIAL_BODIES, HONORIFICS, ORGANISATION_MEMBER_NOUNS } from '../text/words';
import type { Span } from '../types';
import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import type { LowerWords } from './article-words';

/**
 * One-word people built from the article alone ("Tarlo said", "Kipling enrolled") are followed to
 * every capitalised occurrence of the word. The evidence that made most of them is evidence a firm,
 * a party or a place gets as readily ("Apple said", "Hamas began", "by Rahu", "Gannett and
 * GateHouse"): such a word is held to what the article says of it elsewhere.
 */

/** Evidence a firm, a party or a place gets as readily as a person. */
export const WEAK_EVIDENCE: ReadonlySet<string> = new Set([
  'speech verb after the name',
  'speech verb before the name',
  'subject of a verb of a life',
  'listed with a person',
  'he or she after the name',
]);

/**
 * A one-word person whose only evidence is WEAK_EVIDENCE is a thing's name when it is a planet's, the
 * Sun's or the Moon's ("Mercury and Venus is conjunct"), or — unless it is a given name — when the article lists it
 * with one ("aspected by Rahu and Venus", "Mercury and Ketu": an astrologer's body), when a firm's
 * people or things follow it somewhere ("WeWork employees", "a WeWork spokesperson"), when the article
 * writes it after "in" somewhere, as a place or a medium ("in Fallujah", "in Python"), when the article
 * also writes it in lower case (an everyday word: "Hard is relative"), or when the article calls it "its" after two or more of its occurrences and more often than "his" or "her".
 */
export function thingByPronouns(text: string, tokens: Token[], word: string, L: LexiconSets | null, lower: LowerWords): boolean {
  const low = word.toLowerCase();
  if (CELESTIAL_BODIES.has(low)) return true;
  if (L?.givenNames.has(low)) return false;
  // ("Hassle-free claims", "Meta-analyses have suggested", "Customizable reports": a compound with a lower-case part, or an adjective
  // in -sable, -zable or -ible, is shaped as no surname; "Moholy-Nagy", "Al-Ibrahim" have capitals, "Constable" no such ending.)
  if (NO_SURNAME_COMPOUND.test(word)) return true;
  // "Hard is relative … running hard", "Nothing contained herein … nothing": the article writes it in lower case too.
  // (Asked first: it needs no pass over the tokens.)
  if (lower.has(low)) return true;
  // The word's occurrences, found in one pass over the tokens (both tests below read them).
  // (A word opening with a capital A–Z stands only in capitalised tokens: their index, not a pass over every token per word.)
  const c = word.charCodeAt(0);
  const at = c >= 65 && c <= 90 ? lower.capitalised(word) : tokens.filter((t) => t.text === word);
  for (let k = 0; k < at.length; k++) if (orgMemberAfter(text, at[k]!.end) || placedAt(text, at[k]!) || listedWithBody(text, at[k]!)) return true;
  const votes = pronounVotes(text, at, word);
  return votes.thing >= 2 && votes.thing > votes.person;
}

/** Possessive and reflexive pronouns: a person's, or a thing's ("its", "itself"). */
const PRONOUN = /\b(?:(his|her|hers|himself|herself)|(its|itself))\b/gi;
/** How far after an occurrence its pronoun is looked for: to the end of the next sentence, at most this far. */
const REACH = 240;

/**
 * For each occurrence of `word` (capitalised tokens), the first possessive or reflexive pronoun after
 * it, within its own sentence and the next: a person's ("his", "her", "herself") or a thing's ("its",
 * "itself"). "Apple … its products" and "Hamas has its own agenda" vote thing; "Kipling's need to
 * write … his" votes person.
 */
export function pronounVotes(text: string, tokens: readonly Token[], word: string): { person: number; thing: number } {
  const votes = { person: 0, thing: 0 };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text !== word) continue;
    const end = sentenceAfterNextEnd(text, t.end);
    // Searched in a window (one character before, for \b, to past the longest pronoun that can
    // start before `end`): on the whole text, an occurrence with no pronoun after it scanned to the end.
    const from = Math.max(0, t.end - 1);
    PRONOUN.lastIndex = t.end - from;
    const m = PRONOUN.exec(text.slice(from, end + 8));
    if (!m || from + m.index >= end) continue;
    if (m[1]) votes.person++;
    else votes.thing++;
  }
  return votes;
}

/** Where the sentence after the one open at `at` ends (or REACH characters on). */
function sentenceAfterNextEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + REACH);
  let seen = 0;
  for (let i = at; i < limit; i++) {
    const c = text.charCodeAt(i); // (codes: a character above U+00FF is a new string each time)
    if ((c === 46 || c === 33 || c === 63 || c === 10) && /\s|$/.test(text[i + 1] ?? '') && ++seen === 2) return i;
  }
  return limit;
}

/** A firm's people or things right after the name, perhaps after a possessive ("WeWork employees", "Instagram's users", "Aman hotels", "the Soneva brand"). */
function orgMemberAfter(text: string, end: number): boolean {
  const m = /^(?:['\u2019]s)?\s+([\p{L}-]+)/u.exec(text.slice(end, end + 24));
  return !!m && (ORGANISATION_MEMBER_NOUNS.has(m[1]!.toLowerCase()) || FIRMS_GOODS.has(m[1]!.toLowerCase()));
}
/** What a firm sells or runs, named after it: a brand's, a chain's or software's goods, none a person's. */
const FIRMS_GOODS: ReadonlySet<string> = new Set(
  'brand brands products software website websites stores hotels restaurants devices browser browsers plugin plugins framework'.split(' '),
);
const NO_SURNAME_COMPOUND = /^\p{Lu}\p{Ll}*-\p{Ll}|(?:[sz]able|ible)$/u;

/**
 * A one-word person whose word the article writes, or its singular, in lower case: a thing, not a
 * person — on any evidence but for a given name ("Drip Coffee … coffee", "Tools", "Houses"), and
 * after a title only when that is a trade's, role's or rank's word ("Top Expert Recommendations"
 * beside "a recommendation", "the Taxi App" beside "the app"); after an honorific or an office the
 * name stays a person's ("Mr. Brown", "Judge Rice").
 */
export function everydayOneWord(text: string, p: { name: string; why: string; mentions: Span[] }, lower: LowerWords, L: LexiconSets | null): boolean {
  const low = p.name.toLowerCase();
  if (!everydayWord(low, (w) => lower.has(w))) return false;
  if (p.why !== 'title before the name') return !L?.givenNames.has(low);
  const at = p.mentions[0]!.start;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
  return !before || !officeWord(before[1]!.toLowerCase());
}

/** An honorific or an office held by a person alone before a name ("Mr.", "Dr.", "Judge", "Senator"), not a trade's, a role's or a rank's word that also names things ("Expert", "General", "Duke", "Miss"). */
export const officeWord = (w: string): boolean => (HONORIFICS.has(w) && w !== 'miss') || OFFICES.has(w);
const OFFICES: ReadonlySet<string> = new Set(
  'president senator governor mayor judge justice minister secretary ambassador commissioner representative sheriff chancellor premier pope cardinal bishop archbishop sheikh emir ayatollah'.split(
    ' ',
  ),
);
const WORD_BEFORE = /([\p{L}]+)\.?\s+$/u;

/**
 * A full name whose last word the article writes in lower case, or its singular, and whose first is no given name: a firm's
 * or a thing's ("Noble Moving" beside "local moving", "Rosetta Stone", "Hotspot Shield"), not a person's surname (article-people.ts).
 */
export function commonLast(p: { parts: string[] }, L: LexiconSets | null, lower: LowerWords): boolean {
  const n = p.parts.length;
  if (n < 2 || !L || L.givenNames.has(p.parts[0]!.toLowerCase())) return false;
  return everydayWord(p.parts[n - 1]!.toLowerCase(), (w) => lower.has(w));
}

/** The article writes the word, or its singular, in lower case. */
export function everydayWord(low: string, writtenLower: (w: string) => boolean): boolean {
  if (writtenLower(low)) return true;
  return low.endsWith('s') && (writtenLower(low.slice(0, -1)) || (low.endsWith('es') && writtenLower(low.slice(0, -2))));
}

/**
 * A planet, the Sun or the Moon, capitalised, joined to the word by "and" or "or" on either side ("Rahu and Mercury", "Venus or
 * Ketu"), and no word of a longer name ("Mars Ltd", "Bruno Mars and …": a capitalised word beside it).
 */
const BODY_AFTER = /^\s+(?:and|or|&)\s+(\p{Lu}\p{Ll}+)(?![\p{L}'\u2019-]|\s+\p{Lu})/u;
const BODY_BEFORE = /(?<!\p{Lu}[\p{L}'\u2019-]*\s+)(?<![\p{L}-])(\p{Lu}\p{Ll}+),?\s+(?:and|or|&)\s+$/u;
function listedWithBody(text: string, t: Token): boolean {
  const a = BODY_AFTER.exec(text.slice(t.end, t.end + 20));
  if (a && CELESTIAL_BODIES.has(a[1]!.toLowerCase())) return true;
  const b = joinerBefore(text, t.start) ? BODY_BEFORE.exec(text.slice(Math.max(0, t.start - 40), t.start)) : null;
  return !!b && CELESTIAL_BODIES.has(b[1]!.toLowerCase());
}
/** "and", "or" or "&", then white space, right before `at`: how every BODY_BEFORE match ends (tested first: asked at each occurrence of a one-word person). */
function joinerBefore(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i < at && (text.endsWith('and', i) || text.endsWith('or', i) || text.endsWith('&', i));
}
/** /\s/ of one UTF-16 code unit, ASCII by hand. */
const isSpaceCode = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(String.fromCharCode(c)));
const SPACE = /\s/;

/** "in Fallujah,", "written in TypeScript": "in" (or "near", "across", "throughout") before the word and no possessive after it. */
const IN_BEFORE = /\b(?:in|near|across|throughout)\s$/;
function placedAt(text: string, t: Token): boolean {
  return IN_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)) && !/^['\u2019]s\b/.test(text.slice(t.end, t.end + 3));
}
