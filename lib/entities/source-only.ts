import type { Span } from '../types';
import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { pronounVotes } from './one-word';

// A one-word name that the article names only as a source — after "by" or "according to" — and never otherwise as a person.
// Firms, sites, apps and brands stand there as often as people do ("a study by Clutch", "surveyed by Refinitiv", "Courses by
// Upskillist", "22.2x14.8mm by Canon", "according to Propmodo"): in the audit of seed 29 (links-judged-2026-12-07-s29.json) all
// 5 such one-word people drawn were things, and of the 105 on the real pages about 65 were firms, products or everyday words. A
// given name there is a person's ("Picked by Fiona", "Chosen by Marcus"), and so is one the article goes on to call "his" or
// "her" ("by Kaldi, an Ethiopian goat herder. He wandered over to his goats").

/** "by" or "according to" right before the name (a byline or a source; "says Richter", "wrote Tarlo" are a speaker's). */
const SOURCE_BEFORE = /(?:\bby|\baccording to)\s+$/i;
/**
 * A participle whose agent is a person's, before "by" ("favoured by Newton", "accompanied by Rosane", "painted by Manet"): no firm
 * stands there as readily. (Not "founded", "developed", "published", "led": firms found, make, publish and lead things too.)
 */
const PERSONS_ACT_BY =
  /\b(?:accompanied|favou?red|opposed|admired|praised|critici[sz]ed|married|succeeded|defeated|killed|murdered|assassinated|painted|written|composed|sung|portrayed|narrated|translated|illustrated|coined|proposed|appointed|elected|nominated|visited|interviewed|invited|attended|taught|raised|adopted|inspired|influenced|befriended|loved|hated|mourned|ruled|governed|commanded|captured|betrayed|preceded|signed|played|directed|voiced)\s+by\s+$/i;
/** The name goes on as one of two people ("by Powell and Annan") or as a person in apposition ("by Rosane, an 18 year old who …"). */
const PERSON_AFTER = /^(?:\s+and\s+\p{Lu}\p{Ll}|,\s+(?:an?|the)\s+(?:[\p{L}\p{N}-]+\s+){0,4}?(?:who|whose)\b)/u;

/** The person `p` (one word `name`, found at `p.mentions`) is held only by being a source, and is no given name nor called "his" or "her". */
export function sourceOnly(text: string, tokens: Token[], name: string, mentions: Span[], L: LexiconSets | null): boolean {
  if (!L || L.givenNames.has(name.toLowerCase())) return false;
  for (const m of mentions) {
    const lead = text.slice(Math.max(0, m.start - 30), m.start);
    if (!SOURCE_BEFORE.test(lead) || PERSONS_ACT_BY.test(lead) || PERSON_AFTER.test(text.slice(m.end, m.end + 60)) || givenAfterSameLead(text, m.start, L))
      return false;
  }
  const votes = pronounVotes(text, tokens, name);
  return votes.person === 0 || votes.person < votes.thing;
}

/** The word and "by" before the name at `at`, as a list's lines write them. */
const LEAD = /(\p{L}+) by\s+$/u;
/**
 * The same two words stand before a given name elsewhere in the article: a list's lines, the name one of its people's ("Picked by
 * Esmay" among "Picked by Fiona", "Picked by Adrian").
 */
function givenAfterSameLead(text: string, at: number, L: LexiconSets): boolean {
  const lead = LEAD.exec(text.slice(Math.max(0, at - 30), at));
  if (!lead) return false;
  const again = new RegExp(`\\b${lead[1]} by\\s+(\\p{Lu}\\p{Ll}+)`, 'gu');
  for (let m = again.exec(text); m; m = again.exec(text)) if (L.soleGivenNames.has(m[1]!.toLowerCase())) return true;
  return false;
}

/**
 * A name of two words or more, no given name first and an everyday English word after it, that the article names only as a source
 * ("A study by Upgraded Points", "according to Box Office Mojo", "Published by Hooded Horse", "Recommended by Lonely Planet"): a
 * site's, a firm's or an event's as often — shape-people.ts's rule for a name typed by its shape alone, "by" being no more evidence
 * than shape. (On the 974 real texts 8 of the 9 built people so dropped were things; the cost, one book's author, "by Carson Gross".)
 */
export function sourceOnlyName(text: string, name: string, mentions: Span[], L: LexiconSets): boolean {
  const words = name.toLowerCase().split(' ');
  if (words.length < 2 || L.givenNames.has(words[0]!) || !words.slice(1).some((w) => L.everyday.has(w))) return false;
  for (const m of mentions) {
    const lead = text.slice(Math.max(0, m.start - 30), m.start);
    if (!SOURCE_BEFORE.test(lead) || PERSONS_ACT_BY.test(lead) || PERSON_AFTER.test(text.slice(m.end, m.end + 60))) return false;
  }
  return true;
}
