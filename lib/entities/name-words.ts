import { HONORIFICS, JOINED_PARTICLE_ALTERNATION, MONTHS, TITLE_WORDS, WEEKDAYS, WORK_KIND_BEFORE, WORK_KINDS } from '../text/words';
import type { Span } from '../types';
import { WordToken, type Token } from './candidates';

/**
 * Which capitalised words can be parts of personal names: the name finders' shared test. The shared word lists
 * (titles, honorifics, calendar words) come from lib/text/words.ts; the words here are the ones only name finding needs.
 */

// Capitalised words that are not parts of personal names even when they sit in a capitalised run (with the indefinite pronouns: "Someone told me")
export const NOT_NAME: ReadonlySet<string> = new Set([
  ...TITLE_WORDS,
  ...HONORIFICS,
  ...MONTHS.map((m) => m.toLowerCase()),
  ...WEEKDAYS.map((d) => d.toLowerCase()),
  ...(
    'the a an and of in on at for to by from with news post times press daily weekly journal review herald ' +
    'tribune guardian university college school institute commission council committee union party ministry ' +
    'department agency bank group company corporation inc ltd association foundation house senate congress ' +
    'parliament court army navy force forces republic kingdom state states city county province street avenue ' +
    'north south east west northern southern eastern western new old great grand central national international ' +
    'federal royal united american european russian chinese british french german ukrainian belarusian week ' +
    'today tonight yesterday tomorrow earlier later meanwhile however but it he she they we this that these those ' +
    'there here his her their our after before when while as if so because although though since until ' +
    'free best top latest more most sign subscribe newsletter newsletters article articles story stories read watch ' +
    'live breaking video videos photo photos sport sports business opinion world home money culture life style ' +
    'travel health science tech technology politics analysis feature features explainer big question radar ' +
    'good bad first last next all every our your my get someone somebody anyone anybody everyone everybody nobody whoever'
  ).split(' '),
]);

