import { aliasKey } from '../dataset/alias-key';
import type { DatasetEntity, Span } from '../types';
import { bareLow, keptTokenKey, objectArray, type Run, type SubRun, type Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { inAuthorList, inDate, isNameWord, NOT_NAME, opensSentence, upperAlready, wordBeforeDotSpace } from './name-words';
import { isPlaceRecord, weakFor } from './record-reads';
import { HONORIFICS, TITLE_WORDS } from '../text/words';
import { MONTHS, WEEKDAYS } from '../text/calendar';
import { afterOfHead, goesOnInName, localBodyAfter, particleNameAfter, titleInName } from './of-name';
import { inDishName } from './place-terms';
import { TRAVEL_PREPOSITIONS } from '../text/place-words';
import { plainBeside, shouted } from './shouted';
import { kindBefore } from './division-kind';
import { personAfterPlace } from './person-after';
import { placeBeforeEvent } from './place-events';
import { bodyAfterOrg } from './org-body-after';
import { breakingNewsAfter } from './outlet-report';

/** A dataset alias found in the text, with the entities that carry it. */
export interface Hit {
  span: Span;
  key: string;
  candidates: DatasetEntity[];
  tokens: number;
  /** The word before the hit inside its run (a title: "President Putin"), lower case. */
  before?: string;
}

/**
 * The look-up's answer by alias key, as a Map: the matcher asks it for every sub-run of every run
 * (a Map look-up is cheaper than a property look-up on a large record), and a key that happens to
 * be the name of an Object.prototype member ("constructor") is no entry.
 */
export type Found = ReadonlyMap<string, DatasetEntity[]>;
export const tokenKey = (t: Token): string => keptTokenKey(t);

/** A run's hit as an instance, not an object literal, which V8 pretenured after the short pages (token-objects.ts says why). */
class RunHit implements Hit {
  constructor(
    public span: Span,
    public key: string,
    public candidates: DatasetEntity[],
    public tokens: number,
    public before: string | undefined,
  ) {}
}

function keysOf(cache: WeakMap<DatasetEntity, Set<string>>, e: DatasetEntity, list: readonly string[] | undefined): Set<string> {
  let keys = cache.get(e);
  if (!keys) cache.set(e, (keys = new Set((list ?? []).map(aliasKey))));
  return keys;
}
const adjectiveKeys = new WeakMap<DatasetEntity, Set<string>>();
const nameKeys = new WeakMap<DatasetEntity, Set<string>>();
/** Alias keys of an entity's adjectives ("Belarusian"), and of its names, computed once per record. */
export const adjectiveKeysOf = (e: DatasetEntity) => keysOf(adjectiveKeys, e, e.adjectives);
const nameKeysOf = (e: DatasetEntity) => keysOf(nameKeys, e, [e.name, ...e.aliases]);

export function isWeak(h: Hit): boolean {
  return h.candidates.some((c) => weakFor(c, h.key));
}
const PLACE_TYPES = new Set(['country', 'place']);

/**
 * The dataset aliases of one capitalised run, longest first, each either a hit or left for the
 * name finders. Each rule below reads the run only, not the article.
 */
export function matchRun(text: string, run: Run, subs: SubRun[], found: Found, hits: Hit[], adjectives: Map<string, Span[]>, L: LexiconSets | null) {
  const ts = run.tokens;
  const used = new Array<boolean>(ts.length).fill(false);
  for (const { a, b, key } of subs) {
    if (anyUsed(used, a, b)) continue;
    const raw = found.get(key);
    if (!raw?.length) continue;
    // An acronym alias ("AS", "CAR") names its entity only when written in capitals: "As the day ended" is not American Samoa.
    const caps = isCapitals(ts, a, b) && !SHOUTED_BEFORE.test(text.slice(Math.max(0, ts[a]!.start - 6), ts[a]!.start));
    const named = uniqueNamed(raw, key, caps);
    if (!named.length) continue;
    const span = { start: ts[a]!.start, end: ts[b - 1]!.end };
    // "30 May 1913", "May 2019": a date, not Theresa May.
    if (b - a === 1 && inDate(text, span)) continue;
    // "Chad le Clos", "Jordan de Goey": a given name before a lower-case particle and a capitalised word is a person's first name.
    if (b - a === 1 && L?.givenNames.has(key) && particleNameAfter(ts, b) && named.every(isPlaceRecord)) continue;
    // "Vila Nova de Gaia", "Costa da Caparica", "Santa Cruz do Sul": a person's or a place's name before a particle and a capitalised
    // word that its own name does not go on with is a longer name's start (a town's, another person's).
    if (particleNameAfter(ts, b) && named.every((e) => e.type === 'person' || isPlaceRecord(e)) && !named.some((e) => goesOnInName(e, ts, b))) continue;
    // A country adjective ("Russian") is context, not a mention — unless the adjective is also the
    // entity's name ("New Zealand", "Singapore", "Luxembourg": the adjective is the name).
    const isAdjective = named.some((e) => adjectiveKeysOf(e).has(key) && !nameKeysOf(e).has(key));
    if (isAdjective) {
      for (const c of named) {
        const spans = adjectives.get(c.id) ?? [];
        spans.push(span);
        adjectives.set(c.id, spans);
      }
      for (let i = a; i < b; i++) used[i] = true;
      continue;
    }
    const prev = a > 0 ? ts[a - 1] : undefined;
    const next = ts[b];
    // "Lord Halifax", "Mr Jordan", "Mrs Victoria": after an honorific a place's name is a person's.
    const honoured = honorificBefore(text, span.start);
    let list = honoured ? named.filter((e) => !PLACE_TYPES.has(e.type)) : named;
    if (!list.length) continue;
    // "Brazil nuts", "Lima beans", "Victoria sponge", "chicken Kiev": a place's name in a dish's is no mention of the place;
    // nor one that is arrested or substituted, one with an age after it ("Georgia, 34, from Leeds"), that smiles, dies or is "she" (person-after.ts); nor a code glued to a currency sign ("US$12", "HK$5").
    if (
      b - a === 1 &&
      list.some((e) => PLACE_TYPES.has(e.type)) &&
      (inDishName(text, span) || text.charCodeAt(span.end) === 36 || personAfterPlace(text, span, key, L))
    )
      list = list.filter((e) => !PLACE_TYPES.has(e.type));
    if (!list.length) continue;
    const places = list.every((e) => PLACE_TYPES.has(e.type));
    const somePlace = list.some((e) => PLACE_TYPES.has(e.type));
    // "Northern Ireland", "East Africa", "New France" are other places than Ireland, Africa and
    // France: a place qualified by a compass word in the same run is left to the name finder.
    if (prev && places && L?.qualifiers.has(prev.low)) continue;
    // "Maria Garcia" is not the dataset's Alan Garcia: a person alias that sits next to another
    // given-name-like word in the same run names somebody else; so does an author's in a list of references ("De Sousa RA, Lima AC").
    if (
      list.every((e) => e.type === 'person') &&
      (nameNeighbour(prev, found, L, ts[a]) || nameNeighbour(next, found, L, ts[b - 1]) || placeNameBefore(prev, ts[a]!, found, L) || inAuthorList(text, span))
    )
      continue;
    // "Jack London": a given name that is some person's alias, before any other name word, is a longer name's first word.
    if (
      b - a === 1 &&
      next &&
      list.every((e) => e.type === 'person') &&
      L?.givenNames.has(key) &&
      isNameWord(next) &&
      next.start - ts[a]!.end === 1 &&
      !L.titles.has(tokenKey(next))
    )
      continue;
    // "Jack London", "Paris Hilton", "Georgia Avenue", "Jordan Industries": a place inside a longer name is that name's word, not the place (shouted.ts: a headline's capitals make none; nor does
    // the division's own kind before it, "County Kerry": seat-cities.ts kindBefore).
    // ("the Monaco Yacht Show", "Copenhagen Fashion Week": the town's own event or building, place-events.ts.)
    if (
      somePlace &&
      (partOfName(text, run, a - 1, found, L, true) || (partOfName(text, run, b, found, L, false) && !placeBeforeEvent(text, span, key, list, L))) &&
      !shouted(list, key, text, span, L) &&
      !plainBeside(list, key, text, span, L)
    )
      if (!kindBefore(list, key, text, span)) continue;
    // "the UN Security Council": an organisation's name before its body's (org-body-after.ts).
    if (bodyAfterOrg(ts, b, list)) continue;
    // "CBS Sports": an outlet's acronym before another capitalised word names something longer.
    // (Not before its own "Breaking News": "this BBC Breaking News Alert", outlet-report.ts.)
    const ownNews = caps && b - a === 1 && breakingNewsAfter(text, span);
    if (caps && b - a === 1 && list.every((e) => e.type === 'outlet') && partOfName(text, run, b, found, L, false) && !ownNews) continue;
    // "Star Wars", "Kansas City Star", "USA TODAY", "The National Assembly": an outlet's name inside
    // a longer capitalised name is a word of that name (the longer name, were it an alias, matched first).
    // So is one before "of" and a capitalised word ("the “7 Days of Calm” programme", "Star of David").
    if (
      list.every((e) => e.type === 'outlet') &&
      (nameWordAt(text, ts, a - 1, a, L) || (nameWordAt(text, ts, b, b - 1, L) && !ownNews) || OF_NAME_AFTER.test(text.slice(span.end, span.end + 8)))
    )
      continue;
    // "University of Melbourne", "Bank of Japan", "Gulf of Mexico", "Blue Cross Blue Shield of Michigan": a place after "<head> of (the)" is part of that name.
    if (somePlace && L && afterOfHead(text, ts, a, L, b)) continue;
    // "the Gulf allies": a single word that is a head word of place or organisation names ("Gulf",
    // "Capital") is a common noun before it is a province; "Today's Big Question" is not an outlet.
    if (
      b - a === 1 &&
      L &&
      !caps &&
      list.every((e) => e.type !== 'country' && e.type !== 'person') &&
      (L.placeHeads.has(key) || L.orgHeads.has(key) || NOT_NAME.has(key))
    )
      continue;
    for (let i = a; i < b; i++) used[i] = true;
    hits.push(new RunHit(span, key, list, b - a, prev && bareLow(prev)));
  }
}

/** An honorific right before `at` ("Mr ", "Rep. ", "Lord "). */
function honorificBefore(text: string, at: number): boolean {
  const w = wordBeforeDotSpace(text.slice(Math.max(0, at - 12), at))?.toLowerCase();
  return !!w && (HONORIFICS.has(w) || RANKS.has(w));
}
/** Ranks written out before a name ("Captain America", "Colonel Jordan"): a person's or a character's, never a place's. */
const RANKS: ReadonlySet<string> = new Set(['captain', 'colonel', 'sergeant', 'lieutenant', 'admiral', 'professor']);

/** The entities of a key, each once (a key may list one entity twice), without acronyms written in lower case. */
function uniqueNamed(raw: DatasetEntity[], key: string, caps: boolean): DatasetEntity[] {
  const seen = new Set<string>();
  const out = objectArray<DatasetEntity>(); // (a hit's candidates, not an array literal: see RunHit)
  for (const e of raw) {
    if (seen.has(e.id) || (!caps && e.acronyms?.includes(key))) continue;
    seen.add(e.id);
    out.push(e);
  }
  return out;
}

function isCapitals(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!upperAlready(tokens[i]!.text)) return false;
  return true;
}

