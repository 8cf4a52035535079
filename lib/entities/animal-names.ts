/**
 * A name in apposition to an animal's noun, or given to one after a comma: "his collie, Houston, herds sheep", "their mare,
 * Savannah,", "Rescued By His Labrador, Dallas, After …", "the zoo's giraffe, named Kenya,". The name is the animal's, not the
 * place, country or person it shares (named-after.ts gives it no card). The nouns are lib/text/animal-words.ts's general list; a
 * breed written with a capital ("Labrador", "Dalmatian") only after a determiner or an owner, since "Labrador, Canada" or
 * "Newfoundland, Labrador" lists places. ("a spaniel named Chelsea" without the comma is named-by.ts's.)
 * A capital's or a region's noun before the comma is none of these: "the capital, Bern" is the city.
 * Also a name a verb of naming gives an animal (animalGivenName), a person's surname too: "two grey geldings named Biden and
 * Churchill", "named his two mares Merkel and Macron", "a beagle called Starmer", or that a choice later in the sentence
 * gives animals a verb of naming asked for ("name two new koi, and the children chose Merz and Macron") (named-by.ts reads a
 * place's name after any noun and "named"; a person's is read here, after an animal's noun only: "a plumber named Boris
 * Johnson" is namesakes.ts's).
 * And a name opening a quote whose attribution says the quote is of an animal ('"Georgia came in looking like a haystack," said
 * groomer Sam Powell of the poodle').
 * Cost: a character test per hit (a comma and a space, or a naming verb, before the name; an opening quote); one pattern only then.
 */
import type { Span } from '../types';
import { ANIMAL_NOUNS, CAPITAL_BREEDS, PET_ONLY_NOUNS } from '../text/animal-words';
import { INVERTIBLE_SPEECH_VERBS, speechAlternation } from '../text/speech-verbs';

