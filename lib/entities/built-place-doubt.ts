import type { Span } from '../types';
import type { LexiconSets } from './lexicon-sets';
import { wordBefore } from './name-words';
import { ENGLISH_FUNCTION_WORDS } from '../text/english';
import {
  AT_PLACE_PREPOSITIONS,
  CREEDS_AND_PEOPLES,
  FACILITY_HEADS,
  PLACE_PREPOSITIONS,
  PLACE_KINDS_AFTER,
  US_STATE_ABBREVIATIONS,
  US_STATE_CODES,
} from '../text/place-words';
import { SPEECH_VERB_FORMS } from '../text/speech-verbs';
import type { ArticleWords } from './article-words';

/**
 * Article-built places whose shape is the only evidence, where the shape says rather something else (issue 18; the built-places
 * audits, tests/fixtures/links-judged-2026-12-07-s34.json and built-places-judged-2026-12-07-seed35.json, found labels, products,
 * firms and a cuisine among them). No card rather than a wrong card: a reader would not take these for places either.
 *
 * Of the whole name (the name is no place at any mention):
 *  - "Price Range", "GPA Range", "High Dynamic Range", "Induction Range": a range without "the" is a label's or a thing's word; a
 *    mountain range is "the Front Range", "the Alaska Range".
 *  - "New York Pilates", "Chicago Public Schools", "New York LLCs", "(Remodeling Costs in) California Compare": a known place's name
 *    and words after it that end in no place's head word is something of that place — a firm, a school board, a kind of firm,
 *    the place and the heading's next word — not a place of that longer name ("New York City", "San Diego County" keep theirs).
 *  - "Northern Lights", "Little Mermaid", "Old Technology", "New AI", "South Dakotans", "Central European": a qualifier
 *    ("north", "new", "little", "upper" …) before nothing but everyday words, acronyms or numbers, or before a people's word, is an
 *    adjective before a noun; a place's name has a word of its own after it ("Northern Kentucky", "Lower Manhattan", "New Guinea"
 *    aside) or a place's head ("East Village", "Upper West Side").
 */
export function shapeNotPlace(text: string, span: Span, name: string, L: LexiconSets, words: ArticleWords): boolean {
  if (name.indexOf(' ') < 0 || placeAfterComma(text, span.end, L)) return false; // (one word: the mention's checks below)
  const ws = name.toLowerCase().split(/\s+/);
  const last = ws[ws.length - 1]!;
  if (last === 'range') return wordBefore(text, span.start) !== 'the';
  const raw = name.split(/\s+/);
  if (knownPlaceThenElse(raw, ws, last, L, words)) return true;
  return L.qualifiers.has(ws[0]!) && qualifierBeforeNoun(raw, ws, L);
}

/**
 * Its state or country after a comma ("Little Rock, Arkansas", "West Haven, Connecticut", "Palo Alto, Calif."): the evidence a
 * reader takes over any shape.
 */
export function placeAfterComma(text: string, end: number, L: LexiconSets): boolean {
  if (text.charCodeAt(end) !== 44) return false;
  const m = NEXT_NAME.exec(text.slice(end, end + 32));
  if (!m) return false;
  const one = m[1]!;
  const two = m[2] ? `${one} ${m[2]}` : '';
  return US_STATE_CODES.has(one) || US_STATE_ABBREVIATIONS.has(one) || L.knownPlaces.has(one.toLowerCase()) || (!!two && L.knownPlaces.has(two.toLowerCase()));
}
/** One or two capitalised words after ", " ("Arkansas", "New Jersey", "Calif.", "N.Y."). */
const NEXT_NAME = /^,\s+(\p{Lu}[\p{L}.]*)(?:\s+(\p{Lu}[\p{L}.]*))?/u;

/**
 * A known place's name opens the name, and what follows it is common words (no name of its own: "Old Town Alexandria" keeps
 * its town), the last of them no place's or building's head word.
 */
function knownPlaceThenElse(raw: string[], ws: string[], last: string, L: LexiconSets, words: ArticleWords): boolean {
  if (L.placeHeads.has(last) || FACILITY_HEADS.has(last) || PLACE_KINDS_AFTER.has(last) || PLACE_NOUNS.has(last)) return false;
  for (let k = ws.length - 1; k >= 1; k--) {
    const prefix = ws.slice(0, k).join(' ');
    if (!L.knownPlaces.has(prefix) && !L.cities.has(prefix)) continue;
    for (let j = k; j < ws.length; j++) if (!commonWord(raw[j]!, ws[j]!, L)) return false;
    // (One everyday word after the place only where the article writes it in lower case: "Pembroke Pines" is the town's name.)
    return k < ws.length - 1 || !L.everyday.has(last) || words.writtenLower(last) || peoplesWord(last, ws.slice(0, -1).join(' '), L);
  }
  return false;
}