function anyUsed(used: boolean[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (used[i]) return true;
  return false;
}

/** "<Place> <leader's surname>": a place's name glued before a person's alias in one run is a relative's or a namesake's given name (not a title: "Fed Chair Jerome Powell"). */
const placeNameBefore = (t: Token | undefined, at: Token, found: Found, L: LexiconSets | null, k = t ? tokenKey(t) : ''): boolean =>
  !!t && at.start - t.end === 1 && !upperAlready(t.text) && !!found.get(k)?.every(isPlaceRecord) && !TITLE_WORDS.has(k) && !L?.titles.has(k);

/** A name-like word that is no dataset name other than a person's ("Omar" is a leader's weak alias, and a given name). */
function nameNeighbour(t: Token | undefined, found: Found, L: LexiconSets | null, other?: Token): boolean {
  if (!t || !isNameWord(t) || (other && Math.abs(other.start - t.end) > 1 && Math.abs(t.start - other.end) > 1)) return false;
  const k = tokenKey(t);
  // ("Vice-President JD Vance", "Ex-Minister …": a title with a hyphenated prefix is a title still.)
  const last = k.slice(Math.max(k.lastIndexOf('-'), k.lastIndexOf(' ')) + 1);
  if (TITLE_WORDS.has(k) || L?.titles.has(k) || TITLE_WORDS.has(last) || L?.titles.has(last)) return false;
  if (L?.givenNames.has(k)) return true;
  const f = found.get(k);
  return !f || f.every((e) => e.type === 'person');
}

/**
 * Words that follow an outlet's name in its own longer form ("Xinhua News Agency", "Reuters TV"):
 * the outlet still, not a longer name.
 */
const OUTLET_TAILS: ReadonlySet<string> = new Set('news agency media tv television radio network online newspaper newspapers channel wire'.split(' '));

/**
 * Token i of the run, right next to token j (no more than one character between), is a capitalised
 * word of a longer name. Before the outlet: not an article ("The Star") and not a word capitalised
 * only because it opens the sentence ("In", "According"); after it: not a word of the outlet's own
 * longer form, not a day or month ("Reuters Monday"). Titles are never part of the name.
 */
function nameWordAt(text: string, ts: Token[], i: number, j: number, L: LexiconSets | null): boolean {
  const t = ts[i];
  const near = ts[j]!;
  if (!t || !CAPITAL.test(t.text) || (i < j ? near.start - t.end : t.start - near.end) > 1) return false;
  const k = tokenKey(t);
  if (TITLE_WORDS.has(k) || L?.titles.has(k)) return false;
  if (i < j) return !ARTICLES.has(k) && !(opensSentence(text, t.start) && (NOT_NAME.has(k) || !!L?.lead.has(k)));
  return !OUTLET_TAILS.has(k) && !CALENDAR.has(k);
}
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** A word that starts with a capital letter ("2019 Associated Press": a year is no word of the name). */
const CAPITAL = /^\p{Lu}/u;
/**
 * A function word in capitals right before: the line is shouted, and its capitals say nothing of an
 * acronym ("ALL THE TIME" is not Time magazine, "IN THE CAR" not the Central African Republic).
 */
const SHOUTED_BEFORE = /\b(?:THE|AN|ALL|OF|TO|IN|AND|FOR|YOUR|MY|OUR|ON|AT|BY|WITH|THIS|THAT|IS|ARE|WAS|IT)\s+$/;
const OF_NAME_AFTER = /^\s+of\s+\p{Lu}/u;
const CALENDAR: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS].map((w) => w.toLowerCase()));

