/**
 * Parses the Factbook's officeholder lines ("President Ivan PETRENKA (since 3 March 2001)")
 * into title, name parts and start date. The Factbook writes the reference name (usually the
 * surname) in CAPITALS; that run anchors the parse. Lines that do not fit a known shape yield
 * nothing rather than a wrong person.
 */
import { normalCaseName, caseWord } from '../names';
import { parseSince, parseFactbookDate } from './dates';

export interface ParsedOfficeholder {
  title: string; // "President", may be "" when the line has none
  given: string[]; // given names before the capitalised run, in display case
  surname: string; // the capitalised run in display case ("Van der Bellen", "Xi")
  display: string; // full name in display case ("Ivan Petrenka", "Wu Chenglin")
  since?: string;
  /** The line came after "represented by": the head of state's representative. */
  representative?: boolean;
}

const TITLE_WORDS = new Set(
  (
    'President Vice Prime Minister Ministers Premier King Queen Emperor Sultan Amir Emir Prince Princess Grand Duke ' +
    'Chancellor Governor General Governor-General Co-prince Pope Chairman Chairperson Chair Chief Executive Leader ' +
    'Supreme Acting Interim Transition Transitional Caretaker Administrator Prefect Commissioner Lieutenant ' +
    'Lieutenant-Governor Mayor Secretary State Crown Captain Captains Regent Sovereign Council Lord Taoiseach High ' +
    'Superior Archbishop Foreign Commander-in-Chief Affairs Presidential Territorial Assembly Cabinet Government ' +
    'Commission Republic Presidency Member Deputy Co-Vice Head Sheikh Senior Minister-President Director Federal ' +
    'Sir Dame Dr. Gen. Col. Capt. Sr. Lt. Maj. Adm. Ratu Marshal Air Vice-Marshal Commander Bailiff Speaker'
  ).split(/\s+/),
);
/** Honorifics and ranks: part of neither the title nor the name. */
const HONORIFICS = new Set(['Sir', 'Dame', 'Dr.', 'Gen.', 'Col.', 'Capt.', 'Sr.', 'Lt.', 'Maj.', 'Adm.', 'Ratu', 'Grand Chief', 'Sheikh']);
const PARTICLES = /^(?:von|van|der|den|de|da|do|dos|das|di|del|la|le|al|el|bin|ibn|ibni|bint|ben|y|e|i|zu|ter|Ould|ould|Al|El)$/;

