import { JOINED_PARTICLE_ALTERNATION, NAME_PARTICLES } from '../text/words';
import type { Span } from '../types';
import { capitalIndexes, KeyedSubRun, keptTokenKey, objectArray, TokenRun, WordToken } from './token-objects';
export { capitalIndexes, keptTokenKey, objectArray, WordToken }; // (for link.ts, at its 300 lines)
import { yearOfTime } from './year-of-time';
/**
 * Capitalised runs in plain text: the only places a name can stand. Looking names up by the runs
 * (and their sub-runs) instead of scanning the text once per dataset alias is what keeps the entity
 * stage linear in the text and independent of the dataset's size.
 */
export interface Token extends Span {
  text: string;
  /** text.toLowerCase(), once per token: the name finders ask the word lists in lower case many times per word. */
  low: string;
  cap: boolean; // starts with an upper-case letter
}

/** A token's lower-case text without a final full stop ("Sen." → "sen"): .low.replace(/\.$/, ''). */
// (One slice either way, the whole word when there is no stop — the same string, not a copy: compiled
// callers meet a word with a stop first on long pages, and a branch never run would throw their code away.)
export const bareLow = (t: Token): string => t.low.slice(0, t.low.length - (t.low.charCodeAt(t.low.length - 1) === 46 ? 1 : 0));

export interface Run extends Span {
  tokens: Token[];
}

// Lower-case particles that sit inside names ("Charles de Gaulle", "Mohammed bin Salman"), and "of"
// inside the names of institutions ("Bank of England").
const PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES, 'of']);
/** Articles and conjunctions inside transliterated place and personal names ("Dayr az Zawr", "Chahar Mahal va Bakhtiari", "Bingu wa Mutharika"). */
const TRANSLITERATED = ['ash', 'az', 'ad', 'ar', 'an', 'as', 'at', 'va', 'kai', 'dan', 'av', 'pri', 'na', 'v', 'ob', 'wa', 'á', 'og', 'und', 'en'];

/**
 * Words that join two names into one name inside a run ("Trinidad and Tobago", "Bosnia and
 * Herzegovina", "Vicent Soler i Marco", "Republic of the Congo"); a run joined by them still yields
 * each part as a sub-run, and the name finders split their segments there (CONNECTORS).
 */
export const CONNECTORS: ReadonlySet<string> = new Set(['and', 'e', 'i', 'et', 'upon', 'the', 'in', 'for', ...TRANSLITERATED]);
/** Particles that may open a run: a surname written with its particle ("bin Salman", "de Gaulle", "al-Sallal"). */
const OPENERS: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint', 'de', 'del', 'da', 'dos', 'van', 'von', 'al', 'el']);
/** The longest particle or connector, and the openers' lengths and first letters: asked first, as most words of an article come here, and a Set hashes each word. */
const JOINER_MAX = Math.max(...[...PARTICLES, ...CONNECTORS].map((w) => w.length));
const OPENER_FIRST = new Uint8Array(128);
for (const w of OPENERS) OPENER_FIRST[w.charCodeAt(0)] = 1;
const isOpener = (w: string): boolean => w.length >= 2 && w.length <= 4 && w.charCodeAt(0) < 128 && OPENER_FIRST[w.charCodeAt(0)] === 1 && OPENERS.has(w);

/** A particle joined to a capitalised name ("al-Jadaan", "el-Sisi", "d'Estaing") is a capitalised word of a name. */
const JOINED_PARTICLE = new RegExp(`^${JOINED_PARTICLE_ALTERNATION}[-'\u2019]\\p{Lu}`, 'u');

/** A word, as matched by hand in nextWord(). */
export const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\u00b7]|['\u2019.\-](?=[\p{L}\p{N}]))*\.?/gu;

/** Width (1 or 2 code units) of the letter or digit at i, or 0: [\p{L}\p{N}] with an ASCII fast path. */
function alnumAt(text: string, i: number): number {
  if (i >= text.length) return 0; // (past the end: not read, as compiled code deopts on an out-of-bounds read)
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
  if (c !== c) return 0; // past the end (NaN)
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) return ALNUM.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let k = ALNUM_AT[c]!; // (one code unit: the regex asked once per character, not once per word of a page in another script)
  if (!k) ALNUM_AT[c] = k = ALNUM.test(text[i]!) ? 2 : 1;
  return k - 1;
}
const ALNUM = /^[\p{L}\p{N}]$/u;
/** ALNUM's answers by UTF-16 code unit: 0 not yet asked, 1 no, 2 yes. */
const ALNUM_AT = new Uint8Array(0x10000);

