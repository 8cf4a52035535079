import { MONTHS, NAME_PARTICLES, WEEKDAYS } from '../text/words';
import type { Span } from '../types';
import type { Run, Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { isNameWord } from './name-words';
import type { OverlapIndex } from './overlap';

/**
 * A name opened by an Arabic patronymic particle in lower case, "bin" or "ibn" ("son of"), before one or two name words: the
 * particle and the words are a person's name where a run starts after it ("look to bin Laden", "the forces of ibn Saud"). Not
 * after a determiner or a word for a container ("the bin Monday", "the recycle bin Windows"), nor before a title, a word that opens sentences, a
 * month or a weekday. (Inside a capitalised run — "Mohammed bin Salman" — the particle is the scan's, name-scan.ts.)
 */
export function patronymicNames(text: string, runs: Run[], taken: OverlapIndex, L: LexiconSets): Span[] {
  const out: Span[] = [];
  if (!patronymicIn(text)) return out;
  for (const run of runs) {
    // (The run opens on the particle: capitalisedRuns keeps a lower-case particle before a name word.)
    const p = run.tokens[0]!;
    if ((p.text !== 'bin' && p.text !== 'ibn') || run.tokens.length < 2 || run.tokens.length > 3) continue;
    const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, p.start - 20), p.start));
    if (before && NOT_BEFORE.has(before[1]!.toLowerCase())) continue;
    const ts = run.tokens.slice(1);
    if (!ts.every((t) => isNameWord(t) && !L.titles.has(t.low) && !L.lead.has(t.low) && !CALENDAR.has(t.low))) continue;
    const span = { start: p.start, end: ts[ts.length - 1]!.end };
    if (!taken.overlaps(span)) out.push(span);
  }
  for (const run of runs) {
    const span = insideRun(run.tokens, L);
    if (span && !taken.overlaps(span)) out.push(span);
  }
  return out;
}

/** Patronymic particles ("son of", "daughter of"): Arabic, Hebrew, Welsh, Mauritanian; and a cheap first test for one in the text. */
const PATRONYMIC: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint', 'ben', 'ap', 'ould']);
/**
 * /\b(?:bin|ibn|bint|ben|ap|ould) /.test(text), by indexOf of each particle and its space, then the character before it (no letter,
 * digit or "_" of \b's ASCII words): the pattern was tried at every word boundary of the text, the costliest pattern of the name finders.
 */
function patronymicIn(text: string): boolean {
  for (const p of PATRONYMIC_SPACED)
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) if (i === 0 || !asciiWordChar(text.charCodeAt(i - 1))) return true;
  return false;
}
const PATRONYMIC_SPACED = [...PATRONYMIC].map((p) => p + ' ');
const asciiWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/**
 * A patronymic particle in lower case inside a capitalised run, between one or two name words and one or two more: the stretch is a
 * person's name, whether or not the lists know its given name ("Abd al-Rahman bin Abdul Aziz", "Cynan ap Hywel", "Umar ibn Abdul
 * Aziz"; the scan found a name only from a listed given name, and "Rhys ap Gruffydd" was two). Titles and words that open sentences
 * stay out of it ("Crown Prince Mohammed bin Salman").
 */
function insideRun(ts: readonly Token[], L: LexiconSets): Span | null {
  const k = ts.findIndex((t, i) => i > 0 && PATRONYMIC.has(t.text));
  if (k < 1 || k + 1 >= ts.length) return null;
  const word = (t: Token | undefined) => !!t && isNameWord(t) && !L.titles.has(t.low) && !L.lead.has(t.low) && !CALENDAR.has(t.low);
  let a = k;
  while (a > k - 2 && word(ts[a - 1]) && ts[a]!.start - ts[a - 1]!.end === 1) a--;
  let b = k + 1;
  while (b < k + 3 && word(ts[b]) && ts[b]!.start - ts[b - 1]!.end === 1) b++;
  return a < k && b > k + 1 ? { start: ts[a]!.start, end: ts[b - 1]!.end } : null;
}
/** Months and weekdays, lower case. */
const CALENDAR: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()));
/** Determiners and words for a container or its use, before "bin" as the English noun ("the bin", "a recycle bin"). */
const NOT_BEFORE: ReadonlySet<string> = new Set(
  'the a an my your his her our their this that recycle recycling trash garbage litter waste wheelie storage compost rubbish dust pedal laundry bread'.split(
    ' ',
  ),
);

/**
 * Where a later mention of a surname starts (token i holds the surname): at the particles the full name has right before its
 * surname, where the text writes them there too, in either case ("Osama bin Laden … Bin Laden", "… Van Der Beek … Van Der Beek").
 */
export function particlesBefore(tokens: readonly Token[], i: number, parts: readonly string[], text = '', from = 0): number {
  let s = i;
  for (let k = parts.length - 2; k >= 0 && sameParticle(tokens[s - 1], tokens[s]!, parts[k]!); k--) s--;
  return s < i || !text ? s : wholeNameBefore(text, tokens, i, parts, from);
}

/**
 * …or at the full name's first word, where the text writes the whole name again ("Adeyemi Okonkwo, a mechanic, … Adeyemi Okonkwo
 * said"): read as a surname alone, the given name no list knows was left to be typed apart ("Adeyemi" a place). Not into a token
 * before `from` (one an earlier mention took), nor across a line's end ("Kelly⏎Cloud has …": a signature, then a line).
 */
function wholeNameBefore(text: string, tokens: readonly Token[], i: number, parts: readonly string[], from: number): number {
  let s = i;
  for (let k = parts.length - 2; k >= 0; k--) {
    const a = tokens[s - 1];
    if (!a || a.start < from || a.end !== tokens[s]!.start - 1 || text.charCodeAt(a.end) !== 32 || a.text !== parts[k]) return i;
    s--;
  }
  return s;
}
const sameParticle = (a: Token | undefined, b: Token, part: string): boolean =>
  a?.end === b.start - 1 && a.low === part.toLowerCase() && NAME_PARTICLES.has(a.low);
