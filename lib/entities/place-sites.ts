import type { Span } from '../types';
import { tradeAfter } from './place-trades';
import { firmSite } from './firm-sites';
import type { LexiconSets } from './lexicon-sets';
import { endsBeforeSpaces, spacesBefore } from './hit-view';

/**
 * What stands in a place, named right after the place's one-word name (lower case): "a Tokyo temple", "a Nairobi park", "outside a
 * Dallas shopping mall", "born in a Chicago jazz bar", "the Budapest bridge festival", "a Norfolk market town", "Macau casino revenue".
 * No person, club or firm has a park, a tower block, a fromagerie or a market town; a firm's or a family's own sites are left out (not a
 * store, a branch, a factory, a hotel or an estate: "a Nokia store", "a Santander branch", "the Marlborough estate"), and so is what a
 * club or a product carries a town's name for (not a fan, a striker, a derby, a release, a jacket or a cake: "a Leeds fan", "the Milan
 * derby", "a Jordan release", "a Madeira cake"). A bar or a club only with its kind ("a Chicago jazz bar"; not "a Dubai chocolate bar"); a show
 * and a fair only with theirs (a television series' as often: "the Fargo show"; "fair" an adjective as often: "is Sydney fair to …").
 * (Asked only of a name whose candidates are all places: placedHere.)
 */
const PLACE_SITE_AFTER = new RegExp(
  `^\\s(?:${[
    'basements?|apartments?|homes|households|piazza|temples?|mosques?|shipyards?|farmhouses?|office\\s(?:tower|block)s?|skyscrapers?|winters?|summers?|auctions?',
    '(?:science|book|art|antiques?|craft|furniture|textile|food|job|careers?|trade|toy|wine|cattle|livestock|county|tea|wool|fish)\\s(?:fairs?|auctions?)|(?:air|motor|boat|train|flower|fashion|trade|county|agricultural)\\sshows?',
    // (A season or a fair above; buildings, venues and streets below.)
    'parks|park(?!\\sand\\sride)|car\\sparks?|shopping\\s(?:malls?|cent(?:re|er)s?|arcades?|streets?|districts?)|malls?|tower\\sblocks?|(?:housing|council)\\sestates?',
    '(?:jazz|blues|wine|cocktail|noodle|tapas|sushi|karaoke|piano|rooftop|sports|gay|comedy|night|hotel)\\s(?:bars?|clubs?)|nightclubs?|pubs?|cafés?|cafes?|bistros?|brasseries?|trattorias?|delis?|fromageries?|boulangeries?|patisseries?|tearooms?|teahouses?',
    'casinos?|(?:(?:animal|bird|wildlife|donkey|parrot|monkey|elephant|nature)\\s)?sanctuar(?:y|ies)|alleys?|escape\\srooms?|soup\\skitchens?|food\\sbanks?|planetarium|aquarium|lido|beach|beaches|seafront|promenade|pier|squares?|plazas?|churche?s?|synagogues?|cemetery|gardens?|fields|field(?!\\shockey)|farms?|villages?|hamlets?|(?:market\\s)?towns?',
    "(?:(?:street|flea|night|christmas|farmers['’]?|food|fish|covered|produce|antiques?|flower)\\s)markets?|(?:\\p{Ll}+\\s)?(?:festivals?|biennials?|biennales?|triennials?|triennales?)|(?:(?:railway|train|bus|coach|tube|underground|metro|police|fire|radio|television|tv)\\s)?stations?",
    'by-elections?|mills|cotton\\smills?|steel\\sworks|steelworks|quarr(?:y|ies)|country\\shouses?|cottages?|opera\\shouse|concert\\shall|suburbs?|backstreets|rooftops',
  ].join('|')})\\b`,
  'u',
);
/**
 * A firm of a place, right after its name: "Montana Colors, the Barcelona manufacturer", "the Chicago hot-dog maker", "a Zurich
 * brokerage", "a London shipbroker" (one lower-case word of its trade between at most); its newspapers, "Montreal daily La Presse", "the
 * Lyon newspaper" ("daily" only before the paper's name: "Paris daily life" is none). No club or person is a manufacturer or a
 * brokerage; a firm named like a town is itself ("Santander") and is no place's candidate alone here.
 */
