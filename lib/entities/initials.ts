import { ACRONYMS_ALONE, HONORIFICS, ORGANISATION_BACK_NOUNS, ORGANISATION_MEMBER_NOUNS, ORGANISATION_NAME_WORDS, US_STATE_CODES } from '../text/words';
import type { Span } from '../types';
import type { Run, Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import type { LowerWords } from './article-words';
import { everydayWord, pronounVotes } from './one-word';
import { isNameWord } from './name-words';
import { isRole, speechAfter } from './person-evidence';
import type { OverlapIndex } from './overlap';

/**
 * Names written with initials, which English uses for people and hardly for anything else:
 *  - initials first: "J.K. Rowling", "R.E. Glenn", "A. Noel Anketell Kramer", "J. R. R. Tolkien";
 *  - a middle initial where the given name is in no list: "Steffen W. Graae" (name-scan.ts finds
 *    "Jennifer M. Anderson", whose given name is listed);
 *  - a middle initial without its full stop after a listed given name: "Jeffrey T Hodge".
 * Initials that spell a place or an organisation ("U.S. Steel", "U.N. Charter") make no person's
 * name, and neither does a name that goes on into a longer capitalised name ("J.P. Morgan Chase",
 * "Philip K. Dick Award"), ends in a head word ("W.E.B. Du Bois Institute") or whose words the
 * article writes in lower case ("A. Introduction", "Plan B. Details").
 */
export interface InitialledName {
  span: Span;
  /** The name's words without the initials ("Rowling"): the surname the article may use alone later. */
  parts: string[];
}

/** One initial with its stop ("J."), or dotted initials in one token ("J.K.", "W.H.S."). */
const DOTTED = /^(?:\p{Lu}\.){1,3}$/u;
/** DOTTED.test(w), asked only of a word ending in a full stop (most words of a run end otherwise). */
const isDotted = (w: string): boolean => w.charCodeAt(w.length - 1) === 46 && DOTTED.test(w);
/** A middle initial without its stop ("Jeffrey T Hodge"): not "I" or "A", which are words. */
const BARE = /^[B-HJ-Z]$/;
/** Dotted abbreviations that are no one's initials. */
const NOT_INITIALS: ReadonlySet<string> = new Set(['po', 'am', 'pm', 'bc', 'ad', 'ce', 'bce', 'rip', 'ps', 'os', 'vs']);

export function initialledNames(text: string, tokens: Token[], runs: Run[], taken: OverlapIndex, L: LexiconSets, lower: LowerWords): InitialledName[] {
  const out: InitialledName[] = [];
  for (const run of runs) {
    const ts = run.tokens;
    if (ts.length < 2) continue;
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i]!;
      // "police chief KK Paul", "V K Choudhry" (a message's last line): initials without their stops (below).
      const u = i === 0 || !isNameWord(ts[i - 1]!) ? undotted(text, ts, i, L, lower, taken) : 0;
      if (u) {
        out.push(found(ts, i, u, u - 1));
        i = u - 1;
        continue;
      }
      const dotted = isDotted(t.text);
      if (!dotted && !(t.text.length === 1 && BARE.test(t.text))) continue;
      const prev = i > 0 && spaced(ts[i - 1]!, t) ? ts[i - 1]! : undefined;
      // Initials first: the run's first initials, one space from each other, then one to three name words.
      if (dotted && (!prev || !isNameWord(prev)) && !(prev && isDotted(prev.text))) {
        let k = i + 1;
        while (k < ts.length && isDotted(ts[k]!.text) && spaced(ts[k - 1]!, ts[k]!)) k++;
        const m = nameWordsFrom(ts, k);
        // A surname, or a given name and more ("E. Jean Carroll"), not "W. M. Keck Observatory".
        const words = m - k === 1 || (m - k > 1 && m - k <= 3 && L.givenNames.has(ts[k]!.low));
        if (m > k && words && initialsFirst(text, ts, i, k, m, L, lower, taken)) out.push(found(ts, i, m, k));
        i = Math.max(i, m - 1);
        continue;
      }
      // A middle initial: one name word before, one after.
      const next = ts[i + 1];
      if (t.text.length > 2 || !prev || !isNameWord(prev) || !next || !spaced(t, next) || !isNameWord(next)) continue;
      if (i >= 2 && spaced(ts[i - 2]!, prev) && isNameWord(ts[i - 2]!)) continue; // (one given name before it, perhaps after a title: "Mary Ann T Hodge" is left alone)
      const given = L.givenNames.has(prev.low);
      // ("Jennifer M. Anderson": name-scan.ts already finds a listed given name with a stopped initial.)
      if (dotted ? given : !given) continue;
      // ("Baktir MA, Salehi A. Neuroprotective effects", "14. Starling S. Obesity affects": a reference's author, initial and title.)
      if (
        goesOn(ts, i + 2) ||
        REFERENCE_BEFORE.test(text.slice(Math.max(0, prev.start - 6), prev.start)) ||
        !plausible(text, ts, i - 1, i + 2, L, lower, taken)
      )
        continue;
      out.push(found(ts, i - 1, i + 2, -1));
    }
  }
  if (!out.length) return out;
  // "company J.D. Power … its annual report", "E. P. Dutton & Company": a firm named after its founder, at every mention.
  const firms = new Set<string>();
  for (const n of out) if (firmAt(text, tokens, n)) firms.add(text.slice(n.span.start, n.span.end));
  return firms.size ? out.filter((n) => !firms.has(text.slice(n.span.start, n.span.end))) : out;
}

