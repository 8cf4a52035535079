import { sentenceRangeAround } from '../text/sentences';
import type { DatasetEntity, Span } from '../types';
import { abbreviatedStateAt, US_STATE_CODES } from '../text/place-words';
import { aliasKeyMemo } from '../dataset/alias-key';
import type { Hit } from './link';
import type { LexiconSets } from './lexicon-sets';
import { stateByKind } from './state-kinds';
import { inTitleCaseLine } from './title-case';
import { RESULT_VERBS, WIN_VERBS } from '../text/result-verbs';
import { shoutedLine } from './shouted';

/**
 * A US state's bare name that is not the place the dataset links it to (found in the link audit's
 * fresh sample, tests/fixtures/links-judged-2026-12-05-fresh.json, and read on real pages):
 *
 * 1. A team: "Minnesota’s game at Northwestern", "Minnesota beat Buffalo", "scored for New Jersey", and a city's name so
 *    ("Carolina beat Chicago", "Ottawa held on to beat Detroit": the seed-24 audit) — a state's or a city's name in a fixture
 *    (its game, a win over or a loss to a side, playing for it), in a sentence of sport (scored, saves, quarterback, coach, a
 *    winning streak …), is its university's or its club's team, not the place. ("New York vs. New Jersey: the cost to file …"
 *    and "ruled against Ohio's purges" have no word of sport and stay the states.)
 * 2. The state, not the city the dataset calls by its name ("New York" is New York City there, "Washington" the capital): where
 *    the sentence speaks of what a state has — "the state of New York", "New York state", "upstate New York", its legislature,
 *    governor, attorney general, Secretary of State, statewide rules, state law and taxes, and the firms formed under them ("an
 *    LLC in New York", "incorporated in", "articles of organization", "registered agent"), and what a state grants: a business
 *    entity registered in it, a licence ("licensed in New York") — the city's card is wrong. The state has no card under the bare
 *    name, so nothing links (after its town: address-state.ts, its own card).
 * 3. A win-loss record right after a US city's or state's name ("New York improved to 14-0-1", "Boston fell to 3-5") is a team's,
 *    and so is a lead in the standings over it ("a one-game lead in the West Division on Wisconsin": the session-27 sweep).
 * 4. The state by where it stands (the h69 audit of 974 real texts: 22 of 54 links of "Washington" to the
 *    capital were the state): after a town and a comma, as addresses write it ("Bothell, Washington",
 *    "Aberdeen, Washington", "Location: New York, New York" — the second), unless "D.C." follows; and
 *    beside another state's name in a list or a table ("California, Texas, New York, and Illinois",
 *    "Oregon | 58.5 | Washington | 58.0", "New York to Arizona movers"). ("Museum of Modern Art, New
 *    York" and "Tate Modern, London" are an institution's city: no town before the comma.)
 */

/** How far a sentence reaches either side of a mention (characters). */
const REACH = 240;

/** The sentence around a span, clipped to REACH characters either side (a line break or . ! ? ends it). */
const sentenceAround = (text: string, span: Span): string => text.slice(...sentenceRangeAround(text, span.start, span.end, REACH));

/**
 * A fixture right after the name: "’s game", "’s coach", "beat", "defeated", a headline's "edges" …, the team's nickname perhaps
 * between them ("Wisconsin Badgers edge Minnesota": a plural in capitals, the club's name going on).
 */