/** An everyday English word, an acronym that is no state's code, a word with a digit, or two words run together ("Express.Contact"). */
function commonWord(own: string, w: string, L: LexiconSets): boolean {
  return L.everyday.has(w) || /[\d.]/.test(own) || (ACRONYM.test(own) && !US_STATE_CODES.has(own));
}

/**
 * Every word after the qualifiers is an everyday English word (not a place's head), an acronym that is no state's code, or has
 * a digit — or the last word is a people's word ("Dakotans", "Yorkers", "European") that is no known place.
 */
function qualifierBeforeNoun(raw: string[], ws: string[], L: LexiconSets): boolean {
  let i = 1;
  while (i < ws.length && L.qualifiers.has(ws[i]!)) i++;
  if (i > 1) return false; // ("Upper East Side", "Greater East End", "South East": a second qualifier names a part of a place)
  const last = ws[ws.length - 1]!;
  if (peoplesWord(last, ws.slice(0, -1).join(' '), L)) return true;
  for (let k = i; k < ws.length; k++) {
    const w = ws[k]!;
    const own = raw[k]!;
    if (L.placeHeads.has(w) || FACILITY_HEADS.has(w) || PLACE_NOUNS.has(w) || L.knownPlaces.has(w) || L.cities.has(w)) return false;
    if (!commonWord(own, w, L)) return false;
  }
  return true;
}
/**
 * A people's word made from a known place's name: "(South) Dakotans", "(New) Yorkers", "(Central) European" — its stem, or the
 * words before it and its stem, a known place ("New Orleans" is none: no place "Orle").
 */
function peoplesWord(w: string, before: string, L: LexiconSets): boolean {
  if (!PEOPLES_END.test(w)) return false;
  for (let cut = 1; cut <= 3; cut++) {
    const stem = w.slice(0, -cut);
    if (L.knownPlaces.has(stem) || L.knownPlaces.has(`${before} ${stem}`)) return true;
  }
  return false;
}
const PEOPLES_END = /(?:ns|ers|an|ese)$/;
const ACRONYM = /^[A-Z][A-Z0-9-]+s?$/;

/**
 * Of one mention (dropped there; another mention with evidence keeps the card):
 *  - "in MacBook keyboards", "within Kubernetes clusters", "in Solidity contracts", "across Tastewise social data": an unknown
 *    word after a preposition, before a noun it qualifies, is the noun's kind (a product, a firm, a language), and the
 *    preposition governs the noun, not the name — no evidence of a place ("in Higashiyama district", "in Aso town" keep theirs);
 *  - "in Italian", "in Arabic", "in Christianity", "investment in Anthropic": an unknown word after a preposition in a language's,
 *    a people's or a doctrine's ending ("-ian", "-ic", "-ism", "-ity") is no place;
 *  - "Fort Greene Mediterranean $$", "pescatarian, Mediterranean and DASH diets": a region named by an adjective is the region
 *    with "the" ("the Mediterranean", "the eastern Mediterranean"); without it, a cuisine, a diet or a style.
 */
export function mentionNotPlace(text: string, span: Span, name: string, L: LexiconSets): boolean {
  if (name.indexOf(' ') >= 0) return false;
  const low = name.toLowerCase();
  if (L.regions.has(low)) return ADJECTIVAL.test(low) && !theBefore(text, span.start);
  if (L.knownPlaces.has(low) || L.cities.has(low)) return false;
  const before = wordBefore(text, span.start);
  if (!before || !AT_PLACE_PREPOSITIONS.has(before)) return false;
  if (DOCTRINE_END.test(low) || CREEDS_AND_PEOPLES.has(low) || LANGUAGES.has(low)) return true;
  if (text.charCodeAt(span.end) !== 32) return false;
  const m = LOWER_WORD_AFTER.exec(text.slice(span.end, span.end + 40));
  if (!m || placeAfterComma(text, span.end, L)) return false;
  const w = m[1]!;
  // (A plural noun only, and one that ends its phrase: a verb may follow a place — "my electrician in Ponchatoula says I …",
  // "the city hall in Obermarsberg originates from …", "in Braunau am Inn".)
  return (
    PLURAL.test(w) &&
    NOUN_PHRASE_END.test(m[2]!) &&
    !SPEECH_VERB_FORMS.has(w) &&
    !VERBS_IN_S.has(w) &&
    !ENGLISH_FUNCTION_WORDS.has(w) &&
    !PLACE_KINDS_AFTER.has(w) &&
    !PLACE_NOUNS.has(w)
  );
}
/** What may follow a noun phrase's last word: a stop, a comma, "and", "or", an auxiliary, a relative ("keyboards.", "brewers has"). */
const NOUN_PHRASE_END = /^(?:[.,;:!?)]|\s(?:and|or|is|are|was|were|has|have|had|can|could|will|would|may|might|that|which)\b)/;
/** A plural's ending, not a singular's ("boss", "bus", "analysis"). */
const PLURAL = /\p{Ll}{2}[^su]s$/u;
/** Verbs in "-s" common after a subject that a place may end ("in Boston remains", "in Ohio needs"). */
const VERBS_IN_S: ReadonlySet<string> = new Set(
  'remains seems means looks gets makes takes goes comes lies sits stands continues includes offers provides needs uses requires costs varies has does'.split(
    ' ',
  ),
);