function isCapsToken(token: string): boolean {
  const t = token.replace(/[,;]$/, '');
  if (t.startsWith('(') || t.startsWith('"')) return false;
  // PETRENKA, DÉBY, SASSOU-Nguesso, al-BASHIR, Hoseini-KHAMENEI, LA'AULIALEMALIETOA
  return t.split(/[-'’]/).some((part) => /^\p{Lu}{2,}$/u.test(part));
}

function isNameWord(token: string): boolean {
  return /^[\p{Lu}][\p{L}'’.-]*,?$/u.test(token) || PARTICLES.test(token) || /^(?:al|el|bin)-\p{L}/u.test(token);
}

/** Splits on ";" outside parentheses, and before "represented by". */
function segments(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ';' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out
    .flatMap((s) => s.split(/,?\s*\b(?=represented by\b)/i))
    .map((s) => s.trim())
    .filter(Boolean);
}

function cleanTitle(tokens: string[]): string {
  const t = [...tokens];
  // trailing honorifics belong to neither title nor name ("Sultan and Prime Minister Sir")
  while (t.length) {
    const last = t[t.length - 1]!;
    const two = t.length >= 2 ? `${t[t.length - 2]} ${last}` : '';
    if (HONORIFICS.has(two)) t.splice(-2, 2);
    else if (HONORIFICS.has(last)) t.pop();
    else if (last === 'General' && t.length >= 2 && !/^(Governor|Attorney|Secretary|Director|Inspector)$/.test(t[t.length - 2] ?? '')) t.pop();
    else break;
  }
  return t
    .join(' ')
    .replace(/^(?:the|and)\s+/i, '')
    .replace(/[,:]$/, '')
    .trim();
}

function parseSegment(segment: string): ParsedOfficeholder | null {
  const beforeParen = segment.replace(/\(\s*(?:since|\d)[^)]*\)?.*$/i, '').trim();
  const tokens = beforeParen.split(/\s+/).filter(Boolean);
  const T = (i: number): string => tokens[i] ?? '';
  if (!tokens.length) return null;
  let anchor = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapsToken(T(i))) continue;
    const next = tokens[i + 1]?.replace(/,$/, '');
    if (next && TITLE_WORDS.has(next) && !isCapsToken(next)) continue; // "GNU Interim Prime Minister": an acronym
    anchor = i;
    break;
  }
  let titleTokens: string[];
  let given: string[] = [];
  let run: string[] = [];
  const after: string[] = [];
  if (anchor >= 0) {
    let start = anchor;
    for (let j = anchor - 1; j >= 0 && anchor - j <= 4; j--) {
      const tok = T(j);
      if (/^\(.*\)$/.test(tok) || /^".*"$/.test(tok)) {
        start = j;
        continue;
      } // nickname: "(Sam)", "BongBong"
      if (TITLE_WORDS.has(tok) || HONORIFICS.has(tok) || !isNameWord(tok) || tok.endsWith(',')) break;
      start = j;
    }
    titleTokens = tokens.slice(0, start);
    given = tokens.slice(start, anchor).filter((t) => !/^[("]/.test(t));
    // "President of China XI Jinping", "Governor-General of New Zealand Cindy KIRO": a title
    // cannot end in "of"/"the", so the words after it belong to the title, not the name.
    if (titleTokens.length && /^(of|the)$/.test(titleTokens[titleTokens.length - 1] ?? '') && given.length) {
      const keep = given.length > 1 ? 1 : 0;
      titleTokens = [...titleTokens, ...given.slice(0, given.length - keep)];
      given = given.slice(given.length - keep);
    }
    let k = anchor;
    while (k < tokens.length && (isCapsToken(T(k)) || (PARTICLES.test(T(k)) && isCapsToken(tokens[k + 1] ?? '')) || /^[IVX]+,?$/.test(T(k)))) {
      run.push(T(k));
      if (T(k).endsWith(',')) {
        k++;
        break;
      }
      k++;
    }
    for (; k < tokens.length && after.length < 6; k++) {
      const tok = T(k);
      if (tok === 'of' || tok.startsWith('(') || (!isNameWord(tok) && !/^(?:Jr|Sr)\.?,?$/.test(tok))) break;
      after.push(tok);
      if (tok.endsWith(',') && !/^(?:Jr|Sr)\.?/.test(tokens[k + 1] ?? '')) break;
    }
  } else {
    // No capitalised run ("Maria van den Berg (since ...)"): accept only a short line with a
    // start date, the name being what follows the title words.
    if (!/\bsince\b/i.test(segment)) return null;
    let s = 0;
    while (s < tokens.length && (TITLE_WORDS.has(T(s)) || /^(of|the|and)$/.test(T(s)))) s++;
    const nameTokens = tokens.slice(s);
    if (nameTokens.length < 2 || nameTokens.length > 5 || !nameTokens.every(isNameWord)) return null;
    titleTokens = tokens.slice(0, s);
    const p = nameTokens.findIndex((t, i) => i > 0 && PARTICLES.test(t));
    const cut = p > 0 ? p : nameTokens.length - 1;
    given = nameTokens.slice(0, cut);
    run = nameTokens.slice(cut);
  }
  // Lower-case words in the title other than linking words mean a note, not an office
  // ("former President ... was overthrown", "overall Taliban Leader ... is").
  titleTokens = titleTokens
    .join(' ')
    .replace(/\([^)]*\)?/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (titleTokens.length && titleTokens.every((t) => /^(of|the|and|for)$/.test(t))) return null;
  if (titleTokens.some((t) => /^\p{Ll}/u.test(t) && !/^(of|the|and|for|de|in)$/.test(t))) return null;
  if (!run.length) return null;
  const strip = (t: string) => t.replace(/[,;]$/, '');
  const givenClean = given.map(strip).map((t) => normalCaseName(t));
  const surname = run.map((t, i) => (isCapsToken(t) ? caseWord(strip(t), i === 0 && givenClean.length === 0) : strip(t))).join(' ');
  const afterClean = after.map(strip).map((t) => (isCapsToken(t) ? caseWord(t, false) : t));
  const display = [...givenClean, surname, ...afterClean].join(' ').replace(/\s+(Jr|Sr)\.?$/, ', $1.');
  const since = parseSince(segment) ?? (/\(\s*\d{1,2} [A-Z][a-z]+ \d{4}\s*\)/.test(segment) ? parseFactbookDate(segment) : undefined);
  return { title: cleanTitle(titleTokens), given: givenClean, surname, display, since };
}

export function parseOfficeholders(text: string): ParsedOfficeholder[] {
  const noteFree = text.replace(/\bnote\s*[-:–].*$/is, '');
  const out: ParsedOfficeholder[] = [];
  for (const raw of segments(noteFree)) {
    const rep = /^represented by\b/i.test(raw);
    const seg = raw.replace(/^represented by\s*/i, '');
    // A name alone before a note ("Ahmad al-Shara'; former President ... was overthrown"): the first line of a field.
    const bare =
      !out.length &&
      /^(?:\p{Lu}[\p{L}'’.-]*|al-\p{L}[\p{L}'’-]*|el-\p{L}[\p{L}'’-]*|bin|ibn)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|al-\p{L}[\p{L}'’-]*|el-\p{L}[\p{L}'’-]*|bin|ibn)){1,4}$/u.test(
        seg.trim(),
      ) &&
      !seg.split(/\s+/).some((t) => TITLE_WORDS.has(t));
    const p = parseSegment(seg) ?? (bare ? parseSegment(`${seg.trim()} (since ?)`) : null);
    if (p && rep) p.representative = true;
    if (p && bare && p.since === undefined) delete p.since;
    if (p && p.surname.length >= 2) out.push(p);
  }
  return out;
}
