/**
 * A member of Congress named in full beside the state of the member's own seat (issue 18): "Tammy Baldwin toured a trout
 * stream in northern Wisconsin", "Kelp growers in Maine have asked Susan Collins to back a federal insurance scheme",
 * "FORT PAYNE, Alabama — … Tommy Tuberville's push for tariffs". News follows a senator or a representative home, among
 * constituents and local trades, often without the two words of politics that full-name-context.ts asks of a member of
 * Congress; a reader knows the member by the state. A namesake (a lineman, a baker of the name) is seldom named beside that
 * very one of fifty states, and where he is, the sentence says his trade (namesakes.ts, role-conflict.ts ask first) or speaks
 * of sport (a state's name is its university's team there: "Alabama beat Auburn").
 *
 * Only in a short text (a headline, a caption, a teaser): a long article that never uses two words of politics is about
 * something else, and its name beside the state is a namesake's ("Chris Smith, who grew up in New Jersey, signed …").
 * Only a state named unambiguously — its name no city's or country's too ("Washington", "New York", "Georgia"): the state
 * is what the dataset's role says, the seat ("United States Senator from Wisconsin", "Representative for Maine's 2nd district").
 */
import type { DatasetEntity, Span } from '../types';
import { aliasKey } from '../dataset/alias-key';
import { sentenceRangeAround } from '../text/sentences';
import type { Hit } from './link';

/** A short text: a headline, a caption, a teaser of a few sentences (characters). */
const SHORT = 600;
/** How far the name's sentence reaches either side (characters). */
const REACH = 240;
/** The state of a seat in a role title (group 1). */
const SEAT = /^United States (?:Senator from|Representative for) (?:the )?(.+?)(?:['’]s \S+ (?:congressional )?district)?$/;
/** Words of sport: a state's name is its university's team, and a name beside it a player's or a coach's. */
const SPORT =
  /\b(?:[Ss]cor(?:ed|es|ing)|touchdowns?|[Qq]uarterback|[Ll]inebacker|lineman|[Cc]oach(?:es|ed)?|innings|halftime|overtime|playoffs?|rebounds|roster|signed\s+with|traded\s+to|drafted|rookie|free\s+agent|league|tournament|Olympics?|marathon|medal|NCAA|NFL|NBA|NHL|MLB|PGA|Big Ten|Bowl)\b/;

/** The alias keys of the states of the member's seats, once per record. */
function seatStates(pick: DatasetEntity): ReadonlySet<string> {
  let states = SEATS.get(pick);
  if (!states) SEATS.set(pick, (states = new Set((pick.roles ?? []).map((r) => SEAT.exec(r.title)?.[1]).flatMap((s) => (s ? [aliasKey(s)] : [])))));
  return states;
}
const SEATS = new WeakMap<DatasetEntity, ReadonlySet<string>>();

/**
 * In a short text, the sentence of the full name at `h` names the state of one of the member's seats, unambiguously and not in
 * sport. `official`: whether words speak of public office or politics (full-name-context.ts), asked of an appositive.
 */
export function seatStateNamed(pick: DatasetEntity, h: Hit, text: string, hits: readonly Hit[] | undefined, official: (s: string) => boolean): boolean {
  if (text.length > SHORT || !hits) return false;
  const states = seatStates(pick);
  if (!states.size) return false;
  const [from, to] = sentenceRangeAround(text, h.span.start, h.span.end, REACH);
  // "Tammy Baldwin, a cheesemaker in Wisconsin,": the state in an appositive says the name's home, a seat only with a word of
  // office ("Tammy Baldwin, a Democrat from Wisconsin,").
  const appositive = APPOSITIVE.exec(text.slice(h.span.end, h.span.end + 80))?.[0];
  const named = hits.some(
    (x) =>
      x.span.start >= from &&
      x.span.end <= to &&
      states.has(x.key) &&
      x.candidates.length === 1 &&
      isState(x.candidates[0]!) &&
      !describesNoun(text, x.span, h.span.start) &&
      !PRIVATE_LIFE.test(text.slice(Math.max(from, x.span.start - 24), x.span.start)) &&
      !(appositive && x.span.start < h.span.end + appositive.length && !official(appositive)),
  );
  // ("Mike Johnson of Louisiana won the fishing contest": a private person's home after the name, as news identifies one.)
  return named && !SPORT.test(text.slice(from, to)) && !HOME_AFTER.test(text.slice(h.span.end, h.span.end + 8));
}
/**
 * A private life's words before the state ("Mike Johnson grew up in Louisiana and now bakes bread"): the state is where a person
 * was born, raised or lives, which says nothing of a seat; a member's visit home is "toured", "in", "across".
 */
const PRIVATE_LIFE = /\b(?:grew up|raised|born|bred|lives?|living|lived|moved(?: back)?|retired|native|hometown|home state)\s+(?:in|to|of)\s+$/;
/** ", of" or " of", " from" right after the name (a title before it was asked first: "Sen. Tammy Baldwin of Wisconsin"). */
const HOME_AFTER = /^,?\s(?:of|from)\s/;
/** The record is a US state's (not the capital the dataset calls "Washington"). */
const isState = (c: DatasetEntity): boolean => c.type === 'place' && c.facts.some((f) => f.label === 'Place' && f.value.startsWith(STATE_FACT));
const STATE_FACT = 'Administrative division of the United States';
/**
 * "Wisconsin cheesemaker Tammy Baldwin", "Maine lobsterman …": the state before a lower-case noun right before the name says
 * where the name's trade is plied, not a seat (a member is "Wisconsin Sen.", "Wisconsin Democrat": capitalised, asked before).
 * A past verb there leaves the state the seat's ("growers in Maine urged Susan Collins").
 */
function describesNoun(text: string, state: Span, nameStart: number): boolean {
  if (nameStart - state.end > 32 || nameStart < state.end) return false;
  const m = NOUN_BETWEEN.exec(text.slice(state.end, nameStart));
  return !!m && !m[1]!.endsWith('ed') && !PLACE_PREPOSITION.test(text.slice(Math.max(0, state.start - 8), state.start));
}
const NOUN_BETWEEN = /^\s+(\p{Ll}[\p{Ll}-]+)\s+$/u;
/** A preposition before the state: it is where something is, not an attribute of the noun after it ("growers in Maine want …"). */
const PLACE_PREPOSITION = /\b(?:in|of|from|across|near|to|at|around|throughout)\s+$/;
/** ", a cheesemaker in Wisconsin" up to the clause's end (namesakes.ts reads such appositives for trades). */
const APPOSITIVE = /^,\s+(?:a|an|the)\s+[^,.;:()\u201c\u201d"]{3,70}/u;
