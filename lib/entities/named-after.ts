/**
 * Things English names after a place or a person, whose name is then no mention of either: a drink or a food
 * served from a container ("a glass of Bordeaux"), a club in a match ("beat Lyon 3-1", "Leeds are unbeaten"),
 * a vessel ("HMS Prince of Wales", "the carrier Shandong") and a building ("the Emmanuel Macron Bridge").
 * Each check reads a few characters around one dataset hit (index.ts runHits), never the whole text.
 */
import type { DatasetEntity, EntityResult, Span } from '../types';
import { ANIMAL_KINDS, APPOSITIVE_THING_KINDS, BUILT_HEADS, CLUB_PLAYERS, CLUB_STAFF, DRINK_VERBS, PRODUCT_CONTAINERS, VESSEL_KINDS } from '../text/kind-words';
import { WORK_KINDS } from '../text/words';
import { MATCH_VERBS } from '../text/result-verbs';
import { FACILITY_HEADS, PLACE_PREPOSITIONS } from '../text/words';
import { opensSentence, wordBefore } from './name-words';
import { vesselNamed, writtenWithThe } from './vessel-names';
import { isPlaceRecord } from './record-reads';
import { firmLeadStart, placeTerm } from './place-terms';
import { bandBilled, kitAfter, namedBy, NAMED_BY_ENDS, namedThroughThe } from './named-by';
import { placeGoods } from './place-goods';
import { NATIONAL_SIDES } from './national-sides';
import { endsWorkTitle } from './work-title';
import { creatorBeforeQuotedWork } from './work-creator';
import { inPlaceIdiom } from './place-idioms';
import { gameTerritory } from './game-maps';
import { afterRoyal } from './royal-names';
import { spellingAlphabet } from './spelling-alphabet';
import { ampersandFirm } from './ampersand-firms';
import { venuesNamedAfterPlaces } from './venue-namesake';
import { builtEntity, spansByName } from './built-entity';
import { familyAfter, goodsAfter, premisesOn, stageName, thingCue } from './thing-cues';
import { animalGivenName } from './animal-names';
import { openedTitle, quotedTitle, thingAppositive, thingPredicate, workAfterVerb } from './thing-appositive';

/** "a glass of ", "a few drops of ": what is poured or served from a container is the product, not its place. */
const CONTAINER_BEFORE = new RegExp(`\\b(?:${PRODUCT_CONTAINERS.join('|')})(?:e?s)?\\s+of\\s+$`, 'i');

/** "sipped Champagne", "uncorked a Bordeaux": what is drunk is the drink. */
const DRINKS: ReadonlySet<string> = new Set(DRINK_VERBS);
const DRINK_BEFORE = new RegExp(`\\b(?:${DRINK_VERBS.join('|')})\\s+(?:an?|the|some|his|her|their|a\\s+(?:19|20)\\d\\d)\\s+$`, 'i');
/**
 * "the Prince of Wales", "the Princess of Asturias": an heir's title names a territory within the realm (a place, not a
 * country), which it does not rule; "the Prince of Monaco" rules his country, and keeps it.
 */
const HEIR_BEFORE = /\b(?:Prince|Princess)\s+of\s+$/;

/** A match's score ("3-1", "2–0"), not a range of years, minutes or per cent ("2010-15", "20-30 km"). */
const SCORE = String.raw`(?<![\d.,])\d{1,2}\s?[-–]\s?\d{1,2}(?!\d|[.,]\d|\s?(?:%|per|km|kilomet|mi\b|miles|min|hours|years|days|degrees|°|months|weeks|seats|votes))`;
/** Verbs of a match ("beat", "drew with", "lost to"), between a team and the score. */
/** Before the name: the score and what it was over ("lost 3-1 to Sevilla", "a 2-0 win over Lyon", "drew 1-1 with Lazio"). */
const SCORE_BEFORE = new RegExp(
  `${SCORE}\\s+(?:(?:home|away)\\s+)?(?:(?:win|victory|defeat|loss|draw|drubbing|thrashing|rout)\\s+)?(?:over|against|to|by|with)\\s+$`,
  'u',
);
/** The words SCORE_BEFORE ends on: only after one of them is it tried. */
const SCORE_BEFORE_WORDS: ReadonlySet<string> = new Set(['over', 'against', 'to', 'by', 'with']);
/**
 * Right after a place's name, what makes it a club (one sticky pattern, tried at the name's end): its score ("Lyon 2-0"),
 * or a match verb and the score ("Lyon beat Nantes 3-1"); its players ("Lyon striker", "Leeds' goalkeeper"), its staff
 * after its possessive ("Lyon's coach"); what a club does ("won at home", "signed the Senegalese striker").
 */
