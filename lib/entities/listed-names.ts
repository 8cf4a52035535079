import type { EntityType, Span } from '../types';
import { AT_PLACE_PREPOSITIONS } from '../text/words';
import { CREEDS_AND_PEOPLES, PLACE_KINDS_AFTER } from '../text/place-words';
import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import type { ArticleWords } from './article-words';
import { calledPlace, siteBefore, visitedBefore } from './place-travel';
import { wordRunBeforeSpace } from './name-words';
import { wordAfter } from './hit-view';

/**
 * Names from the name finder's longer lists (assets/ner/names.json): cities of 100,000 people or more
 * and companies that compromise's lexicon lacks. Read after the person finder (other-names.ts), so a
 * list never takes a person's full name. A one-word city counts only where the article places it once
 * ("in Baqubah", "Tucson, Arizona"), and then at every mention; a listed company ("Accenture",
 * "Instagram") is one wherever it stands, but for the surname of a person the article names ("Paris
 * Hilton … Hilton"), and no one-word evidence makes it a person ("Accenture said", name-scan.ts).
 * Beside the lists, two contexts the name finder reads: a firm's (companyContext: "acquired Breez")
 * and a kind of place with "of" (placeOf: "the district of Fontvieille").
 */

/** A finding of the name finder; `unsure`: a one-word city not placed at this mention (kept where another mention is). */
export interface OtherName {
  type: EntityType;
  name: string;
  span: Span;
  unsure: boolean;
}

/** Capitals after a lower-case letter or before one after another capital ("iPhone", "HAMi"). */
const ODD_CASE = /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u;
/** A comma and a capital after a place: its state or country ("Tucson, Arizona", "Las Vegas, NV"). */
const PLACE_AFTER = /^, \p{Lu}/u;
/** A place preposition but "at" ("at Harvard", "at Amazon" name firms and schools as often as places). */
export const placeBefore = (w: string | null): boolean => !!w && w !== 'at' && AT_PLACE_PREPOSITIONS.has(w);

/** The listed name the segment is, or null. `low`: the name in lower case; `before`: the word before it. */
export function listedName(
  text: string,
  seg: Token[],
  span: Span,
  name: string,
  low: string,
  before: string | null,
  L: LexiconSets,
  words: ArticleWords,
): OtherName | null {
  // Not where the article writes a word of it in lower case ("Tyre" beside "tyre").
  if ((!L.cities.has(low) && !L.companies.has(low)) || words.someWrittenLower(seg)) return null;
  if (L.companies.has(low)) return { type: 'organization', name, span, unsure: false };
  // Nor a city in odd case ("HAMi"; a company may be written so: "TikTok").
  if (ODD_CASE.test(name)) return null;
  // ("the southern city of Tyre", "occupied Baqubah": a kind of place with "of", or a conquest, places it as surely as "in".)
  const placed =
    seg.length > 1 ||
    placeBefore(before) ||
    before === 'at' || // (a listed city: "the school at Salerno"; what "at" names besides, firms and schools, no city list holds)
    PLACE_AFTER.test(text.slice(span.end, span.end + 3)) ||
    (before === 'of' && placeOf(text, span.start)) ||
    compassOfThe(text, span.start) ||
    placeKindAfter(text, span.end, low) ||
    conqueredBefore(text, span.start) ||
    visitedBefore(text, span.start, span.end) ||
    siteBefore(text, span.start, span.end) ||
    calledPlace(text, span.start);
  return { type: 'place', name, span, unsure: !placed };
}

/**
 * The findings less one-word cities the article never places ("Concordia's gameplay", "Fuji colors")
 * and listed companies that are the surname of a person it names ("Paris Hilton … Hilton said").
 */
export function sureListed(text: string, found: OtherName[], taken: Span[], L: LexiconSets): OtherName[] {
  // (Each name in lower case once; the sets below only where some finding is in doubt.)
  const lows: string[] = [];
  const asked = new Set<string>(); // listed companies found: is one a surname here?
  let unsure = false;
  for (const f of found) {
    const low = f.name.toLowerCase();
    lows.push(low);
    if (f.unsure) unsure = true;
    if (f.type === 'organization' && L.companies.has(low)) asked.add(low);
  }
  if (!unsure && !asked.size) return found;
  const sure = new Set<string>();
  if (unsure) for (let i = 0; i < found.length; i++) if (!found[i]!.unsure) sure.add(found[i]!.type + ':' + lows[i]!);
  const surnames = new Set<string>(); // (only the words asked about: no slice of a name whose last word is none of them)
  const lastWord = (s: Span) => {
    const space = text.lastIndexOf(' ', s.end - 1);
    if (space > s.start) {
      const word = text.slice(space + 1, s.end).toLowerCase();
      if (asked.has(word)) surnames.add(word);
    }
  };
  if (asked.size) {
    for (const f of found) if (f.type === 'person') lastWord(f.span);
    for (const s of taken) lastWord(s); // (the dataset's names and the person finder's people)
  }
  return found.filter((f, i) => {
    if (f.type === 'organization' && surnames.has(lows[i]!)) return false;
    return !f.unsure || sure.has(f.type + ':' + lows[i]!);
  });
}

