import type { Span } from '../types';
import { lineStartMatches } from '../text/line-matches';
import { tokenize } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { isNameWord } from './name-words';
import type { OverlapIndex } from './overlap';

/**
 * A display name before an e-mail address is the sender's or the addressee's name: `"Les Spahnn" <les@…>`,
 * `"Townsend, George" <gt@…>` (surname first, as address books write it), `Email: Adelia Smith <adelia@…>`.
 * One to three name words (or "Surname, Given"), none a known organisation or place: not `"The Cat Album" <…>`,
 * `"paulhastings.com" <…>` or `"TJO" <…>`. Asked only of texts with an "@" in them.
 */
const QUOTED = /"([^"\n<>]{1,48})"[ \t]*$/;
/** Unquoted: at a line's start or after a label ("Email: Adelia Smith <adelia@…>"). */
const BARE = /(?:^|\n|:[ \t]+)[ \t]*([^\s"<>:@,][^"\n<>:@]{0,46}?)[ \t]*$/;
/** The same where the slice starts inside a line: only after a line break or a label in it. */
const BARE_INSIDE = /(?:\n|:[ \t]+)[ \t]*([^\s"<>:@,][^"\n<>:@]{0,46}?)[ \t]*$/;

export function emailNames(text: string, taken: OverlapIndex, L: LexiconSets): Span[] {
  const out: Span[] = [];
  // (From each "@" back to its "<": the cost is the addresses', not the text's.)
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const lt = text.lastIndexOf('<', at);
    if (lt < 0 || at - lt > 64 || /[\s>]/.test(text.slice(lt + 1, at))) {
      notesName(text, at, taken, L, out);
      continue;
    }
    const from = Math.max(0, lt - 64);
    const lead = text.slice(from, lt);
    const m = QUOTED.exec(lead) ?? (from === 0 || text[from - 1] === '\n' ? BARE : BARE_INSIDE).exec(lead);
    if (!m) continue;
    const start = from + m.index + m[0].indexOf(m[1]!);
    const span = { start, end: start + m[1]!.trimEnd().length };
    const named = displayName(text, span, L) || (m[0].startsWith('"') && spelledInAddress(text.slice(span.start, span.end), text.slice(lt + 1, at), L));
    if (named && !taken.overlaps(span) && !out.some((s) => s.start === span.start)) out.push(span);
  }
  return out;
}

/**
 * A quoted display name written in lower case, as web mail lets people write their own (`"engin i. erdem"<erdemen…@…>`): two or
 * three words of letters, perhaps a middle initial, one of four letters or more spelt in the address before its "@" (its first five) — the
 * address names the same person. No everyday or opening word among them (`"the cat album"<thecatalbum@…>`), and not a phrase the
 * address does not spell (`"cat lovers"<info@…>`).
 */
function spelledInAddress(name: string, local: string, L: LexiconSets): boolean {
  const words = name.split(' ');
  const ok = (w: string, i: number) =>
    (LOWER_WORD.test(w) && !L.everyday.has(w) && !L.lead.has(w) && !L.titles.has(w)) || (i > 0 && i < words.length - 1 && LOWER_INITIAL.test(w));
  if (words.length < 2 || words.length > 3 || !words.every(ok)) return false;
  const letters = local.toLowerCase().replace(/[^a-z]/g, '');
  // (Five letters of a longer word suffice: a newsgroup's archive cuts the address short, `"orvik quillfeather"<quillfe...@...>`.)
  return words.some((w) => w.length >= 4 && letters.includes(w.slice(0, 5)));
}
const LOWER_WORD = /^\p{Ll}{2,}$/u;
const LOWER_INITIAL = /^\p{Ll}\.$/u;

/**
 * An address book's entry quoted alone on its line, the surname first and a given name the lists know after the comma
 * (`"Lenhart, Matthew"`, a message's header without its address): the person's name, whole.
 */
export function quotedSurnameFirst(text: string, taken: OverlapIndex, L: LexiconSets): Span[] {
  const out: Span[] = [];
  if (text.indexOf('",') < 0 && text.indexOf(', ') < 0) return out;
  for (const m of lineStartMatches(QUOTED_ENTRY, text)) {
    const start = m.index + m[0].indexOf('"') + 1;
    const span = { start, end: start + m[1]!.length };
    if (L.soleGivenNames.has(m[2]!.toLowerCase()) && displayName(text, span, L) && !taken.overlaps(span)) out.push(span);
  }
  return out;
}
const QUOTED_ENTRY = /^[ \t]*"(\p{Lu}[\p{L}'\u2019-]+, (\p{Lu}[\p{Ll}'\u2019-]+))"[ \t]*$/muy;

/** One to three name words, or two with a comma between ("Lenhart, Matthew"), and nothing else. */
function displayName(text: string, span: Span, L: LexiconSets): boolean {
  const name = text.slice(span.start, span.end);
  const ts = tokenize(name);
  if (!ts.length || ts.length > 3 || L.knownOrgs.has(name.toLowerCase()) || L.knownPlaces.has(name.toLowerCase())) return false;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    if (!isNameWord(t) || L.titles.has(t.low)) return false;
    const gap = name.slice(i ? ts[i - 1]!.end : 0, t.start);
    if (i === 0 ? gap !== '' : gap !== ' ' && !(gap === ', ' && ts.length === 2)) return false;
  }
  return ts[ts.length - 1]!.end === name.length;
}

/**
 * A Lotus Notes address opening its line, or a list's item after a comma, a semicolon or a label's colon ("cc: Sally Beck/HOU/ECT@ECT,
 * Mark Frevert/NA/Enron@Enron"): the name, perhaps "/ORG" or "/SITE/ORG", then "@" and the organisation's name in capitals or
 * after the "/…@" ("Rudwell Johnson/ENRON@enronXgate", "John Griffith@ENRON on 08/15/2000"): the name is the person's. Two or
 * three name words one space apart; not an address of a mailbox ("kent.shoemaker@ae.ge.com": no space in it).
 */
function notesName(text: string, at: number, taken: OverlapIndex, L: LexiconSets, out: Span[]): void {
  const lineStart = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 60);
  const m = NOTES_NAME.exec(text.slice(lineStart, at));
  if (!m || !(m[2] ? /^@\p{L}/u : /^@\p{Lu}{2,}\b/u).test(text.slice(at, at + 12))) return;
  const start = lineStart + m.index + m[0].indexOf(m[1]!);
  const span = { start, end: start + m[1]!.length };
  if (!displayName(text, span, L) || taken.overlaps(span) || out.some((s) => s.start === span.start)) return;
  // ("John Griffith@ENRON": the surname and its organisation are one token of the address, and the mention takes it whole; the
  // person's name stays the words before "@", article-people.ts.)
  const glued = m[2] ? null : GLUED_ORG.exec(text.slice(at, at + 40));
  out.push(glued ? { start, end: at + glued[0].length } : span);
}
/** "@ENRON", "@AZURIX": the organisation glued to the name, in capitals, to the next space. */
const GLUED_ORG = /^@\p{Lu}{2,}(?=\s|$)/u;
const NOTES_NAME = /(?:^|[,;:])[ \t]*((?:\p{Lu}[\p{L}'\u2019-]+ ){1,2}\p{Lu}[\p{L}'\u2019-]+)((?:\/\p{Lu}[\p{L}]*){1,2})?$/u;
