import type { EntityResult, Span } from '../types';
import type { LexiconSets } from './lexicon-sets';

/**
 * Article-built people that the words around every mention make a thing's, not a person's (issue 18; the built-people audits,
 * tests/fixtures/links-judged-2026-12-07-s29.json, -s30.json and -s32.json, found wake words, code, works' titles, versions of a
 * product, paintings and teams among them). Asked from built-person-doubt.ts for each built person; what it says is the same on
 * any evidence (the wake word, the code) or only where the evidence is weak (a given name, a speech verb, the shape):
 *  - a greeting opening the name ("Hey Google, turn on …", "OK Google"): a device's wake words — a greeting is no word of a name;
 *  - code at every mention: a call's bracket right after it ("new Uri(…)", "Uri(url)");
 *  - on weak evidence, at one mention, a thing's noun after it ("Monte Carlo simulations", "Husqvarna Viking sewing machines") or a
 *    firm's after its possessive ("Au Bon Climat's winemaker", "Eli Lilly's shares"), or a firm's kind before it ("drugmaker Eli
 *    Lilly", "brands like Christy Dawn"): a brand, a method or a firm;
 *  - on weak evidence, a known town or state opening a name of two words before an everyday noun, not a given name ("Tokyo Metro",
 *    "Chicago Bulls": a town's firm, team or line), or a town after a district's word ("Downtown Phoenix", "Greater Boston": the place);
 *  - on weak evidence, at every mention:
 *     - "by" and a full name after it ("Annie Bot by Sierra Greer", "The Tusks of Extinction by Ray Naylor"): a work's title and
 *       its author (a person is not "by" somebody);
 *     - a version's number after it ("Claude Opus 4.5", "Gemini Pro 1.5"): a product's release;
 *     - "the" before a name of two words or more that ends its phrase ("the Mona Lisa was", "the Tokyo Metro."): a person is named
 *       without an article;
 *     - a one-word name that beats or loses to a place ("Carolina beat Chicago", "Boston edged Carolina"): a team, by its town.
 */
export function namedAsThing(text: string, e: EntityResult, weak: boolean, L: LexiconSets): boolean {
  if (GREETING_FIRST.test(e.name)) return true;
  if (e.mentions.every((m) => codeAt(text, m))) return true;
  if (!weak) return false;
  // (A firm's or a brand's noun at one mention says what the name is at all: "drugmaker Eli Lilly … Lilly's drugs".)
  if (e.mentions.some((m) => THING_NOUN_AFTER.test(text.slice(m.end, m.end + 24)) || FIRM_KIND_BEFORE.test(text.slice(Math.max(0, m.start - 32), m.start))))
    return true;
  const multi = e.name.includes(' ');
  if (multi && placeWord(e.name, L)) return true;
  return e.mentions.every(
    (m) =>
      BY_AUTHOR_AFTER.test(text.slice(m.end, m.end + 40)) ||
      VERSION_AFTER.test(text.slice(m.end, m.end + 12)) ||
      (multi && THE_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start)) && CLAUSE_AFTER.test(text.slice(m.end, m.end + 8))) ||
      (!multi && teamAt(text, m, L)),
  );
}

const GREETING_FIRST = /^(?:Hey|Hi|Hello|OK|Ok|Okay)\s/;

/** "Uri(" with no space: a call or a constructor in code (prose puts a space before a bracket; "every new Denis Villeneuve movie" is prose). */
const codeAt = (text: string, m: Span): boolean => text.charCodeAt(m.end) === 40; /* ( */

