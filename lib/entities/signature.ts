import type { EntityResult, Span } from '../types';
import { lineStartMatches } from '../text/line-matches';
import { tokenize, type Run, type Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import type { LowerWords } from './article-words';
import { everydayWord } from './one-word';
import { isNameWord } from './name-words';
import type { OverlapIndex } from './overlap';
import { builtEntity } from './built-entity';
import { given } from './lower-people';
import { WORDLIKE_GIVEN } from './person-evidence';

/**
 * A signature block's first line: a name opening the line, then the sender's firm, title or office, with a
 * telephone number, an extension or an e-mail address further on that line ("John Staikos Direct Dial: 203.961.7523",
 * "Vangie McGilloway Constellation Power Source, Inc. … Phone 410-468-3798", "Vladi Pimenov ext. 37625").
 * The name is the first two words (three with a middle initial: "Kevin A. Boone Accenture … 713.837.1638"),
 * which the run would otherwise join to the firm's words. Not a head word, a title, a known place,
 * organisation or company, or a word the text writes in lower case.
 */
const CONTACT = /\(?\b\d{3}\)?[-./ ]\d{3}[-. ]\d{4}\b|[\w.]@[\w-]+\.|\bext\.\s*\d/;
const INITIAL = /^\p{Lu}\.?$/u;

export function signatureNames(text: string, runs: Run[], taken: OverlapIndex, L: LexiconSets, lower: LowerWords): Span[] {
  const out: Span[] = [];
  for (const run of runs) {
    if (run.tokens.length < 2 || (run.start > 0 && text.charCodeAt(run.start - 1) !== 10)) continue;
    const ts = run.tokens;
    const mid = ts.length >= 3 && INITIAL.test(ts[1]!.text) ? 1 : 0;
    const last = ts[1 + mid]!;
    if (!last || !spaced(ts, 1 + mid) || (mid && !spaced(ts, 1))) continue;
    if (!word(ts[0]!, L, lower) || !word(last, L, lower)) continue;
    // (The line's contact last: most lines opening on a name have none, and the words above are cheaper to ask.)
    let lineEnd = text.indexOf('\n', run.end);
    if (lineEnd < 0 || lineEnd > run.end + 160) lineEnd = Math.min(text.length, run.end + 160);
    if (!CONTACT.test(text.slice(run.end, lineEnd))) continue;
    const third = !mid && ts.length >= 4 && thirdWord(ts, text.slice(run.end, lineEnd), L, lower);
    const span = { start: ts[0]!.start, end: (third ? ts[2]! : last).end };
    if (!taken.overlaps(span)) out.push(span);
  }
  return out;
}

/**
 * A third name word ("Stacey Barclay Richardson Enron Net Works", "Magali Van Belle Consultant"): a name word no everyday word,
 * before a title, a known company or organisation, or spelt out in the line's e-mail address ("Stacey.Richardson@…").
 */
function thirdWord(ts: Token[], rest: string, L: LexiconSets, lower: LowerWords): boolean {
  const t = ts[2]!;
  const next = ts[3]!.low;
  if (!spaced(ts, 2) || !word(t, L, lower) || (L.everyday.has(t.low) && !L.givenNames.has(t.low))) return false;
  if (L.titles.has(next) || JOB_WORDS.has(next) || L.knownOrgs.has(next) || L.companies.has(next)) return true;
  const mail = /([\w.-]+)@/.exec(rest);
  return (
    !!mail &&
    t.low.length >= 4 &&
    mail[1]!
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .includes(t.low)
  );
}

/** Words of a job title that open a signature's second part ("Consultant", "Senior Analyst", "Vice President"). */
const JOB_WORDS: ReadonlySet<string> = new Set(
  'consultant analyst associate manager director coordinator assistant specialist engineer counsel attorney partner principal administrator representative officer executive senior vice'.split(
    ' ',
  ),
);

function spaced(ts: Token[], k: number): boolean {
  return ts[k]!.start - ts[k - 1]!.end === 1;
}

function word(t: Token, L: LexiconSets, lower: LowerWords): boolean {
  const w = t.low;
  if (!isNameWord(t) || L.titles.has(w) || L.lead.has(w) || L.orgHeads.has(w) || L.placeHeads.has(w) || L.otherHeads.has(w)) return false;
  if (L.knownPlaces.has(w) || L.knownOrgs.has(w) || L.companies.has(w)) return false;
  return L.givenNames.has(w) || !everydayWord(w, (v) => lower.has(v));
}

/**
 * The name a message is signed with: the line after a closing ("Warm regards,⏎Bill Gottlieb", "Kindest regards,⏎Visit") holding
 * one to three name words and nothing else but a full stop or comma. The words as signature lines' (no title, head word, known
 * place, organisation or company, nor a word the text writes in lower case).
 */
export function signedNames(text: string, runs: Run[], taken: OverlapIndex, L: LexiconSets, lower: LowerWords): Span[] {
  const out: Span[] = [];
  for (const run of runs) {
    const ts = run.tokens;
    if (ts.length > 3 || run.start < 2 || text.charCodeAt(run.start - 1) !== 10) continue;
    if (!/^[.,]?[ \t]*(?:\n|$)/.test(text.slice(run.end, run.end + 4))) continue;
    const lineStart = text.lastIndexOf('\n', run.start - 2) + 1;
    // (A closing after a closing is none: "Regards,⏎Sincerely,".)
    if (!CLOSING_LINE.test(text.slice(lineStart, run.start - 1)) || CLOSING_LINE.test(text.slice(run.start, run.end + 1))) continue;
    if (!ts.every((t, k) => (k > 0 && k < ts.length - 1 && INITIAL.test(t.text)) || word(t, L, lower)) || !ts.every((_, k) => k === 0 || spaced(ts, k)))
      continue;
    const span = { start: ts[0]!.start, end: ts[ts.length - 1]!.end };
    if (!taken.overlaps(span)) out.push(span);
  }
  return out;
}
/**
 * A line that only credits its writer: "From", "By" or "Posted by" (perhaps after a closing: "Thanks From Bill"), then one to
 * three name words and the line's end ("Posted by darin", "By samantha Fox"). Web text writes the name in lower case too: a
 * lower-case word counts only as a given name the lists know. One word alone is a given name or no everyday word; the words as
 * signature lines' (no title, head word, known place, organisation or company: "By Reuters", "From London", "By Appointment").
 */
export function creditNames(text: string, taken: OverlapIndex, L: LexiconSets, lower: LowerWords): Span[] {
  const out: Span[] = [];
  for (const m of lineStartMatches(CREDIT_LINE, text)) {
    const start = m.index + m[0].length - m[1]!.length - m[2]!.length;
    const ts = tokenize(m[1]!);
    const one = ts.length === 1;
    const ok = (t: Token, k: number) =>
      t.cap
        ? word(t, L, lower) && (!one || L.givenNames.has(t.low) || !L.everyday.has(t.low))
        : (k === 0 || !one) && L.soleGivenNames.has(t.low) && !L.lead.has(t.low);
    if (!ts.length || ts.length > 3 || !ts.every(ok) || m[1]!.split(' ').length !== ts.length) continue;
    const span = { start, end: start + m[1]!.length };
    if (!taken.overlaps(span)) out.push(span);
  }
  return out;
}
const CREDIT_LINE =
  /^[ \t]*(?:(?:thanks|thank you|love|cheers|regards)[ \t,]+)?(?:from|by|(?:posted|written|submitted|reviewed) by)[ \t]+(\p{L}[\p{L}'\u2019-]*(?: \p{L}[\p{L}'\u2019-]*){0,2})([ \t]*[.!]?[ \t]*)$/imuy;

