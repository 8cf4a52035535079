/**
 * A place's name as the first word of the name of goods, a food, a breed, a plant or an animal species called after it:
 * "carved from York stone", "Manila rope, spun from abacá fibre", "dry-ages Highland and Angus beef", "2,300 hibernating
 * Indiana bats". English names such things after the place they came from ("Portland stone", "Donegal tweed", "Suffolk
 * lamb", "Hackney ponies", "Norway spruce") and then says no more of the place than "Wellington boots" does; place-terms.ts
 * keeps the heads that make a term whatever follows ("Stockholm syndrome"), this module the commoner heads that a noun after
 * them may turn back into the place's trade ("Nottingham lace firm", "Auckland rope maker", "Lancashire cotton mills").
 * So the head must end the noun phrase: punctuation, a function word or a verb after it.
 * The same shape with a noun of the place's people, trade or institutions means the place ("A Texas meatpacker", "a Leeds
 * hospital", "Indiana voters"): those nouns are no goods and are left alone (attributive-place.ts reads them).
 * After a preposition of place the name may be the place and the noun open a clause of its own ("In Yorkshire lamb is
 * cheap"): there only a preposition, a conjunction or punctuation may follow the noun.
 * Names coordinated before one head share it ("Highland and Angus beef", "Bath, Portland and York stone").
 * Cost: one sticky match at a place hit's end; most hits are followed by no lower-case word.
 */
import type { Span } from '../types';
import { AT_PLACE_PREPOSITIONS } from '../text/place-words';
import { wordBefore } from './name-words';

/**
 * General English nouns of things named after a place, by kind; each a class word a dictionary gives such names under, not a
 * word taken from a sentence. Left out: words that are verbs or other nouns in news as often ("rose", "slate" — a party's
 * list of candidates —, "iron", "tin", "felt", "ram"), seafood, game and pigs (news names them by where they are caught or
 * raised: "Maine lobster prices", "Iowa hogs"), and what place-terms.ts and kind-words.ts already hold ("cattle", "cows",
 * "ham", "tweed", "cheese"). Countries are not asked (placeTerm): a country before its goods says where they come from
 * ("tariffs on China steel").
 */
const GOODS_HEADS: ReadonlySet<string> = new Set(
  [
    // Stone, clay and glass.
    'stone marble granite limestone sandstone flagstone flagstones brick bricks tile tiles clay porcelain china pottery stoneware earthenware glass crystal steel',
    // Fibres, cloth and leather.
    'rope twine hemp jute flax linen lace wool cloth silk cotton velvet satin muslin calico denim serge cashmere worsted leather suede yarn',
    // Carpets and blankets, tobacco, typefaces.
    'carpet carpets rug rugs blanket blankets cigar cigars tobacco font fonts typeface typefaces',
    // Meat and dairy.
    'beef lamb mutton pork bacon salami veal venison yoghurt yogurt',
    // Livestock and dogs, by breed.
    'sheep ewe ewes pony ponies goat goats hen hens duck ducks turkeys hound hounds terriers spaniels collie collies retrievers mastiffs',
    // Wild species named after where they were described ("Indiana bats", "Bengal tigers", "a Komodo dragon").
    'bat bats tiger tigers dragon dragons lynx condor condors panther panthers tortoise tortoises',
    // Trees, plants and crops.
    'oak oaks elm elms fir firs cedar cedars cypress laurel laurels ivy creeper creepers jasmine tulip tulips daffodil daffodils lily lilies clover grass grasses',
    'cabbage cabbages onion onions rhubarb asparagus plum plums',
  ]
    .join(' ')
    .split(' '),
);

/** Function words that end a noun phrase: prepositions, conjunctions and relatives (AFTER_PLACED), auxiliaries, determiners. */
const AFTER_PLACED: ReadonlySet<string> = new Set(
  (
    'of in on at to for from with by about into onto over under after before during since until via per against among between ' +
    'through across around near without within behind beyond above below beneath beside along alongside amid upon toward towards past inside outside ' +
    'like as than and or but nor yet while because though although that which who whose where when'
  ).split(' '),
);
const PHRASE_ENDERS: ReadonlySet<string> = new Set([
  ...AFTER_PLACED,
  ...'is was are were be been has have had will would can could may might must should do does did the a an this these those its his her their our my your some any no every each all also now still not'.split(
    ' ',
  ),
]);

/** After the name: other names coordinated with it (", Bath and Portland"), one space and a lower-case word, the head (group 1). */
const HEAD_AFTER = /(?:(?:,\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?){0,3},?\s(?:and|or)\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)?\s(\p{Ll}+)(?![\p{L}\p{N}'’-])/uy;
/** Right after the head: punctuation or the end (the phrase ends), or one space and the next word (group 1). */
const NEXT = /^(?:\s*[,.;:!?)\u2014\u2013"”]|\s*$| ([\p{L}\d][\p{L}'’-]*))/u;

/**
 * A quantity, a load or a pack of goods and "of" before the name, perhaps with goods of another name before it and "and": "pallets of
 * Angus beef wait", "pallets of Jersey Royal potatoes and Angus beef wait", "two tonnes of York stone arrived". What follows the head
 * is then the sentence's verb, whatever its form: the phrase is goods by what holds them.
 */
const QUANTITY_OF_BEFORE =
  /\b(?:pallets?|crates?|boxes|sacks?|bags|tonnes?|tons|kilos|kilograms|pounds|lbs|cases|barrels|cartons|packs|slabs|blocks|lorryloads?|truckloads?|shipments?|consignments?|bales?|skeins?|bolts|cuts|joints|portions|servings)\s+of\s+(?:[^.,;:!?()]{1,40}?\s(?:and|or)\s)?$/i;

/** The place hit at `span` opens the name of goods or a species called after it (see the module's comment). */
export function goodsNamedAfter(text: string, span: Span): boolean {
  HEAD_AFTER.lastIndex = span.end;
  const m = HEAD_AFTER.exec(text);
  if (!m || !GOODS_HEADS.has(m[1]!)) return false;
  const at = span.end + m[0].length;
  const n = NEXT.exec(text.slice(at, at + 40));
  if (!n) return false;
  const next = n[1];
  if (!next) return true; // ("Manila rope, spun", "carved from York stone.")
  // ("pallets of Angus beef wait for dispatch": goods by what holds them, QUANTITY_OF_BEFORE.)
  const w = text.charCodeAt(span.start - 2);
  if ((w === 102 || w === 100 || w === 114) && QUANTITY_OF_BEFORE.test(text.slice(Math.max(0, span.start - 90), span.start))) return true;
  const low = next.toLowerCase();
  // After a preposition of place the name may be the place and the noun a clause's subject ("In Yorkshire lamb is cheap").
  if (AT_PLACE_PREPOSITIONS.has(wordBefore(text, span.start)?.toLowerCase() ?? '')) return AFTER_PLACED.has(low);
  // A capital or a figure after the head: another name or a number goes on, not the phrase ("a Jersey cow Daisy").
  if (/^[\p{Lu}\d]/u.test(next)) return true;
  if (PHRASE_ENDERS.has(low)) return true;
  // A participle after the head ("Portland stone cut from", "Norway spruce planted"): a verb, the phrase ends; not a noun in "-ed".
  return /\p{Ll}{2,}ed$/u.test(next) && !/(?:shed|bed|seed|feed|breed|reed)$/.test(next);
}
