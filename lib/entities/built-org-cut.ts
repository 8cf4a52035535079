import type { Span } from '../types';

/**
 * An article-built organisation's name cut short (issue 18; the built-organisation audits, tests/fixtures/links-judged-2026-12-07-
 * s31.json and -s33.json: "Royal [Caribbean Cruise Lines]", "International [Medical Group]"). English opens many names with a
 * capitalised word of place, rank or size ("New York", "North Carolina State University", "Royal Caribbean", "Grand Canyon
 * University", "Big Bud Press") and headings with a superlative ("Best Office Chair For …"); where such a word stands right before
 * the name, one space apart, the name runs on to the left and what was found is its tail, or a heading's words: "York LLC",
 * "Carolina State University", "Bud Press". No card rather than a card for half a name — at every mention (a name found once
 * whole elsewhere keeps its card), and on no evidence after it ("… Medical Group said" still names International Medical Group).
 */
export function cutShortAtEveryMention(text: string, mentions: readonly Span[]): boolean {
  if (!mentions.length) return false;
  for (const m of mentions) if (!openerBefore(text, m.start)) return false;
  return true;
}

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
