import type { DatasetEntity, Span } from '../types';
import { AT_PLACE_PREPOSITIONS, PLACE_OF_NOUNS, SAINT_WORDS, TITLE_WORDS, TRAVEL_PREPOSITIONS, TRAVEL_VERBS } from '../text/words';
import { abbreviatedStateAt, ONLY_PLACE_OF_NOUNS } from '../text/place-words';
import { PLACE_COMPOUND_ENDS } from '../text/kind-words';
import { divisionAbroad, isDivision } from './seat-cities';
import { americanWordsAt } from './us-words';
import type { LexiconSets } from './lexicon-sets';
import type { Hit } from './link';
import type { Context } from './context';
import { wordBefore } from './name-words';
import { calledTheCity, placeUndergoes, undergoes } from './place-undergoes';
import { isPlaceHit, LIST_JOIN, listedWithPlaces, NAME_GOES_ON } from './place-list-mates';
import { opensDateline, plainAfterShouted } from './shouted';
import { kindOfBefore, overheadBefore, reachBefore, siteAfter } from './place-sites';
import { namedByCurrency } from './currency-countries';
import { onIsland } from './on-island';
export { listedWithPlaces, NAME_GOES_ON, siteAfter };

/** What the checks read of the article (context.ts). */
export type PlaceView = Pick<Context, 'text' | 'hits' | 'adjectiveCountries' | 'L' | 'sure' | 'towns'>;

/**
 * Whether a one-word name that the dataset has as one place ("Perth", "Santander", "Athens") is placed by the article: only then does it open that place's card.
 *
 * Why ask for evidence rather than list exceptions: a one-word place name is as often a firm ("Santander said it would close branches"),
 * a town of the same name elsewhere ("Athens, Ga."), a person or a thing named after it. Rules for each kind fixed the kinds that had been
 * seen and few others (three blind trap sets in session 15: about one judged surface in seven still opened a wrong card). What news writes
 * around a place it means is much the same everywhere:
 *  - a preposition of place or travel, a compound of origin ("Perth-based"), a part or an office of a
 *    place before "of" ("the mayor of Perth"); a list of places; a division ending a town's address;
 *  - the place's country named elsewhere in the article (its name, its adjective, another of its places),
 *    or the same name placed elsewhere in it;
 *  - none for what has no namesake to be confused with as a rule: a continent, a US state — unless a longer
 *    name goes on ("Alaska Air Group"). A country's capital, which lends its name to characters, bands and
 *    shows as often as anything, asks for a country's evidence instead (country-evidence.ts whereEvidence).
 * Without any, the name is left unlinked: what Backstory is unsure of, it does not show.
 * Cost: asked only of one-word dataset places that would otherwise link; a few slices of text each.
 */
export function placeEvidence(c: DatasetEntity, h: Hit, ctx: PlaceView): string | null {
  // "Athens, Ga.": a town of an American address, not the dataset's Athens; an article-built place (index.ts).
  if (c.countryId !== 'country:us' && abbreviatedStateAt(ctx.text, h.span.end)) {
    (ctx.towns ??= []).push(h.span);
    return null;
  }
  const here = placedHere(h, ctx) ?? placeUndergoes(ctx.text, h.span) ?? calledTheCity(ctx.text, h.span);
  if (here) return here;
  if (inAddress(c, h, ctx.text)) return 'a division ending a town’s address';
  if (listedWithPlaces(h, ctx)) return 'a place in a list of places';
  // A continent or a region of the world ("Europe", "the Caribbean") has no namesake town to be confused with; nor has a
  // US state in an American article, unless it starts a longer name ("Alaska Air Group", "the Colorado River") or a
  // name's possessive stands before it ("Toto's Africa", "George Ezra's Budapest": a work; possessedByName).
  const goesOn = (NAME_GOES_ON.test(ctx.text.slice(h.span.end, h.span.end + 6)) && !plainAfterShouted(ctx.text, h.span, ctx.L)) || possessedByName(h, ctx);
  if (!c.countryId) return goesOn ? null : 'a region of the world';
  if (ctx.L?.usStates.has(h.key) && c.countryId === 'country:us' && !goesOn) return 'a US state';
  if (countryElsewhere(c, ctx)) return 'a place whose country the article names';
  // One sense per article: the same name placed elsewhere ("…in Perth. Perth's council said…").
  if (placedKeys(ctx).has(h.key)) return 'a place the article places elsewhere';
  return null;
}

