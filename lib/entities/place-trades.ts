import type { Span } from '../types';
import type { LexiconSets } from './lexicon-sets';
import { opensSentence } from './name-words';
import { townEvent } from './place-events';
import { firmSite, heldThere, makerAfter } from './firm-sites';

/**
 * One of a place's people by their trade, or one of its courts, hospitals, estates and firms, named right after the place's
 * one-word name: "a Herefordshire farmer", "the Fife bus driver", "Wellington lawyer Grant Nelson", "a Seoul district court",
 * "the Lisbon courthouse", "a Leeds hospital site", "a Cumbria estate", "A Nottingham lace firm". News names local people by
 * trade and place this way; no club fields a farmer or a bus driver, no brand has a courthouse.
 *
 * Kept out, as place-sites.ts keeps them out: what a club or a firm named like a place has (players and staff: "a Leeds striker", "a
 * Santander banker", "a Halifax adviser"; a bare "dealer", "agent" or "driver", a car maker's or a team's: "a Mercedes driver"), and a
 * family's estate, which English names after a peer's title ("the Northumberland estate"): an estate, a site, a firm only as one of many,
 * after "a" or a possessive. A person by trade after "the" or "a", or as a false title before a capitalised name ("Wellington lawyer
 * Grant Nelson"), or in the plural inside a sentence ("said Kent farmers"; at its start the plural has been a fixed term's, "Hackney carriage
 * drivers"): the trade word is then a noun, not a verb ("Texas judges the case" has no such shape).
 * (Asked only where every candidate is a place, or a country outside a heading: place-sites.ts siteAfter.)
 */
const TRADES = [
  'farmers?|crofters?|shepherds?|beekeepers?|gardeners?|growers?|ranchers?',
  'lawyers?|solicitors?|barristers?|attorneys?|magistrates?|coroners?|notar(?:y|ies)|stenographers?|transcribers?|interpreters?',
  'doctors?|GPs?|surgeons?|dentists?|vets?|midwi(?:fe|ves)|pharmacists?|opticians?|paramedics?|firefighters?|police\\sofficers?|detectives?',
  'teachers?|headteachers?|headmaster|headmistress|vicars?|priests?|rabbis?|imams?|pastors?|undertakers?',
  'plumbers?|builders?|electricians?|joiners?|carpenters?|roofers?|bricklayers?|stonemasons?|masons?|farriers?|thatchers?',
  'bakers?|butchers?|grocers?|greengrocers?|publicans?|hoteliers?|restaurateurs?|chefs?|hairdressers?|barbers?|tailors?|cobblers?|jewell?ers?|florists?',
  'artists?|painters?|sculptors?|potters?|weavers?|photographers?|poets?|novelists?|architects?|accountants?|auctioneers?|estate\\sagents?',
  'councillors?|councilors?|councilm[ae]n|lawmakers?|legislators?|senators?|state\\ssenators?',
  '(?:bus|taxi|cab|lorry|truck|tram|train|van|delivery|ambulance|coach|carriage|rickshaw|auto-rickshaw|tuk-tuk)\\sdrivers?|cabbies|cabby|cabbie',
  // Street trades ("Istanbul shoe shiner Mehmet Yılmaz", "a Glasgow window cleaner").
  'shoe\\s?shiners?|shoeshiners?|window\\scleaners?|street\\s(?:sweepers?|vendors?|hawkers?|traders?)|rickshaw\\spullers?|gondoliers?|boatm[ae]n',
  // Compounds of a craft or a trade ("cabinetmaker", "blacksmith", "fishmonger", "shipwright", "oysterman", "meatpacker"); not a club's
  // or a firm's man ("playmaker", "chairman", "spokesman", "batsman").
  '(?:cabinet|shoe|boot|watch|clock|dress|hat|cheese|wine|glass|tool|film|furniture|instrument|violin|guitar|piano|sail|rope|basket)makers?',
  '(?:black|gold|silver|lock|gun|copper|tin|white)smiths?|(?:fish|iron|cheese)mongers?|(?:ship|wheel|cart|play)wrights?|meatpackers?',
  '(?:oyster|fisher|lobster|oil|cattle|ferry|boat|bar|post|milk|dust|fire|police|crafts|trades|business|congress|assembly|council|alder)(?:man|men)',
  '(?:business|congress|assembly|council|police|fisher|crafts|trades)(?:woman|women)',
].join('|');
/** A trade word after the name, one lower-case word of its kind between at most ("a Fife bus driver", "a Lisbon criminal lawyer"). */
const TRADE_AFTER = new RegExp(`^\\s(?:[\\p{Ll}-]+\\s)?(?:${TRADES})\\b`, 'u');
/** A trade word right after the name, whatever stands before: a shouted headline drops the article (shouted-prose.ts: "AS KENT FARMER WINS"). */
export const tradeWordAfter = (after: string): boolean => TRADE_AFTER.test(after);
/** The same, the trade word in the plural ending its phrase is enough on its own ("Kent farmers", "Galway fishermen"). */
const PLURAL_AFTER = /s$|men$/u;
/** A capitalised name right after the trade: a false title ("Wellington lawyer Grant Nelson", "Bangkok tuk-tuk driver Somchai Thongdee"). */
const NAME_AFTER = /^\s\p{Lu}\p{Ll}+\s\p{Lu}/u;
/** Courts and courthouses, hospitals and prisons of a place, whatever the determiner ("the Lisbon courthouse", "a Seoul district court"). */
const INSTITUTION_AFTER =
  /^\s(?:(?:district|county|crown|magistrates['’]?|high|appeals?|family|juvenile|criminal|civil|city|municipal|provincial|regional|coroner['’]s)\s)?(?:courts?|courthouses?|courtrooms?)\b|^\s(?:hospital|hospitals|prison|prisons|jail|jails|crematorium|mortuary)\b/u;
