import type { DatasetEntity, Span } from '../types';

/**
 * A US state's bare name that is not the place the dataset links it to (found in the link audit's
 * fresh sample, tests/fixtures/links-judged-2026-12-05-fresh.json, and read on real pages):
 *
 * 1. A team: "Minnesota’s game at Northwestern", "Minnesota beat Buffalo", "scored for New Jersey" —
 *    the state's name in a fixture (its game, a win over or a loss to a side, playing for it), in a
 *    sentence of sport (scored, saves, quarterback, coach, a winning streak …), is its university's or
 *    its club's team, not the state. ("New York vs. New Jersey: the cost to file …" and "ruled against
 *    Ohio's purges" have no word of sport and stay the states.)
 * 2. The state, not the city the dataset calls by its name ("New York" is New York City there,
 *    "Washington" the capital): where the sentence speaks of what a state has — "the state of New
 *    York", "New York state", "upstate New York", its legislature, governor, attorney general,
 *    Secretary of State, statewide rules, state law and taxes, and the firms formed under them ("an LLC
 *    in New York", "incorporated in", "articles of organization", "registered agent"), and what a state
 *    grants: a business entity registered in it, a licence ("licensed in New York") — the city's card
 *    is wrong. The state has no card under the bare name, so nothing links.
 * 3. A win-loss record right after a US city's or state's name ("New York improved to 14-0-1", "Boston
 *    fell to 3-5") is said only of a team: the place's card is wrong.
 */

/** How far a sentence reaches either side of a mention (characters). */
const REACH = 240;

/** The sentence around a span, clipped to REACH characters either side (a line break or . ! ? ends it). */
function sentenceAround(text: string, span: Span): string {
  let a = span.start;
  const minA = Math.max(0, span.start - REACH);
  while (a > minA && !/[.!?\n]/.test(text[a - 1]!)) a--;
  let b = span.end;
  const maxB = Math.min(text.length, span.end + REACH);
  while (b < maxB && text[b] !== '\n' && !(/[.!?]/.test(text[b]!) && /\s/.test(text[b + 1] ?? ' '))) b++;
  return text.slice(a, b);
}

/** A fixture right after the name: "’s game", "’s coach", "beat", "defeated" … */
const FIXTURE_AFTER =
  /^(?:['\u2019]s\s+(?:games?|coach|quarterback|offense|defense|roster|lineup|starters?)\b|\s+(?:beat|beats|defeated|defeats|edged|routed|topped|blanked|downed|outscored)\s+(?:the\s+)?[A-Z])/;
/** …or right before it: "beat", "lost to", "scored for", "vs." … */
const FIXTURE_BEFORE =
  /\b(?:beat|beats|defeated|defeats|edged|routed|vs\.?|versus|scored\s+for|played\s+for|plays\s+for|lost\s+to|fell\s+to|win\s+over|victory\s+over|loss\s+to)\s+$/;
/** Words of sport in the sentence. */
const SPORT =
  /\b(?:scored|scoring|saves|goals?|goaltender|touchdowns?|quarterback|coach|innings?|halftime|overtime|playoffs?|rebounds?|assists?|(?:winning|losing)\s+streak|sacks?|concussion\s+protocol|NCAA|NFL|NBA|NHL|MLB|Big\s+Ten)\b/;

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
/** A result at the name. */
const result = (text: string, span: Span): boolean =>
  RECORD_AFTER.test(text.slice(span.end, span.end + 48)) ||
  (SCORE_AFTER.test(text.slice(span.end, span.end + 8)) && SCORE_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)));

/** A US city's or state's name names its team here (rules 1 and 3). */
export function namesTeam(text: string, span: Span): boolean {
  if (result(text, span)) return true;
  const fixture = FIXTURE_AFTER.test(text.slice(span.end, span.end + 40)) || FIXTURE_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start));
  return fixture && SPORT.test(sentenceAround(text, span));
}

/** The state right at the name: "the state of New York", "New York state", "upstate New York", "New York’s legislature". */
const STATE_BEFORE = /\b(?:state\s+of|upstate|downstate)\s+$/i;
const STATE_AFTER =
  /^(?:\s+state\b(?!\s+(?:university|college|park|building|street|route|highway|fair)\b)|['\u2019]s\s+(?:legislature|legislators|governor|attorney\s+general|secretary\s+of\s+state|department\s+of\s+state|state\s+\w+))/i;
/**
 * What a state has, in the sentence: its law, taxes and offices of state, and the firms formed under its law.
 * (Not "attorney general" anywhere in it: "positions of power in Washington as the attorney general" is the capital.)
 */
const STATE_THINGS =
  /\b(?:LLCs?|limited\s+liability\s+compan(?:y|ies)|incorporat(?:ed|ion|e)|articles\s+of\s+(?:organization|incorporation)|registered\s+agents?|franchise\s+tax|state\s+(?:income\s+)?tax(?:es)?|state\s+laws?|statewide|Secretary\s+of\s+State|Department\s+of\s+State|business\s+licen[cs]e|business\s+entit(?:y|ies))\b|\b(?:registered|licensed)\s+(?:to\s+\w+\s+)?in\s+(?!\d)/i;

/** The state's name means the state, not a city the dataset calls by it (rule 2). */
export function meansState(text: string, span: Span): boolean {
  return (
    STATE_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start)) ||
    STATE_AFTER.test(text.slice(span.end, span.end + 40)) ||
    STATE_THINGS.test(sentenceAround(text, span))
  );
}

/** A dataset city or capital. */
const isCity = (c: DatasetEntity): boolean => c.type === 'place' && c.facts.some((f) => f.label === 'Place' && /^(?:City|Capital)\b/.test(f.value));
/** A dataset city or capital in the United States (the bare name of a state links there: "New York", "Washington"). */
const isUsCity = (c: DatasetEntity): boolean => isCity(c) && c.countryId === 'country:us';

/** The candidates of a US state's bare name at `span`: no place for a team, no city for the state. */
export function asUsState(candidates: DatasetEntity[], text: string, span: Span): DatasetEntity[] {
  if (namesTeam(text, span)) return candidates.filter((c) => c.type !== 'place' && c.type !== 'country');
  return candidates.some(isUsCity) && meansState(text, span) ? candidates.filter((c) => !isUsCity(c)) : candidates;
}

/** The candidates of a name at `span`: a US state's by asUsState; a city's without places for its team ("Boston fell to 3-5", "Leeds 2, Hull 1"). */
export function asUsPlace(candidates: DatasetEntity[], text: string, span: Span, usState: boolean): DatasetEntity[] {
  if (usState) return asUsState(candidates, text, span);
  return candidates.some(isCity) && result(text, span) ? candidates.filter((c) => c.type !== 'place') : candidates;
}