/** A particle joined to a name ("al-Jadaan", "el-Sisi"): a name word although it starts in lower case. */
const JOINED = new RegExp(`^${JOINED_PARTICLE_ALTERNATION}[-'\u2019]\\p{Lu}[\\p{Ll}\\p{M}'\u2019-]+$`, 'u');
/** Jones, McGregor, LaBrocca, O'Brien, Gordon-Levitt, D'Angelo: capitals only where names put them. */
const NAME_SHAPE = /^(?:\p{Lu}['\u2019])?\p{Lu}[\p{Ll}\p{M}'\u2019]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:-\p{Lu}?[\p{Ll}\p{M}'\u2019]+)*$/u;
/** "I’m", "We’ve", "Don't", "You’re": a pronoun or a verb with its clitic is no name word. */
const CONTRACTION = /^\p{Lu}\p{Ll}*['\u2019](?:m|ve|re|d|ll|t)$/u;
/** "Indian-administered", "Michelin-starred", "Kurdish-held": a compound adjective in a past participle, no word of a name after it (other-names.ts). */
export const PARTICIPLE_COMPOUND = /^\p{Lu}\p{Ll}*-(?:\p{Ll}+ed|held|run|born|built)$/u;
const nameWords = new Map<string, boolean>();

/**
 * A last word of a name that can stand for the person later on its own: not a regnal number or an
 * initial ("Dan I", "Amyntas I": every later "I" would become that person), not a suffix ("Jr"), not
 * a word that is no name ("He").
 */
export function followableSurname(word: string): boolean {
  const w = word.replace(/\.$/, '');
  return w.length >= 2 && !/^[IVXLC]+$/.test(w) && !SUFFIXES.has(w.toLowerCase()) && !NOT_NAME.has(w.toLowerCase());
}
const SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr']);

/**
 * An Arabic surname with its article joined ("al-Sadr", "el-Baradei", "as-Sistani"), without the article: the form later mentions
 * use alone ("Hamid al-Qasimi … Qasimi's deputy"); undefined for any other word.
 */
export const withoutJoinedArticle = (word: string): string | undefined => ARTICLE_JOINED.exec(word)?.[1];
const ARTICLE_JOINED = /^(?:al|el|ad|ar|as|ash|at|az|an)[-'\u2019](\p{Lu}\p{Ll}{2,})$/u;

/** A capitalised word that can be part of a personal name; memoised by text (asked per token), and kept on the token once asked (WordToken). */
export function isNameWord(t: Token): boolean {
  if (!t.cap) return false;
  if (t instanceof WordToken && t.nameWord) return t.nameWord === 2;
  let yes = nameWords.get(t.text);
  if (yes === undefined) {
    if (nameWords.size >= 20_000) nameWords.clear();
    yes = (NAME_SHAPE.test(t.text) && !NOT_NAME.has(t.low) && !CONTRACTION.test(t.text)) || JOINED.test(t.text);
    nameWords.set(t.text, yes);
  }
  if (t instanceof WordToken) t.nameWord = yes ? 2 : 1;
  return yes;
}

const SPACE = /\s/;
const LETTER = /^\p{L}$/u;

/**
 * /([\p{L}.]+)\s$/u.exec(s)?.[1], read from the end: the run of letters and full stops right before a final whitespace.
 * (The regex tries every start in the string and rescans each run; this runs once per candidate name.)
 */
export function wordBeforeSpace(s: string): string | undefined {
  const n = s.length;
  if (n < 2) return undefined;
  const last = s.charCodeAt(n - 1);
  if (!(last < 128 ? last === 32 || (last >= 9 && last <= 13) : SPACE.test(s[n - 1]!))) return undefined;
  let i = n - 1;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    let width = 1;
    let ok: boolean;
    if (c < 128) ok = c === 46 || ((c | 32) >= 97 && (c | 32) <= 122);
    else if (c >= 0xdc00 && c <= 0xdfff && i >= 2 && (s.charCodeAt(i - 2) & 0xfc00) === 0xd800) {
      width = 2; // an astral letter: one code point of two units
      ok = LETTER.test(s.slice(i - 2, i));
    } else ok = LETTER.test(s[i - 1]!);
    if (!ok) break;
    i -= width;
  }
  return i < n - 1 ? s.slice(i, n - 1) : undefined;
}

/** The lower-cased word right before `at` ("in", "the", "historian"), without a final full stop. */
export function wordBefore(text: string, at: number): string | null {
  // (No slice where no space stands right before: most names follow one, many hits do not.)
  const c = at >= 2 ? text.charCodeAt(at - 1) : 0;
  if (c === 0 || (c < 128 && !isAsciiSpace(c))) return null;
  const w = wordBeforeSpace(text.slice(Math.max(0, at - 24), at));
  if (w === undefined) return null;
  return (w.endsWith('.') ? w.slice(0, -1) : w).toLowerCase();
}

/** `at` opens a sentence or a line: only spaces, quotes or a bracket stand between it and a full stop, a colon, a dash or a line break. */
export function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  // (Char codes, not text[i]: a one-character string above U+00FF is a new string each time, and
  // compiled code that had compared only ASCII characters deopted on the first curly quote.)
  // (And no read before the text's start: compiled code deopts on charCodeAt(-1).)
  for (
    let c = i >= 0 ? text.charCodeAt(i) : -1;
    c === 32 || c === 9 || c === 34 || c === 0x201c || c === 39 || c === 0x2018 || c === 40;
    c = i >= 0 ? text.charCodeAt(i) : -1
  )
    i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 58 || c === 0x2014 || c === 0x2013; // . ! ? \n : — –
}

/** Initials in capitals after a surname, then another author so written or "et al" ("De Sousa RAL, Lima AC", "Kim JH, et al."). */
const AUTHOR_AFTER = /^\s\p{Lu}{1,3},?\s(?:et al\b|(?:\p{Lu}[\p{L}'\u2019-]+\s){1,3}\p{Lu}{1,3}[,.])/u;
/** Another author in that style right before ("Lima AC, De Sousa RA."). */
const AUTHOR_BEFORE = /\p{L}\s\p{Lu}{1,3},\s$/u;
/**
 * A surname in a list of references written in the Vancouver style of medicine and science ("De Sousa RAL, Improta-Caria AC,
 * De Oliveira EM"): an author's, not the officeholder's of that name. Prose writes no initials after a name without their
 * stops, and no second author so written (cost: a look after each person's name).
 */
export function inAuthorList(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 60);
  return AUTHOR_AFTER.test(after) || (/^\s\p{Lu}{1,3}[,.]/u.test(after) && AUTHOR_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start)));
}

const MONTH_NAMES: ReadonlySet<string> = new Set(MONTHS);
/** A month's name in a date ("30 May 1913", "May 2019", "June 4"): a date, never a person's name. */
export function inDate(text: string, span: Span): boolean {
  if (!MONTH_NAMES.has(text.slice(span.start, span.end))) return false;
  return /\d(?:st|nd|rd|th)?\s$/.test(text.slice(Math.max(0, span.start - 6), span.start)) || /^,?\s\d/.test(text.slice(span.end, span.end + 4));
}

/*
 * Hand-made scanners for the regexes below, read from the end of a short stretch of text before a
 * name. They run once per candidate name (thousands per long article), and a regex anchored only at
 * its end tries every start position of the stretch, with a Unicode class test at each: the
 * biggest single cost of the person finder in profiles. ASCII is decided by char code; at any
 * other character the regex itself answers, so the result is the regex's on every input
 * (tests/unit/entities-scanners.test.ts checks this on random strings).
 */
const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

const LOWER_WORD_SPACE = /(?:^|[^\p{L}])(\p{Ll}+)\s$/u;
/** LOWER_WORD_SPACE.exec(s)?.[1]: the lower-case word before a final space ("says Tarlo" → "says"). */
export function lowerWordBeforeSpace(s: string): string | undefined {
  const n = s.length;
  // (Too short for a word and a space; and s.charCodeAt(-1) read past the string, which compiled code deopts on.)
  if (n < 2) return undefined;
  const last = s.charCodeAt(n - 1);
  // (Past ASCII the regex answers — only where its final \s stands: a quote or a dash before a name, often there, ends no match.)
  if (last >= 128) return SPACE.test(s[n - 1]!) ? LOWER_WORD_SPACE.exec(s)?.[1] : undefined;
  if (!isAsciiSpace(last)) return undefined;
  let j = n - 1;
  for (; j > 0; j--) {
    const c = s.charCodeAt(j - 1);
    if (c >= 128) return LOWER_WORD_SPACE.exec(s)?.[1];
    if (c < 97 || c > 122) break;
  }
  // The word must be the whole letter run: an upper-case letter before it spoils the match.
  if (j === n - 1 || (j > 0 && isAsciiLetter(s.charCodeAt(j - 1)))) return undefined;
  return s.slice(j, n - 1);
}

const WORD_COMMA_SPACE = /(\p{L}+),\s$/u;
/** WORD_COMMA_SPACE.exec(s)?.[1]: the word before a final comma and space ("the Director, " → "Director"). */
export function wordBeforeCommaSpace(s: string): string | undefined {
  const n = s.length;
  if (n < 3) return undefined; // (as in lowerWordBeforeSpace)
  const last = s.charCodeAt(n - 1);
  if (last >= 128) return s.charCodeAt(n - 2) === 44 && SPACE.test(s[n - 1]!) ? WORD_COMMA_SPACE.exec(s)?.[1] : undefined;
  if (!isAsciiSpace(last) || s.charCodeAt(n - 2) !== 44) return undefined;
  let j = n - 2;
  for (; j > 0; j--) {
    const c = s.charCodeAt(j - 1);
    if (c >= 128) return WORD_COMMA_SPACE.exec(s)?.[1];
    if (!isAsciiLetter(c)) break;
  }
  return j < n - 2 ? s.slice(j, n - 2) : undefined;
}

const WORD_DOT_SPACE = /(?:^|[^\p{L}])(\p{L}+)\.?\s$/u;
/** WORD_DOT_SPACE.exec(s)?.[1]: the word before a final space, without its full stop ("Rep. " → "Rep"). */
export function wordBeforeDotSpace(s: string): string | undefined {
  const n = s.length;
  if (!n) return undefined; // (s[-1] not read: compiled code deopts on an out-of-bounds read)
  const last = s.charCodeAt(n - 1);
  if (last >= 128) return SPACE.test(s[n - 1]!) ? WORD_DOT_SPACE.exec(s)?.[1] : undefined;
  if (n < 2 || !isAsciiSpace(last)) return undefined;
  const end = s.charCodeAt(n - 2) === 46 ? n - 2 : n - 1;
  let j = end;
  for (; j > 0; j--) {
    const c = s.charCodeAt(j - 1);
    if (c >= 128) return WORD_DOT_SPACE.exec(s)?.[1];
    if (!isAsciiLetter(c)) break;
  }
  return j < end ? s.slice(j, end) : undefined;
}

/** w === w.toUpperCase(): no ASCII lower-case letter, read by character (no upper-cased copy) where the word is ASCII. */
export function upperAlready(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return w === w.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/**
 * The ASCII word (\w+, from `from` on) right before a whitespace character that ends text.slice(from, at), or '': all that a
 * regex `\b(?:…)\s$` tried on that slice can match. Read first, by hand: such a regex, anchored at its end, is otherwise tried
 * at every character of the slice.
 */
export function wordRunBeforeSpace(text: string, from: number, at: number): string {
  const e = at - 1;
  if (e <= from) return '';
  const c = text.charCodeAt(e);
  if (!(c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[e]!))) return '';
  let j = e;
  while (j > from && asciiWordChar(text.charCodeAt(j - 1))) j--;
  return text.slice(j, e);
}
/** Punctuation, a line's end or a word that opens a new phrase right after a name. */
export const ENDS_PHRASE = /^(?:[,.;:!?)\u201d"']|\s*$|\s*\n|\s+(?:and|or|but|who|if|about|when|after|before|because|as|on|in|at|to|for|that)\b)/;

/** [A-Za-z0-9_]. */
const asciiWordChar = (k: number): boolean => k === 95 || (k >= 48 && k <= 57) || ((k | 32) >= 97 && (k | 32) <= 122);

const WORK_KIND_SET: ReadonlySet<string> = new Set(WORK_KINDS);
/** WORK_KIND_BEFORE.test(text.slice(from, at)): a work's kind right before a name ("the film "), its word read first. */
export const workKindBefore = (text: string, from: number, at: number): boolean =>
  WORK_KIND_SET.has(wordRunBeforeSpace(text, from, at)) && WORK_KIND_BEFORE.test(text.slice(from, at));

/** A count right before ("21 ", "three "), not a day of a month ("May 21 Trump said"): decide.ts's, on the 16 characters before a name. */
const COUNTED =
  /(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s)\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens?|hundreds?)\s$/i;
/** COUNTED's count alone. */
const COUNT_WORD = /^(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens?|hundreds?)$/i;
export function countedBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - 16);
  return COUNT_WORD.test(wordRunBeforeSpace(text, from, at)) && COUNTED.test(text.slice(from, at));
}

