import type { DatasetEntity, Span } from '../types';
import { aliasKeyMemo } from '../dataset/alias-key';
import type { LexiconSets } from './lexicon-sets';
import { thingAppositive } from './thing-appositive';
import { teamAfterShouted } from './shouted-team';
import { abbreviatedStateAt, FACILITY_HEADS, TRAVEL_VERBS } from '../text/place-words';

/**
 * A headline shouted in capitals ("CHINA WARNS TAIWAN OVER ARMS DEAL"): every word of the line is in capitals, so its
 * capitals say nothing of a longer name ("CHINA WARNS" is no name) nor of an acronym ("CHINA" is no acronym). A country's
 * name in it is the country, where no person bears the name (not "JORDAN", a given name), no US state ("GEORGIA") and no everyday
 * word ("TURKEY PRICES SOAR AS …") — and only where the
 * line reads as a sentence: four words or more, one of them a function word in capitals ("OVER", "AS", "AND"), no lower-case
 * letter anywhere on it. A menu, a button or a product line ("SHOP NOW", "AIR JORDAN 1 RETRO") has none of those words. A
 * one-word country needs what the line says of it too (countrySaid: "RARE CHINA TEAPOT" is porcelain).
 * A place's name in it is the place where the line says place around it (shoutedPlace, below: "PARADE IN AUCKLAND DRAWS CROWDS").
 * Cost: asked only of a country's or a place's name with a capitalised word beside it in its run, or of one in capitals.
 */

/** Function words a shouted sentence has and a product's or a menu's name rarely does. */
const FUNCTION_WORD =
  /^(?:THE|OF|TO|IN|AND|FOR|ON|AT|BY|WITH|OVER|AS|FROM|AFTER|AGAINST|INTO|AMID|BEFORE|ABOUT|UNDER|THROUGH|ACROSS|NEAR|OFF|DURING|WHILE|WHERE|INCLUDING|IS|ARE|WAS|WERE|WILL|HAS|HAVE)$/;