/** End of the word found by the last nextWord() call (a module slot, not a [start, end] pair per word). */
let wordEnd = 0;
/** Its characters AND-ed, 0 once one is not ASCII: bit 5 is set when the word is ASCII without a capital (A-Z alone clear it), its own lower case. */
let wordBits = 0;

/**
 * The start of the next match of WORD at or after i, or -1; its end is left in `wordEnd`. Scanned
 * by hand: the same greedy match (every step of WORD consumes one character, so the longest run is
 * the match) without a regex call, a match array or a result pair per word of the article.
 */
function nextWord(text: string, i: number, to: number): number {
  const n = to < text.length ? to : text.length;
  let w = 0;
  // (ASCII letters and digits tested inline: this loop reads every character of the article.)
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : (w = alnumAt(text, i))) break;
  }
  if (i >= n) return -1;
  const start = i;
  let bits = w ? 0 : text.charCodeAt(i);
  i += w || 1;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c < 128 && ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122))) i++;
    else if (c === 0xb7) i++;
    else if ((w = alnumAt(text, i))) i += w;
    else if ((c === 39 || c === 0x2019 || c === 46 || c === 45) && alnumAt(text, i + 1)) i++;
    else break;
    bits &= c < 128 ? c : 0;
  }
  if (text.charCodeAt(i) === 46) i++; // the optional final full stop
  wordEnd = i;
  wordBits = bits;
  return start;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let at = from;
  let index: number;
  while ((index = nextWord(text, at, to)) >= 0) {
    const matchEnd = wordEnd;
    const plain = (wordBits & 32) !== 0;
    at = matchEnd;
    let end = matchEnd;
    // A trailing full stop belongs to the token only for initials and dotted acronyms ("U.S."). (Char codes first: every word comes here.)
    if (text.charCodeAt(end - 1) === 46 && !dottedInitials(text, index, end)) end--;
    // Possessive "'s" is not part of the name, nor a shouted "'S" after a capital ("SPAIN'S HOTELIERS").
    const s = text.charCodeAt(end - 1);
    if (end - index >= 2 && (s === 115 /* s */ || (s === 83 /* S */ && end - index >= 3 && (text.charCodeAt(end - 3) - 65) >>> 0 < 26))) {
      const q = text.charCodeAt(end - 2);
      if (q === 39 || q === 0x2019) end -= 2;
    }
    const word = text.slice(index, end);
    const low = plain ? word : word.toLowerCase(); // (the token is part of the word: plain too when the word is)
    tokens.push(new WordToken(index, end, word, low, startsUpper(word) || joinedParticle(word) || numberInName(text, word, index, end, tokens)));
  }
  return tokens;
}

/** /^(\p{L}\.)+$/u.test(text.slice(a, b)) (which covers /^\p{Lu}\.$/u): initials and dotted acronyms, without the slice. */
function dottedInitials(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if ((text.charCodeAt(i) & 0xf800) === 0xd800) return DOTTED.test(text.slice(a, b)); // astral letters: two units each
  if ((b - a) % 2) return false;
  for (let i = a; i < b; i += 2) {
    if (text.charCodeAt(i + 1) !== 46) return false;
    const c = text.charCodeAt(i);
    if (c < 128 ? (c | 32) < 97 || (c | 32) > 122 : !LETTER.test(text[i]!)) return false;
  }
  return true;
}
const LETTER = /^\p{L}$/u;
const DOTTED = /^(\p{L}\.)+$/u;

const UPPER_START = /^\p{Lu}/u;
const HAS_UPPER = /\p{Lu}/u;