const FIXTURE_AFTER_SOURCE = String.raw`^(?:['\u2019]s\s+(?:games?|coach|quarterback|offense|defense|roster|lineup|starters?)\b|(?:\s+[A-Z][a-z]+s)?\s+(?:(?:held|hung)\s+on\s+to\s+)?(?:${WIN_VERBS}|${RESULT_VERBS}|outscored|(?:held|holds)\s+off|rallied\s+past|cruised\s+past)\s+(?!(?:toward|towards|closer|higher|lower|up|down|ahead|back|into|out|past|over|in|on|to|for|from|at|by|of|as|and)\b)(?:the\s+)?[A-Z])`;
const FIXTURE_AFTER = new RegExp(FIXTURE_AFTER_SOURCE);
/** …or right before it: "beat", "swept", "lost to", "scored for", "vs.", "a win over visiting …", a player's "transfer from" (a college's team) … */
const FIXTURE_BEFORE_SOURCE = String.raw`\b(?:(?:${WIN_VERBS}|${RESULT_VERBS}|sweeps|lift|lifts|lifted|vs\.?|versus|scored\s+for|played\s+for|plays\s+for|lost\s+to|fell\s+to|win\s+over|victory\s+over|loss\s+to)\s+(?:visiting\s+)?|transfer(?:red)?\s+from\s+)$`;
const FIXTURE_BEFORE = new RegExp(FIXTURE_BEFORE_SOURCE);
/** Words of sport in the sentence. */
const SPORT =
  /\b(?:scored|scoring|saves|goals?|goaltender|touchdowns?|quarterback|coach|innings?|halftime|overtime|playoffs?|rebounds?|assists?|(?:winning|losing)\s+streak|sacks?|concussion\s+protocol|NCAA|NFL|NBA|NHL|MLB|Big\s+Ten|(?:conference|national)\s+(?:championship|title)|semi-?finals?|quarter-?finals?|bowl\s+game)\b/;
/** The same, for a headline in capitals or title case ("WISCONSIN BADGERS EDGE MINNESOTA IN OVERTIME THRILLER"), where case says nothing. */
const FIXTURE_AFTER_SHOUTED = new RegExp(FIXTURE_AFTER_SOURCE, 'i');
const FIXTURE_BEFORE_SHOUTED = new RegExp(FIXTURE_BEFORE_SOURCE, 'i');
const SPORT_SHOUTED = new RegExp(SPORT.source, 'i');

/**
 * A result right after the name (rule 3; a result is sport enough): a win-loss record, "improved to 14-0-1",
 * "fell to 3-5", "Boston (22-10)"; or a score line, "Boston 4, Buffalo 1".
 */
