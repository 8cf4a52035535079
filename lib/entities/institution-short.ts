/**
 * A place's name in the possessive before a person whom the article places at an institution named after that
 * place: "As Oregon's Raman told reporters", where the article has introduced "Priya Raman, who runs a robotics
 * lab at the University of Oregon". The possessive names the person's university (or college, or institute) by
 * its short form, not the state, the city or the country, so the place's card is wrong there. (Seed-23 links
 * audit, tests/fixtures/links-judged-2026-12-06-s23.json.)
 *
 * The evidence is read from the article itself: the person's surname follows the possessive; the article names
 * that person elsewhere by a given name and the surname; and that sentence places the person "at", "of", "from"
 * or "with" an institution whose name is the place's own ("the University of Oregon", "Oregon State University",
 * "the National University of Singapore"). Without such a sentence the place stays ("Oregon's Kotek signed the
 * bill", "Oregon's governor"), as it does where the institution is somebody else's.
 * Cost: one regular expression after the name; the article is read only after a possessive and a capital.
 */
import type { Span } from '../types';

/** The possessive and up to three capitalised words after the name (group 1: the last, the surname). */
const POSSESSIVE_PERSON = /^['\u2019]s?\s+(?:\p{Lu}[\p{L}'\u2019-]*\.?\s+){0,2}(\p{Lu}[\p{L}'\u2019-]+)(?![\p{L}'\u2019-])/u;
/** How far a sentence reaches either side of a full name (characters). */
const REACH = 300;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The sentence around an offset range, clipped to REACH characters either side. */
function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  const minA = Math.max(0, start - REACH);
  while (a > minA && !/[.!?\n]/.test(text[a - 1]!)) a--;
  let b = end;
  const maxB = Math.min(text.length, end + REACH);
  while (b < maxB && text[b] !== '\n' && !(/[.!?]/.test(text[b]!) && /\s/.test(text[b + 1] ?? ' '))) b++;
  return text.slice(a, b);
}

/** True where the place's name at `span` is the short form of an institution the article ties the following person to. */
export function institutionShortForm(text: string, span: Span): boolean {
  const c = text.charCodeAt(span.end);
  if (c !== 39 && c !== 0x2019) return false;
  const surname = POSSESSIVE_PERSON.exec(text.slice(span.end, span.end + 80))?.[1];
  if (!surname) return false;
  const place = escape(text.slice(span.start, span.end));
  const institution = new RegExp(
    `\\b(?:at|of|from|with)\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}-]*|of|and|for|&)\\s+){0,6}?(?:University|College|Institute)\\s+of\\s+(?:the\\s+)?${place}(?![\\p{L}'\u2019-])` +
      `|\\b(?:at|of|from|with)\\s+(?:the\\s+)?${place}\\s+(?:State\\s+)?(?:University|College|Institute)\\b`,
    'u',
  );
  // The person named in full elsewhere: a capitalised given name right before the surname.
  const fullName = new RegExp(`\\p{Lu}[\\p{L}'\u2019-]*\\.?\\s+${escape(surname)}(?![\\p{L}'\u2019-])`, 'gu');
  for (const m of text.matchAll(fullName)) {
    if (m.index! <= span.end && m.index! + m[0].length >= span.start) continue;
    if (institution.test(sentenceAround(text, m.index!, m.index! + m[0].length))) return true;
  }
  return false;
}
