/**
 * A place's name as a word of a name English coined after it, which names no place:
 *  - inDishName (link.ts, one-word place hits): a dish, a product, an animal or a family ("Brazil nuts", "Victoria
 *    sponge", "a Cuba libre", "Guinea pig", "the Jordan family"; "chicken Kiev", "beef Wellington"), or a drink or dairy
 *    product unless a word of trade follows ("Madeira wine"; "Kenya tea exports" is Kenya's);
 *  - placeTerm (named-after.ts, hits whose candidates are all places, of any length): a syndrome or a theory ("Stockholm
 *    syndrome", "the Copenhagen interpretation"), a disease, creature or plant ("Panama disease", "Hong Kong flu", "a
 *    Greenland shark"), "India pale ale", "plaster of Paris" — unless a noun after the head makes it the place's again ("a
 *    Florida shark attack", "India flu cases")).
 * The other word is lower case and sits right beside the name. Cost: a match or two at a place hit's ends.
 */
import type { Span } from '../types';
import { sentenceRangeAround } from '../text/sentences';
import { goodsNamedAfter } from './goods-named-after';
import { placeCompound } from './place-compounds';
import { DISH_BEFORE, DISH_HEADS, FIRM_LEADS, PLACE_TERM_HEADS, PLACE_TERM_NOT_BEFORE, PLACE_TERM_PAIRS, PRODUCE } from '../text/kind-words';

const DISHES: ReadonlySet<string> = new Set(DISH_HEADS);
const PRODUCTS: ReadonlySet<string> = new Set(PRODUCE);
const LOWER_WORD_AFTER = /^\s(\p{Ll}+)\b/u;
/** A product and a word of its trade after the name: "Kenya tea exports", "Colombia coffee prices", "the Colombo tea auction" (the place's). */
export const TRADE_AFTER =
  /^\s\p{Ll}+\s(?:exports?|imports?|prices?|production|producers?|makers?|brewers?|distillers?|growers?|farmers?|industry|sector|sales|markets?|trade|output|crops?|harvests?|futures|shipments?|auctions?|fairs?)\b/u;
/** A dish's word right before the name ("chicken Kiev", "Baked Alaska"). */
const DISH_BEFORE_RE = new RegExp(`\\b(?:${DISH_BEFORE.join('|')})\\s$`, 'i');

/** The span is a word of a dish's or a product's name: a dish noun or a product after it, or a dish's word before it. */
export function inDishName(text: string, span: Span): boolean {
  const next = text.slice(span.end, span.end + 16);
  const after = LOWER_WORD_AFTER.exec(next);
  // ("the Kenya coat of arms" is the country's.)
  if (after && DISHES.has(after[1]!))
    return !(after[1] === 'coat' && COAT_OF_ARMS.test(text.slice(span.end, span.end + 16))) && headMeant(text, span, after[1]!);
  // ('the “spicy Mayo” hand roll': a dish's name in quotation marks, its head after the closing mark and perhaps one word.)
  // (A single mark after an "s" is a possessive's: "Kansas' voter rolls".)
  const mark = text.charCodeAt(span.end);
  if (DOUBLE_CLOSE.has(mark) || (SINGLE_CLOSE.has(mark) && text.charCodeAt(span.end - 1) !== 115)) {
    const head = QUOTED_HEAD.exec(text.slice(span.end + 1, span.end + 28))?.[1];
    if (head && DISHES.has(head)) return headMeant(text, span, head);
  }
  // ("CONTESTANT'S BRAZIL NUT PESTO": a dish's word in a line written in capitals.)
  if (!after && CAPITALS_AFTER.test(next) && DISHES.has(LOWER_WORD_AFTER.exec(next.toLowerCase())?.[1] ?? '')) return true;
  if (after && PRODUCTS.has(after[1]!) && !TRADE_AFTER.test(text.slice(span.end, span.end + 40))) return true;
  if (after && TWO_WORD_DISH.test(text.slice(span.end, span.end + 32))) return true;
  // ("Arizona iced tea", "a Bordeaux red wine"; "Kenya black tea exports" is Kenya's.)
  if (after && PRODUCT_KINDS.has(after[1]!) && PRODUCT_AFTER_KIND.test(text.slice(span.end + after[0].length, span.end + after[0].length + 12)))
    return !TRADE_AFTER.test(text.slice(span.end + after[0].length, span.end + after[0].length + 40));
  return DISH_BEFORE_RE.test(text.slice(Math.max(0, span.start - 8), span.start));
}
const COAT_OF_ARMS = /^\scoat\sof\sarms\b/;
/** Closing quotation marks: ” " and ’ '. */
const DOUBLE_CLOSE: ReadonlySet<number> = new Set([0x201d, 0x22]);
const SINGLE_CLOSE: ReadonlySet<number> = new Set([0x2019, 0x27]);
const QUOTED_HEAD = /^\s(?:\p{Ll}+\s)?(\p{Ll}+)\b/u;
/**
 * Heads that are other words too: "roll" a roll call or a verb ("the Ohio roll call", "helped Texas roll past Oklahoma"), "upright"
 * an adjective ("keeps Ukraine upright"), a model only after a possessive or an article and perhaps one word ("its compact Cologne
 * upright", "a Vienna upright").
 */
