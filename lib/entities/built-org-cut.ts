import type { Span } from '../types';
import type { LexiconSets } from './lexicon-sets';

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
export function cutShortAtEveryMention(text: string, name: string, mentions: readonly Span[], L: LexiconSets): boolean {
  if (!mentions.length) return false;
  const first = name.slice(0, name.search(/\s|$/)).toLowerCase();
  const everydayFirst = name.includes(' ') && L.everyday.has(first);
  for (const m of mentions) if (!openerBefore(text, m.start) && !(everydayFirst && ownersNameBefore(text, m.start, L))) return false;
  return true;
}

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
