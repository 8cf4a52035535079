import type { DatasetEntity } from '../types';
import { aliasKeyMemo } from '../dataset/alias-key';
import type { Hit } from './link';
import type { LexiconSets } from './lexicon-sets';
import { institutionNamed } from './office-bodies';

/** Without a word of office or the country: the institution of one of the person's offices named (office-bodies.ts), or the sitting minister's own full name (below). */
export const namedAsOfficeholder = (pick: DatasetEntity, h: Hit, text: string, L: LexiconSets | null): boolean =>
  institutionNamed(pick, text) || sittingNamedInFull(pick, h, text, L);

/**
 * A minister in office named in full as the dataset names them, no word of the name an everyday word and its last no given name
 * ("Rachel Reeves said the plan was good", "Bridget Phillipson congratulated students …"): the person, in a text without a word of
 * public office or the person's country — a brief names a sitting minister so. A former officeholder only by a name with no given
 * name of the general list in it ("Tedros Adhanom Ghebreyesus", "Kemi Badenoch"): "Jack Straw, one of the leaders of the Peasants'
 * Revolt" and "David Jones in Sydney", the store, are namesakes; not a name of everyday words or given names ("Ed Balls", "Peter
 * David"); not an author before his works ("the novels of Pat Conroy").
 * (On the 974 real article texts of tests/eval/links-pages.ts no link changed: every one of them has a word of office.)
 */
export function sittingNamedInFull(pick: DatasetEntity, h: Hit, text: string, L: LexiconSets | null): boolean {
  if (!L || h.tokens < 2 || aliasKeyMemo(pick.name) !== h.key) return false;
  const words = h.key.split(' ');
  const everyday = (w: string) => L.everyday.has(w) || !!pick.everydayAliases?.some((a) => aliasKeyMemo(a) === w);
  if (words.some(everyday) || L.givenNames.has(words[words.length - 1]!)) return false;
  // (A former officeholder only by a name none of whose words is a given name of the general list: "Tedros Adhanom Ghebreyesus".)
  if (!pick.roles?.some((r) => r.status !== 'former' && !r.until) && words.some((w) => L.soleGivenNames.has(w))) return false;
  return !WORKS_BEFORE.test(text.slice(Math.max(0, h.span.start - 24), h.span.start));
}
/** Works before "of" or "by" and the name: an author's ("the novels of", "a book by"). */
const WORKS_BEFORE = /\b(?:novels?|books?|poems?|poetry|stories|plays?|songs?|albums?|films?|paintings?|memoirs?|works|writings?)\s(?:of|by)\s$/;
