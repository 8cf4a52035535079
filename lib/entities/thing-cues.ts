import type { Span } from '../types';
import { BRAND_GOODS } from '../text/kind-words';
import { sentenceRangeAround } from '../text/sentences';
import { exampleOfThings } from './thing-examples';
import { creatorOfQuotedWork } from './work-creator';
import { animalNamed } from './animal-names';
import { bandVerb } from './band-verbs';
import { playedByMachine } from './music-source';
import { datedVehicleMake } from './vehicle-make';

/**
 * Cues right around a place's name that make it something named after the place: a performer (a band's or a singer's kind
 * before it, a genre's "group", a list of bands, a stage name after "performs as"), a pet after its kind and a comma, a title's
 * own exclamation mark with the sentence running on, an aged drink ("a 20-year-old Madeira"), a colour ("Bordeaux red and blue"),
 * a list under a label of a kind of thing ("nebulae: North America, …"), a song's title before its artist ("danced to Africa by Toto"),
 * a prize ("the America's Cup", "the Stirling Prize"), a contest's title ("crowned Britain's Strongest Man"), a coin ("the Washington
 * quarter"), an aircraft ("a Stirling bomber"), a venue in another town ("the Paris casino in Las Vegas, Nevada"), an example of a
 * kind of things ("Iceland and other discount chains"). Read by named-after.ts, which
 * gives such a name no card and no place. Each check is a test of the word before (`prev`) first, a short pattern only then.
 */

/** Nouns of groups of performers, right before a name ("the band Texas", "Swedish rockers Europe", "the rock bands Chicago"). */
const PERFORMERS: ReadonlySet<string> = new Set(['band', 'bands', 'rockers', 'rappers', 'rapper', 'singer', 'duo', 'trio', 'quartet', 'quintet']);
/** "the country group Alabama": "group" after a genre of music ("the group Hamas" is none). */
const GENRE_GROUP = /\b(?:country|rock|pop|folk|punk|metal|indie|boy|girl|vocal|rap|soul|jazz|gospel)\sgroup\s$/;
/** "the rock bands Chicago and Texas": the list's last. */
const BANDS_AND_BEFORE = /\b(?:bands|duos|acts)\s\p{Lu}[\p{L}'’-]+\sand\s$/u;
/** "a 20-year-old Madeira poured by …": an aged drink (a person of that age is "a 20-year-old from Madeira"). */
const AGED_BEFORE = /\b(?:a|an)\s\d{1,3}-year-old\s$/;
/** "the singer-songwriter who performs as Bahamas": a stage name. */
const STAGE_NAME_BEFORE = /\b(?:performs|performing|performed|records|recording|recorded|raps|rapping|sings|singing|goes\s+by|going\s+by)\s+as\s$/;
/**
 * "who performs under the name Tusk", "writing under the pseudonym Merkel", "trades under the name Kenya": a name somebody took, no
 * place's nor the namesake person's (of any hit, people's too: named-after.ts asks it).
 */
const UNDER_NAME_BEFORE =
  /\bunder\s+the\s+(?:(?:stage|pen|ring|trading|brand|professional|assumed|false)\s+)?(?:name|pseudonym|alias|moniker|nom\s+de\s+plume)\s+(?:of\s+)?$/;
const UNDER_NAME_PREVS: ReadonlySet<string> = new Set(['name', 'pseudonym', 'alias', 'moniker', 'plume', 'of']);
/** A stage name, a pen name or a trading name given right before the name (STAGE_NAME_BEFORE, UNDER_NAME_BEFORE). */
export const stageName = (text: string, span: Span, prev: string | null | undefined): boolean =>
  (prev === 'as' && STAGE_NAME_BEFORE.test(before(text, span, 24))) || (!!prev && UNDER_NAME_PREVS.has(prev) && UNDER_NAME_BEFORE.test(before(text, span, 60)));
/** "a production of Oklahoma! was halted": the title's own exclamation mark, the sentence going on in lower case. */
const TITLE_BANG = /^!\s+\p{Ll}/u;
/**
 * "Wide-field nebulae: North America, Heart & Soul, Rosette": a list under a label of a kind of thing whose members are often
 * named after places (the first member or a later one, in the label's line).
 */
const THING_LABEL_BEFORE =
  /\b(?:nebulae|nebulas|galaxies|constellations|cultivars|racehorses|typefaces|hurricanes|typhoons|cyclones)\s*:\s+(?:[^\n:;.!?]{0,80}?,\s+)?$/i;
/**
 * "a celebrated store on Houston, Joel Russ …": a city's name right after "on" and a shop's or a building's noun is its street's
 * (New York's Houston Street, Madison Avenue): a city lies "in" a place, a shop "on" a street. Only where the name ends its
 * phrase (not "a shop on Houston's east side").
 */
const PREMISES_ON_BEFORE =
  /\b(?:store|shop|storefront|restaurant|bar|caf[eé]|bakery|deli|boutique|gallery|building|apartment|brownstone|townhouse|office|bodega|diner|pizzeria)s?\s+(?:[\p{Ll}-]+\s+){0,2}on\s$/u;
/** A street's word of another language before the name: "calle Florida", "rue de Paris" aside, "avenida Brasil", "Jalan Ampang" — the street. */
const STREET_WORDS: ReadonlySet<string> = new Set(['calle', 'rue', 'rua', 'avenida', 'viale', 'jalan', 'ulitsa', 'strada', 'calea', 'carrera']);
const PHRASE_END_AFTER = /^(?:[,.;:)]|\s+(?:and|between|near|in)\s)/;

