/**
 * Is a name used as the name of a medium here? A news outlet whose name is an everyday word or a
 * short acronym ("Focus", "Index", "HR", "CT", "RSS", "DR" of TL;DR) links only where the sentence
 * treats it as a medium: a source of reporting ("told HRT", "IRNA reported", "according to Dawn"),
 * a kind of medium around it ("the newspaper Dawn", "a BBC interview", "Kyodo news agency"), or a
 * list of other outlets ("CNN, The Atlantic, BBC").
 *
 * Why: on wcxb-dev's 503 article pages such names made up most outlet links, and nearly all of them
 * were wrong — "HR" in human-resources copy (463 links to a Croatian broadcaster), "Focus on …"
 * (123), "Index funds", "CT scans", "TL;DR", "RSS feeds", "CCTV pipe inspection".
 */
import type { DatasetEntity, Span } from '../types';
import { ACRONYMS_ALONE, AT_PLACE_PREPOSITIONS } from '../text/words';
import { shoutedName } from './shouted-names';
import type { LexiconSets } from './lexicon-sets';
import { speechAlternation } from '../text/speech-verbs';
import { wordBefore } from './name-words';
import { placeOf } from './listed-names';
import { aliasKeyMemo } from '../dataset/alias-key';
import type { Hit } from './link';
import { isPlaceRecord } from './record-reads';
import { reportSourceAfter } from './outlet-report';

/** Kinds of media: before a name they say it names one ("the newspaper Dawn", "state broadcaster HRT"). */
const MEDIA_KINDS =
  'newspapers?|daily(?!\\s+(?:until|from|between|except|at|and|or|to|for|in)\\b)|weekly(?!\\s+(?:until|from|between|except|at|and|or|to|for|in)\\b)|tabloid|magazines?|journal|broadcasters?|networks?|channels?|stations?|radio|television|TV|news\\s+(?:agency|site|service|channel|outlet|website|portal)|agency|wire(?:\\s+service)?|outlets?|website|publication';
/** …and after it, also its people and its work ("a BBC interview", "Kyodo news agency", "IRNA reported"). */
const MEDIA_AFTER = `${MEDIA_KINDS}|(?:\\p{Ll}+\\s+)?(?:reporters?|correspondents?|journalists?|editors?|columnists?|critics?|reviewers?|anchors?|interviewers?|presenters?|producers?)|interviews?|reports?|reporting|articles?|editorial|op-ed|column|podcast|documentary|broadcasts?|poll|survey|investigation|coverage|headlines?|newsroom|bureau|news`;

/** Speech verbs, from lib/text/speech-verbs.ts: "told", "said on", "wrote in", "reports for". */
const [TELL, SAY, WRITE, REPORT] = [['tell'], ['say'], ['write'], ['report']].map((b) => speechAlternation(b));
/**
 * A study, a paper or a review in a journal or a paper, or results published in it ("a study in Nature", "published its fusion results
 * in Nature"): only for names no place bears ("election results in Türkiye" is the country, whatever outlet shares its name).
 */
const STUDY_IN =
  /\b(?:(?:study|studies|paper|papers|review|letter|findings|results)\s+(?:published\s+)?in|published\s+(?:its|their|his|her|the)\s+(?:[a-z-]+\s+){0,2}?(?:results|findings|study|paper|research|data)\s+in)\s+$/i;
/** Named parts of the patterns below. Between the cue and the name: "the", "state-run", "daily" … up to three. */
const MODIFIERS = '(?:(?:the|a|an|its|state-run|state|state-owned|official|public|private|national|local|daily|weekly|online|Sunday)\\s+){0,3}';
/** Cues of publishing before a name: "according to", "reported by", "obtained by", "published in", "first published on", "a statement to", "wrote for", "column in". */
const PUBLISHED_BY = `according\\s+to|(?:reported|obtained|seen|reviewed)\\s+by|published\\s+(?:by|in|on)|statements?\\s+to|reported\\s+(?:in|on)|(?:${WRITE}|column|op-ed|article|piece|essay)\\s+(?:in|for)`;
/** …and after it: "published", "revealed", "has learned". */
const PUBLISHED_AFTER = 'published|revealed|obtained|broadcast|aired|learned|has\\s+learned';
/** ", the state broadcaster," after a name. */
const kindAfterComma = (kinds: string) => `^,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${kinds})\\b`;

