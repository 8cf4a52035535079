import type { Span } from '../types';
import type { LexiconSets } from './lexicon-sets';
import { MONTHS, WEEKDAYS } from '../text/words';

/**
 * An article-built organisation's name cut short (issue 18; the built-organisation audits, tests/fixtures/links-judged-2026-12-07-
 * s31.json and -s33.json: "Royal [Caribbean Cruise Lines]", "International [Medical Group]"). English opens many names with a
 * capitalised word of place, rank or size ("New York", "North Carolina State University", "Royal Caribbean", "Grand Canyon
 * University", "Big Bud Press") and headings with a superlative ("Best Office Chair For …"); where such a word stands right before
 * the name, one space apart, the name runs on to the left and what was found is its tail, or a heading's words: "York LLC",
 * "Carolina State University", "Bud Press". No card rather than a card for half a name — at every mention (a name found once
 * whole elsewhere keeps its card), and on no evidence after it ("… Medical Group said" still names International Medical Group).
 * So too after an owner's possessive (ownersNameBefore).
 */
export function cutShortAtEveryMention(text: string, name: string, mentions: readonly Span[], L: LexiconSets, taken?: { overlaps(s: Span): boolean }): boolean {
  if (!mentions.length) return false;
  const first = name.slice(0, name.search(/\s|$/)).toLowerCase();
  const everydayFirst = name.includes(' ') && L.everyday.has(first);
  const more = name.includes(' ') && taken !== undefined;
  const domain = name.includes(' of ');
  for (const m of mentions)
    if (
      !openerBefore(text, m.start) &&
      !(everydayFirst && ownersNameBefore(text, m.start, L)) &&
      !(more && capitalBefore(text, m.start, taken!, L)) &&
      !(domain && domainGoesOn(text, m.end, L))
    )
      return false;
  return true;
}

/**
 * "The [U.S. Department of Housing] and Urban Development's report", "the [National Institute of Diabetes] and Digestive and
 * Kidney Diseases": a body named by what it is of goes on past "and" where capitalised everyday words follow, none a body's head
 * — its domain has two parts. (Not "the Journal of Accountancy and The Tax Advisor", "… and Google": another body's name.)
 */
function domainGoesOn(text: string, end: number, L: LexiconSets): boolean {
  const a = AND_CAPITALS_AFTER.exec(text.slice(end, end + 50));
  if (!a) return false;
  for (const w of a[1]!.trim().split(' ')) {
    const low = w.toLowerCase();
    if (!L.everyday.has(low) || L.orgHeads.has(low)) return false;
  }
  return true;
}
const AND_CAPITALS_AFTER = /^ and (?!The )((?:\p{Lu}\p{Ll}+ ?){1,3})/u;

/**
 * "8. Health [Care Service Corporation]", "1. State [Farm Group]", "Frieling [Double Wall French Press]", "CUMIS Ins [Society
 * Group]", "permits Managing [Authority New York Department of State]", "Can You [Trust The Top VPN Services]": a capitalised word
 * right before a name of two words or more, one space apart and mid-sentence, is the first word of a longer name (or of a
 * heading's words) that the finder cut (a sentence's first word is dropped, and a list's number reads as a sentence's end); the
 * name found is its tail; so too after an everyday word and "&", which joins one firm's words ("Noah's Ark Moving & [Storage
 * Inc.]"; not "and", which joins two bodies as often: "Ceres Robotics and Tyvak Nano-Satellite Systems Inc"). Not a sentence's first word ("Visit Travelocity", "Today Harbor Safety Group paid"), a month or a
 * weekday ("in March Harbor Group said"), a title, nor a name the dataset or the person finder took ("the Obama National Security
 * Council": the name qualifies the body's).
 */