/**
 * "Fischer skis", "Steinway pianos": a maker's goods after its surname (BRAND_GOODS), not the dataset's person of it. Only where
 * what follows ends the noun phrase (punctuation, "and", "or", a plural verb, "sold", "made"): a word that is a verb too reads as
 * one before an object or an adverb ("Merz skis every winter", "Fischer rifles through the drawer").
 */
const GOODS_AFTER = new RegExp(
  `^\\s(?:${BRAND_GOODS.join('|')})(?=\\s*[,.;:)!?]|\\s+(?:and|or|were|are|have|had|remain|remained|sold|made|built|that|which)\\b)`,
);
/**
 * "a free dance to Africa by Toto", "a cover of Chicago by Sufjan Stevens", "sang Havana by Camila Cabello": a song's title, its
 * artist's name after "by", right after words a song takes ("danced to", "a cover of", "sang"); not a journey's ("flew to Rome by
 * Alitalia") nor a place's preposition ("recorded in Paris by Daft Punk" was in Paris), nor before a day or a month.
 */
const SONG_PREVS: ReadonlySet<string> = new Set(['to', 'of', 'played', 'plays', 'playing', 'sang', 'sings', 'singing', 'covered', 'covers', 'performed']);
const SONG_BEFORE =
  /(?:\b(?:danced?|dancing|skated?|skating|routine|programme|program|listen(?:ed|ing)?|swayed)\s+to|\b(?:cover|version|rendition|remix|recording)\s+of|\b(?:played|plays|playing|sang|sings|singing|covered|covers|performed))\s+$/;
const BY_ARTIST_AFTER =
  /^\s+by\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u;
/**
 * "the Conte family", "the Meloni brothers", "the Sunak twins", "the Obama brothers-in-law": a family of the surname, or kin named
 * together by it in the plural, not the dataset's person of it (a person of a one-word name only: "my Texas cousins" are Texas's).
 */
const FAMILY_AFTER = /^\s(?:family|families|clan|dynasty|brothers|sisters|twins|cousins|siblings|sons|daughters)\b/;
/** "in Bordeaux red and duck-egg blue", "a kit of Chelsea blue.": a colour named after a place, the phrase ending with it. */
const COLOUR_AFTER = /^\s(?:red|blue|green|yellow|white|black|pink|purple|grey|gray|brown|orange|gold)(?=\s+(?:and|or|with)\b|\s*[,.;:)])/;