/** Before the name: "told", "according to", "reported by", "interview with", "the newspaper" … (an optional "the"/"state-run" between). */
const BEFORE = new RegExp(
  `(?:\\b(?:${TELL}|quoted\\s+by|cited\\s+by|${PUBLISHED_BY}|(?:interview|interviews|interviewed|spoke|speaking|talking|talked)\\s+(?:with|to)|(?:${SAY}|appeared|appearing|speaking|carried|aired|broadcast|shown|airs?)\\s+on|(?:${REPORT}|${WRITE}|works|worked)\\s+for|(?:confirmed|subscribe|subscribed)\\s+to|(?:${MEDIA_KINDS}))\\s+${MODIFIERS})$`,
  'i',
);
/**
 * After the name: "reported", "said", "'s correspondent", ", the state broadcaster," … — in lower
 * case: a capitalised "Network" or "News" after the name makes a longer name ("Open Network Video
 * Interface Forum"). (A possessive before a capitalised pair is no sign either: "Google's Play Store".)
 */
const AFTER = new RegExp(
  `^(?:['\u2019]s)?\\s+(?:${REPORT}|${SAY}|${WRITE}|alleged|claimed|quoted|cited|${PUBLISHED_AFTER}|contacted|was\\s+told|${MEDIA_AFTER})\\b|${kindAfterComma(MEDIA_KINDS)}`,
  'u',
);
/** A dateline's source: "(CNN)President …", "WASHINGTON (Reuters) - …". */
const DATELINE_BEFORE = /(?:^|\n|\p{Lu}{2,}[,\s]*)\($/u;
const DATELINE_AFTER = /^\)(?:\s*[-\u2013\u2014]|\p{Lu}|[ \t]*(?:\n|$))/u;
/** Between two names of one list: ", ", " and ", ", and ", " or ". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)(?:the\s+)?$/i;

/** The name at `span` is a dateline's source: "WASHINGTON (AP) —", "(AFP) -". */
export const inDateline = (text: string, span: Span): boolean =>
  text.charCodeAt(span.start - 1) === 40 &&
  DATELINE_BEFORE.test(text.slice(Math.max(0, span.start - 48), span.start)) &&
  DATELINE_AFTER.test(text.slice(span.end, span.end + 4));

/** The sentence uses the name at `span` as a medium's (see the module's comment). */
export function usedAsMedium(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 64);
  const before = text.slice(Math.max(0, span.start - 48), span.start);
  return BEFORE.test(before) || AFTER.test(after) || (DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(after)) || reportSourceAfter(text, span);
}

/**
 * A firm speaks, is told things, is worked for and has tools and rules of its own: "Google says",
 * "tell Google", "worked for Google", "according to Google's keyword tool", "Google TV" (all ten
 * "Google" links on 1,188 real article pages, each a "news outlet" card). An outlet called by a weak
 * name (an everyday word or a brand's, not an acronym) is a medium only where the sentence says it
 * reports: a reporting verb, "according to" the name itself, a kind of medium or its staff in lower
 * case, a dateline — or a list of other outlets (listedWithOutlets).
 */
const KINDS_LOWER = MEDIA_KINDS.replace('|TV', '');
const REPORTING_BEFORE = new RegExp(
  `(?:\\b(?:${PUBLISHED_BY}|(?:${REPORT}|${WRITE})\\s+for|(?:interview|interviews|interviewed)\\s+(?:with|by)|(?:${KINDS_LOWER}))\\s+${MODIFIERS})$`,
  'i',
);
const REPORTING_AFTER = new RegExp(
  `^(?:['\u2019]s)?\\s+(?:${REPORT}|${WRITE}|${PUBLISHED_AFTER}|${MEDIA_AFTER.replace('|TV', '')})\\b|${kindAfterComma(KINDS_LOWER)}`,
  'u',
);
/** A capitalised word right after the name: not a weekday, a month, its own "News" ("according to Yahoo News"), nor its staff ("Nature Editor Jane Doe"). */
const CONTINUED =
  /^[ \t]+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|News\b|(?:Senior\s+)?(?:Editor|Correspondent|Reporter|Columnist|Writer|Critic|Anchor|Contributor|Journalist)s?\b)\p{Lu}[\p{L}\d]/u;
