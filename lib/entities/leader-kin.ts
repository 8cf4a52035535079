/**
 * A relative or namesake of a dataset person called by a given name the lists lack and the person's surname ("Ivanka
 * Trump", "Hunter Biden", "Melania Trump"): the given name is not the person's, so the bare surname later in the article
 * is that relative's as readily as the person's, and links nowhere (index.ts otherBearers; decide.ts personCheck). The
 * given word is a name word (no title, honorific, weekday, month or sentence adverb: NOT_NAME), no everyday English word
 * ("Yesterday Trump", "Candidate Trump"), no place, organisation or dataset name ("Florida Trump"), and no adjective of a
 * party or a people ("Republican Trump", "Texan Biden": its ending). Cost: a few set reads per two-word capitalised run
 * whose last word is a dataset person's surname.
 */
import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { tokenKey, type Found } from './link';
import { isNameWord } from './name-words';

/** Endings of adjectives of peoples, parties and creeds ("Republican", "Texan", "Maltese", "Kurdish", "Democrat", "Socialist", "Communist"). */
const ADJECTIVE_END = /(?:an|ese|ish|ic|crat|ist|i)$/;

export function kinGiven(given: Token, last: Token, found: Found, L: LexiconSets): boolean {
  const low = given.low;
  if (low.length < 3 || !isNameWord(given) || ADJECTIVE_END.test(low)) return false;
  if (L.everyday.has(low) || L.knownPlaces.has(low) || L.knownOrgs.has(low) || L.titles.has(low) || found.has(tokenKey(given))) return false;
  return !!found.get(tokenKey(last))?.some((e) => e.type === 'person');
}