/**
 * A given name written in lower case, as web mail writes names, where only a person's name stands: alone on the line after a
 * closing ("Cheers,⏎mike", "thanks⏎- kate"), or after a greeting that opens a line ("hi jeff,", "Thanks kate!"). Only a given
 * name of the lists that is no everyday word ("Thanks all,", "Regards,⏎will": lower-people.ts, WORDLIKE_GIVEN).
 */
export function lowerSignedNames(text: string, taken: OverlapIndex, L: LexiconSets): Span[] {
  const out: Span[] = [];
  let closing = false;
  for (let s = 0; s < text.length;) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    const line = text.slice(s, e);
    const m = (closing ? LOWER_SIGNATURE.exec(line) : null) ?? LOWER_GREETED.exec(line);
    if (m && given(m[2]!, L) && !WORDLIKE_GIVEN.has(m[2]!)) {
      const span = { start: s + m[1]!.length, end: s + m[1]!.length + m[2]!.length };
      if (!taken.overlaps(span)) out.push(span);
    }
    closing = CLOSING_LINE.test(line);
    s = e + 1;
  }
  return out;
}
/** A line holding one lower-case word, perhaps after a dash ("mike", "- kate."). */
const LOWER_SIGNATURE = /^([ \t]*(?:[-\u2013\u2014~][ \t]*)?)(\p{Ll}{3,})[ \t]*[.!]?[ \t]*$/u;
/** A greeting opening a line, then a lower-case word and a comma, colon, "!", a dash or the line's end ("hi jeff,"). */
const LOWER_GREETED = /^([ \t]*(?:[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear|[Tt]hanks|[Tt]hank you|[Tt]hx)[ \t]+)(\p{Ll}{3,})[ \t]*(?:[,:!\u2013\u2014-]|$)/u;

/** A line that closes a message before its signature ("Regards,", "Best wishes,", "Thanks!", "Sincerely yours,"). */
const CLOSING_LINE =
  /^[ \t]*(?:(?:best|warm|warmest|kind|kindest|many|with|all the)\s+)*(?:regards|wishes|thanks|thank you|cheers|sincerely|yours(?:\s+(?:truly|sincerely|faithfully))?|respectfully|cordially|best|love|take care)[ \t]*[,.!]?[ \t]*$/i;

/**
 * A message signed with initials: a line holding only two or three letters ("dp", "Dp", "-GT", "DP.") that are the initials
 * of a person the article names in full within a few lines ("Thx⏎dp⏎Debra Perlingiere"). The line is a mention of that person,
 * added in place; not where two people nearby share the initials, nor a common acronym or a known organisation's letters.
 */
export function initialsSignOffs(text: string, entities: EntityResult[], L: LexiconSets): void {
  let people: EntityResult[] | undefined;
  for (const m of lineStartMatches(INITIALS_LINE, text)) {
    const letters = m[1]!.toLowerCase();
    // (Not a common acronym or a known organisation's: "AP", "PR", "TV" credit lines.)
    if (L.acronyms.has(m[1]!.toUpperCase()) || L.knownOrgs.has(letters) || L.companies.has(letters)) continue;
    // (The people's initials read at the first such line only: most texts have none, and every person's name was split for nothing.)
    people ??= entities.filter((e) => e.type === 'person' && initialsOf(e.name) !== null);
    if (!people.length) return;
    const start = m.index + m[0].indexOf(m[1]!);
    const span = { start, end: start + m[1]!.length };
    const near = (s: Span) => Math.abs(s.start - start) <= NEAR;
    const match = people.filter((e) => initialsOf(e.name)!.includes(letters) && e.mentions.some(near));
    if (match.length !== 1 || entities.some((e) => e.mentions.some((s) => s.start < span.end && span.start < s.end))) continue;
    match[0]!.mentions.push(span);
    match[0]!.mentions.sort((a, b) => a.start - b.start);
  }
}
/** A line of two or three letters, perhaps after a dash and before a full stop. */
const INITIALS_LINE = /^[ \t]*-?[ \t]*(\p{L}{2,3})\.?[ \t]*$/muy;
/** How near (in characters) the full name must stand. */
const NEAR = 300;
/** A name's initials: first and last word's, and every word's for three or more words ("debra perlingiere" → ["dp"]); null for one word. */
function initialsOf(name: string): string[] | null {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2) return null;
  const first = words[0]![0]! + words[words.length - 1]![0]!;
  const all = words.map((w) => w[0]!).join('');
  return [first.toLowerCase(), all.toLowerCase()];
}