/**
 * A number that is part of a name counts as capitalised: one with a capital in it ("2M", "1TV",
 * "9to5Mac"), or a short number right after a capitalised word ("France 24", "Channel 4") that counts no unit ("in Vienna 90 hours").
 */
function numberInName(text: string, word: string, start: number, end: number, tokens: Token[]): boolean {
  const c = word.charCodeAt(0);
  if (c < 48 || c > 57 || yearOfTime(word, start, tokens[tokens.length - 1])) return false; // ("In 2008 O'Connell": year-of-time.ts)
  if (HAS_UPPER.test(word)) return true;
  if (word.length <= 4 && text.charCodeAt(end) === 32 && startsUpper(text.slice(end + 1, end + 3)) && /^\d+$/.test(word)) return true; // "20 Minutes", "7 Days"
  const prev = tokens[tokens.length - 1];
  return !!prev && prev.cap && prev.end + 1 === start && word.length <= 4 && /^\d+$/.test(word) && !UNIT_AFTER.test(text.slice(end, end + 12));
}
const UNIT_AFTER = /^\s(?:hours|minutes|seconds|days|weeks|months|years|times|miles|kilomet(?:re|er)s|km|metres|meters|percent|per\scent)\b/;

/** JOINED_PARTICLE, tested only where a hyphen or apostrophe stands within a word's first four characters. */
function joinedParticle(word: string): boolean {
  for (let i = 1; i < 4 && i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 45 || c === 39 || c === 0x2019) return JOINED_PARTICLE.test(word);
  }
  return false;
}

/** /^\p{Lu}/u with an ASCII fast path (most words of English copy). */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  if (c === 0x2bb || c === 0x2018) return UPPER_START.test(word.slice(1)); // the ʻokina of Tongan and Hawaiian names ("ʻAisake")
  if (c >= 0xd800 && c <= 0xdfff) return UPPER_START.test(word); // (an astral letter: two units)
  let k = UPPER_AT[c]!; // (one code unit: the regex asked once per character, not once per word of a page in another script)
  if (!k) UPPER_AT[c] = k = UPPER_START.test(word) ? 2 : 1;
  return k === 2;
}
/** UPPER_START's answers by the first UTF-16 code unit (not a surrogate): 0 not yet asked, 1 no, 2 yes. */
const UPPER_AT = new Uint8Array(0x10000);

/**
 * Ends the run being read, and empties `cur`: particles cannot end a run ("Bank of" is "Bank"), and what is left, if
 * anything, becomes a run, with a copy of its tokens (slice: `cur` is one array for the whole text, and a copy is no
 * array literal for V8 to pretenure). A module function, and the length always set, not popped in a loop only some
 * runs take: the compiled reader deopted on the first run that ended on a particle. (Tokens, runs and sub-runs are
 * instances: token-objects.ts.)
 */
function endRun(runs: Run[], cur: Token[]): void {
  let n = cur.length;
  while (n > 0 && !cur[n - 1]!.cap) n--;
  if (n) runs.push(new TokenRun(cur[0]!.start, cur[n - 1]!.end, cur.slice(0, n)));
  cur.length = 0;
}

/** Maximal runs of capitalised tokens, allowing name particles inside and a leading "The". */
export function capitalisedRuns(text: string, tokens: Token[]): Run[] {
  const runs: Run[] = [];
  const cur: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (Not cur[-1] when empty: an out-of-range index is a slow generic look-up, once per token.)
    const prev = cur.length ? cur[cur.length - 1] : undefined;
    // Anything but a single space or hyphen between tokens (punctuation, a line break) ends a run.
    if (prev && !singleJoiner(text, prev.end, t.start) && !(t.cap && nameJoiner(text, prev, t.start))) endRun(runs, cur);
    if (t.cap) cur.push(t);
    // (Particles, connectors and openers are short words: the length first, no hash of longer words.)
    else if (cur.length && t.text.length <= JOINER_MAX && (PARTICLES.has(t.text) || joins(t.text, cur[cur.length - 1]!)) && particlesLeadToName(tokens, i))
      cur.push(t);
    else if (!cur.length && isOpener(t.text) && particlesLeadToName(tokens, i)) cur.push(t);
    else if (cur.length) endRun(runs, cur);
  }
  endRun(runs, cur);
  return runs;
}