/** Another author's initials and a comma, or a reference's number, before a name: a reference list ("Baktir MA, Salehi A."). */
const REFERENCE_BEFORE = /(?:\b\p{Lu}{1,3},|\d\.)\s$/u;
/** A legal form or "&" after the name ("& Company", ", Inc."). */
const FIRM_AFTER = /^(?:\s*&|,? (?:Inc|Ltd|LLC|Corp|Co|PLC)\b)/;
const WORD_BEFORE = /(\p{L}+)\s$/u;
const WORD_AFTER = /^(?:['\u2019]s)?\s+(\p{Ll}+)/u;

/** A firm's context at the name: a legal form after, a firm's noun before ("company", "publisher") or after ("study", "shareholders"), or "its" more than "his" or "her". */
function firmAt(text: string, tokens: Token[], n: InitialledName): boolean {
  const { start, end } = n.span;
  if (FIRM_AFTER.test(text.slice(end, end + 8))) return true;
  const b = WORD_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
  if (b && ORGANISATION_BACK_NOUNS.has(b[1]!.toLowerCase())) return true;
  const a = WORD_AFTER.exec(text.slice(end, end + 24));
  if (a && (ORGANISATION_MEMBER_NOUNS.has(a[1]!) || ORGANISATION_NAME_WORDS.has(a[1]!))) return true;
  const votes = pronounVotes(text, tokens, n.parts[n.parts.length - 1]!);
  return votes.thing > votes.person;
}

function spaced(a: Token, b: Token): boolean {
  return b.start - a.end === 1;
}

/** The index after the name words (one space apart) from k. */
function nameWordsFrom(ts: Token[], k: number): number {
  let m = k;
  while (m < ts.length && isNameWord(ts[m]!) && (m === k ? m > 0 && spaced(ts[m - 1]!, ts[m]!) : spaced(ts[m - 1]!, ts[m]!))) m++;
  return m;
}

/** The capitalised name goes on after token m - 1 ("J.P. Morgan Chase", "Philip K. Dick Award"). */
function goesOn(ts: Token[], m: number): boolean {
  const t = ts[m];
  return !!t && spaced(ts[m - 1]!, t) && t.cap;
}

/** Initials [i, k) and name words [k, m): a person's name, not an acronym's place or firm, nor an outline's letter. */
function initialsFirst(text: string, ts: Token[], i: number, k: number, m: number, L: LexiconSets, lower: LowerWords, taken: OverlapIndex): boolean {
  if (goesOn(ts, m)) return false;
  // "U.S. Steel", "U.K. Biobank", "D.C. United": initials that are a place's or an organisation's.
  let letters = '';
  for (let x = i; x < k; x++) letters += ts[x]!.text.replace(/\./g, '');
  const low = letters.toLowerCase();
  if (
    letters.length >= 2 &&
    (ACRONYMS_ALONE.has(low) || US_STATE_CODES.has(letters) || L.acronyms.has(letters) || L.knownPlaces.has(low) || L.knownOrgs.has(low))
  )
    return false;
  // "P.O. Box", "A.M. Radio": abbreviations, not initials; "201 E. Washington St.": a street's side after its number.
  if (NOT_INITIALS.has(low) || (/^[NSEW]$/.test(letters) && /\d\s$/.test(text.slice(Math.max(0, ts[i]!.start - 2), ts[i]!.start)))) return false;
  // "A. Background" opening a line: an outline's letter and a heading.
  if (letters.length === 1 && m - k === 1 && (ts[i]!.start === 0 || text[ts[i]!.start - 1] === '\n')) return false;
  return plausible(text, ts, i, m, L, lower, taken);
}

/** The words of a name with initials: none taken already, no head word last, no title, no word the article writes in lower case. */
function plausible(text: string, ts: Token[], from: number, to: number, L: LexiconSets, lower: LowerWords, taken: OverlapIndex): boolean {
  const span = { start: ts[from]!.start, end: ts[to - 1]!.end };
  if (taken.overlaps(span)) return false;
  const last = ts[to - 1]!.low;
  if (L.orgHeads.has(last) || L.placeHeads.has(last) || L.otherHeads.has(last)) return false;
  const full = text.slice(span.start, span.end).toLowerCase();
  if (L.knownOrgs.has(full) || L.knownPlaces.has(full)) return false;
  for (let x = from; x < to; x++) {
    const t = ts[x]!;
    if (!isNameWord(t)) continue;
    if (L.titles.has(t.low) || L.lead.has(t.low) || (!L.givenNames.has(t.low) && everydayWord(t.low, (w) => lower.has(w)))) return false;
  }
  return true;
}

/** The name [from, to) and its words without initials (those from `words` on, or every name word). */
function found(ts: Token[], from: number, to: number, words: number): InitialledName {
  const parts: string[] = [];
  for (let x = words >= 0 ? words : from; x < to; x++) if (isNameWord(ts[x]!)) parts.push(ts[x]!.text);
  return { span: { start: ts[from]!.start, end: ts[to - 1]!.end }, parts };
}

/** Two or three capitals in one token ("KK"), or two or three single capitals one space apart ("V K"): initials written without stops. */
const CAPS = /^\p{Lu}{2,3}$/u;
const LETTER = /^\p{Lu}$/u;
/** A surname's shape: a capital, then lower case, perhaps a second capitalised part ("Choudhry", "O'Neil", "Smith-Jones"; not "Hub-specific"). */
const SURNAME = /^\p{Lu}\p{Ll}+(?:['\u2019-]\p{Lu}\p{Ll}+)?$/u;
/**
 * Initials without their stops and a surname, where more than the shape says person — an acronym before a word is as often a firm's
 * ("GE Aviation", "LG Display"): a title or role right before ("police chief KK Paul"), a speech verb right after ("AQ Khan said"),
 * or the name alone on the text's last line, a message's signature ("…⏎V K Choudhry"). The initials as initialsFirst reads them (no
 * acronym, state code, known place or organisation); the surname no word the article writes in lower case. Returns the index after
 * the surname, or 0.
 */
function undotted(text: string, ts: Token[], i: number, L: LexiconSets, lower: LowerWords, taken: OverlapIndex): number {
  let k = i;
  if (CAPS.test(ts[i]!.text)) k = i + 1;
  else while (k < ts.length && k - i < 3 && LETTER.test(ts[k]!.text) && (k === i || spaced(ts[k - 1]!, ts[k]!))) k++;
  if (k === i || (k - i === 1 && !CAPS.test(ts[i]!.text)) || nameWordsFrom(ts, k) !== k + 1 || !SURNAME.test(ts[k]!.text)) return 0;
  const start = ts[i]!.start;
  const end = ts[k]!.end;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1]?.toLowerCase();
  const signed = (start === 0 || text[start - 1] === '\n') && text.slice(end).trim() === '';
  const evidence = (!!before && (HONORIFICS.has(before) || isRole(before, L))) || speechAfter(text, end) || signed;
  return evidence && initialsFirst(text, ts, i, k, k + 1, L, lower, taken) ? k + 1 : 0;
}