const ADJECTIVAL = /(?:an|ic)$/;
const DOCTRINE_END = /\p{Ll}(?:ian|ic|ism|ity)$/u;
/**
 * Languages whose names have none of those endings ("in Urdu", "in Hindi", "in Cree"); a faith's or a people's word
 * ("in Hindu, Buddhist and Taoist communities") is place-words.ts CREEDS_AND_PEOPLES.
 */
const LANGUAGES: ReadonlySet<string> = new Set(
  'urdu hindi swahili latin greek hebrew farsi dari pashto tagalog zulu xhosa yoruba igbo hausa bengali punjabi tamil telugu gujarati marathi malayalam kannada mandarin sanskrit esperanto welsh cree dene inuktitut'.split(
    ' ',
  ),
);
/** The next word in lower case, whole (not "in Kyushu, home": a comma stands between). */
const LOWER_WORD_AFTER = /^ (\p{Ll}+)(?![\p{L}-])([\s\S]{0,12})/u;
/**
 * Nouns of places, lower case after a place's name ("in Aso town", "in Belmarsh prison", "in Queens proper") or the last word of
 * one beside its qualifier ("Western Hemisphere", "West End", "East Side").
 */
const PLACE_NOUNS: ReadonlySet<string> = new Set(
  'town towns city suburb suburbs neighborhood neighbourhood borough island islands state country countryside border coast valley proper itself alone prison jail side end shore bank hemisphere quarter ward heights zone corridor belt rim territory center centre'.split(
    ' ',
  ),
);
/** "the" before the name, or before one lower-case word before it ("the eastern Mediterranean"). */
const THE_BEFORE = /\bthe\s+(?:\p{Ll}+\s+)?$/iu;
const theBefore = (text: string, start: number): boolean => THE_BEFORE.test(text.slice(Math.max(0, start - 24), start));

/**
 * A name of two to four everyday English words, which English gives products, games, titles and headings as often as places:
 *  - 1: one of them a place's word that English lends to things ("Data Lake", "Lunar Lake", "Apollo City", "Grave Empire", "Sea
 *    Power", "State Farm", "Treadmill Falls", "Roll Mountain"): a place only where one of its mentions has a place's evidence
 *    (mentionPlaced);
 *  - 2: no place's word at all ("in Basic Reasoning", "in Plasma Blue", "Knights in Tight Spaces", "in Star Citizen"): the
 *    preposition is no evidence either; a place only with its state after a comma ("in Chapel Hill, North Carolina", "in Broken
 *    Arrow, OK"), a known place's possessive or a known place beside it in a list (mentionPlaced, strong).
 * The name as a whole is asked by built-place-else.ts. 0 (no doubt) for the place words few things borrow ("… Park", "… Street",
 * "… Valley", "… District", "… Island"), a venue's "Center", a qualifier first (its own rule above), a known place's word
 * ("Taoist China") or a word of no English ("Koh Phi Phi").
 */