/**
 * Inside a name, between two capitalised words: a possessive ("Hawke's Bay", "People's Republic",
 * "Tom's Hardware"), a transliteration's final apostrophe ("Al Jahra' Governorate") or an
 * abbreviation's full stop ("St. Helens", "Mt. Kenya"). The name finders split there again
 * (they only join words one character apart).
 */
function nameJoiner(text: string, prev: Token, to: number): boolean {
  const gap = text.slice(prev.end, to);
  if (gap === "'s " || gap === '\u2019s ' || gap === "' " || gap === '\u2019 ') return true;
  return gap === '. ' && ABBREVIATIONS.has(prev.text);
}
const ABBREVIATIONS: ReadonlySet<string> = new Set(['St', 'Ste', 'Mt', 'Ft', 'Th']);

/** Exactly one space, no-break space or hyphen between two tokens (tested without slicing). */
function singleJoiner(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const c = text.charCodeAt(from);
  return c === 32 || c === 0xa0 || c === 45;
}

/** A connector joins after a capitalised word ("Follow the Money"), "the" also after "of", "and" and "for" ("Republic of the Congo", "Front for the Liberation of Palestine"). */
function joins(w: string, prev: Token): boolean {
  return CONNECTORS.has(w) && (prev.cap || (w === 'the' && (prev.text === 'of' || prev.text === 'and' || prev.text === 'for')));
}

/** "van der Bellen": particles count only when the run of particles ends in a capitalised word. */
function particlesLeadToName(tokens: Token[], i: number): boolean {
  let j = i;
  while (j < tokens.length && j < i + 3 && !tokens[j]!.cap && (PARTICLES.has(tokens[j]!.text) || CONNECTORS.has(tokens[j]!.text))) j++;
  return !!tokens[j]?.cap;
}

/** A sub-run [a, b) of a run's tokens and its alias key. */
export interface SubRun {
  a: number;
  b: number;
  key: string;
}

/**
 * Every contiguous sub-run of up to `max` tokens that starts and ends on a capitalised token,
 * longest first, with its alias key. `tokenKey` is aliasKey of one token's text (cached by the
 * caller): aliasKey of the tokens joined by spaces equals their non-empty keys joined by spaces,
 * because aliasKey works character by character, turns every non-letter run into one space and a
 * token never ends in the middle of a possessive — so keys are built by concatenation, once per run.
 */
export function subRuns(run: Run, tokenKey: (t: Token) => string, max = 8): SubRun[] {
  const ts = run.tokens;
  const n = ts.length;
  // Most runs are one word (a run starts and ends on a capitalised token): no tables for those.
  if (n === 1) {
    // (The same kind of array as below: an Array.of(x) is another, and findByRules' loop over both was optimised for one and thrown away.)
    const one = objectArray<SubRun>();
    one.push(new KeyedSubRun(0, 1, tokenKey(ts[0]!)));
    return one;
  }
  const keys: string[] = []; // (not ts.map: see findByRules' runs)
  for (let i = 0; i < n; i++) keys.push(tokenKey(ts[i]!));
  // joined[i][len - 1]: the key of tokens [i, i + len).
  const joined: string[][] = [];
  for (let i = 0; i < n; i++) {
    const row: string[] = [];
    let k = '';
    for (let j = i; j < n && j - i < max; j++) {
      const tk = keys[j]!;
      if (tk) k = k ? k + ' ' + tk : tk;
      row.push(k);
    }
    joined.push(row);
  }
  const out = objectArray<SubRun>(); // (each run's list lives through the entity stage: no array literal, which V8 may pretenure: token-objects.ts)
  for (let len = Math.min(n, max); len >= 1; len--) {
    for (let i = 0; i + len <= n; i++) {
      // (A run's first token may be a lower-case particle that opened it: "van der Bellen", "bin Salman" as the dataset writes them.)
      if ((!ts[i]!.cap && i > 0) || !ts[i + len - 1]!.cap) continue;
      out.push(new KeyedSubRun(i, i + len, joined[i]![len - 1]!));
    }
  }
  return out;
}
