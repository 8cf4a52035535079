import type { Span } from '../types';
import { RESULT_VERBS } from '../text/result-verbs';

/**
 * A national side called by its country's name, as sport writes it, where no opponent's word stands (country-evidence.ts reads
 * those: "beat Panama 2-1", "Brazil midfielder"): the country, by the convention that a national team named after its country
 * means the country.
 *  - a host of a championship or a summit ("hosted by Malta"), and the subject of an economic forecast ("growth forecast for Germany");
 *  - an athlete who represents it, or plays, races, competes or scores for it ("representing Italy", "chose to race for Italy", "scored twice for Ghana");
 *  - a side somebody led, anchored or steered to a result ("Kyle Chalmers anchored Australia to gold", "led Morocco to the title");
 *  - a side that edges, stuns, thrashes or routs another, named after the verb, as headlines write it ("Hungary Edge Italy 45-43", read
 *    in lower case by truecase.ts; country-evidence.ts OPPONENT has "beat" and "defeated").
 * Asked only of a country's one-word name that no person bears (evidenceAt reads bornePeople first: "plays for Jordan" may be a
 * player's team-mate), so a club or a college, named after a town or a US state, never reaches it.
 */
export function nationalSide(text: string, span: Span): string | null {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  if (HOST_BEFORE.test(before)) return 'a country that hosts a championship, a summit or a meeting (“hosted by Malta”)';
  if (FORECAST_BEFORE.test(before)) return 'a country an economic forecast is for (“its growth forecast for Germany”)';
  if (REPRESENTS_BEFORE.test(before)) return 'a country an athlete represents (“representing Italy”, “race for Italy”)';
  const after = text.slice(span.end, span.end + 40);
  if (LED_BEFORE.test(before) && TO_RESULT_AFTER.test(after)) return 'a national side led to a result (“anchored Australia to gold”)';
  if (RESULT_VERB_AFTER.test(after) || RESULT_VERB_BEFORE.test(before)) return 'a national side that edges, stuns or routs another (“Hungary edge Italy”)';
  return null;
}

/** Divisions of a country that field national sides of their own ("Wales beat Hungary 2-0"): a nation in a match, as a country is (named-after.ts, country-evidence.ts). */
export const NATIONAL_SIDES: ReadonlySet<string> = new Set(['england', 'scotland', 'wales', 'northern ireland', 'puerto rico']);

/** "hosted by", "co-hosted by" ("an OSCE ministerial meeting hosted by Malta", "the World Cup co-hosted by Canada"). */
const HOST_BEFORE = /\b(?:co-)?hosted\s+by\s+(?:the\s+)?$/;
/** An economic forecast or outlook for it ("cut its growth forecast for Argentina", "the inflation outlook for Japan"). */
const FORECAST_BEFORE = /\b(?:forecasts?|outlook|projections?)\s+for\s+(?:the\s+)?$/;
/** "representing", "represented", or a sport's verb and "for": "race for", "plays for", "competed for", "fenced for", "scored twice for". */
const REPRESENTS_BEFORE =
  /\b(?:represent(?:s|ed|ing)?|(?:play|plays|played|playing|race|races|raced|racing|compete|competes|competed|competing|swim|swims|swam|swimming|ride|rides|rode|riding|row|rows|rowed|rowing|fence|fences|fenced|fencing|skate|skates|skated|skating|ski|skis|skied|skiing|sail|sails|sailed|sailing)\s+for|scor(?:e|es|ed|ing)\s+(?:(?:once|twice|again|a\s+hat-trick|(?:\d+|[a-z]+)\s+(?:goals|times|tries))\s+)?for)\s+(?:the\s+)?$/;
/** A verb in the past tense right before the name ("anchored", "led", "steered"). */
const LED_BEFORE = /\b(?:\p{Ll}{3,}ed|led|drove|took|carried|propelled|fired|guided|steered)\s+$/u;
/** A sporting result right after it: "to gold", "to a 2-0 win", "to the title", "to victory", "to the final". */
const TO_RESULT_AFTER =
  /^\s+to\s+(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\p{Ll}\d-]+\s+)?(?:gold|silver|bronze|victory|win|title|medal|crown|championship|trophy|final|semi-?final|quarter-?final)\b/u;
/** A result's verb a newspaper uses of one side over another (not "beat", which country-evidence.ts reads), then the other side's capital. */
const RESULT_VERB_AFTER = new RegExp(String.raw`^\s(?:${RESULT_VERBS})\s(?:the\s)?\p{Lu}`, 'u');
/** The same verbs right before the name: the side beaten ("Hungary edge Italy"). */
const RESULT_VERB_BEFORE = new RegExp(String.raw`\b(?:${RESULT_VERBS})\s(?:the\s)?$`);