const ROLL_NOT = /^\s(?:call|calls|back|out|over|up|on|off|in|into|away|along|of|past|to|through|by|ahead|towards?|down|across|with)\b/;
/** "the “new Texas” voter rolls": a register of voters, the place's. */
const VOTER_BEFORE = /\b(?:voter|voters|electoral|payroll|tax)\s+rolls?$/;
/** A law's or a tax's noun after the goods ("the Ohio handbag tax", "a Montana tote bag ban"): the place's. */
const LAW_AFTER = /^\s(?:bag\s)?(?:bans?|tax|taxes|levy|levies|laws?|rules?|fees?)\b/;
/** "boots" as a verb, an object or a particle after it ("Russia boots out diplomats", "Texas boots the team"), or soldiers' ("US boots on the ground"). */
// (Whole words: "Wellington boots and Panama hats", "Chelsea boots at the party" are footwear — "a" is no prefix of "and", "at".)
const BOOTS_VERB = /^\s(?:(?:out|off|up|from|on|the|a|an|its|his|her|their)\b|\p{Lu}|\d)/u;
const MODEL_BEFORE = /\b(?:its|their|his|her|our|a|an)\s+(?:[\p{Ll}-]+\s+)?$/u;
function headMeant(text: string, span: Span, head: string): boolean {
  const at = text.indexOf(head, span.end) + head.length;
  if (head === 'roll') return !ROLL_NOT.test(text.slice(at, at + 8)) && !VOTER_BEFORE.test(text.slice(span.end, at));
  if (head === 'upright' || head === 'uprights') return MODEL_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start));
  if (head === 'boots') return !BOOTS_VERB.test(text.slice(at, at + 8)) && !LAW_AFTER.test(text.slice(at, at + 12));
  // ("Istanbul shoe shiner Mehmet Yılmaz": one who shines or mends shoes there, a trade of the place (place-trades.ts), no shoe named after it.)
  return !LAW_AFTER.test(text.slice(at, at + 12)) && !MENDER_AFTER.test(text.slice(at, at + 12));
}
const MENDER_AFTER = /^\s(?:shiners?|repairers?|menders?|polishers?)\b/;
/** A kind of drink before the product's word ("iced tea", "red wine"). */
const PRODUCT_KINDS: ReadonlySet<string> = new Set('iced black green herbal red white rosé sparkling dry sweet spiced dark light malt craft'.split(' '));
const PRODUCT_AFTER_KIND = new RegExp(`^\\s(?:${PRODUCE.join('|')})\\b`, 'u');
/** A dish of two lower-case words after the name ("Mississippi mud pie", "Boston cream pie", "Texas sheet cake"). */
const TWO_WORD_DISH = /^\s\p{Ll}+\s(?:pies?|cakes?|puddings?|tarts?|stew|chowder|sauce|sandwich(?:es)?|burgers?|noodles|roast)\b/u;