const RECORD_AFTER =
  /^(?:\s+(?:improved|fell|dropped|slipped|moved|climbed|evened|went)\s+to\s+\d{1,2}-\d{1,2}(?:-\d{1,2})?\b|\s*\(\d{1,2}-\d{1,2}(?:-\d{1,2})?\)|\s+\d{1,3},\s+(?:[A-Z][\w.'\u2019-]*\s+){1,3}\d{1,3}\b(?![-,.:/]\d))/;
/** …or the name second in a score line: "Wild 4, New York 1". */
const SCORE_BEFORE = /\b(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\s)[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}\s+\d{1,3},\s+$/;
/** (A score ends its clause: "New York 1.", "New York 1 and …", not "Chicago 10 miles".) */
const SCORE_AFTER = /^\s+\d{1,3}(?=[,.;:)]|\s*$|\s+(?:and|in|at|OT|SO)\b|\s+\()/;
/** A lead in the standings over a side ("a one-game lead in the West Division on Wisconsin", "a two-point lead over Ohio"): the side's. */
const LEAD_BEFORE = /\b(?:\d{1,2}|one|two|three|four|five|six|half)[- ](?:game|point|goal|run|stroke)\s+lead\b[^.!?]{0,40}?\s(?:on|over)\s+$/;
/** A result at the name. */
const result = (text: string, span: Span): boolean =>
  RECORD_AFTER.test(text.slice(span.end, span.end + 48)) ||
  (/(?:\bon|over)\s$/.test(text.slice(Math.max(0, span.start - 6), span.start)) && LEAD_BEFORE.test(text.slice(Math.max(0, span.start - 72), span.start))) ||
  (SCORE_AFTER.test(text.slice(span.end, span.end + 8)) && SCORE_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)));

/** A US city's or state's name names its team here (rules 1 and 3). */
export function namesTeam(text: string, span: Span): boolean {
  if (result(text, span)) return true;
  const after = text.slice(span.end, span.end + 40);
  const before = text.slice(Math.max(0, span.start - 24), span.start);
  if (FIXTURE_AFTER.test(after) || FIXTURE_BEFORE.test(before)) return SPORT.test(sentenceAround(text, span));
  // (A headline in capitals or in title case, "WISCONSIN BADGERS EDGE MINNESOTA", "Badgers Edge Minnesota in Overtime": its words are
  // read whatever their case; asked only where a letter after the name or before it is a capital's.)
  if (!/^\s+\p{Lu}|\p{Lu}\S*\s+$/u.test(after.slice(0, 4) + ' ' + before.slice(-4))) return false;
  const caps = !/\p{Ll}/u.test(text.slice(span.start, span.end)) ? shoutedLine(text, span.start) : inTitleCaseLine(text, span);
  return caps && (FIXTURE_AFTER_SHOUTED.test(after) || FIXTURE_BEFORE_SHOUTED.test(before)) && SPORT_SHOUTED.test(sentenceAround(text, span));
}

/**
 * The state right at the name: "the state of New York", "New York state", "upstate New York", "New York’s legislature", "Georgia's Cobb
 * County" (a country of a state's name has no counties), and a
 * federal court's district ("the Southern District of New York", "the Eastern District of Washington": the districts divide states),
 * and a land gone the length of ("hikers cross the length of Washington", "rode the length of New York": a trail's or a ride's state).
 */
const STATE_BEFORE = /\b(?:state\s+of|district\s+of|upstate|downstate|(?:length|breadth)\s+of)\s+$/i;
const STATE_AFTER =
  /^(?:\s+state\b(?!\s+(?:university|college|park|building|street|route|highway|fair)\b)|['\u2019]s\s+(?:legislature|legislators|governor|attorney\s+general|secretary\s+of\s+state|department\s+of\s+state|state\s+\w+|(?:[\w'\u2019.-]+\s+){1,2}county\b))/i;
/**
 * What a state has, in the sentence: its law, taxes (sales and income taxes are the state's where its bare name stands: the
 * city's are named with the city's name) and offices of state, the firms formed under its law, and its lines ("in-state",
 * "interstate", "across state lines").
 * (Not "attorney general" anywhere in it: "positions of power in Washington as the attorney general" is the capital.)
 */
const STATE_THINGS =
  /\b(?:LLCs?|limited\s+liability\s+compan(?:y|ies)|incorporat(?:ed|ion|e)|articles\s+of\s+(?:organization|incorporation)|registered\s+agents?|franchise\s+tax|state\s+(?:income\s+)?tax(?:es)?|state\s+laws?|statewide|Secretary\s+of\s+State|Department\s+of\s+State|business\s+licen[cs]e|business\s+entit(?:y|ies)|in-state|out-of-state|interstate|state\s+lines|(?:Senate|governor['\u2019]?s?|gubernatorial)\s+(?:races?|seats?|campaigns?|primary|primaries)|(?:sales|income)\s+tax(?:es)?|biennial\s+report)\b|\b(?:registered|licensed)\s+(?:to\s+\w+\s+)?in\s+(?!\d)/i;

/** A lawmaker or a governor "of" the name ("Representative Charles B. Rangel of New York": h95's PolNeAR audit found the city's card). */
const LAWMAKER_OF = /\b(?:Rep\.|Representative|Sen\.|Senator|Congressman|Congresswoman|Gov\.|Governor)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}of\s+$/u;

/** The state's name means the state, not a city the dataset calls by it (rule 2). */
export function meansState(text: string, span: Span): boolean {
  return stateAtName(text, span) || LAWMAKER_OF.test(text.slice(Math.max(0, span.start - 72), span.start)) || STATE_THINGS.test(sentenceAround(text, span));
}
/** The state right at the name ("the state of Washington", "Washington state", "the Western District of New York"). */
const stateAtName = (text: string, span: Span): boolean =>
  STATE_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start)) || STATE_AFTER.test(text.slice(span.end, span.end + 40));