/** "Texas's 1989 hit", "Europe's debut album", "Alabama's reunion tour": a band's record of a year or a debut, or its reunion's tour, after the name's possessive. */
const RECORD_AFTER = /^['’]s?\s(?:(?:\d{4}|debut|comeback)\s(?:hit|single|album|LP|record)|(?:reunion|farewell|comeback)\s(?:tour|gigs?|concerts?))\b/;
/**
 * "Britain's Strongest Man", "America's Got Talent", "Britain's Next Top Model": a contest's or a show's title of a format run in many
 * countries under each one's name (not a ranking: "crowned Britain's friendliest cat" is the country's).
 */
const CONTEST_AFTER = /^['’]s\s+(?:strongest\s+(?:man|woman|men|women)|got\s+talent|next\s+top\s+model)\b/i;
/** "the Washington quarter", "a Lincoln penny": a coin, in a sentence of coins (not "the Jewish quarter", nor "the Paris quarter" of a city). */
const COIN_AFTER = /^\s(?:quarters?|half-dollars?|dimes?|nickels?|pennies|penny|cents?)\b/;
const COIN_TALK = /\b(?:coins?|half-dollars?|numismatists?|numismatic|mint|minted|mintage)\b/i;
/** "a Stirling bomber", "a Sunderland flying boat": an aircraft's type after an indefinite article (not "the Boston bomber", a person). */
const AIRCRAFT_AFTER = /^\s(?:bombers?|flying\sboats?|fighter-bombers?|seaplanes?)\b/;
/**
 * "the Paris casino in Las Vegas, Nevada", "the Havana restaurant in Leeds, England": a venue named after a place, standing in a town
 * named with its state or country (its own town's name would say where it is; a neighbourhood has no such address).
 */
const VENUE_ELSEWHERE_AFTER =
  /^\s(?:casino|hotel|hotel\sand\scasino|restaurant|nightclub|theatre|theater|bar|pub|steakhouse)\s+(?:in|on)\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2},\s+\p{Lu}/u;

/**
 * A prize's capitalised head right after the name's possessive ("America's Cup"), or an award's right after the name ("the
 * Stirling Prize for …", "the Kyoto Prize."): the prize's name. Not before another capitalised word, as a title-case headline
 * runs on ("Kenya Award Ceremony Postponed"), nor "Awards" or "Lectures", its verbs ("India Awards Contract to …").
 */
const PRIZE_AFTER = /^(?:['’]s\s+(?:Cup|Trophy|Prize|Award|Shield|Plate|Bowl|Medal)\b|\s(?:Prize|Award|Lecture|Scholarship|Fellowship)\b(?![-'’]|\s+\p{Lu}))/u;

/**
 * "a life-size replica of the White House", "a scale model of Venice", "a Lego mock-up of Paris": a copy made of the place, not the
 * place (the sentence speaks of the copy: what it is made of, where it stands). Not a bare "model of" ("the Nordic model of Sweden"
 * is the country's own way) nor "copy of" (a newspaper's), nor the name's possessive ("a replica of Zurich's main station").
 */
const REPLICA_BEFORE = /\b(?:replicas?|scale\s+models?|(?:life|full)-size\s+models?|mock-ups?|miniatures?)\s+of\s+(?:the\s+)?$/;

const before = (text: string, span: Span, n: number): string => text.slice(Math.max(0, span.start - n), span.start);

