/**
 * A place's name after "in" following a verb of dipping, soaking, coating or marinating, in a sentence of food or drink: "a chilli
 * dipped in Tabasco", "a sponge soaked in Cognac", "ribs marinated in Bourbon", "strawberries steeped in Madeira". What a thing is
 * dipped or soaked in is a liquid or a coating, here one named after a place (a sauce, a spirit, a wine), not the place. The
 * container's or the sauce's noun after the name ("Madeira casks", "Buffalo sauce") is kind-words.ts DISH_HEADS'; this reads the
 * name standing alone.
 * Not the verbs whose "in" is as often where it was done ("cooked in Lyon", "aged in Cognac", "cured in Parma", "fried in Texas"),
 * nor a name the phrase goes on after ("soaked in Miami rain"), nor a verb of a quantity ("prices dipped in Texas", "sales soaked up
 * in Ohio"): a measure's noun before the verb makes it a fall's. The food-or-drink words are general (eating, a dish, a meal, a
 * drink, a glass), not any one sentence's.
 * Cost: a set look-up of the word before "in" per hit after "in"; the sentence's slice and one pattern only then.
 */
import type { Span } from '../types';
import { sentenceRangeAround } from '../text/sentences';

/** Past participles of immersing or coating (the "in" after them names what covers the thing). */
const IMMERSING: ReadonlySet<string> = new Set(
  (
    'dipped dunked soaked drenched doused soused smothered slathered coated marinated marinaded steeped pickled brined basted glazed ' +
    'drizzled infused macerated'
  ).split(' '),
);
/** A measure's noun before the verb: "prices dipped", "temperatures dipped", "support dipped" (a fall, and the place where). */
const MEASURE_BEFORE =
  /\b(?:prices?|sales|temperatures?|numbers?|figures?|rates?|shares?|stocks?|support|ratings?|demand|output|production|exports?|imports?|index|markets?|turnout|polls?|profits?|revenues?|earnings|values?|levels?|growth|inflation|unemployment|approval)\s+(?:\p{Ll}+\s+)?$/iu;
/** The name ends its phrase: punctuation, the end, or a lower-case function word ("dipped in Tabasco was taken", "soaked in Cognac and"). */
const PHRASE_ENDS =
  /^(?:\s*(?:[,.;:!?)\u2014\u2013"”]|$)|\s+(?:was|were|is|are|and|or|then|before|after|until|for|overnight|with|to|by|at|on|which|that|as|so|but|while)\b)/;
/** Words of eating, cooking or drinking in the sentence. */
const FOOD_TALK =
  /\b(?:eat|eats|ate|eaten|eating|eater|eaters|dish|dishes|meal|meals|recipe|recipes|menu|served|serves|serving|chef|cook|cooks|cooked|kitchen|restaurant|food|snack|snacks|taste|tasted|tasting|flavou?rs?|spicy|spices?|sauce|chill?i|chill?ies|peppers?|chicken|beef|pork|lamb|steaks?|ribs|wings|fish|prawns|shrimp|oysters?|cakes?|sponge|bread|biscuits?|fruit|strawberries|cherries|cheese|dessert|pudding|cocktails?|drinks?|drank|glass|bottles?|whisk(?:e)?y|rum|brandy|liqueur|breakfast|lunch|dinner|supper|feast)\b/i;

/** True where the place hit at `span`, after `prev`, is what a thing was dipped or soaked in (see the module's comment). */
export function immersedIn(text: string, span: Span, prev: string | null | undefined): boolean {
  if (prev !== 'in') return false;
  const before = text.slice(Math.max(0, span.start - 48), span.start).replace(/\s+in\s+$/, ''); // (the text before " in ")
  const verb = /(?<!\p{L})(\p{Ll}+)$/u.exec(before);
  if (!verb || !IMMERSING.has(verb[1]!)) return false;
  if (MEASURE_BEFORE.test(before.slice(0, verb.index))) return false;
  if (!PHRASE_ENDS.test(text.slice(span.end, span.end + 12))) return false;
  return FOOD_TALK.test(text.slice(...sentenceRangeAround(text, span.start, span.end, 240)));
}