/** The line around `at` is a shouted headline (see above). */
export function shoutedLine(text: string, at: number): boolean {
  let a = at;
  while (a > 0 && text[a - 1] !== '\n' && at - a < 300) a--;
  let b = at;
  while (b < text.length && text[b] !== '\n' && b - at < 300) b++;
  const line = text.slice(a, b);
  if (/\p{Ll}/u.test(line)) return false;
  const words = line.match(/\p{L}+(?:['\u2019]\p{L}+)?/gu) ?? [];
  return words.length >= 4 && words.some((w) => FUNCTION_WORD.test(w));
}

/**
 * A letter a-z in the name: its line, which holds it, is no shouted headline (shoutedLine). Asked first, by hand: most names are
 * written in title case, and the rest of each test (slices, a regex, the line's scan) was read for every one of them.
 */
function lowerInside(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** Every candidate is a country called by its own name, that no person bears, in a shouted headline. */
export function shoutedCountry(list: readonly DatasetEntity[], key: string, text: string, span: Span, L: LexiconSets | null): boolean {
  return (
    list.length > 0 &&
    !lowerInside(text, span) &&
    list.every(
      (e) => e.type === 'country' && !e.weakAliases?.includes(key) && (aliasKeyMemo(e.name) === key || (key.length > 3 && !e.acronyms?.includes(key))),
    ) &&
    !!L &&
    !L.givenNames.has(key.split(' ')[0]!) &&
    !L.usStates.has(key) &&
    !L.everyday.has(key) &&
    !nameBefore(text, span, L) &&
    (key.includes(' ') || countrySaid(text, span, L)) &&
    shoutedLine(text, span.start) &&
    !shoutedThing(text, span) &&
    !teamAfterShouted(text, span)
  );
}

/** The line's start, perhaps a quotation mark and a question's word ("WHY NIGER IS CLOSING ITS BORDER"). */
const LINE_START_BEFORE = /(?:^|\n)['‘"“]?(?:(?:WHY|HOW|WHERE|WHEN|WHAT|CAN|WILL|IS|DOES|DID|HAS)\s+)?$/;
/** What one state does to another, before a country ("CHINA WARNS TAIWAN", "US SANCTIONS IRAN"; not "TARGET": "SHOPLIFTERS TARGET ICELAND"). */
const STATE_ACTS = 'warns threatens urges accuses sanctions invades attacks condemns recognises recognizes blames rebukes snubs pressures'.split(' ');
/** A verb of going to a place or of a storm striking it ("PRIME MINISTER VISITS BRAZIL", "FLOODS HIT PERU"; place-words.ts, place-undergoes.ts), or a state's act. */
const REACHED_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...TRAVEL_VERBS, ...'hit hits batter batters strike strikes lash lashes rock rocks grip grips sweep sweeps'.split(' '), ...STATE_ACTS].join('|').toUpperCase()})\\s+$`,
  'u',
);
/**
 * What the shouted line says of a one-word country's name, its capitals saying nothing ("RARE CHINA TEAPOT", "I NEED MORE
 * CHINA"): the name opens the line ("CHINA WARNS …", "WHY NIGER IS …"), follows a preposition of place, a verb of going or
 * of a storm or a state's act ("VISITS BRAZIL", "FLOODS HIT PERU", "WARNS TAIWAN") or another place and "AND" ("IRELAND AND NORWAY"), is a possessive ("SPAIN'S
 * HOTELIERS") or goes on with "AND" and another place ("CANADA AND MEXICO").
 */
function countrySaid(text: string, span: Span, L: LexiconSets): boolean {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  // (Not after "OFF", a price's as often before a country's one word: "20% OFF CHINA TEA SETS".)
  if (
    LINE_START_BEFORE.test(before) ||
    (SHOUTED_PLACE_BEFORE.exec(before)?.[1] ?? 'OFF') !== 'OFF' ||
    REACHED_BEFORE.test(before) ||
    clauseSubject(text, span, L, false)
  )
    return true;
  const pair = SHOUTED_PAIR_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (pair && (L.knownPlaces.has(pair) || L.knownPlaces.has(pair.replace(/^\S+\s/, '')))) return true;
  if (sidesMeet(before, text.slice(span.end, span.end + 40), L)) return true;
  // (The place after: one word or two, "CHINA, SOUTH KOREA TRADE BARBS".)
  const after = /^(?:['\u2019]S\b|(?:,|\s(?:AND|OR|&))\s+(\p{Lu}+)(?:\s(\p{Lu}+))?)/u.exec(text.slice(span.end, span.end + 30));
  return !!after && (!after[1] || L.knownPlaces.has(after[1].toLowerCase()) || (!!after[2] && L.knownPlaces.has(`${after[1]} ${after[2]}`.toLowerCase())));
}

/**
 * "GERMANY EDGE BELGIUM", "HUNGARY BEAT ITALY": a country's name, a result's verb and another place's name, the national sides' match (a
 * national side named after its country means the country). A club's town has no country's name beside it: "LEEDS BEAT HULL" stays.
 */
function sidesMeet(before: string, after: string, L: LexiconSets): boolean {
  const other = SIDE_BEFORE.exec(before)?.[1] ?? SIDE_AFTER.exec(after)?.[1];
  return !!other && L.knownPlaces.has(other.toLowerCase());
}
const RESULT_VERBS =
  'BEAT|BEATS|EDGE|EDGES|STUN|STUNS|THRASH|THRASHES|DEFEAT|DEFEATS|DOWN|DOWNS|SINK|SINKS|ROUT|ROUTS|OUST|OUSTS|SHOCK|SHOCKS|HOLD|HOLDS|DRAW\\s+WITH|DRAWS\\s+WITH|LOSE\\s+TO|LOSES\\s+TO|FALL\\s+TO|FALLS\\s+TO';
const SIDE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(\\p{Lu}{3,}(?:\\s\\p{Lu}{3,})?)\\s+(?:${RESULT_VERBS})\\s+$`, 'u');
const SIDE_AFTER = new RegExp(`^\\s+(?:${RESULT_VERBS})\\s+(\\p{Lu}{3,}(?:\\s\\p{Lu}{3,})?)\\b`, 'u');

/** ("INSTRUCTOR SGT. DENVER BRAZIL": a given name or a title right before it, or a title before the word before, makes it a surname.) */
function nameBefore(text: string, span: Span, L: LexiconSets): boolean {
  // (The title two words back only abbreviated, "SGT. DENVER": "PRIME MINISTER VISITS BRAZIL" is the country.)
  const m = /(?:(\p{Lu}+)\.\s)?(\p{Lu}+)\.?\s$/u.exec(text.slice(Math.max(0, span.start - 32), span.start));
  const [w2, w1] = [m?.[1]?.toLowerCase(), m?.[2]?.toLowerCase()];
  return !!w1 && (L.givenNames.has(w1) || L.titles.has(w1) || (!!w2 && L.titles.has(w2)));
}

/** ("MALTA, THE SODA:": an appositive says what the name is, in capitals as the line is; thing-appositive.ts reads it in lower case.) */
const shoutedThing = (text: string, span: Span): boolean =>
  (text.charCodeAt(span.end) === 44 && thingAppositive(text.slice(span.end, span.end + 90).toLowerCase(), { start: 0, end: 0 })) ||
  // ("CAPTAIN 'CUBA' RAMIREZ": a name in quotation marks inside the headline is a nickname or a title.)
  (/['‘"“]/.test(text.charAt(span.start - 1)) && /^['’"”]/.test(text.slice(span.end, span.end + 1))) ||
  // ("JAMAICA INN LANDLORD SCOOPS …": an inn's or a tavern's name, as "Jamaica Inn" is one in lower case; not "ARMS", a deal's too.)
  /^ (?:INN|TAVERN)\b/.test(text.slice(span.end, span.end + 8));

/** Heads of a venue's name after a place's ("LONDON ZOO", "WEMBLEY STADIUM"), beside the lexicon's heads. */
const VENUE_HEADS: ReadonlySet<string> = new Set([...FACILITY_HEADS, ...'zoo museum gallery park hotel inn tavern hospital school college'.split(' ')]);
/** Function words after a place's name beside FUNCTION_WORD's ("CANBERRA TO HONOUR", "OSLO AS", "OHIO OR", "DEVON DURING"). */
const AFTER_WORD = /^(?:OR|BUT|AS|THAN|NEAR|UNTIL|WHILE|AMONG|DESPITE|DURING|WHERE|WHEN|SINCE)$/;
const HEADS = ['orgHeads', 'otherHeads', 'placeHeads', 'titles'] as const;
/**
 * A word before a place's name in a shouted headline ("IN", "AT", "FROM", "OF", "TO", "AS", a coast's "OFF"; a journey's end, "BOUND FOR", "HEADED FOR",
 * as prose's place-undergoes.ts reads "bound for"), and a word or mark of a list of places ("AND", ",").
 */
// (A part of the place between, as prose writes it: "ACROSS RURAL SCOTLAND", "IN COASTAL KENT"; place-evidence.ts COMPASS_BEFORE.)
const SHOUTED_PLACE_BEFORE =
  /(?:^|[^\p{L}])(IN|AT|FROM|NEAR|ACROSS|OUTSIDE|THROUGHOUT|OFF|OF|TO|INTO|AS|(?:BOUND|HEADED|HEADING)\s+FOR)\s+(?:(?:RURAL|COASTAL|INNER|OUTER)\s+)?$/u;
const SHOUTED_PAIR_BEFORE = /(\p{Lu}[\p{Lu}.'\u2019-]*(?:\s\p{Lu}[\p{Lu}.'\u2019-]*)?)(?:,|\s(?:AND|OR|&))\s+$/u;

/**
 * A dataset place's own name in a headline shouted in capitals, with a word that says place before it ("DAWN SERVICE IN
 * CANBERRA", "TEACHER OF DALLAS SCOOPS PRIZE", "STORES IN OHIO AND KENTUCKY"): the place. Its capitals say nothing of a longer
 * name, so shoutedCountry's reading is extended to places where the line gives evidence: a place preposition right before
 * the name, or a place the lists know and "AND", "OR" or a comma before it ("IN PENNSYLVANIA AND NEW JERSEY", "ATLANTA, GEORGIA").
 * Without a preposition or a list: a verb of going or of a storm before it, its possessive, or the subject of a clause (below). Not a
 * name somebody bears as a given name, or a weak alias, except after "IN", "AT", "ACROSS" and the like, as prose reads them (decide.ts);
 * not an everyday word ("IN FOCUS", "AT LAST", "SOUTH"), nor before a word of an
 * institution's, a venue's or an office's name ("AT LONDON ZOO", "OF MELBOURNE UNIVERSITY", "IN PARIS COUNCIL"); not "OF" after
 * such a word ("BANK OF CANADA", "UNIVERSITY OF TORONTO"; an office's is the place's: "MAYOR OF DALLAS").
 */
function shoutedPlace(list: readonly DatasetEntity[], key: string, text: string, span: Span, L: LexiconSets | null): boolean {
  if (!L || !list.length || lowerInside(text, span) || !list.every((e) => e.type === 'place' || e.type === 'country')) return false;
  if (L.usStates.has(key) && list.some((e) => e.type === 'country')) return false; // ("IN SAVANNAH, GEORGIA": the state, not the country)
  // (Not only everyday words, qualifiers or openers: "SOUTH", "GOLD COAST"; "NEW YORK" is a name.)
  const words = key.split(' ');
  if (words.every((w) => L.everyday.has(w) || L.qualifiers.has(w) || L.lead.has(w))) return false;
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const prep = SHOUTED_PLACE_BEFORE.exec(before);
  // A name somebody bears as a given name or as a weak alias ("VICTORIA", "KENT") only where prose reads it too: after a preposition of
  // being at a place ("IN KENT", "ACROSS KENT"; decide.ts's weak path), not after "TO", "FROM", "OF" or "AS" ("A LETTER TO VICTORIA").
  if ((L.givenNames.has(words[0]!) || list.some((e) => e.weakAliases?.includes(key))) && !AT_PLACE.test(prep?.[1] ?? '')) return false;
  const pair = prep ? null : SHOUTED_PAIR_BEFORE.exec(before);
  // (The place before: its last word or its last two, "IN OREGON AND", "NEW JERSEY AND".)
  const pairKeys = pair ? [pair[1]!.toLowerCase(), pair[1]!.toLowerCase().replace(/^\S+\s/, '')] : [];
  if (!prep && !pairKeys.some((k) => L.knownPlaces.has(k) || L.usStates.has(k))) {
    // Without a preposition: a verb of going or of a storm before it ("STORM SWEEPS FLORIDA"), its possessive ("HOW LISBON'S CRUMBLING
    // FACADES"), or the subject of a verb in the present ("AS TOKYO WEIGHS ITS RESPONSE").
    const reached = REACHED_BEFORE.test(before);
    if (!reached && !possessiveSaid(text, span, L) && !clauseSubject(text, span, L, true)) return false;
    if (!reached) return shoutedLine(text, span.start) && !shoutedThing(text, span);
  }
  if (prep?.[1] === 'OF') {
    const head = /(\p{Lu}+)\s+OF\s+$/u.exec(before)?.[1]?.toLowerCase();
    if (!head || HEADS.some((k) => k !== 'titles' && L[k].has(head))) return false;
  }
  // After it: the line's end, a mark, a function word, or an everyday word that heads no name ("DRAWS", "EVENING"; not "ZOO", "HILTON").
  const next = /^\s(\p{Lu}+)/u.exec(text.slice(span.end, span.end + 24))?.[1];
  const low = next?.toLowerCase() ?? '';
  // (After "AS" the place opens a clause; a plural after it is a team's name as often: "AS LEEDS RHINOS WIN", not "AS OSLO CROWD BRAVES".)
  if (prep?.[1] === 'AS' && next?.endsWith('S') && !FUNCTION_WORD.test(next) && !AFTER_WORD.test(next) && !clauseSubject(text, span, L, true)) return false;
  if (next && !FUNCTION_WORD.test(next) && !AFTER_WORD.test(next) && (!L.everyday.has(low) || VENUE_HEADS.has(low) || HEADS.some((k) => L[k].has(low))))
    return false;
  return shoutedLine(text, span.start) && !shoutedThing(text, span) && !teamAfterShouted(text, span);
}

/** Prepositions of being at a place (place-words.ts AT_PLACE_PREPOSITIONS, in capitals). */
const AT_PLACE = /^(?:IN|AT|NEAR|ACROSS|OUTSIDE|THROUGHOUT)$/;
/** ("LISBON'S CRUMBLING FACADES": the place's possessive before an everyday word that heads no name and is no title; not "LIVERPOOL'S SALAH", "LONDON'S MAYOR".) */
function possessiveSaid(text: string, span: Span, L: LexiconSets): boolean {
  const next = /^['\u2019]S\s+(\p{Lu}+)\b/u.exec(text.slice(span.end, span.end + 30))?.[1]?.toLowerCase();
  return !!next && L.everyday.has(next) && !VENUE_HEADS.has(next) && !HEADS.some((k) => L[k].has(next));
}

/** What opens a clause before its subject in a shouted line: the line's start, a colon, a semicolon, a dash, or a conjunction ("AS", "WHILE"). */
const CLAUSE_BEFORE = /(?:(?:^|\n)['‘"“]?|[:;\u2013\u2014]\s+|(?:^|[^\p{L}])(?:AS|WHILE|WHEN|AFTER|BEFORE|UNTIL|SINCE|THOUGH|BUT|AND|WHY|HOW|WHERE)\s+)$/u;
/** A verb in the present's third person, then what a verb's object or complement starts with: "PREPARES FOR", "WEIGHS ITS", "ORDERS 40". */
const VERB_AFTER = /^\s(\p{Lu}{2,}[^\P{Lu}S]S)\s+(\p{Lu}+|\d[\d,.]*)\b/u;
const OBJECT_START = /^(?:A|AN|ITS|HIS|HER|THEIR|ALL|NEW|ONE|TWO|THREE|FOUR|FIVE|FIRST|SECOND|THIRD|\d[\d,.]*)$/;
/** Verbs a club does to another ("LEEDS BEATS HULL"): a city's name before them is its team's as often. */
const SPORT_VERBS = /^(?:BEATS|WINS|SIGNS|LOSES|DRAWS|DEFEATS|EDGES|HOSTS|FACES|TOPS|SEALS|CLINCHES|THRASHES|STUNS|CRUSHES|SACKS|APPOINTS)$/;
/**
 * The name is the subject of a clause in the present ("AS WELLINGTON PREPARES FOR …", "NIGHT TRAINS ARE BACK: SWEDEN ORDERS 40 …",
 * "WHILE PERU BATTLES ITS …"): it opens the clause, and an everyday word in -S follows it with a function word, an article, a pronoun or a
 * number after that, as a verb and its object do; a plural noun is followed by its verb instead ("AS LEEDS RHINOS WIN"). A town's name
 * before a club's verb is left ("AS LEEDS BEATS HULL"). (A place's name only: `place` true.)
 */
function clauseSubject(text: string, span: Span, L: LexiconSets, place: boolean): boolean {
  if (!CLAUSE_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start))) return false;
  const m = VERB_AFTER.exec(text.slice(span.end, span.end + 40));
  if (!m || !L.everyday.has(m[1]!.toLowerCase()) || (place && SPORT_VERBS.test(m[1]!))) return false;
  return FUNCTION_WORD.test(m[2]!) || OBJECT_START.test(m[2]!);
}

/** A country's or a place's name in a shouted headline that its capitals do not make part of a longer name (shoutedCountry, shoutedPlace). */
export const shouted = (list: readonly DatasetEntity[], key: string, text: string, span: Span, L: LexiconSets | null): boolean =>
  shoutedCountry(list, key, text, span, L) || shoutedPlace(list, key, text, span, L);

/** After a dateline's town: perhaps its state or country and an agency, then a dash ("CHICAGO — ", "LEEDS, England — ", "ZURICH (Reuters) - "). */
const DATELINE_AFTER = /^(?:,\s(?:\p{Lu}[\p{Ll}.]+(?:\s\p{Lu}[\p{Ll}.]+)?|(?:\p{Lu}\.){2}))?(?:\s\(\p{Lu}[\w &.'\u2019-]{1,30}\))?\s?(?:--|[\u2014\u2013-])\s/u;
/**
 * A town in capitals opening a line, then the dash of a dateline and a sentence ("CHICAGO — A South Side blues bar …", "LEEDS, England —
 * A pub quiz team …"): where the story was filed (country-evidence.ts reads it for any place, not only a capital; not a foreign town's name before a US state's abbreviation). The words after the
 * dash read as prose, five or more and most of them in lower case: a heading before a dash ("PARIS — HOTELS AND TOURS", "LONDON - Tickets
 * & Events") is none. Cost: asked of a place's hit, a few characters first.
 */
export function opensDateline(c: DatasetEntity, text: string, span: Span): boolean {
  if (!/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, span.start - 8), span.start)) || lowerInside(text, span)) return false;
  // ("VIENNA, Va. —": an American town of that name, not the dataset's; placeEvidence leaves it to an article-built place.)
  if (c.countryId !== 'country:us' && abbreviatedStateAt(text, span.end)) return false;
  const m = DATELINE_AFTER.exec(text.slice(span.end, span.end + 60));
  if (!m) return false;
  const from = span.end + m[0].length;
  const end = text.indexOf('\n', from);
  const words = text.slice(from, Math.min(end < 0 ? text.length : end, from + 200)).match(/\p{L}+/gu) ?? [];
  return words.length >= 5 && 2 * words.filter((w) => /^\p{Ll}/u.test(w)).length > words.length;
}

/**
 * A word of a shouted headline that its capitals do not make a name's: absent (the line's end, a mark), a function word, or an
 * everyday word that heads no name and is nobody's given name ("PICKS", "DEPOTS", "RESORTS"; not "ZOO", "AIRPORT", "DREW"). Before a
 * place's name not a qualifier or an opener either ("NEW", "GREAT", "ROYAL": "GREAT YARMOUTH").
 */
function plainWord(w: string | undefined, before: boolean, L: LexiconSets): boolean {
  if (!w || FUNCTION_WORD.test(w) || AFTER_WORD.test(w)) return true;
  const low = w.toLowerCase();
  if (!L.everyday.has(low) || VENUE_HEADS.has(low) || L.givenNames.has(low) || HEADS.some((k) => L[k].has(low))) return false;
  return !before || !(L.qualifiers.has(low) || L.lead.has(low));
}
/** The word right before and right after a span, on its line ("… PICKS DUBAI FOR …"). */
const wordBeforeSpan = (text: string, span: Span): string | undefined =>
  /(?:^|[^\p{L}'\u2019-])(\p{Lu}+)\s$/u.exec(text.slice(Math.max(0, span.start - 30), span.start))?.[1];
const wordAfterSpan = (text: string, span: Span): string | undefined => /^\s(\p{Lu}+)\b/u.exec(text.slice(span.end, span.end + 30))?.[1];

/**
 * A place's or a country's own name in a shouted headline with plain words beside it ("CHARLOTTE TILBURY PICKS DUBAI FOR ITS …", "STORM
 * DUMPS SNOW ON MONTANA RESORTS"): the capitals around it make no longer name of it, so it is a name of its own, and the evidence of prose
 * decides it (decide.ts: a US state, a country one of whose places the line names). Not an acronym, not a name that is an everyday word ("TURKEY",
 * "CORK"), a given name or a weak alias ("VICTORIA", "KENT"), which shoutedPlace reads with a place's word before them only.
 */
export function plainBeside(list: readonly DatasetEntity[], key: string, text: string, span: Span, L: LexiconSets | null): boolean {
  if (!L || !list.length || lowerInside(text, span) || !list.every((e) => e.type === 'place' || e.type === 'country')) return false;
  const words = key.split(' ');
  if (words.some((w) => L.everyday.has(w)) || L.givenNames.has(words[0]!) || list.some((e) => e.weakAliases?.includes(key))) return false;
  // (Nor an acronym or a name of three letters: "'LET US PLAY,' PLEAD JUNIORS" is no United States.)
  if (key.length <= 3 || list.some((e) => e.acronyms?.includes(key))) return false;
  return plainWord(wordBeforeSpan(text, span), true, L) && plainWord(wordAfterSpan(text, span), false, L) && shoutedLine(text, span.start);
}

/** After a name in a shouted headline, a plain word (plainWord): no word of a longer name ("MONTANA RESORTS" is no "Montana Resorts"). */
export const plainAfterShouted = (text: string, span: Span, L: LexiconSets | null): boolean =>
  !!L && !lowerInside(text, span) && plainWord(wordAfterSpan(text, span), false, L) && shoutedLine(text, span.start);