/**
 * Token i of the run (just before or just after a place alias) makes the place part of a longer
 * name: a capitalised word that is no dataset name and no title ("President"), qualifier or
 * sentence-opening word ("In Paris"). At the run's first token, which any sentence capitalises,
 * only a given name counts ("Jack London").
 */
function partOfName(text: string, run: Run, i: number, found: Found, L: LexiconSets | null, before: boolean): boolean {
  const t = run.tokens[i];
  if (!t || !t.cap || !L) return false;
  const near = run.tokens[before ? i + 1 : i - 1]!;
  if ((before ? near.start - t.end : t.start - near.end) > 1) return false; // not one character apart: "Trump's Washington"
  const k = tokenKey(t);
  // (A work's or an event's head word ends no place's longer name, but before an institution's it is its word: "Chicago Symphony Orchestra".)
  if ((TITLE_WORDS.has(k) || L.titles.has(k)) && !(!before && titleInName(t, run.tokens[i + 1], L))) return false;
  if (L.otherHeads.has(k) && !(!before && L.orgHeads.has(tokenKey(run.tokens[i + 1] ?? t)))) return false;
  // Before the place, words that open sentences and qualifiers are not names ("In Paris", "Central London");
  // after it, they are ("Jersey Royal", "Victoria Street").
  // (Unless another name word comes right before them inside the run: "Radio Free Europe", "Bank Central Asia".)
  if (before && (L.qualifiers.has(k) || L.lead.has(k))) return adjectiveInsideName(k, L) && nameWordBefore(text, run, i, found, L);
  if (!before && ((i + 1 < run.tokens.length && L.titles.has(tokenKey(run.tokens[i + 1]!))) || localBodyAfter(run.tokens, i, found))) return false; // "Ukraine Defence Minister", "Wigan Council"
  // Two countries side by side are two names ("Russia Ukraine talks"); a smaller place next to a
  // place is a word of one longer name ("Jordan Valley", "Tyrone Mali").
  if (found.get(k)?.some((e) => (e.type === 'country' || e.type === 'outlet' || e.type === 'organization') && !e.weakAliases?.includes(k))) return false;
  // At a sentence start any word is capitalised; news sentences rarely open on a verb or an
  // adverb, so a word that is not one of those is taken as a name ("Denzel Washington").
  if (before && i === 0 && opensSentence(text, t.start)) return L.givenNames.has(k) || (isNameWord(t) && !/(?:ing|ed|ly)$/.test(k));
  return true;
}

/** An adjective-like word ("Free", "Central"), not a preposition ("Costs Across California"), nor a head or lead of an institution's name ("Council", "House"). */
const adjectiveInsideName = (k: string, L: LexiconSets): boolean =>
  (L.qualifiers.has(k) || L.everyday.has(k)) && !TRAVEL_PREPOSITIONS.has(k) && ![L.orgHeads, L.orgLeads, L.placeHeads, L.placeLeads].some((s) => s.has(k));
/** Right before token i of the run, a capitalised word that is no title, qualifier, opener or dataset name (at a sentence's start, as partOfName reads it). */
function nameWordBefore(text: string, run: Run, i: number, found: Found, L: LexiconSets): boolean {
  const p = run.tokens[i - 1];
  if (!p || !p.cap || run.tokens[i]!.start - p.end !== 1) return false;
  const k = tokenKey(p);
  if (TITLE_WORDS.has(k) || L.titles.has(k) || L.qualifiers.has(k) || L.lead.has(k) || found.has(k)) return false;
  return !opensSentence(text, p.start) || (isNameWord(p) && !/(?:ing|ed|ly)$/.test(k));
}