/** The sentence says the name at `span` reports (see REPORTING_BEFORE): stricter than usedAsMedium. */
export function reportsAsMedium(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 64);
  if (REPORTING_AFTER.test(after)) return true;
  if (/^['\u2019]s\s/.test(after)) return false; // "according to Google's keyword tool"
  // "according to Google Scholar", "published in Nature Communications": a capitalised word on makes a longer name, whose cue it is.
  if (CONTINUED.test(after)) return false;
  const before = text.slice(Math.max(0, span.start - 48), span.start);
  return REPORTING_BEFORE.test(before) || (DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(after));
}

/** The name at `span` stands in one list with another outlet's name ("CNN, The Atlantic, BBC and NPR"). */
export function listedWithOutlets(text: string, span: Span, outletSpans: readonly Span[]): boolean {
  return outletSpans.some(
    (o) =>
      o !== span &&
      ((o.end <= span.start && span.start - o.end <= 12 && LIST_GAP.test(text.slice(o.end, span.start))) ||
        (o.start >= span.end && o.start - span.end <= 12 && LIST_GAP.test(text.slice(span.end, o.start)))),
  );
}

/**
 * An acronym as written: two to five capitals ("HR", "RSS", "CCTV"), perhaps with a digit ("TV3"). (Its first two characters each a
 * capital, a digit or not ASCII, as in every match, asked first: most surfaces are words in title case.)
 */
export const isShortAcronym = (surface: string): boolean =>
  capitalOrDigit(surface.charCodeAt(0)) && capitalOrDigit(surface.charCodeAt(1)) && SHORT_ACRONYM.test(surface);
const capitalOrDigit = (c: number): boolean => c >= 128 || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const SHORT_ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}\d]{2,5}$/u;
/** The name reads as a short acronym ("PR firms", "CIS"): in capitals, not one that stands alone, not a country's or a place's name in a shouted headline (shouted-names.ts). */
export const readsAsAcronym = (list: readonly DatasetEntity[], key: string, text: string, span: Span, L: LexiconSets | null): boolean =>
  isShortAcronym(text.slice(span.start, span.end)) && !ACRONYMS_ALONE.has(key) && !shoutedName(list, key, text, span, L);

/**
 * The outlet is called by a weak name ("Focus", "HR" of HRT), by a short acronym that is not its own
 * name ("CT" for Czech Television, "DR", "NBT") or is the own name of an outlet a reader does not meet
 * by it ("DHA" of omega-3, "CCTV" cameras; "CNN" and "ESPN" stand alone), by one word after a place
 * preposition ("across Eurasia") or after what only a place has and "of" ("the populations of Eurasia",
 * "the city of Dawn": placeOf), or by one word the article writes with a release number ("Polygon 2.0").
 */
export const plainOutletName = (c: DatasetEntity, h: Hit, text: string): boolean =>
  c.type === 'outlet' &&
  (!!c.weakAliases?.includes(h.key) ||
    (isShortAcronym(text.slice(h.span.start, h.span.end)) && (aliasKeyMemo(c.name) !== h.key || !isListed(c))) ||
    (h.tokens === 1 && (AT_PLACE_PREPOSITIONS.has(wordBefore(text, h.span.start) ?? '') || placeOf(text, h.span.start))) ||
    (h.tokens === 1 && released(text, h)) ||
    POLITICIAN_AFTER.test(text.slice(h.span.end, h.span.end + 14)));
/** "The Independent councillor for Eastfield": an outlet's name that is a politician's label, before the politician's role. */
const POLITICIAN_AFTER = /^\s(?:councill?ors?|candidates?|MPs?|MEPs?|senators?|mayors?|politicians?)\b/;

/** A release number after a word: "2.0", "v3", "v1.2" (not a score's "82.0" of a table: only after the name, see `released`). */
const RELEASE_AFTER = /^\s+v?\d+\.\d+\b|^\s+v\d+\b/;
const LETTER = /\p{L}/u;
const releasedMemo = new WeakMap<Hit, boolean>();
/**
 * The article writes the one-word name with a release number somewhere ("Polygon 2.0 introduced …
 * Polygon zkEVM launched"): the name is a product's or a network's there (the Polygon blockchain), not
 * Vox Media's games site, in every mention — plain, a medium only where the sentence says it reports.
 */
function released(text: string, h: Hit): boolean {
  let r = releasedMemo.get(h);
  if (r === undefined) {
    const surface = text.slice(h.span.start, h.span.end);
    r = false;
    // (Where a release number stands, not where the name does: an article names a name more often.)
    for (const p of releaseStarts(text)) {
      const i = p - surface.length;
      if (i >= 0 && text.startsWith(surface, i) && !LETTER.test(text[i - 1] ?? '')) r = true;
    }
    releasedMemo.set(h, r);
  }
  return r;
}

