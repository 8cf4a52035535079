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
 * Cost: one regular expression after the name; the article is read only after a possessive and a capital, and then only
 * around the surname's occurrences (fullNames), not with a search from every capital of the text.
 */
import { sentenceRangeAround } from '../text/sentences';
import type { Span } from '../types';

/** The possessive and up to three capitalised words after the name (group 1: the last, the surname). */
const POSSESSIVE_PERSON = /^['\u2019]s?\s+(?:\p{Lu}[\p{L}'\u2019-]*\.?\s+){0,2}(\p{Lu}[\p{L}'\u2019-]+)(?![\p{L}'\u2019-])/u;
/** How far a sentence reaches either side of a full name (characters). */
const REACH = 300;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The sentence around an offset range, clipped to REACH characters either side. */
const sentenceAround = (text: string, start: number, end: number): string => text.slice(...sentenceRangeAround(text, start, end, REACH));

/**
 * A code unit that no full-name match holds (an ASCII character other than a letter, an apostrophe, a hyphen, a stop or a
 * space): a match of GIVEN_SURNAME starts after the last one before its surname. Other characters count as letters or spaces.
 */
function barrier(c: number): boolean {
  if (c >= 128 || c === 39 || c === 45 || c === 46 || c === 32 || (c >= 9 && c <= 13)) return false;
  return !((c >= 65 && c <= 90) || (c >= 97 && c <= 122));
}

/**
 * What text.matchAll(/\p{Lu}[\p{L}'’-]*\.?\s+<surname>(?![\p{L}'’-])/gu) finds, in order: a capitalised given name, then
 * the surname. Every match holds an occurrence of the surname, and starts after the last barrier before it; so the sticky
 * pattern is tried only from there up to each occurrence (the global search tried it at every capital of the article,
 * once per possessive: measured 2–3 % of the 5,000-word bench page's analysis).
 */
function* fullNames(text: string, surname: string): Generator<{ index: number; end: number }> {
  let at: RegExp | undefined; // (built at the first capital before an occurrence only)
  let from = 0; // no match starts before: the end of the last one, or past a barrier
  for (let p = text.indexOf(surname); p >= 0; p = text.indexOf(surname, p + 1)) {
    let b = p;
    while (b > from && !barrier(text.charCodeAt(b - 1))) b--;
    for (let i = b; i < p; i++) {
      const c = text.charCodeAt(i);
      if (c < 128 && (c < 65 || c > 90)) continue; // (no capital: \p{Lu} in ASCII is A–Z)
      at ??= new RegExp(`\\p{Lu}[\\p{L}'\u2019-]*\\.?\\s+${escape(surname)}(?![\\p{L}'\u2019-])`, 'uy');
      at.lastIndex = i;
      const m = at.exec(text);
      if (!m) continue;
      yield { index: m.index, end: m.index + m[0].length };
      from = m.index + m[0].length;
      p = from - 1; // (the next occurrence at or after the match's end)
      break;
    }
    if (from <= p) from = p;
  }
}

/** True where the place's name at `span` is the short form of an institution the article ties the following person to. */
export function institutionShortForm(text: string, span: Span): boolean {
  const c = text.charCodeAt(span.end);
  if (c !== 39 && c !== 0x2019) return false;
  const surname = POSSESSIVE_PERSON.exec(text.slice(span.end, span.end + 80))?.[1];
  if (!surname) return false;
  let institution: RegExp | undefined; // (built at the first full name only)
  // The person named in full elsewhere: a capitalised given name right before the surname.
  for (const m of fullNames(text, surname)) {
    if (m.index <= span.end && m.end >= span.start) continue;
    if (!institution) {
      const place = escape(text.slice(span.start, span.end));
      institution = new RegExp(
        `\\b(?:at|of|from|with)\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}-]*|of|and|for|&)\\s+){0,6}?(?:University|College|Institute)\\s+of\\s+(?:the\\s+)?${place}(?![\\p{L}'\u2019-])` +
          `|\\b(?:at|of|from|with)\\s+(?:the\\s+)?${place}\\s+(?:State\\s+)?(?:University|College|Institute)\\b`,
        'u',
      );
    }
    if (institution.test(sentenceAround(text, m.index, m.end))) return true;
  }
  return false;
}