/** Index of the first token starting at or after `at` (tokens are in text order; binary search). */
export function firstTokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A capitalised word and a lower-case Romance particle right before: "Tour de France", "Banco de México", "Atlético de Madrid". */
const PARTICLE_NAME_BEFORE = /\p{Lu}[\p{L}'’-]*\s+(?:de|du|des|del|della|di|da|do|dos|das)\s+$/u;
/** The name ends a longer Romance name (the place in it is not the name's meaning). */
export const afterNameParticle = (text: string, at: number): boolean =>
  particleEndBefore(text, Math.max(0, at - 32), at) && PARTICLE_NAME_BEFORE.test(text.slice(Math.max(0, at - 32), at));
/** The last letters every particle of PARTICLE_NAME_BEFORE ends in (de du des del della di da do dos das). */
const PARTICLE_LAST: ReadonlySet<number> = new Set([...'euslaio'].map((c) => c.charCodeAt(0)));
/**
 * What PARTICLE_NAME_BEFORE needs at the end of text[from, at), read back by hand first: white space, and before it a letter a
 * particle ends in. (Asked of every dataset hit; most stand after no particle, and the regex tried each of the 32 positions.)
 */
function particleEndBefore(text: string, from: number, at: number): boolean {
  let i = at - 1;
  if (i < from || !spaceAt(text, i)) return false;
  while (i > from && spaceAt(text, i)) i--;
  return PARTICLE_LAST.has(text.charCodeAt(i));
}
/** SPACE.test(text[i]) with an ASCII fast path. */
const spaceAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i]!);
};
/** A monarch's title opening a person's linked mention ("King Charles", a dataset alias: regnal-forms.ts): the name is the words after it. */
const RULER_TITLE_AT = /^(?:King|Queen|Emperor|Empress|Sultan|Emir|Grand Duke|Grand Duchess)\s+(?=\p{Lu})/u;
export const nameAfterTitle = (text: string, span: Span, n = RULER_TITLE_AT.exec(text.slice(span.start, span.end))?.[0].length ?? 0): Span =>
  n ? { start: span.start + n, end: span.end } : span;