/** The nouns as alternatives, a "y" after a consonant also as "ie" for the plural's "s" the patterns add ("ponies", "puppies"). */
const nouns = (list: readonly string[]): string => list.map((w) => w.replace('-', '[- ]').replace(/([^aeiou])y$/, '$1(?:y|ie)')).join('|');
/** An animal's noun (a plural too), a comma, perhaps a verb of naming: all that stands before the name. */
const ANIMAL_BEFORE = new RegExp(
  `(?:(?<![\\p{L}-])(?:${nouns(ANIMAL_NOUNS)})|\\bpet\\s+(?:${nouns(PET_ONLY_NOUNS)})|(?:\\b(?:a|an|the|his|her|their|my|our|your|its|pet|old|young|black|yellow|chocolate|golden)|['’]s)\\s+(?:${nouns(CAPITAL_BREEDS)}))(?:s|es)?,\\s+(?:(?:named|called|nicknamed|christened)\\s+)?$`,
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

const NAMING = '(?:named|called|nicknamed|christened|dubbed)';
/** A passive's auxiliary between the animals and the verb of naming: "her ferrets are called", "the foal was named". */
const PASSIVE = '(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been|will\\s+be|get|got|are\\s+all)';
/** A name, as a list of given names writes it. */
const GIVEN = String.raw`\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?`;
/**
 * Right before the name: an animal's noun (or a plural) and a verb of naming, perhaps a passive's ("geldings named", "her three
 * ferrets are called"), or a verb of naming, its object and the animal's noun ("named his two grey geldings"); or either of them,
 * a name given and a list's "and" or comma ("geldings named Biden and", "named her ponies Rome, Paris and", "ponies called Kossuth,").
 */
const ANIMAL_GIVEN_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}-])(?:${nouns(ANIMAL_NOUNS)})(?:s|es)?\s+(?:${PASSIVE}\s+)?${NAMING}|\b${NAMING}\s+(?:(?:a|an|the|his|her|their|my|our|its|both|two|three|four|five|six|new|pet)\s+)(?:[\p{Ll}-]+\s+){0,2}?(?:${nouns(ANIMAL_NOUNS)})(?:s|es)?)\s+(?:${GIVEN}(?:,\s+${GIVEN}){0,3}(?:,?\s+(?:and|or|&)\s+|,\s+))?$`,
  'u',
);
/**
 * Names chosen for animals a verb of naming asked for, later in the sentence: "let the children name two new koi, and they chose
 * Merz and Macron", "asked to name the foals, staff picked Biden and": "name" and the animals, a clause of up to 48 characters,
 * a verb of choosing, perhaps names given before.
 */
const CHOSEN_FOR_ANIMAL_BEFORE = new RegExp(
  String.raw`\bname[sd]?\s+(?:(?:a|an|the|his|her|their|its|both|two|three|four|five|six|new|baby|young)\s+){0,3}(?:${nouns(ANIMAL_NOUNS)})(?:s|es)?\b[^.;:!?]{0,48}?\b(?:chose|picked|selected|went\s+for|settled\s+on|voted\s+for)\s+(?:${GIVEN}(?:,\s+${GIVEN}){0,3}(?:,?\s+(?:and|or|&)\s+|,\s+))?$`,
  'u',
);
const CHOICE_VERBS: ReadonlySet<string> = new Set(['chose', 'picked', 'selected', 'for', 'on']);
/**
 * After the name, what makes the verb of naming another's ("the foals named Biden's favourites", "named Churchill as patron"); a
 * verb after the name is the animal's ("a beagle named Biden was crowned").
 */
const OBJECT_AFTER = /^(?:['’]s?\b|\s+(?:as|the|its|their|his|her)\b)/;
/** The words a name given so can follow: a verb of naming, an animal's noun (a plural too), a list's "and" (or its comma). */
const GIVEN_PREVS: ReadonlySet<string> = new Set(['named', 'called', 'nicknamed', 'christened', 'dubbed', 'and', 'or', '&']);
const ANIMAL_SET: ReadonlySet<string> = new Set(ANIMAL_NOUNS.flatMap((n) => [n, `${n}s`, `${n}es`, n.replace(/([^aeiou])y$/, '$1ies')]));

/**
 * A quote's attribution that says what the quote is about, an animal: '…," said groomer Sam Powell of the poodle', '…," she says of
 * her old mare'. Read on the text after the quote's close.
 */
const OF_ANIMAL_ATTRIBUTION = new RegExp(
  String.raw`^[,.!?]?\s*["”’']\s*(?:[^.!?"“”]{0,60}?\s)?${speechAlternation([...INVERTIBLE_SPEECH_VERBS], 'finite')}\s(?:[^.!?"“”]{0,60}?\s)?of\s+(?:the|her|his|their|its|my|our|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${nouns(ANIMAL_NOUNS)})(?:s|es)?\b`,
  'u',
);
/** Quotation marks that open a quote. */
const OPENING_QUOTES: ReadonlySet<number> = new Set([34, 0x201c, 39, 0x2018]);
/**
 * The name opens a quote whose attribution says it is of an animal ("“Georgia came in looking like a haystack,” said the groomer
 * of the poodle"): the quote's subject is the animal, named so.
 */
function animalQuoted(text: string, span: Span): boolean {
  if (!OPENING_QUOTES.has(text.charCodeAt(span.start - 1))) return false;
  // (The quote's close: the first quotation mark after the name, within one or two sentences.)
  const rest = text.slice(span.end, span.end + 320);
  const close = rest.search(/[,.!?]?["”](?:\s|$)/);
  return close >= 0 && OF_ANIMAL_ATTRIBUTION.test(rest.slice(close, close + 160));
}

/** True where a verb of naming gives the name at `span` to an animal, or a quote about an animal opens with it (see the module's comment). */
export function animalGivenName(text: string, span: Span, prev: string | null | undefined): boolean {
  if (!prev && animalQuoted(text, span)) return true;
  // (A list's comma stands right before a name given after the first: "ponies called Kossuth, Orbán and Petőfi".)
  if (prev ? !GIVEN_PREVS.has(prev) && !ANIMAL_SET.has(prev) && !CHOICE_VERBS.has(prev) : text.charCodeAt(span.start - 2) !== 44) return false;
  if (OBJECT_AFTER.test(text.slice(span.end, span.end + 8))) return false;
  const before = text.slice(Math.max(0, span.start - 120), span.start);
  // (Both of ANIMAL_GIVEN_BEFORE's ways hold a verb of naming, in lower case: most list items have none before them, and the pattern,
  // unanchored at its start, was tried from each of the 96 characters.)
  const near = before.slice(-96);
  return (hasNamingVerb(near) && ANIMAL_GIVEN_BEFORE.test(near)) || (before.includes('name') && CHOSEN_FOR_ANIMAL_BEFORE.test(before));
}
/** NAMING's words ("nicknamed" holds "named") somewhere in `s`. */
const hasNamingVerb = (s: string): boolean => s.includes('named') || s.includes('called') || s.includes('christened') || s.includes('dubbed');