/** The last space before a release number's start (every RELEASE_AFTER match has one). */
const RELEASE_START = /\s(?:v?\d+\.\d|v\d)/g;
const SPACE = /\s/;
let releaseText: string | null = null;
let releaseAt: number[] = [];
/** Every offset of the text where RELEASE_AFTER matches (as `released` reads it: ten characters on), found once per text. */
function releaseStarts(text: string): number[] {
  if (text === releaseText) return releaseAt;
  const at: number[] = [];
  for (const m of text.matchAll(RELEASE_START))
    for (let p = m.index; p >= 0 && SPACE.test(text[p]!); p--) if (RELEASE_AFTER.test(text.slice(p, p + 10))) at.push(p);
  [releaseText, releaseAt] = [text, at];
  return at;
}

/**
 * An outlet named plainly, where the sentence uses the name as a medium's ("told HRT", "Index
 * reported", "the newspaper Dawn", "CNN, The Atlantic, BBC") or the article names the outlet by a
 * name of its own elsewhere: that outlet (one of several by the country named, or by the name being
 * its own). Undefined when no outlet here is named plainly; null when none can be told apart.
 */
export function asMedium(
  h: Hit,
  candidates: DatasetEntity[],
  text: string,
  hits: readonly Hit[],
  outletSpans: readonly Span[],
  countries: ReadonlySet<string>,
): { pick: DatasetEntity; why: string } | null | undefined {
  const outlets = candidates.filter((c) => c.type === 'outlet');
  if (!outlets.some((c) => plainOutletName(c, h, text))) return undefined;
  const named = outlets.filter((c) => soleHitsOf(hits, c).some((x) => x !== h && !plainOutletName(c, x, text)));
  const weakWord = !isShortAcronym(text.slice(h.span.start, h.span.end)) && outlets.some((c) => c.weakAliases?.includes(h.key));
  const medium =
    (weakWord ? reportsAsMedium(text, h.span) : usedAsMedium(text, h.span)) ||
    listedWithOutlets(text, h.span, outletSpans) ||
    (!h.candidates.some(isPlaceRecord) && STUDY_IN.test(text.slice(Math.max(0, h.span.start - 48), h.span.start)));
  if (!medium && named.length !== 1) return undefined;
  const why = medium ? 'an outlet named as a medium ("told", "reported", "the newspaper")' : 'an outlet named in full elsewhere in the article';
  if (!medium) return { pick: named[0]!, why };
  // As a medium, an outlet known only from the world list of state media and called by a shared name
  // ("CNS reported" of Christian News Service is not China News Service) needs its country named too.
  const local = (c: DatasetEntity) => !!c.countryId && countries.has(c.countryId);
  // So does a state-controlled outlet, whatever list it is on: calling a source state media must be sure.
  const fits = outlets.filter((c) => !plainOutletName(c, h, text) || named.includes(c) || local(c) || isListed(c));
  if (!fits.length) return undefined;
  if (fits.length === 1) return { pick: fits[0]!, why };
  const pick = one(named) ?? one(fits.filter(local)) ?? one(fits.filter((c) => !c.weakAliases?.includes(h.key)));
  return pick ? { pick, why } : null;
}
const one = <T>(list: T[]): T | undefined => (list.length === 1 ? list[0] : undefined);

/** The hits whose only candidate is `c`, in text order: an index built once per article's hits (asked for each outlet's hit, of every hit). */
function soleHitsOf(hits: readonly Hit[], c: DatasetEntity): readonly Hit[] {
  let index = soleHits.get(hits);
  if (!index || index.size !== hits.length) {
    const by = new Map<DatasetEntity, Hit[]>();
    for (const x of hits) {
      if (x.candidates.length !== 1) continue;
      const list = by.get(x.candidates[0]!);
      if (list) list.push(x);
      else by.set(x.candidates[0]!, [x]);
    }
    soleHits.set(hits, (index = { size: hits.length, by }));
  }
  return index.by.get(c) ?? NONE;
}
const soleHits = new WeakMap<readonly Hit[], { size: number; by: Map<DatasetEntity, Hit[]> }>();
const NONE: readonly Hit[] = [];
/**
 * State Media Monitor codes of outlets whose editorial line the state controls: state-controlled,
 * captured public, captured private (the State Media Monitor's typology). The independent
 * public and state-funded codes (IP, ISFM, ISM) are left out. (Also read by lib/claims/sourcing.ts.)
 */