const CLUB_AFTER = new RegExp(
  [
    // ("Monaco came from behind to beat Lyon 3-2", "came from two goals down to beat": a comeback's words before the match verb.)
    `,?\\s+(?:(?:came\\s+from\\s+(?:behind|(?:[\\p{L}\\d-]+\\s+){1,3}down)|fought\\s+back|rallied|went\\s+on)\\s+to\\s+)?(?:(?:${MATCH_VERBS})\\s+(?:[\\p{L}.'’-]+\\s+){0,3})?${SCORE}`,
    `(?:['’]s?)?\\s+(?:${CLUB_PLAYERS.join('|')})\\b`,
    // ("Barcelona soccer player Gerard Pique", "the Leeds rugby league side": a sport's word makes the place its club.)
    `\\s+(?:soccer|football|rugby|basketball|baseball|hockey|cricket|volleyball|handball|netball)\\s+(?:player|players|star|stars|legend|coach|captain|club|team|side|squad)\\b`,
    // ("bowled Kent out for 142", "Surrey were all out for 210": an innings' total is a side's.)
    `\\s+(?:(?:were|was)\\s+)?(?:all\\s+)?out\\s+for\\s+\\d`,
    // ("The Astana team's sprinter": a city's team with its member after it.)
    `\\s+team['’]s?\\s+(?:${CLUB_PLAYERS.join('|')}|riders?|sprinters?|drivers?|cyclists?)\\b`,
    // ("Astana's team leader", "Ferrari's team principal": a team's post after the possessive.)
    `['’]s\\s+team\\s+(?:leader|captain|manager|principal|boss|doctor|mates?)\\b`,
    `['’]s?\\s+(?:head\\s+)?(?:${CLUB_STAFF.join('|')})\\b`,
    // ("Texas coach Steve Sarkisian", "Leeds captain Ethan Ampadu": a club's or a college's post as a title before its holder's name;
    // not a manager or a boss, whom a firm's office has: "the London manager John Smith".)
    `\\s+(?:head\\s+coach|coach|captain)\\s+\\p{Lu}\\p{Ll}`,
    `\\s+(?:won|lost|drew)\\s+(?:${SCORE}\\s+)?(?:at\\s+home|away\\b|on\\s+the\\s+road)`,
    // ("returned to Georgetown as an assistant coach": a club's or a college's post after the name; not "as coach of Spain".)
    `\\s+as\\s+(?:an?\\s+|the\\s+|its\\s+|their\\s+)?(?:assistant\\s+|head\\s+|interim\\s+|caretaker\\s+)?(?:coach|manager)\\b(?!\\s+(?:of|for)\\b)`,
    `\\s+(?:have\\s+|has\\s+)?signed\\s+(?:(?:a|an|the)\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:${CLUB_PLAYERS.join('|')})\\b`,
  ].join('|'),
  'uy',
);
/**
 * A plural verb after a city's name opening a sentence ("Leeds are unbeaten", "Marseille have signed"): British English
 * agrees with the club, never with the city. Inside a sentence the verb is often another subject's ("health authorities
 * in Inner Mongolia have confirmed", "does New York have").
 */