/**
 * A message signed with a dash and initials alone on the line, whoever they are ("-M", "----cgy", "— JS"): the writer, as the
 * person's own name. A hyphen glued to the letters (a list's bullet has a space after it: "- SEO", "- T"), or a long dash; not a
 * line among others that open with a dash (a list), a common acronym, a known organisation, company or place, nor a word the lists
 * know ("-Etc.", "-soy"). Asked after initialsSignOffs: initials of a person the text names in full are a mention of that person.
 */
export function dashedSignOffs(text: string, entities: EntityResult[], L: LexiconSets): void {
  if (text.indexOf('-') < 0 && text.indexOf('\u2014') < 0 && text.indexOf('\u2013') < 0) return;
  for (const m of lineStartMatches(DASHED_LINE, text)) {
    const letters = m[1]!;
    const low = letters.toLowerCase();
    if (
      L.acronyms.has(letters.toUpperCase()) ||
      L.knownOrgs.has(low) ||
      L.companies.has(low) ||
      L.knownPlaces.has(low) ||
      L.everyday.has(low) ||
      L.lead.has(low)
    )
      continue;
    const lineStart = m.index;
    const lineEnd = lineStart + m[0].length;
    // (Not in a list: the line before or after opens with a dash too.)
    if (DASH_OPENS.test(text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart)) || DASH_OPENS.test(text.slice(lineEnd + 1, lineEnd + 8))) continue;
    const start = lineStart + m[0].indexOf(letters);
    const span = { start, end: start + letters.length };
    if (entities.some((e) => e.mentions.some((s) => s.start < span.end && span.start < s.end))) continue;
    entities.push(builtEntity(letters, 'person', [span], 'article-built: initials signing a message'));
  }
}
/** A hyphen (or more) glued to one to three letters, or a long dash and perhaps a space, alone on the line. */
const DASHED_LINE = /^[ \t]*(?:-+|[\u2013\u2014] ?)(\p{L}{1,3})\.?[ \t]*$/muy;
const DASH_OPENS = /^[ \t]*[-\u2013\u2014*\u2022]/;
