/**
 * Places whose name English also gives, in lower case, to goods made or first sold there: a leather or a cloth ("bound in red
 * morocco"), a garment or a hat ("a navy guernsey", "a straw panama"), a wine ("a dry madeira", "a red bordeaux") or a cheese
 * ("a mature cheddar", "Red Leicester"), or a dog's breed ("a Chihuahua"). Written with a capital, the word is the place unless
 * the words around it are the goods' own: a colour or a quality right before ("red Morocco", "a tawny Madeira"), an indefinite
 * article with the phrase ending at the name ("as dry as a Bordeaux left open"), a verb of serving or knitting after "the" ("the
 * Madeira poured at the fair"), or an owner's possessive with the phrase ending at the name ("a stallholder's Chihuahua"). Other
 * places keep such words ("deep-red Texas", "a Devon farmer"). Asked by named-after.ts of dataset hits whose candidates are all
 * places or countries (a set look-up first: most names are no goods').
 */
import type { Span } from '../types';
import { TRADE_AFTER } from './place-terms';

/** Names of places that are also goods' names (a dictionary's lower-case senses); keys in lower case. */
const GOODS_PLACES: ReadonlySet<string> = new Set(
  (
    'morocco jersey guernsey shetland madras panama homburg fez ' +
    'bordeaux burgundy champagne madeira rioja chianti marsala cognac armagnac calvados tokaji ' +
    'cheddar stilton leicester gloucester cheshire wensleydale camembert roquefort gorgonzola ' +
    // (Dogs' breeds: "a Labrador", "a stallholder's Chihuahua".)
    'chihuahua labrador newfoundland akita'
  ).split(' '),
);

/**
 * Colours, and what is said of a cloth, a binding, a wine or a cheese, right before its name. Not "half", "full" or "double",
 * which a match's report puts before a club ("in the second half Leicester pressed").
 */
const GOODS_ADJECTIVES: ReadonlySet<string> = new Set(
  (
    'red white black blue green navy brown tan crimson scarlet maroon olive cream grey gray pink golden ' +
    'crushed polished straw woollen knitted hand-knitted cable-knit ' +
    'dry sweet tawny vintage sparkling fine chilled mature crumbly creamy ripe aged'
  ).split(' '),
);

/** The noun phrase ends at the name: punctuation, a preposition or a conjunction, a relative word, or a participle ("left", "knitted"). */
const PHRASE_ENDS = /^(?:\s*(?:[,.;:)!?"”’']|$)|\s+(?:with|and|or|by|from|for|of|in|on|at|to|that|which|is|was|left|kept|made|sewn|worn|drunk|\p{Ll}+ed)\b)/u;
/** A leather's or a cloth's noun after the name ("red Morocco leather", "a navy Guernsey sweater", "Jersey offcuts"): the goods. */
const MATERIAL_AFTER = /^\s+(?:leather|binding|bindings|boards|covers?|wool|yarn|cloth|fabric|offcuts|remnants|sweaters?|jumpers?)\b/;
/** A possessive pronoun or a common noun's possessive right before the name ("his ", "a stallholder's "; not "our", an island's people's). */
const OWNER_BEFORE = /(?:^|[^\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Yy]our|\p{Ll}[\p{Ll}-]*['’]s)\s$/u;
/** "the Madeira poured at the fair", "the Guernsey knitted by his grandmother": what is served or made. */
const MADE_AFTER = /^\s+(?:poured|served|uncorked|decanted|tasted|sipped|knitted|knit|sewn|stitched|bottled|matured)\b(?!\s+as\b)/;

/** The hit names goods named after the place, by the words around it (see the module's comment). */
export function placeGoods(text: string, span: Span, key: string, prev: string | null): boolean {
  if (!GOODS_PLACES.has(key)) return false;
  const said = text.slice(span.end, span.end + 40);
  // (A line in capitals read in lower case: "A DRESS FROM JERSEY OFFCUTS".)
  const after = /\p{Ll}/u.test(text.slice(span.start, span.end)) ? said : said.toLowerCase();
  // ("Morocco leather exports", "Jersey wool prices": the trade's, the place's.)
  if (MATERIAL_AFTER.test(after)) return !TRADE_AFTER.test(after);
  if (!prev) return false;
  // (As written: "Red Leicester" is a cheese's name, "the red Morocco" a binding.)
  if (GOODS_ADJECTIVES.has(prev)) return PHRASE_ENDS.test(after) || MATERIAL_AFTER.test(after);
  if (prev === 'a' || prev === 'an') return PHRASE_ENDS.test(after) || MADE_AFTER.test(after);
  // ("barks from a stallholder's Chihuahua", "her Madeira": somebody's own, the phrase ending at the name; not "Mexico's Chihuahua".)
  if (OWNER_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start))) return PHRASE_ENDS.test(after);
  return prev === 'the' && MADE_AFTER.test(after);
}