const PLURAL_AFTER = /\s+(?:are|were|have|aren['’]t|weren['’]t|haven['’]t)\s/y;
/**
 * "the London side", "the Madrid outfit", "the Astana squad": sports writing's word for a city's team. Not a side of the place
 * ("the Texas side of the border", "on the Rafah side").
 */
const SIDE_AFTER = /\s+(?:side|outfit|squad)\b(?!\s+of\b)/y;
const ON_THE_BEFORE = /\b(?:on|from)\s+the\s+$/;
/** Countries that field no national football team, whose name in a match is a club's ("beat Monaco 3-1"). */
const CLUB_COUNTRIES: ReadonlySet<string> = new Set(['monaco']);

/** A building's or road's head after a person's name ("the Emmanuel Macron Bridge", "Charles de Gaulle airport", "… International Airport"). */
const BUILT_AFTER = new RegExp(`\\s+(?:(?:International|Memorial|Regional)\\s+)?(?:${[...BUILT_HEADS, ...FACILITY_HEADS].join('|')})\\b`, 'iy');

const AT_PREPOSITIONS: ReadonlySet<string> = new Set([...PLACE_PREPOSITIONS, 'to', 'from', 'across', 'throughout']);

const isPerson = (c: DatasetEntity): boolean => c.type === 'person';
const isCityRecord = (c: DatasetEntity): boolean => c.type === 'place' && c.facts.some((f) => f.label === 'Place' && /^City\b/.test(f.value));
/** "played ", "plays the " right before a name. */
const PLAYED_BEFORE = /\bpla(?:ys?|yed|ying)\s+(?:the\s+)?$/;
/** The words workAfterVerb's pattern ends on: only after one of them is it tried. */
const WORK_VERB_ENDS: ReadonlySet<string> = new Set('in the with sang sung sings singing performed performing performs played plays playing'.split(' '));

/** The n characters before the span. (A module function: a closure made per hit cost, under tsx's keepNames, a defineProperty per hit too.) */
const before = (text: string, span: Span, n: number): string => text.slice(Math.max(0, span.start - n), span.start);

/** Words of a river after its name (not "flood", which a country has too). */
const RIVER_WORDS = /^[^.!?]*\b(?:river|burst\s+its\s+banks|its\s+banks|delta|tributar(?:y|ies)|upstream|downstream|estuary)\b/i;

/** What a number names before these words: a route, a shirt, a seed, a pick. */
const NUMBERED_AFTER = /\s+(?:bus|buses|route|tram|train|shirt|jersey|seed|pick|spot|position)\b/y;
/** What thingPredicate's pattern can start with (asked first: most hits are followed by neither). */
const COPULA_HINT = /^\s(?:is|was|or|and|rem|bec)/;
/** The sticky pattern matches right at `at`. */
const stickyAt = (re: RegExp, text: string, at: number): boolean => {
  re.lastIndex = at;
  return re.test(text);
};

/**
 * What the hit, whose candidates are all places, people or both, names when it is called after one of them: a club
 * ("club"), a product or vessel ("thing"), a building or road ("built": the name finders read its longer name, "Brown
 * University"), or null (the place or person itself, as far as these checks read). The word before is read first,
 * and a pattern tried only where that word (or a ship's prefix) allows it: this runs on every dataset hit.
 */
export function namedAfter(text: string, span: Span, key: string, candidates: readonly DatasetEntity[]): 'club' | 'thing' | 'built' | null {
  const places = candidates.every(isPlaceRecord);
  // "Tehran, the spy thriller,", "Interpol, the New York band,": the sentence says what the name is (thing-appositive.ts),
  // whatever else it names. (Not after a preposition: "In Sudan, the film, which …" fronts an adverbial. Not a name that is
  // only people's: "'Amped' by Daniel H. Wilson, a gripping novel" describes the book, not its author.)
  const prev = wordBefore(text, span.start);
  // "the spy drama Tehran", "the racehorse Kentucky", "the repair ship Asean Explorer": a kind of thing in lower case right
  // before the name makes the name the thing's (an organisation's only after a vessel's kind: "the retailer X" is X).
  if (prev && THING_KINDS.has(prev) && kindBefore(text, span, prev, candidates)) return 'thing';
  const cue = text.charCodeAt(span.end) === 44 || prev === 'called' || prev === 'named';
  if (cue && !candidates.every(isPerson) && !(prev && AT_PREPOSITIONS.has(prev)) && thingAppositive(text, span)) return 'thing';
  if (!candidates.every(isPerson) && !(prev && AT_PREPOSITIONS.has(prev)) && COPULA_HINT.test(text.slice(span.end, span.end + 4)) && thingPredicate(text, span))
    return 'thing';
  if (!places && !candidates.every((c) => isPlaceRecord(c) || c.type === 'person')) return null;
  // "two grey geldings named Biden and Churchill", "named his mares Merkel and Macron": a name given to an animal (animal-names.ts);
  // "who performs under the name Tusk": a stage name (thing-cues.ts).
  if (animalGivenName(text, span, prev) || stageName(text, span, prev)) return 'thing';
  // "the carrier Hainan", "his yacht, Montserrat", "the Jiangsu carrier group" (vessel-names.ts).
  if (vesselNamed(text, span, prev, candidates)) return 'thing';
  // "The Niger burst its banks": a river that gave a country its name, with "the" and a river's words in the sentence.
  if (prev === 'the' && candidates.some((c) => c.type === 'country') && RIVER_WORDS.test(text.slice(span.end, span.end + 160))) return 'thing';
  // “Glasgow,” ‘Helsinki’: a title in quotation marks (thing-appositive.ts quotedTitle); a country quoted alone may be a scare quote.
  if (places && !candidates.some((c) => c.type === 'country') && quotedTitle(text, span)) return 'thing';
  if (places && openedTitle(text, span)) return 'thing';
  // "a first edition of Tintin in America", "A Passage to India remains a classic": a work's title in title case (work-title.ts).
  if (places && prev && endsWorkTitle(text, span, prev)) return 'thing';
  // "sent to Coventry", "when in Rome", "might as well be living in Timbuktu": an idiom's word (place-idioms.ts).
  if (places && inPlaceIdiom(text, span, key)) return 'thing';
  // "spawn points on Nepal and Samoa", "on the Risk board one player held Kamchatka": a game's territory (game-maps.ts).
  if (places && gameTerritory(text, span)) return 'thing';
  // "a vintage Royal Enfield motorcycle", "Royal Troon": a marque's or a club's name (royal-names.ts).
  if (places && afterRoyal(text, span)) return 'thing';
  // "call signs such as Lima, India and Golf": the spelling alphabet's code words (spelling-alphabet.ts).
  if (spellingAlphabet(text, span)) return 'thing';
  // "the No 10 bus", "the Number 10 tram", "his No 10 shirt": a number on a route, a shirt or a ranking, not the address ("No 10" for Downing Street).
  if (places && /^(?:no|number)\s\d+$/.test(key) && stickyAt(NUMBERED_AFTER, text, span.end)) return 'thing';
  // "the band Texas", "Swedish rockers Europe", "tour with Alabama" (named-by.ts), "performs as Bahamas", "his late dog, Bern", "the Stirling Prize",
  // "a production of Oklahoma! was halted" (thing-cues.ts): performers, pets, works and drinks named after the place (no card, no place).
  if (places && thingCue(text, span, prev)) return 'thing';
  // "a store on Houston, …": a street of a city's name (thing-cues.ts premisesOn; a country or an island is "on" as a place is).
  if (places && candidates.every(isCityRecord) && premisesOn(text, span, prev)) return 'built';
  // ("asked for Europe's 'The Final Countdown' to be played": a quoted work's maker in the possessive, work-creator.ts.)
  if (places && !candidates.some((c) => c.type === 'country') && (bandBilled(text, span, prev) || creatorBeforeQuotedWork(text, span))) return 'thing';
  // "starred in Chicago", "sang Havana": a work (thing-appositive.ts workAfterVerb).
  // ("Britain plays the Netherlands": a country played is its national side, which its card stands for.)
  const played = PLAYED_BEFORE.test(before(text, span, 16));
  if (
    prev &&
    WORK_VERB_ENDS.has(prev) &&
    candidates.some((c) => isPlaceRecord(c) && !(played && c.type === 'country')) &&
    workAfterVerb(text, span, !candidates.some((c) => c.type === 'country'))
  )
    return 'thing';
  // "a florist named Rosario": a name given to somebody or something is neither the place nor the person who shares it; the
  // name finders may still build the florist (so 'built', whose span stays free). Only where a place is among the candidates:
  // "the president named Mishustin prime minister" appoints the person.
  if (
    !places &&
    (prev === 'named' || prev === 'called' || prev === 'nicknamed') &&
    candidates.some(isPlaceRecord) &&
    namedBy(text, span, prev, false) === 'thing'
  )
    return 'built';
  // ("Air Jordan trainers": a firm's or a term's word also where a person shares the name.)
  // "the Conte family", "Fleetwood Mac's 'Tusk'": a family of the surname, a title in quotation marks, not the dataset's person.
  // ("Fischer skis", "Steinway pianos": a maker's goods after its surname, thing-cues.ts goodsAfter.)
  if (candidates.every(isPerson) && !/\s/.test(key) && (familyAfter(text, span) || quotedTitle(text, span) || goodsAfter(text, span))) return 'thing';
  const country = candidates.some((c) => c.type === 'country');
  if (!places)
    return candidates.every((c) => c.type === 'person')
      ? stickyAt(BUILT_AFTER, text, span.end)
        ? 'built'
        : null
      : placeTerm(text, span, prev ?? undefined, country)
        ? 'thing'
        : !country && kitAfter(text, span) // ("Liverpool shirts", a person of the name a candidate too)
          ? 'club'
          : null;
  if (
    prev === 'of' &&
    (CONTAINER_BEFORE.test(before(text, span, 32)) || (HEIR_BEFORE.test(before(text, span, 24)) && !candidates.some((c) => c.type === 'country')))
  )
    return 'thing';
  if (prev && (DRINKS.has(prev) || DRINK_BEFORE.test(before(text, span, 32)))) return 'thing';
  // "Stockholm syndrome", "beef Wellington", "India pale ale": a term coined after the place (place-terms.ts).
  if (placeTerm(text, span, prev ?? undefined, country)) return 'thing';
  // "an Airbus A321 named Jalisco", "the ancient kingdom of Macedonia"; a career's club, "300 appearances for Sunderland" (named-by.ts).
  const by = prev && NAMED_BY_ENDS.has(prev) ? namedBy(text, span, prev, country) : null;
  if (by === 'thing') return 'thing';
  // "a cocktail named the Casablanca", "wolfhounds named Clare and Offaly" (named-by.ts); "in red Morocco", "a dry Madeira" (place-goods.ts).
  if (namedThroughThe(text, span, prev, () => writtenWithThe(key, candidates))) return 'thing';
  if (placeGoods(text, span, key, prev)) return 'thing';
  // A national side is its country (UNER and our traps read "Jamaica beat Panama 2-1" so); a city's side is a club.
  if ((country && !CLUB_COUNTRIES.has(key)) || NATIONAL_SIDES.has(key)) return null;
  const club =
    by === 'club' ||
    kitAfter(text, span) ||
    stickyAt(CLUB_AFTER, text, span.end) ||
    (!!prev && SCORE_BEFORE_WORDS.has(prev) && SCORE_BEFORE.test(before(text, span, 48))) ||
    (stickyAt(PLURAL_AFTER, text, span.end) && opensSentence(text, span.start)) ||
    (prev === 'the' && stickyAt(SIDE_AFTER, text, span.end) && !ON_THE_BEFORE.test(before(text, span, 8)));
  return club ? 'club' : null;
}

/** Kinds of thing, in lower case, that stand before a thing's name (APPOSITIVE_THING_KINDS, vessels, works; not "flagship", a firm's word too). */
const THING_KINDS: ReadonlySet<string> = new Set([...APPOSITIVE_THING_KINDS, ...VESSEL_KINDS, ...WORK_KINDS].filter((k) => k !== 'flagship'));
/** Of those, the kinds no organisation is ("in this movie Google and Amazon create…": a work's kind may be a clause's). */
const NOT_ORG_KINDS: ReadonlySet<string> = new Set(VESSEL_KINDS);
/**
 * What may follow a thing's name after its kind: punctuation, a capitalised word (the name goes on), or a verb's auxiliary, a
 * preposition, a conjunction or a verb in the present ("opens", "returns"). Any other lower-case word opens a clause whose object the kind is ("the film China banned",
 * "the game Brazil won"), and the name is its subject.
 */
const AFTER_THING =
  /^(?:\s*(?:[,.;:!?)\u2014\u2013'’"”]|$)|\s+(?:\p{Lu}|(?:is|was|has|had|will|would|can|could|may|might|which|that|who|by|from|in|on|at|for|and|or|as|with|to|about|into)\b|\p{Ll}{2,}s\b))/u;
function kindBefore(text: string, span: Span, kind: string, candidates: readonly DatasetEntity[]): boolean {
  // (In lower case as written: "Drama" may open a longer name.)
  if (!text.startsWith(kind, span.start - kind.length - 1)) return false;
  if (candidates.some((c) => !isPlaceRecord(c) && c.type !== 'person') && !NOT_ORG_KINDS.has(kind)) return false;
  // (An animal's name is no clause's subject: "her grey mare Tennessee cleared the fence" is the mare.)
  return ANIMAL_KINDS.has(kind) || AFTER_THING.test(text.slice(span.end, span.end + 16));
}

/** The hits less those named after their place or person; the spans of clubs and things into `named` (built names are left to the name finders). */
export function withoutNamedAfter<H extends { span: Span; key: string; candidates: DatasetEntity[] }>(
  text: string,
  hits: H[],
  named: { club: Span[]; thing: Span[] },
): H[] {
  const firmWord = ampersandFirm(text, hits);
  const venues = venuesNamedAfterPlaces(text, hits); // ("the Wellington pub in Bolton": the pub's name, venue-namesake.ts)
  return hits.filter((h) => {
    // "at Lyon & Turnbull": a firm's name, in which the place is a word (ampersand-firms.ts), a thing with no card of its own.
    const kind = firmWord(h) || venues.has(h.span) ? 'thing' : namedAfter(text, h.span, h.key, h.candidates);
    // ("Air France": a firm named with the place, an organisation built from the article as a club is; place-terms.ts.)
    const firm = kind === 'thing' ? firmLeadStart(text, h.span) : -1;
    if (firm >= 0) named.club.push({ start: firm, end: h.span.end });
    else if (kind === 'club' || kind === 'thing') named[kind].push(h.span);
    return !kind;
  });
}

export const CLUB_WHY =
  'article-built: a club named after its city or country, in a match or a career (“beat Lyon 3-1”, “Leeds are unbeaten”, “300 games for Leeds”)';
const FIRM_WHY = 'article-built: a firm named with a place after its lead word (“Air Canada”)';
/** Article-built organisations, one per name, for the clubs named after a place and the firms named with one ("Air Canada"; spans in text order). */
export function clubEntities(text: string, spans: readonly Span[]): EntityResult[] {
  return [...spansByName(text, spans)].map(([name, mentions]) => {
    const firm = firmLeadStart(name, { start: name.indexOf(' ') + 1, end: name.length }) === 0;
    return builtEntity(name, 'organization', mentions, firm ? FIRM_WHY : CLUB_WHY, firm ? 'Firm' : 'Club');
  });
}

/**
 * "a nurse who is also called Rachel Reeves", "a plumber named Boris Johnson", "Tony Blair (no relation to the former
 * prime minister)", 'David Cameron ("no relation," he says)': somebody introduced as bearing the name, or said to be no relation
 * (a bracket may quote it), is a namesake. ("Macron named Barnier" has no article before its verb; "a bill named after" no name.)
 */
const NAMESAKE_BEFORE =
  /(?:\balso\s+(?:called|named|known\s+as)|\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?!(?:who|that|which)\b)[\p{Ll}-]+\s+){0,3}(?:called|named))\s+$/u;
const NAMESAKE_AFTER =
  /^['’]?s?\s*[,(–—-]\s*["“‘']?(?:who\s+is\s+)?(?:no\s+(?:known\s+)?relation|not\s+to\s+be\s+confused|unrelated\s+to|who\s+shares\s+(?:a|the|his|her|their)\s+(?:same\s+)?name)/u;
/** The same said at the end of the name's appositive: "Amit Shah, a 31-year-old engineer who shares a name with the minister,". */
const NAMESAKE_IN_APPOSITIVE =
  /^\s*[,(][^.;:()]{0,100}?\b(?:no\s+(?:known\s+)?relation\s+(?:to|of)|unrelated\s+to|shares\s+(?:a|the|his|her|their)\s+(?:same\s+)?name\s+with|not\s+to\s+be\s+confused\s+with)\b/u;
export const namesakeCue = (text: string, span: Span): boolean =>
  NAMESAKE_BEFORE.test(text.slice(Math.max(0, span.start - 60), span.start)) ||
  NAMESAKE_AFTER.test(text.slice(span.end, span.end + 40)) ||
  NAMESAKE_IN_APPOSITIVE.test(text.slice(span.end, span.end + 160));
