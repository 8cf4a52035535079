import type { Span } from '../types';
import type { ArticleWords } from './article-words';
import type { LexiconSets } from './lexicon-sets';
import { everydayWord } from './one-word';

/**
 * "Price Range: $11-$88", "Temperature Range: 104–212 degrees Fahrenheit", "Typical Range: $876 - $1,042", "Vmax VX5 Pro GT
 * Longest Range 8.4", "Price Range: $$", "Size Range | Up to 6XL": a name of everyday words only, one of them a place's head noun ("range", "lake", "street"), that heads a
 * value — a colon or a space, then a number or a currency sign — is a label in a table or a specification list, no place, here
 * and at every mention. A place's name has a word that names it ("Cascade Range", "Eastern Europe: $35,000", "New York: 115");
 * one wholly of dictionary words the article does not vouch for is weak evidence, and a value after it is evidence against: no
 * card rather than a wrong card. Asked only for article-built places (other-names.ts); dataset places never reach it.
 */
export function labelsAValue(text: string, span: Span, name: string, words: ArticleWords, L: LexiconSets): boolean {
  const after = VALUE_AFTER.exec(text.slice(span.end, span.end + 12));
  if (!after) return false;
  // ("21 Jump Street, Metropolis, Evergreen State 21001": an address's state before its postal code, place evidence.)
  if (!after[1] && AFTER_COMMA.test(text.slice(Math.max(0, span.start - 3), span.start))) return false;
  const parts = name.toLowerCase().split(/[\s-]+/);
  if (parts.length < 2) return false; // ("Argentina got past Chile 3-0": one word is a name's own word)
  for (const w of parts) if (!L.everyday.has(w) && !everydayWord(w, (x) => words.writtenLower(x))) return false;
  return true;
}
/**
 * A colon or a table's bar (group 1) or white space, then a number, a currency sign and a number, a price tier in currency signs
 * ("Price Range: $$ | Rating: 4.9", "Price Range | $ — $$"), or a bound and a number ("Size Range | Up to 6XL").
 */
const VALUE_AFTER = /^(?:\s*([:|])\s*|\s+)(?:[$£€¥]?\d|[$£€¥]+(?![\p{L}\d])|(?:[Uu]p\s+to|[Ff]rom|[Uu]nder)\s+\d)/u;
const AFTER_COMMA = /,\s*$/u;