/** The place's name is a performer's, a pet's, a title's or a drink's by a cue around it (see the module's comment). */
export function thingCue(text: string, span: Span, prev: string | null | undefined): boolean {
  if (prev && (PERFORMERS.has(prev) || (prev === 'group' && GENRE_GROUP.test(before(text, span, 20))))) return true;
  if (stageName(text, span, prev)) return true;
  if (prev === 'and' && BANDS_AND_BEFORE.test(before(text, span, 40))) return true;
  if (prev === 'old' && AGED_BEFORE.test(before(text, span, 20))) return true;
  if (text.charCodeAt(span.end) === 33 && TITLE_BANG.test(text.slice(span.end, span.end + 4))) return true;
  if (text.charCodeAt(span.end) === 32 && COLOUR_AFTER.test(text.slice(span.end, span.end + 12))) return true;
  if (RECORD_AFTER.test(text.slice(span.end, span.end + 24)) || PRIZE_AFTER.test(text.slice(span.end, span.end + 24))) return true;
  if (CONTEST_AFTER.test(text.slice(span.end, span.end + 24))) return true;
  // ("Kansas Reunite for Farewell Tour": a band's verb, band-verbs.ts.)
  if (bandVerb(text, span)) return true;
  if ((prev === 'a' || prev === 'an') && AIRCRAFT_AFTER.test(text.slice(span.end, span.end + 20))) return true;
  if (prev === 'the' && VENUE_ELSEWHERE_AFTER.test(text.slice(span.end, span.end + 80))) return true;
  if (COIN_AFTER.test(text.slice(span.end, span.end + 14)) && COIN_TALK.test(text.slice(...sentenceRangeAround(text, span.start, span.end, 200)))) return true;
  // ("sold at Iceland and other discount chains", "bands such as Chicago": an example of a kind of things, thing-examples.ts.)
  if (exampleOfThings(text, span)) return true;
  // ("plays “Dust in the Wind” by Kansas": a quoted title's author or band, work-creator.ts.)
  if ((prev === 'by' || prev === 'the') && creatorOfQuotedWork(text, span)) return true;
  // (Not a possessive: "a replica of Zurich's main station" is a copy of the station, in Zurich.)
  const q = text.charCodeAt(span.end);
  if ((prev === 'of' || prev === 'the') && q !== 39 && q !== 0x2019 && REPLICA_BEFORE.test(before(text, span, 40))) return true;
  // ("a 1970s Bedford lorry": a make between a year and a vehicle's noun, vehicle-make.ts.)
  if (datedVehicleMake(text, span)) return true;
  // ("The jukebox still plays Alabama, Kansas and Chicago": bands a music machine plays, music-source.ts.)
  if (playedByMachine(text, span, prev)) return true;
  if (prev && SONG_PREVS.has(prev) && BY_ARTIST_AFTER.test(text.slice(span.end, span.end + 16)) && SONG_BEFORE.test(before(text, span, 24))) return true;
  // ("his late dog, Bern", "Harris Hawk, Madeira," in a headline, "his collie, named Houston,": an animal's name, animal-names.ts.)
  if (animalNamed(text, span, prev)) return true;
  if (prev && STREET_WORDS.has(prev)) return true;
  // (Only where a colon stands within the label's reach: most names have none before them.)
  const label = before(text, span, 120);
  return label.includes(':') && THING_LABEL_BEFORE.test(label);
}

/** A city's name after a shop's noun and "on", ending its phrase: its street (PREMISES_ON_BEFORE). Asked of cities only. */
export const premisesOn = (text: string, span: Span, prev: string | null | undefined): boolean =>
  prev === 'on' && PHRASE_END_AFTER.test(text.slice(span.end, span.end + 10)) && PREMISES_ON_BEFORE.test(before(text, span, 60));

/** "the Conte family", "the Kennedy clan". */
export const familyAfter = (text: string, span: Span): boolean => FAMILY_AFTER.test(text.slice(span.end, span.end + 10));

/** "Fischer skis", "Burton snowboards": a surname before a maker's goods in the plural (GOODS_AFTER). */
export const goodsAfter = (text: string, span: Span): boolean => GOODS_AFTER.test(text.slice(span.end, span.end + 24));
