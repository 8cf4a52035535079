/**
 * A place's name after "in" or "with" following a verb of dipping, soaking, coating or marinating, in a sentence of food or drink:
 * "a chilli dipped in Tabasco", "a sponge soaked in Cognac", "ribs marinated in Bourbon", "strawberries drizzled with Madeira". What
 * a thing is dipped in or coated with is a liquid or a coating, here one named after a place (a sauce, a spirit, a wine), not the
 * place. The container's or the sauce's noun after the name ("Madeira casks", "Buffalo sauce") is kind-words.ts DISH_HEADS'; this
 * reads the name standing alone (meant-else.ts asks it).
 * Not the verbs whose "in" is as often where it was done ("cooked in Lyon", "aged in Cognac", "cured in Parma", "braised in Lyon",
 * "poached in Lyon"), nor a rise's verb before "in" ("cases spiked in Texas"; "spiked with", "laced with" are a drink's); nor a name
 * the phrase goes on after ("soaked in Miami rain"); nor after a measure's noun ("Temperatures dipped in Chicago", "Sales dipped in
 * Ohio"); and only where the sentence speaks of food or drink ("Fans were drenched in Miami on Sunday" keeps the city). The food-or-drink words are general (eating, a dish, a meal, a drink, a glass), not any one sentence's.
 * Cost: two character tests per hit; a set look-up of the word before "in"/"with" only then, the sentence's slice and one pattern last.
 */
import type { Span } from '../types';
import { sentenceRangeAround } from '../text/sentences';

const split = (s: string): ReadonlySet<string> => new Set(s.split(' '));
/** Past participles of immersing or coating, before "in" (what covers the thing). */
const IMMERSED_IN = split(
  'dipped dunked soaked drenched doused soused smothered slathered coated marinated marinaded steeped pickled brined basted glazed drizzled infused macerated flambéed splashed',
);
/** Before "with" also the verbs of lacing a drink ("spiked with", "laced with"), whose "in" is a rise's ("cases spiked in Texas"). */
const COATED_WITH = new Set([...IMMERSED_IN, 'spiked', 'laced', 'sprinkled', 'dusted', 'topped', 'flavoured', 'flavored']);
/** A measure's noun before the verb: "prices dipped", "temperatures dipped", "support dipped" (a fall, and the place where). */
const MEASURE_BEFORE =
  /\b(?:prices?|sales|temperatures?|numbers?|figures?|rates?|shares?|stocks?|support|ratings?|demand|output|production|exports?|imports?|index|markets?|turnout|polls?|profits?|revenues?|earnings|values?|levels?|growth|inflation|unemployment|approval|cases|infections|deaths|crime)\s+(?:\p{Ll}+\s+)?$/iu;
/** The name ends its phrase: punctuation, the end, or a lower-case function word ("dipped in Tabasco was taken", "soaked in Cognac and"). */
const PHRASE_ENDS =
  /^(?:\s*(?:[,.;:!?)\u2014\u2013"”]|$)|\s+(?:was|were|is|are|and|or|then|before|after|until|for|overnight|with|to|by|at|on|which|that|as|so|but|while|from|in|near|during|into|under|over|inside|beside)\b)/;
/** The verb and "in" or "with" right before the name: group 1 the verb, group 2 the preposition. */
const VERB_BEFORE = /(?<!\p{L})(\p{Ll}+)\s+(in|with)\s+$/u;
/** Words of eating, cooking or drinking in the sentence. */
const FOOD_TALK =
  /\b(?:eat|eats|ate|eaten|eating|eater|eaters|dish|dishes|meal|meals|recipe|recipes|menu|served|serves|serving|chef|cook|cooks|cooked|kitchen|restaurant|food|snack|snacks|taste|tasted|tasting|flavou?rs?|spicy|spices?|sauce|chill?i|chill?ies|peppers?|chicken|beef|pork|lamb|steaks?|ribs|wings|fish|prawns|shrimp|oysters?|cakes?|sponge|bread|biscuits?|fruit|strawberries|cherries|cheese|dessert|pudding|cocktails?|drinks?|drank|glass|bottles?|whisk(?:e)?y|rum|brandy|liqueur|breakfast|lunch|dinner|supper|feast)\b/i;

/** True where the place hit at `span` is what a thing was dipped in or coated with (see the module's comment). */
export function immersedIn(text: string, span: Span): boolean {
  // (" in " or " with " right before the name: the word before ends in "n" or "h".)
  const w = text.charCodeAt(span.start - 2);
  if ((w !== 110 && w !== 104) || text.charCodeAt(span.start - 1) !== 32) return false;
  const before = text.slice(Math.max(0, span.start - 56), span.start);
  const m = VERB_BEFORE.exec(before);
  if (!m || !(m[2] === 'in' ? IMMERSED_IN : COATED_WITH).has(m[1]!)) return false;
  if (MEASURE_BEFORE.test(before.slice(0, m.index))) return false;
  if (!PHRASE_ENDS.test(text.slice(span.end, span.end + 12))) return false;
  return FOOD_TALK.test(text.slice(...sentenceRangeAround(text, span.start, span.end, 240)));
}
