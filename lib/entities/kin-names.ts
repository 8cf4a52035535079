import type { Span } from '../types';
import { TRAVEL_VERBS } from '../text/words';
import { wordBefore } from './name-words';
import type { LexiconSets } from './lexicon-sets';

/**
 * Kin named by given names: "their daughters Florence, Sydney and Georgia", "a son, Israel, and a daughter, India". Right after
 * a noun of family (and a comma, or a list of names before it), a name that is also a place's or a country's is the child's, the
 * sibling's or the spouse's: obituaries and family stories name them so (blind trap set j, session 18). Not after "of" ("the
 * sons of Israel") or any other word between.
 */
const KIN_LIST_BEFORE =
  /\b(?:sons?|daughters?|child(?:ren)?|grand(?:son|daughter|child)(?:ren|s)?|twins?|sisters?|brothers?|siblings?|husband|wife|niece|nephew|granddaughters)\s*,?\s+(?:\p{Lu}\p{Ll}+(?:\s*,\s*(?:and\s+)?|\s+and\s+)){0,4}$/u;

/** What every KIN_LIST_BEFORE match holds ("grandson", "granddaughters", "grandchildren" too): searched first, most names have none of them before. */
const KIN_STEMS = ['son', 'daughter', 'child', 'twin', 'sister', 'brother', 'sibling', 'husband', 'wife', 'niece', 'nephew'];

/** "Names on the shortlist for the baby include Sydney, Victoria and …", "popular names such as Paris": names as words, a list of them. */
const NAMES_LIST_BEFORE =
  /\b[Nn]ames\s+(?:[\p{Ll}'’]+\s+){0,6}?(?:include|included|including|such\s+as|like|are|were)\s+(?:\p{Lu}\p{Ll}+(?:\s*,\s*(?:and\s+)?|\s+and\s+)){0,4}$/u;

/**
 * "a couple from Turkey, Emre and Sabah Yilmaz,", "the twins, Jack and Georgia Hale,": a noun of two people, a few words, a comma,
 * a name and "and" before the name, and one surname closing both after it: the name is the second one's given name (a couple or
 * siblings sharing the surname), not the outlet, the place or the country it spells. (The surname is asked for: "the couple
 * toured Paris, Rome and Venice" lists places.)
 */
const PAIR_BEFORE = /\b(?:couple|pair|twins|siblings|brothers|sisters|newlyweds|duo|spouses)\b[^,.;:!?]{0,40},\s+\p{Lu}\p{Ll}+\s+and\s+$/u;
/** One capitalised word after the name that ends the names ("Yilmaz,", "Hale who"). */
const SURNAME_AFTER = /^ (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[,.;:!?)]|\s+\p{Ll}|$)/u;

/** The name stands in a list of kin's given names, of names as words, or is a given name of two sharing a surname. */
export function kinName(text: string, span: Span, L: LexiconSets | null = null): boolean {
  const before = text.slice(Math.max(0, span.start - 80), span.start);
  // (The names' pattern only where "names" stands before: it is asked of every one-word hit; the pair's only after " and ".)
  if ((KIN_STEMS.some((w) => before.includes(w)) && KIN_LIST_BEFORE.test(before)) || (before.includes('ames ') && NAMES_LIST_BEFORE.test(before))) return true;
  if (!before.endsWith(' and ') || !PAIR_BEFORE.test(before)) return false;
  // (Not a head word that makes a longer name: "Venice Beach", "Georgia Tech".)
  const surname = SURNAME_AFTER.exec(text.slice(span.end, span.end + 32))?.[1]?.toLowerCase();
  return !!surname && !L?.orgHeads.has(surname) && !L?.placeHeads.has(surname) && !L?.otherHeads.has(surname) && !L?.everyday.has(surname);
}

/** A verb of travel right before the name ("visited Jordan", "fled Georgia"): the place, whoever else carries the name. */
export const travelledTo = (text: string, at: number): boolean => TRAVEL_VERBS.has(wordBefore(text, at) ?? '');