export const isCapital = (c: DatasetEntity): boolean => c.facts.some((f) => f.label === 'Place' && f.value.startsWith('Capital of '));
/**
 * What the checks read of the whole article, built once on first use and kept for that article only (a page listing
 * thousands of places would otherwise scan its hits once per hit).
 */
export function perArticle<T>(cache: WeakMap<PlaceView, T>, ctx: PlaceView, build: () => T): T {
  let v = cache.get(ctx);
  if (v === undefined) cache.set(ctx, (v = build()));
  return v;
}
/** Each hit's index. */
const indexes = new WeakMap<PlaceView, Map<Hit, number>>();
const indexOf = (ctx: PlaceView): Map<Hit, number> => perArticle(indexes, ctx, () => new Map(ctx.hits.map((x, i) => [x, i])));
/** The keys of one-word hits placed where they stand. */
const placed = new WeakMap<PlaceView, Set<string>>();
export const placedKeys = (ctx: PlaceView): Set<string> =>
  perArticle(placed, ctx, () => new Set(ctx.hits.filter((x) => x.tokens === 1 && placedHere(x, ctx)).map((x) => x.key)));

const POSSESSIVE_AFTER = /^['’]/;
const OFF_COAST_END = /^(?:[,;]|\s+(?:in|on|at|during|after|before|when|where|last|this|early|late|[a-z]{3,}ed|found|caught|saw|sank|took)\b)/; // ("anglers off Cornwall landed")

/**
 * What stands around the name places it: a preposition of place ("from" only before a name that is no given name: "a
 * letter from Sydney"), a compound of origin or seat ("Hamburg-based"), a part, people or office of a place before "of"
 * ("the vineyards of Bordeaux").
 */
export function placedHere(h: Hit, ctx: PlaceView): string | null {
  const { text } = ctx;
  const w = wordBefore(text, h.span.start);
  if (w && TRAVEL_PREPOSITIONS.has(w))
    return w !== 'from' || !ctx.L?.givenNames.has(h.key) || somebodyFrom(text, h.span.start, ctx.L) ? 'a place name after a preposition of place' : null;
  if (onIsland(text, h.span, h.candidates, w)) return 'an island’s name after “on” (“growers on Prince Edward Island”)';
  // "raced off Naples,", "sank off Lampedusa on Sunday": a coast, where the name ends its phrase (not "knocked off Naples' lead").
  if (w === 'off' && OFF_COAST_END.test(text.slice(h.span.end, h.span.end + 16))) return 'a coast one is off';
  // "flying out of Dubai", "rolled out of Barcelona" (not "out of Jordan's reach").
  if (w === 'of' && wordBefore(text, h.span.start - 3) === 'out' && !POSSESSIVE_AFTER.test(text.slice(h.span.end, h.span.end + 2)))
    return 'a place one leaves (“out of”)';
  if (compassAfterPreposition(text, h.span.start)) return 'a part of a place after a preposition ("in eastern Ontario")';
  if (reachBefore(text, h.span.start)) return 'a place a reach ends at ("as far north as Ontario")';
  if (overheadBefore(text, h.span.start)) return 'a place something is in the air over (“the skies over Athens”)';
  // (Not before a possessive: "visit Trujillo's weaving shop" is a person's.)
  if (w && TRAVEL_VERBS.has(w) && !POSSESSIVE_AFTER.test(text.slice(h.span.end, h.span.end + 2))) return 'a place one visits, reaches or leaves';
  // "Kerry Fitzgerald, 34, of Sheffield": where somebody lives, as news writes it after a name and an age.
  if (w === 'of' && text.charCodeAt(h.span.start - 5) === 44) return 'a place of residence (", of …")';
  if (text.charCodeAt(h.span.end) === 45 && PLACE_COMPOUND_ENDS.has(COMPOUND_END.exec(text.slice(h.span.end + 1, h.span.end + 16))?.[0] ?? ''))
    return 'a place of origin or seat ("-based", "-born")';
  // "Bury council", "Dubai's airport", "Leeds residents": what only a place has, right after its name.
  if (PLACE_OWN_AFTER.test(text.slice(h.span.end, h.span.end + 32))) return 'a place with its own council, residents or streets';
  // "Norway, where electric cars now make up nine in ten new sales,": a relative clause of place after a country's name no person bears.
  if (WHERE_AFTER.test(text.slice(h.span.end, h.span.end + 8)) && h.candidates.every((c) => c.type === 'country') && !ctx.L?.givenNames.has(h.key))
    return 'a country a clause of place follows (“Norway, where …”)';
  // "a Tokyo temple", "a Nairobi park", "the Barcelona manufacturer": a building, a venue, a stretch of land, a season, a fair or a firm there
  // (place-sites.ts). (Not a country's: "the Guinea coast of West Africa" is the region the country is named after.)
  // (A division abroad only with its country named: "a Midlands village" in England is not Zimbabwe's province.)
  const site = h.candidates.every((c) => c.type === 'place' && (!divisionAbroad(c) || countryElsewhere(c, ctx))) ? siteAfter(text, h.span, true, ctx.L) : null;
  if (site) return site;
  // "Hurricane Melissa battered Jamaica": a storm, a flood, a quake or a fire strikes a place (place-undergoes.ts); a US state's name
  // too ("flooding hit Georgia"), so it says not which (the country asks for its own evidence).
  const struck = ctx.L?.usStates.has(h.key) ? null : undergoes(text, h.span);
  if (struck) return struck;
  // "the northern island of Hokkaido", "the trick-taking game of Bavaria" (place-sites.ts).
  if (w === 'of' && !ctx.L?.givenNames.has(h.key) && kindOfBefore(text, h.span.start)) return 'a place after its kind (“the island of”)';
  if (w === 'of' && (!ctx.L?.givenNames.has(h.key) || onlyPlaceOf(text, h.span.start))) {
    // (Not after a country's or people's adjective: "the Scottish city of Perth" is not Australia's.)
    const noun = wordBefore(text, h.span.start - 3);
    if (!noun || !PLACE_OF_NOUNS.has(noun)) return null;
    const adjective = CAPITAL_BEFORE.exec(text.slice(Math.max(0, h.span.start - 4 - noun.length - 20), h.span.start - 4 - noun.length))?.[1];
    return !adjective || DETERMINERS.has(adjective.toLowerCase()) ? `a place after “${noun} of”` : null;
  }
  return null;
}
/**
 * What only a place has (a council, a mayor, residents, streets, an airport, a court, police, commuters, bus fares, its museums,
 * districts, traffic, street food and house prices, its port, docks, cathedral, mines, trams, metro, waterfront, old town, centre, town hall, landlords and tenants,
 * a named road after its possessive: "Leicester's Belgrave Road", a side of it: "Chicago's North Side", a public body of its own after its possessive:
 * "Sicily's civil protection agency", "Queensland's workplace regulator", "Mumbai's municipal corporation"; its planners, municipality, promenade, transport authority) right
 * after its name or its possessive: no person, firm or club has them ("Reading fans", "Santander's chairman", "Santander
 * stocks" are not here).
 */
const WHERE_AFTER = /^,\s+where\s/;
const PLACE_OWN_AFTER =
  /^(?:['’]s?)?\s(?:council|councils|councillors|mayor|residents|inhabitants|streets|suburbs|outskirts|skyline|airport|court|courts|magistrates|police|commuters|hospitals|harbou?r|ruler|rulers|emir|authorities|museum|museums|zoo|neighbou?rhoods?|districts|traffic|street\sfood|house\sprices?|property\smarket|(?:bus|train|tram)\s(?:fares|routes|services|stations?|network)|port|docks|cathedral|mines|trams|metro|subway|waterfront|old\stown|city\scent(?:re|er)|town\shall|landlords|tenants|planners|(?:transit|transport|port|airport|parks|planning)\s(?:officials|authority|authorities|chiefs|bosses)|municipality|promenade|seafront)\b|^['’]s\s(?:state\s)?(?:state|regional|provincial|municipal|city|county|civil\sprotection|environment(?:al)?|health|transport|transit|tourism|water|fire|emergency|workplace|planning)\s(?:agency|regulator|authority|department|board|corporation|service)\b|^['’]s\s\p{Lu}\p{L}+\s(?:Road|Street|Avenue|Square|Lane|Market)\b|^['’]s\s(?:North|South|East|West|Upper|Lower)\s(?:Side|End|Shore)\b/u;
/**
 * Somebody "from" the name: a person's word, a role or an age right before "from" ("a plumber from Bradford", "a 24-year-old
 * from Chester", "residents from Sydney"). A given name after "from" is otherwise a sender's ("a letter from Sydney").
 */
const PEOPLE_BEFORE_FROM: ReadonlySet<string> = new Set(
  'man woman men women boy girl boys girls family families couple resident residents pensioner pensioners teenager teenagers plumber plumbers builder builders nurse nurses student students worker workers mother father son daughter grandmother grandfather native natives'.split(
    ' ',
  ),
);
function somebodyFrom(text: string, start: number, L: LexiconSets | null): boolean {
  if (text.slice(start - 5, start) !== 'from ') return false;
  if (/\d-year-olds?\s$/.test(text.slice(Math.max(0, start - 20), start - 5))) return true;
  const w = wordBefore(text, start - 5);
  return !!w && (PEOPLE_BEFORE_FROM.has(w) || TITLE_WORDS.has(w) || !!L?.titles.has(w));
}
const CAPITAL_BEFORE = /(\p{Lu}[\p{L}-]*)\s$/u;
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our']);
const COMPOUND_END = /^\p{Ll}+/u;

/**
 * A place whose own name is also an everyday word or a given name ("Sydney", "Virginia", "Reading"): placed only by a preposition of
 * place (or one that opens the list it ends: "across Cork and Kerry"), "from" before a name that is no given name, a journey (onRoute), a
 * news dateline (shouted.ts opensDateline: "MILAN — Japan took gold …"),
 * or, for a US state, the end of a town's address ("Norfolk, Virginia,"; not "Google, Meta, and OpenAI": Meta is a Colombian
 * department's name too) — not by the looser evidence above (a capital, a US state, its country named), which a person or a club meets as often.
 */
export function weakPlaceEvidence(c: DatasetEntity, h: Hit, ctx: PlaceView): boolean {
  const w = wordBefore(ctx.text, h.span.start) ?? '';
  return (
    AT_PLACE_PREPOSITIONS.has(w) ||
    onIsland(ctx.text, h.span, [c], w) ||
    compassAfterPreposition(ctx.text, h.span.start) ||
    (w === 'from' && (!ctx.L?.givenNames.has(h.key) || somebodyFrom(ctx.text, h.span.start, ctx.L))) ||
    onRoute(ctx.text, h.span, w) ||
    (!!ctx.L?.usStates.has(h.key) && inAddress(c, h, ctx.text)) ||
    listAfterPreposition(h, ctx) ||
    (c.type === 'place' && (onlyPlaceOf(ctx.text, h.span.start) || opensDateline(c, ctx.text, h.span))) || // ("MILAN — Japan took gold …")
    // (A country by what it undergoes only: "a Jordan man" is from a town of that name, or is somebody's.)
    !!(c.type === 'country' ? undergoes(ctx.text, h.span) : placeUndergoes(ctx.text, h.span))
  );
}

/** "the mayor of Liverpool", "the boulevards of Paris": what only a town has, before "of" (place-words.ts ONLY_PLACE_OF_NOUNS says why). */
const onlyPlaceOf = (text: string, at: number): boolean => wordBefore(text, at) === 'of' && ONLY_PLACE_OF_NOUNS.has(wordBefore(text, at - 3) ?? '');
/** A lower-case point of the compass between a preposition of place and the name: "in eastern Ontario", "across north Wales". */
const COMPASS_BEFORE = new RegExp(
  `\\b(?:${[...TRAVEL_PREPOSITIONS].join('|')})\\s+(?:the\\s+)?(?:far\\s+)?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|inner|outer|rural|coastal)\\s+$`,
);
const compassAfterPreposition = (text: string, at: number): boolean => COMPASS_BEFORE.test(text.slice(Math.max(0, at - 40), at));

/** The last of a list of places that a preposition of place opens ("across Cork and Kerry", "in Mayo, Galway and Clare"). */
function listAfterPreposition(h: Hit, ctx: PlaceView): boolean {
  let i = indexOf(ctx).get(h)!;
  for (let n = 0; n < 6 && i > 0; n++, i--) {
    const prev = ctx.hits[i - 1]!;
    if (!isPlaceHit(prev) || !LIST_JOIN.test(ctx.text.slice(prev.span.end, ctx.hits[i]!.span.start))) return false;
    if (AT_PLACE_PREPOSITIONS.has(wordBefore(ctx.text, prev.span.start) ?? '')) return true;
  }
  return false;
}

/** A division after a town and a comma, ending the address ("Paris, Texas, overnight"; "Perth, Scotland."; a dateline's "SALEM, Oregon — "). */
const inAddress = (c: DatasetEntity, h: Hit, text: string): boolean =>
  isDivision(c) && TOWN_COMMA.test(text.slice(Math.max(0, h.span.start - 30), h.span.start)) && addressEnds(text, h.span);
export const TOWN_COMMA = /\p{Lu}[\p{L}.'-]*, $/u; // (a spaced dash after the state only in a dateline, its town in capitals: "Emma, Virginia — both nurses —" is two people)
const ADDRESS_END = /^(?:[,.;:)\u2014]|$)/u;
const [DATELINE_DASH, CAPITALS_COMMA] = [/^\s[\u2013\u2014]\s/, /\p{Lu}{2}[\p{Lu}.'-]*, $/u];
const addressEnds = (text: string, s: Span): boolean =>
  ADDRESS_END.test(text.slice(s.end, s.end + 2)) ||
  (DATELINE_DASH.test(text.slice(s.end, s.end + 3)) && CAPITALS_COMMA.test(text.slice(Math.max(0, s.start - 30), s.start)));

/**
 * The place's country is named by something else than the place itself: its name or adjective, or
 * another of its places named unambiguously (for the United States also the article's American words).
 */
export const countryElsewhere = (c: DatasetEntity, ctx: PlaceView): boolean =>
  ctx.adjectiveCountries.has(c.countryId!) ||
  ctx.sure!.has(c.countryId!) ||
  (placesByCountry(ctx).get(c.countryId!) ?? 0) > (ctx.sure!.has(c.id) ? 1 : 0) ||
  (c.countryId === 'country:us' && usWordsElsewhere(c, ctx));

/** A name opening with a saint's word (words.ts SAINT_WORDS: "San José", "Saint John's", "St. George's"). */
const saintFirst = (name: string): boolean =>
  SAINT_WORDS.has(
    name
      .slice(0, Math.max(0, name.indexOf(' ')))
      .replace(/\.$/, '')
      .toLowerCase(),
  );
/**
 * In an American article, a foreign place that needs its country named: a division ("fly the cat to Portland") or a town of
 * two words or more that is no capital ("Santa Cruz lifeguards" in California is not Bolivia's; Spanish and saints' names
 * are as often American towns', a capital's too: "downtown San Jose" is California's, not Costa Rica's). A sum in its country's
 * currency names the country here (currency-countries.ts).
 */
export const foreignInAmerica = (c: DatasetEntity, h: Hit, ctx: PlaceView): boolean =>
  (isDivision(c) || (h.tokens >= 2 && c.type === 'place' && (!isCapital(c) || saintFirst(c.name)))) &&
  !!c.countryId &&
  c.countryId !== 'country:us' &&
  !countryElsewhere(c, ctx) &&
  !(inAddress(c, h, ctx.text) && !/^,\s\p{Lu}/u.test(ctx.text.slice(h.span.end, h.span.end + 3))) && // ("in Skegness, Lincolnshire, late"; not a list: "Providence, Newport, Plymouth")
  !namedByCurrency(ctx.text, c.countryId); // ("Pupils … in Norfolk raised £2,000 for their twin school in New Hampshire")

/** How many places of each country the article names unambiguously, counted once per article. */
const placeCounts = new WeakMap<PlaceView, Map<string, number>>();
function placesByCountry(ctx: PlaceView): Map<string, number> {
  return perArticle(placeCounts, ctx, () => {
    const m = new Map<string, number>();
    for (const e of ctx.sure!.values()) if (e.type === 'place' && e.countryId) m.set(e.countryId, (m.get(e.countryId) ?? 0) + 1);
    return m;
  });
}

/** Where the article's American words stand ("Chicago", "Sen."), found once per article. */
const usWords = new WeakMap<PlaceView, number[]>();
/** An American word other than the place's own name ("Portland" is one of those words, and no evidence for itself). */
function usWordsElsewhere(c: DatasetEntity, ctx: PlaceView): boolean {
  const at = perArticle(usWords, ctx, () => americanWordsAt(ctx.text, ctx.L));
  const own = c.name.toLowerCase();
  return at.some((i) => ctx.text.slice(i, i + own.length).toLowerCase() !== own);
}

/**
 * A name at either end of a journey: after "to" or "via" with a word of travel a few words before ("the ferry to Liverpool",
 * "flights from Perth to Sydney"), or after "from" with "to" and a capitalised name after it and a word of travel before
 * ("the ferry from Douglas to Liverpool"). For names that are also given names, clubs or firms (decide.ts's weak keys), "to"
 * and "from" alone are no evidence ("lost to Liverpool", "a letter from Douglas"); a journey is.
 * Cost: asked only of weak one-word place keys after "to", "via" or "from"; one regex over the 60 characters before.
 */
export function onRoute(text: string, span: Span, before: string): boolean {
  if (before !== 'to' && before !== 'via' && before !== 'from') return false;
  if (before === 'from' && !ROUTE_ON.test(text.slice(span.end, span.end + 4))) return false;
  return TRAVEL_BEFORE.test(text.slice(Math.max(0, span.start - 60), span.start));
}
const ROUTE_ON = /^ to \p{Lu}/u;
const TRAVEL_BEFORE =
  /\b(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying|ights?)|ferr(?:y|ies)|trains?|bus(?:es)?|coach(?:es)?|routes?|trips?|journeys?|voyages?|moved|moving|relocated|returns?|returned|returning|drove|driving|sailed|sailing|headed|heading|commut(?:e|ed|es|ing)|deported|extradited|evacuated|services?)\b(?:\s+[\p{L}\p{N}'’-]+){0,5}\s+(?:to|via|from)\s+$/u;

/**
 * "Toto's Africa has been streamed", "George Ezra's Budapest was the most played song": a capitalised name's possessive
 * right before the place, which then stands alone before a verb or punctuation, names a work by that artist more often
 * than the place (a place's own possessive, "Nigeria's Lagos", and "Google's London office" are not this). Such a name
 * then needs evidence of its own, even a capital or a continent.
 */
export function possessedByName(h: Hit, ctx: PlaceView): boolean {
  const { text } = ctx;
  const q = text.charCodeAt(h.span.start - 2);
  if (text.charCodeAt(h.span.start - 1) !== 32 || (q !== 115 && q !== 39 && q !== 0x2019)) return false;
  const m = POSSESSOR.exec(text.slice(Math.max(0, h.span.start - 40), h.span.start));
  if (!m || !ALONE_AFTER.test(text.slice(h.span.end, h.span.end + 12))) return false;
  const prev = ctx.hits[indexOf(ctx).get(h)! - 1];
  const at = h.span.start - m[0].length + m[1]!.length;
  return !(prev && prev.span.end === at && isPlaceHit(prev));
}
/** A capitalised word and its possessive right before the name ("Ezra's ", "Toto's ", "Jones' "). */
const POSSESSOR = /(\p{Lu}[\p{L}.-]*)(?:['’]s|s['’]) $/u;
/** The name alone before a verb of being or having, or punctuation: no noun of its own after it ("Google's London office"). */
const ALONE_AFTER = /^(?:[,.;:!?)]|\s(?:is|was|has|had|have|were|are|remains|became|topped|tops|won|wins|hit|hits|went|goes)\b)/;