/** What a company has that a person or a place has not ("Zillow's chief executive", "Alibaba shares closed"; not "Wilgus shares", a verb). */
const COMPANY_AFTER =
  /^(?:(?: ?['\u2019]s)?\s+(?:CEO|chief executive|chief financial officer|CFO|shareholders|stockholders|subsidiary|subsidiaries|market value|market capitalization)\b|(?: ?['\u2019]s)?\s+(?:shares|stock)\s+(?:rose|fell|closed|jumped|dropped|slid|gained|climbed|tumbled|surged|sank|soared|slumped|are|were|have|has|traded|opened|ended)\b|['\u2019]s\s+(?:shares|stock)\b)/;
/**
 * What is done to a company, or where one works ("shares of Zillow", "acquired Akamai", "an analyst at Gartner", "my years at
 * Azmet", "the staff at Pellow", "works for Quist", "a position with Quist"): a job, its time or its people, then "at"; working "for"
 * (not "with": "working with Smith").
 */
const COMPANY_BEFORE =
  /\b(?:shares (?:of|in)|stake in|acquired|acquir(?:e|es|ing)|acquisition of|merger with|(?:companies|firms) (?:like|such as|including)|(?:work|works|worked|working|jobs?|employed|employees|engineers?|analysts?|executives?|managers?|interns?|internship|career|position|role|stint|tenure|years|months|colleagues|co-?workers|staff|folks|everyone|anyone|here) at|(?:work|works|worked|working|employed) for|(?:jobs?|position|career|internship) with|CEO of|chief executive of|(?:co-)?founder of)\s$/;

/** The first words after the name (and its possessive) that COMPANY_AFTER reads; the words COMPANY_BEFORE ends on, before its final white space. */
const COMPANY_AFTER_WORDS: ReadonlySet<string> = new Set('CEO chief CFO shareholders stockholders subsidiary subsidiaries market shares stock'.split(' '));
const COMPANY_BEFORE_ENDS: ReadonlySet<string> = new Set('of in acquired acquire acquires acquiring with like as including at for'.split(' '));

/** A capitalised word right before: the one-word name is the end of a longer one ("Home Depot"). */
const CAPITAL_BEFORE = /\p{Lu}[\p{L}.'\u2019-]*\s$/u;

/** A firm's context around a one-word name that is no part of a longer one. */
export function companyContext(text: string, span: Span): boolean {
  // (The firm's context first: most names have none, and the capital before is then never asked.)
  if (!COMPANY_AFTER_WORDS.has(wordAfter(text, span.end, true)) || !COMPANY_AFTER.test(text.slice(span.end, span.end + 32))) {
    // (Nor a name that owns a capitalised word after the context before it: "my tenure at Runner's World" names the magazine.)
    const from = Math.max(0, span.start - 32); // (COMPANY_BEFORE only after a word it ends on)
    if (
      !COMPANY_BEFORE_ENDS.has(wordRunBeforeSpace(text, from, span.start)) ||
      !COMPANY_BEFORE.test(text.slice(from, span.start)) ||
      OWNS_CAPITAL.test(text.slice(span.end, span.end + 5))
    )
      return false;
  }
  return !CAPITAL_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start));
}
const OWNS_CAPITAL = /^['\u2019]s\s+\p{Lu}/u;

/** A kind of place and "of" right before a name ("the city of Tyre", "the district of Fontvieille"; not "the port of" a game). */
const PLACE_OF =
  /\b(?:city|town|village|district|province|region|county|island|municipality|suburb|commune|borough|prefecture|oblast|emirate|governorate|pass|valley|river|kingdom) of\s$/i;
/**
 * What only a place has, and "of" (lower case: "the kings of Gezer", "the mayor of Lviv", "north of
 * Kherson", "the people of Macedon", "the outskirts of Homs"). A ruler of a people or a land, a town's
 * officer, its inhabitants, its quarters and the compass: not "part of", "head of", "fall of", which a
 * firm or a person has as well, nor "invasion of", "conquest of", which a people suffers as often.
 */
const HOLDER_OF =
  /\b(?:kings?|queens?|emperors?|empress|sultans?|emirs?|khans?|shahs?|pharaohs?|tsars?|rulers?|mayors?|governors?|inhabitants|residents|citizens|populations?|peoples?|outskirts|suburbs|environs|streets|regions|north|south|east|west|northeast|northwest|southeast|southwest|siege) of\s$/;
/** A people's or an adjective's word, or a name that goes on ("the streets of Georgian London", "the kings of Elves"). */
const NOT_A_PLACE_AFTER = /^\p{L}*(?:ian|ean|ese|ish|ans|ists|ites|ves|ers)\b|^[\p{L}'\u2019-]+\s\p{Lu}/u;
export const placeOf = (text: string, start: number): boolean => {
  const before = text.slice(Math.max(0, start - 20), start);
  return PLACE_OF.test(before) || (HOLDER_OF.test(before) && !NOT_A_PLACE_AFTER.test(text.slice(start, start + 40)));
};

/**
 * A verb of conquest right before a name: what armies conquer, invade, annex, besiege, sack or occupy is
 * a land or a town ("conquered Thrace", "besieged Kadesh"); not "captured", "seized" (people and
 * ships are captured too), nor "acquired" (a firm's).
 */
const CONQUERED =
  /\b(?:conquered|conquering|conquer|invaded|invading|invade|annexed|annexing|annex|besieged|besieging|besiege|sacked|sacking|occupied|occupying|colonized|colonised|colonizing|colonising)\s$/;
/**
 * A noun of an armed operation and its preposition right before a name: what is assaulted, shelled or bombed in a war is a
 * town or a land ("the US assault on Fallujah", "the shelling of Kherson", "an offensive against Mariupol"). Lower case
 * only (not a heading's "Assault On Democracy"); not "attack on", "raid on", "strikes on", which a person or a firm suffers
 * as often ("an attack on Smith", "a raid on Acme").
 */
const ASSAULTED =
  /\b(?:assaults?|offensives?|counteroffensive|counter-offensive|shelling|bombardment|bombing|airstrikes|air strikes|siege|encirclement|blockade) (?:on|of|against)\s$/;
/**
 * A side of the compass, "of the" and a name, or "the river" and a name, in lower case ("the territory south of the Danevirke",
 * "secured at the river Nestus"): what lies north of something, or is called a river, is a place. ("of the" only after a compass
 * word: "the kings of the Franks", "the head of the Alliance" are a people's and a body's.)
 */
const COMPASS_OF_THE =
  /\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west) of the\s$|\bthe rivers? $/;
export const compassOfThe = (text: string, start: number): boolean => COMPASS_OF_THE.test(text.slice(Math.max(0, start - 20), start));

export const conqueredBefore = (text: string, start: number): boolean =>
  CONQUERED.test(text.slice(Math.max(0, start - 14), start)) || ASSAULTED.test(text.slice(Math.max(0, start - 28), start));

/**
 * The same nouns of an armed operation in lower case after a one-word name, "the" or "this" before it ("the Fallujah fighting",
 * "the Mosul offensive", "this Kherson siege"): the town or land fought over. Not "campaign", "operation", "attack", which a
 * candidate, a firm or a group has as well ("the Obama campaign", "the Hamas attack"); not a people's adjective ("the Russian offensive").
 */
const ASSAULTED_AFTER =
  /^ (?:fighting|assault|offensive|counteroffensive|counter-offensive|siege|shelling|bombardment|bombing|airstrikes|massacre|blockade|encirclement)(?![\p{L}\p{N}-])/u;
const THE_THIS_BEFORE = /\b(?:the|this|that)\s$/i;
export const assaultedAfter = (text: string, start: number, end: number, low: string): boolean =>
  ASSAULTED_AFTER.test(text.slice(end, end + 20)) &&
  THE_THIS_BEFORE.test(text.slice(Math.max(0, start - 6), start)) &&
  !/(?:ian|ean|ese|ish|ic|an)$/.test(low) &&
  !CREEDS_AND_PEOPLES.has(low);

/** The lower-case word after a name and its end (a module constant: a \p literal in a function is rebuilt per call under tsx). */
const LOWER_WORD_AFTER = /^ (\p{Ll}+)(?![\p{L}'\u2019-])/u;
/**
 * A kind of place in lower case right after the name ("Doda district", "Helmand province", "the Tampa area"): English names a
 * place so, never a person or a firm. Not after a faith's or a people's name ("the Arab district", "a Druze village"). `low`:
 * the name in lower case.
 */
export function placeKindAfter(text: string, end: number, low: string): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  const m = LOWER_WORD_AFTER.exec(text.slice(end, end + 16));
  return !!m && PLACE_KINDS_AFTER.has(m[1]!) && !CREEDS_AND_PEOPLES.has(low);
}
