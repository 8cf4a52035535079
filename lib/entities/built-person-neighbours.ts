import type { EntityResult, Span } from '../types';
import type { LexiconSets } from './lexicon-sets';
import { listOfThings, type Around } from './built-person-lists';

/**
 * What stands right by an article-built person's mentions that makes it no person (issue 18; the built-people audits,
 * tests/fixtures/links-judged-2026-12-07-s29.json … -s32.json, built-people-judged-2026-12-07-seed38.json, and the real pages'
 * built people). Asked for every built person from built-person-doubt.ts:
 *  - on any evidence, every mention opening right after a letter and a hyphen ("five-year-old I‑Jing", "I‑Ann"): the end of a
 *    hyphenated name or word the finder cut, not a name of its own;
 *  - on weak evidence (a given name, the shape, what a firm has as readily), a model's code on the same line after half its
 *    mentions or more ("William Optics Z73", "Focusrite Scarlett 2i2", "Wyze Cam v4"): a brand's or a product line's name — a
 *    person's name is not followed by one (an ordinal, a score, a table's figures are no code: "Smith 2nd", "Fritz 7-6",
 *    "Busch 5040");
 *  - on weak evidence, every mention one item of a list of things (built-person-lists.ts).
 */
export function thingByItsNeighbours(text: string, e: EntityResult, L: LexiconSets, weak: boolean, around: () => Around): boolean {
  if (hyphenPiece(text, e.mentions)) return true;
  if (!weak) return false;
  // (Half the mentions or more: a signature's office code under a name that the article signs with often is no model's, "Debra …\n4105SF".)
  let coded = 0;
  for (const m of e.mentions) if (MODEL_AFTER.test(text.slice(m.end, m.end + 16))) coded++;
  if (coded * 2 >= e.mentions.length && coded > 0) return true;
  const one = !e.name.includes(' ');
  const given = L.givenNames.has(e.name.toLowerCase());
  return e.mentions.every((m) => listOfThings(text, m, L, around(), given, one));
}
/** A model's code on the same line: one word of letters and digits mixed, not an ordinal ("Z73", "2i2", "v4", "FLAT73"; not "2nd", "25-Foot"). */
const MODEL_AFTER = /^ (?!\d+(?:st|nd|rd|th)\b)(?=[\p{L}\d]*\d)(?=[\p{L}\d]*\p{L})[\p{L}\d]+(?![\p{L}\d-])/u;

/** Every mention opens right after a letter and a hyphen (ASCII, or the non-breaking and the Unicode hyphens). */
function hyphenPiece(text: string, mentions: readonly Span[]): boolean {
  return mentions.every((m) => HYPHENS.has(text.charCodeAt(m.start - 1)) && /\p{L}/u.test(text[m.start - 2] ?? ''));
}
const HYPHENS: ReadonlySet<number> = new Set([0x2d, 0x2010, 0x2011]);