/** Only one of many, after "a" or a possessive: an estate, a site, a yard, a firm of a trade ("a Cumbria estate", "a Leeds hospital site"). */
const ONE_OF_MANY_AFTER = /^\s(?:estates?|[\p{Ll}-]+\s(?:firms?|compan(?:y|ies))|(?:building|construction|demolition|hospital|housing|landfill)\ssites?)\b/u;
const A_BEFORE = /(?:^|[^\p{L}])(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our|[Oo]ne|[Aa]nother|\p{L}+['’]s)\s$/u;
/** A_BEFORE before the name: asked only where a trade or an estate follows it (the pattern is tried from every character of its slice). */
const aBefore = (text: string, s: Span): boolean => A_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start));
const THE_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he|[Tt]his|[Tt]hat)\s$/u;
const POSSESSIVE = /^['’]s\s/u;

const TRADE_WHY = 'one of a place’s people by their trade (“a Herefordshire farmer”, “Wellington lawyer Grant Nelson”)';
const everyday = (text: string, s: Span, L?: LexiconSets | null): boolean => !!L?.everyday.has(text.slice(s.start, s.end).toLowerCase());

/** One of the place's people by trade right after its name, after a determiner, as a false title, or in the plural inside a sentence. */
function byTrade(text: string, s: Span, after: string): boolean {
  const trade = TRADE_AFTER.exec(after);
  if (!trade) return false;
  const rest = after.slice(trade[0].length);
  return (
    aBefore(text, s) ||
    THE_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start)) ||
    NAME_AFTER.test(rest) ||
    (PLURAL_AFTER.test(trade[0]) && !/^['’-]/.test(rest) && !opensSentence(text, s.start))
  );
}

/**
 * A reason if a trade, a court or an estate of the place stands right after its name (see above); null otherwise. Not for a name that is
 * an everyday word ("Turkey farmers" farm turkeys; L.everyday, when the caller has the word lists). People by trade only for a place
 * (`people`), not a country: "Georgia oysterman Tom Hale" outside an American story would open the country's card, the US state no candidate.
 */
export function tradeAfter(text: string, s: Span, L?: LexiconSets | null, people = true): string | null {
  if (everyday(text, s, L)) return null;
  const after = text.slice(s.end, s.end + 60);
  if (people && byTrade(text, s, after)) return TRADE_WHY;
  // ("Fujian's white-tea growers", "Kent's farmers": its people by trade after its possessive, a place's as news writes them.)
  if (people && POSSESSIVE.test(after) && TRADE_AFTER.test(after.slice(2))) return TRADE_WHY;
  if (INSTITUTION_AFTER.test(after)) return 'a place’s own court or hospital (“the Lisbon courthouse”)';
  if (ONE_OF_MANY_AFTER.test(after) && aBefore(text, s)) return 'one of a place’s estates, sites or firms (“a Cumbria estate”)';
  return null;
}

/**
 * Evidence for a place whose one-word name a person, a club or an everyday word shares ("Virginia", "Birmingham", "Cologne"; decide.ts,
 * where only a preposition of place placed it): one of its people by trade, or its own show, airport or cathedral (place-events.ts, the
 * capitalised head after the name: "Cologne Cathedral"), a firm's site after its owner's possessive, a maker of it, a fair or a festival held
 * there or its piazza (firm-sites.ts). Not its courts, estates or other firms, nor any other venue: a person's or a club's name goes before those
 * as often ("the Jordan estate").
 */
export function weakPlaceSite(text: string, s: Span, L: LexiconSets | null): string | null {
  if (everyday(text, s, L)) return townEvent(text, s);
  if (byTrade(text, s, text.slice(s.end, s.end + 60))) return TRADE_WHY;
  // ("Canada Goose will shut its Milan store", "The Liverpool ink maker's range", "the Milan furniture fair": a firm's site after its owner's
  // possessive, a maker of the place, a fair held there; firm-sites.ts.)
  return firmSite(text, s) ?? makerAfter(text, s) ?? heldThere(text, s) ?? townEvent(text, s);
}
