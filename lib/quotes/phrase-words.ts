/**
 * The word lists and token tests behind speaker phrases (./phrase.ts): name particles, pronouns,
 * the head nouns of unnamed and group sources, titles, organisation words, determiners, and the
 * tokeniser with its capital, possessive and head-noun checks.
 */
import {
  ANONYMOUS_SOURCE_HEADS as ANON_HEADS,
  GROUP_SOURCE_HEADS as GROUP_HEADS,
  NAME_PARTICLES,
  ORGANISATION_NAME_WORDS as ORG_WORDS,
  PORTFOLIO_WORDS,
  TITLE_WORDS,
} from '../text/words';

export { ORG_WORDS };

/**
 * "do" and "y" are name particles elsewhere ("Lula da Silva", "Ortega y Gasset") but common
 * English words here ("Why do Americans say"), so a speaker's name never runs through them.
 */
const AMBIGUOUS_PARTICLES = new Set(['do', 'y']);
export const isParticle = (w: string) => NAME_PARTICLES.has(w) && !AMBIGUOUS_PARTICLES.has(w);
/** The particles as a regex alternation, for name-run patterns. */
export const PARTICLE_ALTERNATION = [...NAME_PARTICLES].filter((w) => !AMBIGUOUS_PARTICLES.has(w)).join('|');

export const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it']);
/** "We've", "I'd", "they're": a pronoun with its auxiliary. */
export const PRONOUN_CONTRACTION = /^(?:he|she|they|i|we|it)['’](?:ve|d|ll|re|m|s)$/i;

/**
 * A capitalised word that is part of a title rather than a name ("President", "Sen.", "Foreign"
 * in "Foreign Minister"): the shared titles and honorifics, or a portfolio word of an office.
 */
export const isTitle = (w: string) => {
  let b = w.toLowerCase();
  if (b.charCodeAt(b.length - 1) === 46 /* . */) b = b.slice(0, -1);
  return TITLE_WORDS.has(b) || PORTFOLIO_WORDS.has(b);
};

export const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'another',
  'one',
  'no',
  'every',
  'each',
  'any',
  'such',
  'two',
  'three',
  'several',
  'some',
  'many',
  'most',
  'other',
  'both',
  'his',
  'her',
  'their',
  'its',
  'our',
  'this',
  'that',
  'these',
  'those',
]);
export const STOP_LAST = new Set([
  ...DETERMINERS,
  'to',
  'of',
  'in',
  'on',
  'for',
  'with',
  'by',
  'at',
  'from',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'not',
  'who',
  'which',
  'what',
  'so',
  'also',
  'has',
  'have',
  'had',
  'it',
  'there',
  'as',
  'if',
  'then',
  'than',
  'just',
  'only',
  'all',
]);
export const LEADING_NOISE = /^(?:(?:but|and|so|yet|meanwhile|still|however|now|instead|separately|also|then|later|earlier|indeed|in fact|still)\b[\s,]*)+/i;

interface Token {
  w: string;
  start: number;
  end: number;
}

export function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const re = /[^\s,;:()]+/g;
  const s = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push({ w: m[0], start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

const UPPER_START = /^\p{Lu}/u;
/** /^\p{Lu}/u.test(w), ASCII first (asked for every word of every phrase). */
export const isCap = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(w);
};
/** Marks `bare` strips from a word's end: ’ ' " “ ” . */
const isTrailMark = (c: number) => c === 0x2019 || c === 39 || c === 34 || c === 0x201c || c === 0x201d || c === 46;
/**
 * w.toLowerCase().replace(/['’]s$/, '').replace(/[’'"“”.]+$/, ''), by char codes: a possessive
 * "'s", then any run of closing marks and full stops.
 */
export const bare = (w: string) => {
  const b = w.toLowerCase();
  let n = b.length;
  if (n >= 2 && b.charCodeAt(n - 1) === 115 /* s */ && (b.charCodeAt(n - 2) === 39 || b.charCodeAt(n - 2) === 0x2019)) n -= 2;
  while (n > 0 && isTrailMark(b.charCodeAt(n - 1))) n--;
  return n === b.length ? b : b.slice(0, n);
};
const LETTER_POSSESSIVE = /\p{L}['’]s?$/u;
export const isPossessive = (w: string) => LETTER_POSSESSIVE.test(w) && /['’]s?$/.test(w) && !/^[\p{Lu}]['’]/u.test(w);
export const isHead = (w: string) => {
  const b = bare(w);
  if (ANON_HEADS.has(b) || GROUP_HEADS.has(b)) return true;
  return b.endsWith('s') && (ANON_HEADS.has(b.slice(0, -1)) || ANON_HEADS.has(b.replace(/ies$/, 'y')) || ANON_HEADS.has(b.replace(/men$/, 'man')));
};
export const isPluralHead = (w: string) => {
  const b = bare(w);
  return GROUP_HEADS.has(b) || (!ANON_HEADS.has(b) && (b.endsWith('s') || b.endsWith('men') || b === 'people'));
};

/** A head noun's singular, for matching "the official" to "a U.S. official" ("officials" → official). */
export const headWord = (w: string) => {
  const b = bare(w).replace(/\.$/, '');
  return (
    ABBREVIATED_TITLES[b] ??
    b
      .replace(/(?:ies)$/, 'y')
      .replace(/men$/, 'man')
      .replace(/s$/, '')
  );
};
/** Title abbreviations read as their head noun ("Sen." → senator), so "the senator" can find "Sen. Smith". */
const ABBREVIATED_TITLES: Record<string, string> = {
  sen: 'senator',
  rep: 'representative',
  gov: 'governor',
  gen: 'general',
  pres: 'president',
  prof: 'professor',
  dr: 'doctor',
};
/** Lower-case words that join the parts of one capitalised name ("Bureau of Prisons", "Center for American Progress"). */
export const RUN_CONNECTORS = new Set(['of', 'on', 'for', '&']);
/** Prepositions that make a following name a description of the speaker ("minister of France"). */
export const DESCRIPTOR_PREPOSITIONS = new Set(['of', 'for', 'from', 'at', 'in', 'with', 'against', 'to', 'on', 'by']);
/**
 * The longest capitalised run read as one name (9: "the Cook Political Report's House editor
 * David Wasserman" fits, a title-case headline does not), and the most words a person's name has
 * (5: "Mary Ann Louise Smith", "Anna von der Berg").
 */
export const MAX_RUN_WORDS = 9;
export const MAX_NAME_WORDS = 5;