// (Also the first names of a list before one head: "Jersey and Guernsey cows", "Tennessee, Kentucky and Cape May warblers".)
const TERM_AFTER = new RegExp(
  `(?:(?:,\\s\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?){0,3},?\\sand\\s\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?)?\\s(?:${[...PLACE_TERM_PAIRS.map((p) => p.replace(' ', '\\s')), ...PLACE_TERM_HEADS].join('|')})\\b(?![-'’])(?!\\s(?:${PLACE_TERM_NOT_BEFORE.join('|')})\\b)`,
  'uy',
);
const CAPITALS_AFTER = /^\s\p{Lu}{2,}\b/u;
/** "plaster of Paris": the one material English names so after a place. */
const PLASTER_BEFORE = /\bplaster\sof\s$/;

const FIRMS: ReadonlySet<string> = new Set(FIRM_LEADS.map((w) => w.toLowerCase()));
/** The firm's lead word as written, capitalised, right before the name ("Air Canada", not "air pollution in India"). */
const FIRM_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${FIRM_LEADS.join('|')})\\s$`, 'u');

/**
 * The place hit is a word of a term coined after it, or of a firm's name (see the module's comment); or, unless a country is
 * among its candidates, the first word of goods' or a species' name (goods-named-after.ts: "York stone", "Indiana bats"; a
 * country before its goods names where they come from: "tariffs on China steel").
 */
export function placeTerm(text: string, span: Span, prev: string | undefined, country = false): boolean {
  TERM_AFTER.lastIndex = span.end;
  if (TERM_AFTER.test(text) || (!country && goodsNamedAfter(text, span))) return true;
  // ("a cedar of Lebanon", "a California king", "Ceylon tea"; "Red Leicester, Lancashire and Double Gloucester": place-compounds.ts.)
  if (placeCompound(text, span)) return true;
  // ("ICELAND GULL AND AMERICAN ROBIN": a line in capitals read in lower case; its names' list forms, which need capitals, are left.)
  const next = text.slice(span.end, span.end + 40);
  if (CAPITALS_AFTER.test(next)) {
    TERM_AFTER.lastIndex = 0;
    if (TERM_AFTER.test(next.toLowerCase())) return true;
  }
  if (prev && FIRMS.has(prev)) return FIRM_BEFORE.test(text.slice(Math.max(0, span.start - 8), span.start));
  if (prev && leagueLeadStart(text, span) >= 0) return true;
  // ("plaster", a white space and "of" end 11 characters before the name in every match: asked first.)
  return prev === 'of' && text.startsWith('plaster', span.start - 11) && PLASTER_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start));
}

/** Where the firm's lead word before a place hit starts ("Air Canada": the "A"; "LOVB Houston": leagueLeadStart), or -1 (its own, capitalised, a word alone). */
export function firmLeadStart(text: string, span: Span): number {
  for (const lead of FIRM_LEADS) {
    const at = span.start - lead.length - 1;
    if (at >= 0 && text.startsWith(lead + ' ', at) && !/\p{L}/u.test(text.charAt(at - 1))) return at;
  }
  return leagueLeadStart(text, span);
}

/** A word in capitals right before the name ("LOVB ", "FC "). */
const CAPITALS_LEAD = /(?:^|[^\p{L}\p{N}])(\p{Lu}{2,6})\s$/u;
/**
 * Where a league's lead word before a place hit starts, or -1: a word in capitals that the sentence puts before another capitalised
 * name too, as a league names its teams ("LOVB Houston beat LOVB Omaha in four sets"), in a sentence not written in capitals.
 * (A cheap test of the two characters before the name first: most names follow no capital.)
 */
function leagueLeadStart(text: string, span: Span): number {
  const c = text.charCodeAt(span.start - 2);
  if (text.charCodeAt(span.start - 1) !== 32 || !(c >= 65 && c <= 90)) return -1;
  const lead = CAPITALS_LEAD.exec(text.slice(Math.max(0, span.start - 8), span.start))?.[1];
  if (!lead) return -1;
  const sentence = text.slice(...sentenceRangeAround(text, span.start, span.end, 240));
  if (!/\p{Ll}/u.test(sentence)) return -1;
  let n = 0;
  for (let at = sentence.indexOf(lead + ' '); at >= 0; at = sentence.indexOf(lead + ' ', at + 1))
    if (!/[\p{L}\p{N}]/u.test(sentence.charAt(at - 1)) && /\p{Lu}/u.test(sentence.charAt(at + lead.length + 1))) n++;
  return n >= 2 ? span.start - lead.length - 1 : -1;
}
