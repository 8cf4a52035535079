import type { Span } from '../types';
import { TRAVEL_VERBS } from '../text/words';
import { wordBefore } from './name-words';

/**
 * Kin named by given names: "their daughters Florence, Sydney and Georgia", "a son, Israel, and a daughter, India". Right after
 * a noun of family (and a comma, or a list of names before it), a name that is also a place's or a country's is the child's, the
 * sibling's or the spouse's: obituaries and family stories name them so (blind trap set j, session 18). Not after "of" ("the
 * sons of Israel") or any other word between.
 */
const KIN_LIST_BEFORE =
  /\b(?:sons?|daughters?|child(?:ren)?|grand(?:son|daughter|child)(?:ren|s)?|twins?|sisters?|brothers?|siblings?|husband|wife|niece|nephew|granddaughters)\s*,?\s+(?:\p{Lu}\p{Ll}+(?:\s*,\s*(?:and\s+)?|\s+and\s+)){0,4}$/u;

/** "Names on the shortlist for the baby include Sydney, Victoria and …", "popular names such as Paris": names as words, a list of them. */
const NAMES_LIST_BEFORE =
  /\b[Nn]ames\s+(?:[\p{Ll}'’]+\s+){0,6}?(?:include|included|including|such\s+as|like|are|were)\s+(?:\p{Lu}\p{Ll}+(?:\s*,\s*(?:and\s+)?|\s+and\s+)){0,4}$/u;

/** The name stands in a list of kin's given names, or of names as words. */
export function kinName(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 80), span.start);
  // (The names' pattern only where "names" stands before: it is asked of every one-word hit.)
  return KIN_LIST_BEFORE.test(before) || (before.includes('ames ') && NAMES_LIST_BEFORE.test(before));
}

/** A verb of travel right before the name ("visited Jordan", "fled Georgia"): the place, whoever else carries the name. */
export const travelledTo = (text: string, at: number): boolean => TRAVEL_VERBS.has(wordBefore(text, at) ?? '');