export const STATE_CONTROLLED: ReadonlySet<string> = new Set(['SC', 'CaPu', 'CaPr']);
/** Sources of outlets a reader of English news meets by name (Kagi's media list, our curated outlets), unlike the world list of state media. */
const LISTED: ReadonlySet<string> = new Set(['kagi-media', 'curated']);
/** On Kagi's list or ours, and not state-controlled: an outlet a reader meets by name. */
const isListed = (c: DatasetEntity): boolean =>
  c.facts.some((f) => LISTED.has(f.source)) && !c.stateLabels?.some((l) => l.code && STATE_CONTROLLED.has(l.code));

/**
 * Words that many newspapers share as their title ("The Post", "The Star", "The Nation", "The
 * Herald"): the dataset's one bearer of such a title is meant only where the article names its
 * country. "The Post has learned" in a New York Post story is not New Zealand's The Post, nor is
 * Spielberg's film "The Post" in a list of films.
 */
const SHARED_TITLES: ReadonlySet<string> = new Set(
  'post press star sun nation national herald chronicle paper mercury times journal mail globe observer standard express examiner courier register tribune telegraph independent guardian mirror'.split(
    ' ',
  ),
);
/**
 * The same titles in the languages of the world's press, after their article ("La Presse" of Tunis and of Montreal, "La Nación" of Buenos
 * Aires and of San José, "Al Watan" of Doha, Damascus and Kuwait, "Le Matin" of Casablanca, Lausanne and Port-au-Prince, "El País" of
 * Madrid, Montevideo and Cali): a paper's common name, which the dataset's one bearer does not own either.
 */
const SHARED_FOREIGN_TITLES: ReadonlySet<string> = new Set(
  'presse prensa nation nacion nación nazione nacional soleil sol matin tempo tiempo pais país telegrafo telégrafo tribune tribuna journal jornal universal comercio razon razón diario heraldo correo mercurio republica república repubblica watan akhbar sharq ittihad rai raya'.split(
    ' ',
  ),
);
const ARTICLES: ReadonlySet<string> = new Set(['la', 'le', 'el', 'il', 'o', 'al', 'der', 'die', 'de']);
/** The outlet is called "The <shared title word>", or a shared title after its own language's article ("La Presse"), and nothing more. */
export function sharedTitle(c: DatasetEntity, h: Pick<Hit, 'tokens' | 'key'>): boolean {
  if (c.type !== 'outlet' || h.tokens !== 2) return false;
  const space = h.key.indexOf(' ');
  const article = h.key.slice(0, space);
  return article === 'the' ? SHARED_TITLES.has(h.key.slice(4)) : ARTICLES.has(article) && SHARED_FOREIGN_TITLES.has(h.key.slice(space + 1));
}

/** Countries whose outlets write in English for readers everywhere: their one-word titles are known by name ("Reuters", "Axios"). */
export const ENGLISH_PRESS: ReadonlySet<string> = new Set(['country:us', 'country:uk', 'country:ca', 'country:as', 'country:nz', 'country:ei']);

/**
 * An outlet of another country called by one word, or "The" (or its own language's article) and one word ("Mir", "Eurasia",
 * "Eurostar", "Sabah", "The Mirror" of Ghana, "El Peruano" as a Chilean trolleybus's nickname), with no word of a medium around it, not listed with outlets, and its country not named in the
 * article: no card. Such a title is as often a space station, a continent, a train, a state of Malaysia or a paper of
 * the same title elsewhere; the sentence says so when it is the outlet ("Mir reported", "the newspaper Sabah"). (Tried on
 * every outlet: 45 right links lost on the 974 real texts — "contacted by Reuters", "PCWorld tests laptops" — none wrong.)
 */
export function foreignOutletUnplaced(c: DatasetEntity, h: Hit, v: { text: string; outletSpans?: readonly Span[]; countries?: ReadonlySet<string> }): boolean {
  if (c.type !== 'outlet' || !c.countryId || ENGLISH_PRESS.has(c.countryId) || v.countries?.has(c.countryId)) return false;
  if (h.tokens > 2 || (h.tokens === 2 && !h.key.startsWith('the ') && !ARTICLES.has(h.key.slice(0, h.key.indexOf(' '))))) return false;
  return !usedAsMedium(v.text, h.span) && !listedWithOutlets(v.text, h.span, v.outletSpans ?? []);
}