function capitalBefore(text: string, start: number, taken: { overlaps(s: Span): boolean }, L: LexiconSets): boolean {
  if (text[start - 1] !== ' ') return false;
  // ("Moving & [Storage Inc.]": an everyday word joined by "&" opens the name, as "&" joins one firm's words.)
  const j = JOINED_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (j && L.everyday.has(j[1]!.toLowerCase()) && !taken.overlaps({ start: start - j[0].length, end: start - 1 })) return true;
  const a = CAPITAL_WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!a) return false;
  const w = a[2]!.toLowerCase();
  if (MONTHS_DAYS.has(w) || TITLE_WORDS.has(w)) return false;
  const wordStart = start - 1 - a[2]!.length;
  if (taken.overlaps({ start: wordStart, end: start - 1 })) return false;
  // (After a sentence's end, a colon or a line's start the word opens a sentence, but after a list's number: "8. Health …".)
  return a[1] === undefined || LIST_NUMBER.test(a[1]);
}
/** What stands before the capitalised word: a sentence's end or a line's start (group 1), or a letter, a digit or a comma and a space (not a tab: a table's cell). */
const CAPITAL_WORD_BEFORE = /(?:(^|[.!?:;"\u201c(\n]\s*|\s\d{1,3}[.)]\s|#\d{1,3}:?\s)|[\p{L}\p{N},)] )(\p{Lu}\p{Ll}+) $/u;
/** A capitalised word (not after another's hyphen or stop), then "&", right before the name. */
const JOINED_BEFORE = /(?<![\p{L}\p{N}.'\u2019-])(\p{Lu}\p{Ll}+) & $/u;
/** A list's number before the word ("8. ", "12) ", "#3 "). */
const LIST_NUMBER = /^(?:\s\d{1,3}[.)]\s|#\d{1,3}:?\s)$/;
const MONTHS_DAYS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()));
/** Titles and offices, which stand before a name without being its part ("Secretary", "Chairman", "Professor"). */
const TITLE_WORDS: ReadonlySet<string> = new Set('president secretary chairman chairwoman chair professor director minister senator governor mayor'.split(' '));

/**
 * "Joe's Moving Co", "Ron's Trucking Corp", "the People's Liberation Army", "the U.S. Attorney's Office for …": a given name's, an
 * everyday word's or a title's possessive right before a name that opens with an everyday word is the first word of the name
 * (a shop named after its owner, a body named for whom it serves); the name found is its tail. Not a body's or a place's
 * possessive ("Carnegie Mellon University's Software Engineering Institute", "France's National Center …", "New York City's
 * Department of Health …"): that one's unit.
 */
function ownersNameBefore(text: string, start: number, L: LexiconSets): boolean {
  const a = POSSESSIVE_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  if (!a) return false;
  const w = a[1]!.toLowerCase();
  return !L.orgHeads.has(w) && !L.placeHeads.has(w) && !L.knownPlaces.has(w) && (L.givenNames.has(w) || L.everyday.has(w) || L.titles.has(w));
}
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)['\u2019]s $/u;

/** The word right before `start` (one space between) is a capitalised name-opening word ("New", "Royal", "Best"). */
export function openerBefore(text: string, start: number): boolean {
  if (text[start - 1] !== ' ') return false;
  let i = start - 1;
  while (i > 0 && /\p{Ll}/u.test(text[i - 1]!)) i--;
  // (A capital, then lower case letters only, and no letter, digit or stop before it: not "McNew", "A.Royal".)
  if (i < 1 || i === start - 1 || !/\p{Lu}/u.test(text[i - 1]!)) return false;
  const c = i >= 2 ? text[i - 2]! : '';
  if (c && /[\p{L}\p{N}.'\u2019&-]/u.test(c)) return false;
  return NAME_OPENERS.has(text.slice(i - 1, start - 1).toLowerCase());
}

/**
 * Capitalised words that open a longer name and stand before no organisation's name on their own in news copy: a direction or a
 * region ("North Carolina …", "Western Union"), "New" ("New York …"), rank and state ("Royal", "Grand", "General", "United",
 * "International", "National"), size and age ("Big", "Great", "Little", "Old"), a country's adjective that opens firms' names
 * ("American Family Insurance Group"), praise ("Good Egg …"), and a heading's superlative ("Best", "Top").
 */
const NAME_OPENERS: ReadonlySet<string> = new Set(
  'new north south east west northern southern eastern western central upper lower royal grand great good big old little international national general united american british best top'.split(
    ' ',
  ),
);
