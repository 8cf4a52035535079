/**
 * A name in apposition to an animal's noun, or given to one after a comma: "his collie, Houston, herds sheep", "their mare,
 * Savannah,", "Rescued By His Labrador, Dallas, After …", "the zoo's giraffe, named Kenya,". The name is the animal's, not the
 * place, country or person it shares (named-after.ts gives it no card). The nouns are lib/text/animal-words.ts's general list; a
 * breed written with a capital ("Labrador", "Dalmatian") only after a determiner or an owner, since "Labrador, Canada" or
 * "Newfoundland, Labrador" lists places. ("a spaniel named Chelsea" without the comma is named-by.ts's.)
 * A capital's or a region's noun before the comma is none of these: "the capital, Bern" is the city.
 * Cost: a character test per hit (a comma and a space, or a naming verb, before the name); one pattern only then.
 */
import type { Span } from '../types';
import { ANIMAL_NOUNS, CAPITAL_BREEDS } from '../text/animal-words';

const nouns = (list: readonly string[]): string => list.map((w) => w.replace('-', '[- ]')).join('|');
/** An animal's noun (a plural too), a comma, perhaps a verb of naming: all that stands before the name. */
const ANIMAL_BEFORE = new RegExp(
  `(?:(?<![\\p{L}-])(?:${nouns(ANIMAL_NOUNS)})|(?:\\b(?:a|an|the|his|her|their|my|our|your|its|pet|old|young|black|yellow|chocolate|golden)|['’]s)\\s+(?:${nouns(CAPITAL_BREEDS)}))(?:s|es)?,\\s+(?:(?:named|called|nicknamed|christened)\\s+)?$`,
  'iu',
);

/**
 * The name ends its phrase: punctuation, the end, or a list's "and" and another name ("their cats, Paris and Rome,"); not a
 * possessive nor a lower-case word ("The bear, Alaska's state mammal,", "The fox, Texas officials said,": the place's).
 */
const NAME_ENDS_AFTER = /^(?:\s*(?:[,.;:!?)\u2014\u2013"”]|['’](?!s\b)|$)|\s+(?:and|or|&)\s+\p{Lu})/u;

/** True where the name at `span` stands in apposition to an animal's noun, or is given to one after a comma (see the module's comment). */
export function animalNamed(text: string, span: Span, prev: string | null | undefined): boolean {
  // (A comma and a space right before the name, or a verb of naming: most hits have neither.)
  if (text.charCodeAt(span.start - 2) !== 44 && prev !== 'named' && prev !== 'called' && prev !== 'nicknamed' && prev !== 'christened') return false;
  return NAME_ENDS_AFTER.test(text.slice(span.end, span.end + 8)) && ANIMAL_BEFORE.test(text.slice(Math.max(0, span.start - 48), span.start));
}