export function everydayNamed(name: string, L: LexiconSets): 0 | 1 | 2 {
  const ws = name.toLowerCase().split(/\s+/);
  if (ws.length < 2 || ws.length > 4 || L.qualifiers.has(ws[0]!) || VENUE_LAST.has(ws[ws.length - 1]!)) return 0;
  let lent = false;
  for (const w of ws) {
    if (L.knownPlaces.has(w) || L.cities.has(w) || !/^\p{Ll}+$/u.test(w)) return 0;
    const placeWord = L.placeHeads.has(w) || L.placeLeads.has(w) || FACILITY_HEADS.has(w);
    if (placeWord && !LENT_PLACE_WORDS.has(w)) return 0;
    if (!placeWord && !L.everyday.has(w)) return 0;
    lent ||= placeWord;
  }
  return lent ? 1 : 2;
}
/** A venue's last word, which the name finders read as a building at a preposition ("at Staples Center"; name-shapes.ts centreAsVenue). */
const VENUE_LAST: ReadonlySet<string> = new Set(['center', 'centre']);
/** Place words English lends to things' names. */
const LENT_PLACE_WORDS: ReadonlySet<string> = new Set(
  'lake city mount mountain falls empire castle duchy sea port farm state road town river kingdom republic'.split(' '),
);

/**
 * What makes a reader take a name for a place at one mention: a preposition of place or of travel before it ("in Music City",
 * "to Bay Ridge", "from Silicon Valley", "on Wall Street", "visit Crazy Horse Memorial"), "the" before it ("the Bayou City"), a
 * house number ("99 Washington Avenue"), a known place's possessive ("Cleveland's Public Auditorium"), its state or country
 * after a comma ("Cedar Park, TX"), a place's kind after it ("Great Lakes regions"), a known place after "in" ("River Street in
 * Savannah"), an address after it ("One Commerce Plaza, 99 Washington Avenue"), or a known place beside it in a list ("Burbank,
 * Long Beach, and …", "Hilo, Volcanoes National Park, Kona").
 */
export function mentionPlaced(text: string, span: Span, L: LexiconSets, strong = false): boolean {
  const before = strong ? null : wordBefore(text, span.start);
  if (before && (PLACE_PREPOSITIONS.has(before) || TRAVEL_WORDS.has(before))) return true;
  const head = text.slice(Math.max(0, span.start - 32), span.start);
  const tail = text.slice(span.end, span.end + 32);
  if ((!strong && HOUSE_NUMBER.test(head)) || placeAfterComma(text, span.end, L) || ADDRESS_AFTER.test(tail)) return true;
  // ("…, Metropolis, Evergreen State 21001": an address's last line, its state before a postal code of five digits, not a year.)
  if (POSTAL_AFTER.test(tail) && head.endsWith(', ')) return true;
  const kind = strong ? null : KIND_AFTER.exec(tail);
  if (kind && (PLACE_KINDS_AFTER.has(kind[1]!) || PLACE_KINDS_AFTER.has(kind[1]!.replace(/s$/, '')))) return true;
  const owner = OWNER_BEFORE.exec(head);
  if (owner && known(owner[1]!, L)) return true;
  const prev = LISTED_BEFORE.exec(head); // (a known place, or a place's head ending the item: "… Canyon National Park, Salt Lake City")
  if (prev && (known(prev[1]!, L) || L.placeHeads.has(prev[1]!.toLowerCase()))) return true;
  const next = LISTED_AFTER.exec(tail);
  return !!next && (known(next[1]!, L) || (!!next[2] && known(`${next[1]} ${next[2]}`, L)));
}
const known = (name: string, L: LexiconSets): boolean => L.knownPlaces.has(name.toLowerCase()) || L.cities.has(name.toLowerCase());
const TRAVEL_WORDS: ReadonlySet<string> = new Set(
  'to on the via toward towards through past along over under beyond off visit visiting visited visits'.split(' '),
);
const HOUSE_NUMBER = /\b\d+[a-z]?\s$/;
const ADDRESS_AFTER = /^,\s\d+\s\p{Lu}/u;
const POSTAL_AFTER = /^\s\d{5}(?:-\d{4})?(?!\d)/;
const KIND_AFTER = /^\s(\p{Ll}+)\b/u;
/** A known place's possessive right before ("Manhattan's Fifth Avenue"). */
const OWNER_BEFORE = /(\p{Lu}[\p{L}.-]*)['’]s\s$/u;
/** The list's item before: a capitalised word and a comma, "and" or "or" ("Burbank, ", "Hilo, "). */
const LISTED_BEFORE = /(\p{Lu}[\p{L}.-]*)(?:,|,?\s(?:and|or))\s$/u;
/** The list's item after, or a known place after "in" ("… in Savannah"). */
const LISTED_AFTER = /^(?:,\s(?:and\s|or\s)?|\s(?:and|or|in)\s)(\p{Lu}[\p{L}.-]*)(?:\s(\p{Lu}[\p{L}.-]*))?/u;