const PLACE_FIRM_AFTER =
  /^\s(?:[\p{Ll}-]+\s)?(?:maker|makers|manufacturer|manufacturers|brewer|brewers|brewery|distillery|winery|brokerage|shipbroker|shipowner|carmaker|start-?up|consultancy|law\sfirm|property\sdeveloper|newspapers?|tabloids?|broadsheets?|broadcasters?)\b|^\s(?:firm|company)\b(?!\sof\b)|^\s(?:daily|weekly)\s\p{Lu}/u;
/**
 * The place's possessive before what only a place has, its kind of site after a word or two of description: "Busan's Jagalchi market",
 * "Zurich's main station", "Lancashire's great cotton mills", "Manchester's Metrolink trams", its land and what stands on it ("Derbyshire's dry
 * stone walls", "Cornwall's narrow country lanes"; not a club's ground or a firm's branch).
 */
const POSSESSIVE_SITE_AFTER =
  /^['’]s\s(?:(?:\p{Ll}[\p{Ll}-]+|\p{Lu}\p{Ll}+)\s){1,3}(?:market|markets|station|stations|trams|pool|lido|mills|steel\sworks|steelworks|parks|park|beaches|harbou?r|docks|waterfront|old\stown|canals|squares|suburbs|neighbou?rhoods|streets|skyline|cathedral|airport|metro|subway|trams|town\shall|walls|villages|pubs|churches|lanes|hedgerows|moors|dales|fells|valleys|vineyards|orchards)\b/u;
/** A public building's or a venue's name after the place's possessive: "Nottingham's National Ice Centre", "Lyon's Grand Théâtre" (not a club's player: "Milan's Rafael Leão"). */
const POSSESSIVE_FACILITY_AFTER =
  /^['’]s\s(?:\p{Lu}[\p{L}-]+\s){1,3}(?:Centre|Center|Hall|Museum|Gallery|Theatre|Théâtre|Theater|Opera|Cathedral|Airport|Station|Market|Bridge|Zoo|Library)\b/u;
/**
 * The name as a clause's subject, and "its" own place's site later in the clause: "Barcelona will cap daily visits to its hilltop mosaic park",
 * "Athens is weighing a similar scheme for its Roman baths" (a club has a stadium and a museum, a firm branches: not these).
 */
const ITS_SITE_AFTER =
  /^\s(?:will|would|is|was|has|had|plans|wants|hopes|aims|says|said)\b[^.;!?\n]{0,70}?\bits\s(?:(?:\p{Ll}[\p{Ll}-]+|\p{Lu}\p{Ll}+)\s){0,3}(?:parks|park|beaches|streets|old\stown|canals|squares|suburbs|residents|neighbou?rhoods|skyline|waterfront|harbou?r|trams|baths|cathedral|city\scent(?:re|er))\b/u;

/**
 * One of a place's many restaurants, schools or depots, or one of its people, after a determiner that makes it one of many: "a Lisbon
 * tram depot", "a Brussels dog hotel", "his Toronto restaurant", "a Vienna pensioner", "the Essex grandmother", "a Dallas oilman"; what it
 * gave the world or keeps, "a Rotterdam invention", "a Glasgow institution", "a Naples speciality". A
 * venue only after "a" or a possessive ("the Havana restaurant" is as often the restaurant called so), a hotel only with its kind ("a
 * Hilton hotel" is the chain's); a local person after "the" too (no club or brand has pensioners or grandmothers).
 */
const ONE_OF_MANY_BEFORE = /(?:^|[^\p{L}])(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our|[Ww]hose|[Oo]ne|[Aa]nother)\s$/u;
const LOCAL_VENUE_AFTER =
  /^\s(?:[\p{Ll}-]+\s)?(?:restaurants?|eater(?:y|ies)|diners?|bakery|bakeries|bookshops?|bookstores?|schools?|depots?|warehouses?|flats?|workshops?|studios?|ateliers?|yards?)\b|^\s[\p{Ll}-]+\shotels?\b|^\s(?:invention|institution|speciality|specialty|tradition)\b/u;
const LOCAL_PERSON_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he|[Tt]his|[Tt]hat)\s$/u;
const LOCAL_PERSON_AFTER =
  /^\s(?:pensioners?|grandmothers?|grandfathers?|grandparents|housewife|schoolboys?|schoolgirls?|schoolchildren|teenagers?|\d{1,2}-year-olds?|oilman|businessman|businesswoman|restaurateurs?|shopkeepers?|landlords?|landlady|widow|widower|mum|dad|mother|father)\b/u;
/** One of a place's people right after its name, whatever stands before: a shouted headline drops the article (shouted-prose.ts: "BY NORFOLK WIDOW"). */
export const localPersonAfter = (after: string): boolean => LOCAL_PERSON_AFTER.test(after);
/** A place's venue or its person after a determiner of one of many (see ONE_OF_MANY_BEFORE). */
function oneOfMany(text: string, s: Span, after: string): boolean {
  const before = text.slice(Math.max(0, s.start - 10), s.start);
  if (ONE_OF_MANY_BEFORE.test(before)) return LOCAL_VENUE_AFTER.test(after) || LOCAL_PERSON_AFTER.test(after);
  return LOCAL_PERSON_BEFORE.test(before) && LOCAL_PERSON_AFTER.test(after);
}

/** A count before the name, and a tour's stops after it ("three Melbourne shows", "both Dublin gigs", "12 London dates"). */
const COUNTED_BEFORE = /(?:^|[^\p{L}\d])(?:two|three|four|five|six|seven|eight|nine|ten|both|\d{1,2})\s$/u;
const STOPS_AFTER = /^\s(?:shows|concerts|gigs|dates|performances)\b/;

/** Land that lies in a place: "the Dorset coast", "the Yorkshire moors" (not a country's: "the Guinea coast of West Africa" is a region named after it). */
const LAND_AFTER = /^\s(?:coast|coastline|countryside|moors)\b/u;

/**
 * How many characters of `after` (lower case, opening with the space after a place's name) name a site or land of the place (PLACE_SITE_AFTER,
 * LAND_AFTER: " farms", " village", " street festival"), or 0. (truecase.ts: a Title Case headline's "Across Norfolk Farms".)
 */
export const siteWordsLength = (after: string): number => (LAND_AFTER.exec(after) ?? PLACE_SITE_AFTER.exec(after))?.[0].length ?? 0;

/**
 * What stands in a place, or a firm of it, named right after the place's name: a reason, or null. For a country (land: false) no land, and
 * only in a sentence: a heading's capitalised words are a venue's own name ("Georgia Aquarium Opens …", read in lower case by truecase.ts).
 */
export function siteAfter(text: string, s: Span, land = true, L?: LexiconSets | null): string | null {
  const after = text.slice(s.end, s.end + 90);
  if (!land && !lineEndsSentence(text, s.end)) return null;
  if ((land && LAND_AFTER.test(after)) || PLACE_SITE_AFTER.test(after)) return 'a place’s own building, venue, land, season or fair';
  if (PLACE_FIRM_AFTER.test(after)) return 'a firm of a place (“the Barcelona manufacturer”)';
  if (oneOfMany(text, s, after)) return 'one of a place’s venues or people (“a Lisbon tram depot”, “a Vienna pensioner”)';
  // ("Taylor Swift's three Melbourne shows", "both Dublin concerts": a tour's stops, counted, are held in the place; a series is no count of shows.)
  if (COUNTED_BEFORE.test(text.slice(Math.max(0, s.start - 8), s.start)) && STOPS_AFTER.test(after))
    return 'a tour’s counted stops there (“three Melbourne shows”)';
  // ("its Milan store", "the family's Aberdeenshire golf resort": a firm's site there, its owner said before; firm-sites.ts.)
  const firm = firmSite(text, s);
  if (firm) return firm;
  // ("a Herefordshire farmer", "the Lisbon courthouse", "a Cumbria estate": its people by trade, its courts, its estates; place-trades.ts.)
  const trade = tradeAfter(text, s, L, land);
  if (trade) return trade;
  if (POSSESSIVE_SITE_AFTER.test(after) || POSSESSIVE_FACILITY_AFTER.test(after)) return 'a place’s own site after its possessive (“Busan’s Jagalchi market”)';
  if (ITS_SITE_AFTER.test(after)) return 'a place whose own park, streets or residents the clause names (“its hilltop park”)';
  return null;
}

/**
 * A kind of place, or what a place is known for, with "of" before the name: "the northern island of Hokkaido", "the trick-taking game of
 * Bavaria", "the national dish of Peru" (a game or a dish only with its kind: "the game of Chicago" is the bridge game called so).
 */
const KIND_OF_BEFORE =
  /\b(?<!\p{Lu}[\p{L}-]*\s)(?:(?:\p{Ll}[\p{Ll}-]+\s)?(?:island|islands|peninsula|archipelago|canton|parish|emirate|atoll|hometown|home\stown)|(?:national|traditional|regional|local|card|board|trick-taking|folk|signature|classic)\s(?:[\p{Ll}-]+\s)?(?:game|games|dish|dishes|dance|dances|drink|sport|cheese|cuisine|music|costume|craft))\sof\s$/u;
/**
 * How far something reaches, a direction or "away" between: "from as far away as Canada", "as far north as Ontario", "as far afield as Japan"
 * (not "as far as Jordan is concerned"); or bare "as far as" after "from" or a verb of going or spreading ("entrants from as far as France",
 * "travelled as far as Chile", "spread as far as Texas"), which the idiom never follows.
 */
const REACH_BEFORE =
  /\b(?:as\s+far\s+(?:away|afield|north|south|east|west|inland|upriver|upstream|downstream)|(?:from|travell?(?:ed|ing)?|came|come|coming|sailed|flew|ventured|journeyed|reach(?:ed|es|ing)?|stretch(?:ed|es|ing)?|extend(?:ed|s|ing)?|spread(?:s|ing)?)\s+as\s+far)\s+as\s+$/;
// (Every match ends in "as" and white space: the pattern only there, hit-view.ts.)
export const reachBefore = (text: string, at: number): boolean => endsBeforeSpaces(text, at, 'as') && REACH_BEFORE.test(text.slice(Math.max(0, at - 40), at));
/**
 * What is in the air over a place, or flies over it: "the skies over Athens", "a drone display over Abuja", "a cabin stalls high above
 * Tbilisi", "flew low over Kyiv" (not a bare "over", which is a choice's or a dispute's: "chose him over Sydney", "a row over Jordan").
 */
const OVERHEAD_BEFORE =
  /\b(?:sk(?:y|ies)|high|low|fl(?:y|ies|ew|ying|own)|flights?|flypasts?|hover(?:s|ed|ing)?|drift(?:s|ed|ing)?|displays?|fireworks|soar(?:s|ed|ing)?|circl(?:es|ed|ing)|glid(?:es|ed|ing)|rainbows?|smoke|haze|smog|clouds?|ash)\s+(?:over|above)\s+$/i;
export const overheadBefore = (text: string, at: number): boolean => {
  const e = spacesBefore(text, at); // (every match ends in "over" or "above" and white space: the pattern only there)
  const c = e > 0 ? text.charCodeAt(e - 1) | 32 : 0;
  return (c === 114 || c === 101) && OVERHEAD_BEFORE.test(text.slice(Math.max(0, at - 24), at));
};
export const kindOfBefore = (text: string, at: number): boolean => KIND_OF_BEFORE.test(text.slice(Math.max(0, at - 48), at));

/** The line the name stands on ends as a sentence does (a heading's does not). */
function lineEndsSentence(text: string, from: number): boolean {
  const nl = text.indexOf('\n', from);
  return SENTENCE_END.test(text.slice(Math.max(from, (nl < 0 ? text.length : nl) - 4), nl < 0 ? text.length : nl));
}
const SENTENCE_END = /[.!?]["”’)]?\s*$/u;