/** A dataset city or capital. */
const isCity = (c: DatasetEntity): boolean => c.type === 'place' && c.facts.some((f) => f.label === 'Place' && /^(?:City|Capital)\b/.test(f.value));
/** A dataset city or capital in the United States (the bare name of a state links there: "New York", "Washington"). */
const isUsCity = (c: DatasetEntity): boolean => isCity(c) && c.countryId === 'country:us';

/** What of the article rule 4 reads (decide.ts's Context has it), and where a state's name left unlinked goes (an article-built place). */
export interface StateView {
  text: string;
  hits: Hit[];
  L: LexiconSets | null;
  states?: Span[];
}

/** "Washington, D.C.", "New York, NY": the city whatever stands before it. */
const CITY_AFTER = /^,?\s*(?:D\.?\s?C\b|NY\b|N\.Y\.)/;
/** …and "New York City": the article spells the city out somewhere. */
const CITY_SPELT = /^(?:,?\s*(?:D\.?\s?C\b|NY\b|N\.Y\.)|\s+City\b)/;
/** One to three capitalised words, a comma and a space right before the name; the word before them (group 1), if any. */
const TOWN_BEFORE = /(?:^|(\S+)\s)((?:\p{Lu}[\p{Ll}'\u2019.-]+\s){0,2}\p{Lu}[\p{Ll}'\u2019.-]+),\s$/u;
/** Words before a capitalised run that make it a longer name's end ("Museum of Modern Art, New York", "University of Alabama at …"). */
const NAME_GLUE = /^(?:of|the|at|for|de|du|del|van|von|di|da)$/i;
/**
 * An address's state ends its clause: a stop, a bracket, a dash, a ZIP code, or a comma before a word in lower case or a
 * figure ("Bothell, Washington, sells …"). Another name after it, or "and", makes a list of places ("London, New York, and Montreal").
 */
export const ADDRESS_END = /^(?:\s*$|[.;:!?)\]"\u201d]|,\s+(?!(?:and|or)\b)(?:\p{Ll}|\d)|\s+(?:\d{5}\b|[-\u2013\u2014(]))/u;
/** What may stand between two states of a list or a table: punctuation, figures, "and", "or", "to", "vs." */
const LIST_GAP = /^[\s,;:|/&()\-\u2013\u2014.$%\d*\u2022\u00b7]*(?:(?:and|or|to|vs\.?|versus)[\s,]+)?[\s,;:|/&()\-\u2013\u2014.$%\d*\u2022\u00b7]*$/;

/**
 * A town's name right before the comma, as addresses write it (rule 4): not a list's item ("Los Angeles, New York, London"),
 * not a longer name's end, no word of an institution's or a street's name ("Park Avenue South"), no title, and not a given
 * name the lists do not know as a town.
 */
export function townBefore(text: string, span: Span, L: LexiconSets): boolean {
  if (!ADDRESS_END.test(text.slice(span.end, span.end + 8))) return false;
  const m = TOWN_BEFORE.exec(text.slice(Math.max(0, span.start - 48), span.start));
  // (Nor a word opening a sentence: "… today. Thanks, Washington.")
  if (!m || (m[1] && (NAME_GLUE.test(m[1]) || /^\p{Lu}[\p{L}'\u2019-]*[.,]?$|[.!?]["\u201d]?$/u.test(m[1])))) return false;
  const town = m[2]!.toLowerCase();
  const words = town.split(' ');
  if (words.some((w) => L.orgHeads.has(w) || L.otherHeads.has(w) || L.placeHeads.has(w)) || L.titles.has(words[0]!)) return false;
  return !L.givenNames.has(words[0]!) || L.cities.has(town) || L.knownPlaces.has(town);
}

/** Another US state's name (no city's) in the hit's list, next or past states' names that are cities too ("Texas, New York, or Washington"). */
function stateBeside(h: Hit, v: StateView, L: LexiconSets): boolean {
  const i = v.hits.indexOf(h);
  const near = (a: Hit, b: Hit) => b.span.start - a.span.end <= 40 && LIST_GAP.test(v.text.slice(a.span.end, b.span.start));
  for (const d of [-1, 1])
    for (let k = i + d, n = v.hits[k]; n && L.usStates.has(n.key) && (d < 0 ? near(n, v.hits[k + 1]!) : near(v.hits[k - 1]!, n)); n = v.hits[(k += d)])
      if (!n.candidates.some(isUsCity)) return true;
  return false;
}

/** Rule 4: the state's name stands for the state by an address or a list (asked only of a state's name that the dataset gives a city). */
export function stateByPlace(h: Hit, v: StateView): boolean {
  const L = v.L;
  if (!L || CITY_AFTER.test(v.text.slice(h.span.end, h.span.end + 6))) return false;
  return townBefore(v.text, h.span, L) || stateBeside(h, v, L);
}

/** The sentence or the name's place says state (rules 2 and 4, and state-kinds.ts's). */
const readsAsState = (h: Hit, v: StateView): boolean => meansState(v.text, h.span) || stateByPlace(h, v) || stateByKind(h, v);
const mostly = new WeakMap<Hit[], Map<string, boolean>>();
/**
 * One sense per article: where two or more of the article's mentions of the name read as the state and no more read
 * otherwise, the others are the state too ("Names must comply with New York naming requirements" on a page about forming an
 * LLC in New York: 38 of its 49 mentions read as the state). So where one names the state right at the name ("the state of
 * Washington", "Washington state": not a tax or a law in its sentence, which a city's article has too) and the article nowhere
 * spells the city out ("Washington, D.C.", "New York, NY"): "The state of Washington … is second after California for wine.
 * Washington is becoming recognised …" (seed-25 audit); or where it spells the city with "City" ("New York City"), for then
 * the writer tells the two apart and the bare name is the state's ("moving across town in New York City, Brooklyn, or elsewhere
 * in New York … The climate of New York state": a movers' page, session 27). Not where the city is spelt out at the name ("New
 * York, NY", "New York, New York": inUsAddress). Counted once per article and name.
 */
function mostlyState(h: Hit, v: StateView): boolean {
  let byKey = mostly.get(v.hits);
  if (!byKey) mostly.set(v.hits, (byKey = new Map()));
  let r = byKey.get(h.key);
  if (r === undefined) {
    let state = 0;
    let other = 0;
    let named = false;
    let city = false;
    let cityWord = false;
    let stated = false;
    for (const x of v.hits)
      if (x.key === h.key) {
        if (readsAsState(x, v)) state++;
        else other++;
        named ||= stateAtName(v.text, x.span);
        // ("the state of New York", "New York state": not "upstate New York", a region a city's article names too.)
        stated ||=
          /^\s+state\b/i.test(v.text.slice(x.span.end, x.span.end + 7)) || /\bstate\s+of\s+$/i.test(v.text.slice(Math.max(0, x.span.start - 10), x.span.start));
      }
    const name = v.text.slice(h.span.start, h.span.end);
    for (let i = v.text.indexOf(name); i >= 0 && !cityWord; i = v.text.indexOf(name, i + 1)) {
      const after = v.text.slice(i + name.length, i + name.length + 6);
      city ||= CITY_SPELT.test(after);
      cityWord = /^\s+City\b/.test(after);
    }
    byKey.set(h.key, (r = (state >= 2 && state >= other) || (named && !city) || (stated && cityWord)));
  }
  return r;
}

/**
 * The candidates of a US state's bare name: no place for a team, no city for the state. A state's name left with no
 * candidate is the state, a place the dataset does not have under that name (into `v.states`: an article-built place).
 */
export function asUsState(candidates: DatasetEntity[], h: Hit, v: StateView): DatasetEntity[] {
  if (namesTeam(v.text, h.span)) return candidates.filter((c) => c.type !== 'place' && c.type !== 'country');
  if (
    !candidates.some(isUsCity) ||
    !(readsAsState(h, v) || (mostlyState(h, v) && !CITY_AFTER.test(v.text.slice(h.span.end, h.span.end + 6)) && !inUsAddress(h, v)))
  )
    return candidates;
  const left = candidates.filter((c) => !isUsCity(c));
  if (!left.length) (v.states ??= []).push(h.span);
  return left;
}

/**
 * "Ohio State's code of conduct", "a non–Ohio State technology": a state's name and "State" written with its capital is the
 * state's university (or its team), where the state needs no "State" to be named; "New York State" is the state (the dataset
 * calls it so, the bare name being the city's).
 */
const universityState = (c: DatasetEntity, h: Hit, v: StateView): boolean =>
  c.type === 'place' && v.text.charCodeAt(h.span.end - 5) === 83 && aliasKeyMemo(c.name) === h.key.slice(0, -6) && !!v.L?.usStates.has(aliasKeyMemo(c.name));

/** The candidates of a hit: a US state's name's by asUsState; a city's without places for its team ("Boston fell to 3-5", "Leeds 2, Hull 1", "beat Chicago"). */
export function asUsPlace(candidates: DatasetEntity[], h: Hit, v: StateView): DatasetEntity[] {
  if (v.L?.usStates.has(h.key)) return asUsState(candidates, h, v);
  if (h.key.endsWith(' state')) return candidates.filter((c) => !universityState(c, h, v));
  return candidates.some(isCity) && namesTeam(v.text, h.span) ? candidates.filter((c) => c.type !== 'place') : candidates;
}

const US_STATE_AFTER = /^,\s+(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)/u;
const TOWN_COMMA_BEFORE = /\p{Lu}\p{L}+,\s$/u;
/** A state's name and "at" right before: "University of Alabama at", "Texas at" (group 1: the state). */
const STATE_AT_BEFORE = /(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)\sat\s$/u;

/**
 * A US town and its state ("Athens, Georgia", "Paris, Texas", "Hanover, NH"): the town is not the place of the same name
 * elsewhere, and the state is not a country of the same name (a state's name or postal code after the comma). So is a campus's town after its state and "at" ("University
 * of Alabama at Birmingham", "the University of California at Santa Cruz"), as American universities name their campuses.
 */
export function inUsAddress(h: Hit, v: StateView): boolean {
  const L = v.L;
  if (!L) return false;
  const after = US_STATE_AFTER.exec(v.text.slice(h.span.end, h.span.end + 24));
  // (Its first word alone in a headline in title case, which goes on in capitals: "Maker In Paris, Tennessee After …".)
  if (after && (L.usStates.has(after[1]!.toLowerCase()) || (L.usStates.has(after[1]!.split(' ')[0]!.toLowerCase()) && inTitleCaseLine(v.text, h.span))))
    return true;
  // "Hanover, NH", "Tinley Park, IL", "St. Petersburg, Fla.": a state's postal code, or its agencies' abbreviation, after the comma (one word: placeEvidence).
  const code = /^,\s+([A-Z]{2})\b(?![.'\u2019-])/.exec(v.text.slice(h.span.end, h.span.end + 8));
  if ((code && US_STATE_CODES.has(code[1]!)) || (h.tokens > 1 && abbreviatedStateAt(v.text, h.span.end))) return true;
  const at = v.text.startsWith('at', h.span.start - 3) ? STATE_AT_BEFORE.exec(v.text.slice(Math.max(0, h.span.start - 24), h.span.start)) : null;
  if (at && L.usStates.has(at[1]!.toLowerCase())) return true;
  return L.usStates.has(h.key) && TOWN_COMMA_BEFORE.test(v.text.slice(Math.max(0, h.span.start - 24), h.span.start));
}