/** " by Sierra Greer": "by" and two capitalised words (a full name), not a day or a month alone ("by Friday"). */
const BY_AUTHOR_AFTER = /^\s+by\s+\p{Lu}[\p{Ll}'\u2019-]+\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}/u;
/**
 * A thing's noun after the name, which the name qualifies ("Husqvarna Viking sewing machines", "Monte Carlo simulations",
 * "Kilocode CLI"), or a firm's after its possessive ("Eli Lilly's shares", "Au Bon Climat's winemaker"): a maker's, a brand's or a
 * method's name — a person's is not before these (a person's own is "Smith's restaurant", "Smith's songs", not counted).
 */
const THING_NOUN_AFTER =
  /^(?:\s+(?:\p{Ll}+\s+)?(?:machines|simulations?|sneakers|drones|cameras|vehicles|tractors|appliances|software|CLI|API|SDK)\b|['\u2019]s\s+(?:shares|stock|shareholders|subsidiary|subsidiaries|headquarters|winemaker|winery|vineyards?|drugs?|drugmaker)\b)/u;
/**
 * A firm's kind right before the name, as its appositive or its list's head ("the drugs' manufacturers, Eli Lilly and …", "drugmaker
 * Eli Lilly", "brands like Christy Dawn", "companies such as Acme"), or a service's before its examples ("a charging provider, such
 * as Electrify America or EVgo", "apps like …"): no person's role (a "publisher" or a "winemaker" is a person's
 * as often, not counted).
 */
const FIRM_KIND_BEFORE =
  /\b(?:drugmakers?|automakers?|carmakers?|chipmakers?|manufacturers?|companies|firms|brands|retailers?|startups?|insurers?|lenders?|airlines?|restaurants?|wineries|(?:providers?|services?|platforms?|apps?|networks?|chains?|labels?),?\s+(?:like|such\s+as|including))(?:,|\s+(?:like|such\s+as|including))?\s$/u;
/** " 4.5", " 1.5,", " v2.1": a version's number (a score or an age has no decimal point). */
const VERSION_AFTER = /^\s+v?\d+\.\d+(?![\d.]*%)\b/;
/** "the " right before (not "the late …": a word between). */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s$/u;
/**
 * The name ends its phrase: a verb, a preposition or a stop after it ("the Mona Lisa was", "the Glen Canyon Dam."). Not a noun
 * ("the Joël Robuchon empire", "the Howard Jones song": a person's name used as an adjective) nor "of", "and" or a dash ("the Marie Kondo and minimalism craze", "the Jane Austen
 * of automotive design", "the Tommy Caldwell —": a person's name for a kind of person).
 */
const CLAUSE_AFTER = /^(?:['\u2019]s\s|[.,;:!?)]|\s+(?:was|is|has|had|were|are|in|at|on|to|for|with)\b)/u;

/** "Carolina beat Chicago", "Boston edged Carolina": a result's verb between the name and a known town or state. */
function teamAt(text: string, m: Span, L: LexiconSets): boolean {
  const a = RESULT_AFTER.exec(text.slice(m.end, m.end + 40));
  if (a && knownPlace(a[1]!, L)) return true;
  const b = RESULT_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
  return !!b && knownPlace(b[1]!, L);
}
const RESULT_VERBS = 'beat|beats|defeated|defeats|edged|edges|downed|routed|blanked|topped|outlasted|shut\\s+out|swept|lost\\s+to|fell\\s+to';
const RESULT_AFTER = new RegExp(String.raw`^\s+(?:${RESULT_VERBS})\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)`, 'u');
const RESULT_BEFORE = new RegExp(String.raw`(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s+(?:${RESULT_VERBS})\s+$`, 'u');
function knownPlace(name: string, L: LexiconSets): boolean {
  const low = name.toLowerCase();
  return L.cities.has(low) || L.usStates.has(low) || L.knownPlaces.has(low);
}

/** "Tokyo Metro", "Downtown Phoenix" (not "Paris Hilton", "Austin Butler": a given name first; not "Upton Sinclair": no everyday noun). */
function placeWord(name: string, L: LexiconSets): boolean {
  const ws = name.toLowerCase().split(' ');
  if (ws.length !== 2 || L.givenNames.has(ws[0]!)) return false;
  // (The second word an everyday noun: a state's or a country's name is a given name as often — "Virginia Giuffre", "India Donaldson".)
  return (knownPlace(ws[0]!, L) && L.everyday.has(ws[1]!)) || (DISTRICT_WORDS.has(ws[0]!) && knownPlace(ws[1]!, L));
}
const DISTRICT_WORDS: ReadonlySet<string> = new Set('downtown uptown midtown greater central metro old'.split(' '));
