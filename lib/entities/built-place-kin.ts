import type { Span } from '../types';
import type { LexiconSets } from './lexicon-sets';
import { wordBefore } from './name-words';
import { PLACE_PREPOSITIONS } from '../text/place-words';

/**
 * Article-built places that the article itself shows to be a body's or a title's name (issue 18; the built-places audits,
 * tests/fixtures/links-judged-2026-12-07-s34.json and built-places-judged-2026-12-07-seed35.json). The name's shape is the card's
 * only evidence; these cues outweigh it, so no card rather than a wrong card.
 *
 * Of the whole name:
 *  - "Love of Port", "Empire of Hatred", "Republic of Gamers", "New Generation of Vehicles": "of" between everyday words is a
 *    title's, a brand's or a phrase's; a place so named has a place's head before "of" ("City of Portage", "Isle of Dogs", "Bay
 *    of Islands"), a compass word ("South of Market") or a known place after it ("Republic of Ireland", "Horn of Africa").
 */
export function ofPhraseTitle(name: string, L: LexiconSets): boolean {
  const at = name.indexOf(' of ');
  if (at < 0) return false;
  const head = name.slice(0, at).toLowerCase().split(/\s+/);
  const tail = name
    .slice(at + 4)
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== 'the');
  const noun = head[head.length - 1]!;
  for (let i = 0; i < head.length - 1; i++) if (!L.qualifiers.has(head[i]!) && !/^\d+$/.test(head[i]!) && !L.everyday.has(head[i]!)) return false;
  if (!(L.everyday.has(noun) || OF_LENT.has(noun)) || L.qualifiers.has(noun) || PLACE_BEFORE_OF.has(noun)) return false;
  if (!OF_LENT.has(noun) && (L.placeHeads.has(noun) || L.placeLeads.has(noun))) return false;
  if (tail.length === 0) return false;
  // (After a lent place word, a place's head makes a place again: "State of the Lakes"; after an everyday noun it is the
  // phrase's: "Love of Port".)
  const lent = OF_LENT.has(noun);
  for (const w of tail) if (!L.everyday.has(w) || L.knownPlaces.has(w) || L.cities.has(w) || (lent && L.placeHeads.has(w))) return false;
  return !L.knownPlaces.has(tail.join(' '));
}
/** Place words English lends to titles and brands before "of" ("Empire of …", "Republic of …", "State of …", "Kingdom of …"). */
const OF_LENT: ReadonlySet<string> = new Set(['empire', 'republic', 'state', 'kingdom']);
/** Words before "of" that name a place's part or its government ("City of …", "Town of …", "Port of …", "Gulf of …"). */
const PLACE_BEFORE_OF: ReadonlySet<string> = new Set(
  'city town county borough village township municipality district province region port gulf bay cape isle island strait sea lake valley mouth head north south east west'.split(
    ' ',
  ),
);

/**
 * Of one mention (dropped there; a mention with a place's evidence keeps the card):
 *  - "Kensington Publishing Corp. … publishers, Kensington specializes in …": the name opens a firm's longer name, ended by a
 *    firm's legal word ("Corp.", "Inc.", "Co.", "LLC"), that the article has already written, and news English shortens a
 *    firm's name to its first word after giving it in full ("Boston Consulting Group … offices in Boston" keeps the place: its
 *    preposition is a place's evidence);
 *  - "Deep expertise across Meta, TikTok, and LinkedIn Ads", "rivals from Logitech and Nimbus": a one-word name in a list of
 *    three or more, or joined by "and"/"or", beside a name the finders read as a body is one of a list of bodies (firms,
 *    universities, clubs). A body before the name and a bare comma is the body's town ("Andy Warhol Museum, Pittsburgh"), and
 *    a firm after a place and a comma may be the sentence's subject ("in Manhattan, Computer Overhauls specializes"): neither.
 * `orgs` are the organisations found in the article (their names and spans).
 */
export function bodyAtMention(text: string, span: Span, name: string, orgs: readonly { name: string; span: Span }[], placed: () => boolean): boolean {
  const prefix = `${name} `;
  const oneWord = name.indexOf(' ') < 0;
  for (const o of orgs) {
    if (o.span.start < span.start && o.name.startsWith(prefix) && FIRM_END.test(o.name) && !placed()) return true;
    if (!oneWord) continue;
    // (A list's joiner is at most ", and " long: only a neighbour that close is sliced — the article's other bodies are skipped
    // without copying the text between, which on a long page would be most of it, once per body.)
    if (o.span.start >= span.end) {
      if (o.span.start - span.end > MAX_GAP) continue;
      const gap = text.slice(span.end, o.span.start);
      if (AND_GAP.test(gap) || (gap === ', ' && LIST_GOES_ON.test(text.slice(o.span.end, o.span.end + 8)))) return true;
    } else if (o.span.end <= span.start && span.start - o.span.end <= MAX_GAP && AND_GAP.test(text.slice(o.span.end, span.start))) return true;
  }
  return false;
}
/**
 * A firm's legal word, last ("Kensington Publishing Corp", "Cleveland Electric Co."): a firm's own name. Not "Company" or
 * "Group", which headings add to a place and a trade ("a San Diego Cleaning Company": the bare "San Diego" stays the city).
 */
const FIRM_END = /\s(?:Corp|Corporation|Inc|Co|LLC|Ltd|Limited|PLC|Plc|GmbH|AG)\.?$/;
/** "and" or "or" between two items of a list ("Oxford and Stanford", "Meta, TikTok, and"). */
const AND_GAP = /^,?\s(?:and|or)\s$/;
const MAX_GAP = ', and '.length;
/** The list goes on after the body ("Meta, TikTok, LinkedIn", "Meta, TikTok and LinkedIn"). */
const LIST_GOES_ON = /^,?\s(?:(?:and|or)\s)?\p{Lu}/u;

/**
 * Of one mention: a work's title, not a place (dropped there):
 *  - a work's kind right before the name, or its plural ("its albums Toulouse Street and …", "the poem Camelot Station");
 *  - the name ends a quoted title that a naming word or a work's kind opens ("a poem called “Winter Solstice, Camelot Station,”"):
 *    title-case words from the quote to the name, the quote closing right after it, no preposition of place before the name
 *    ("a page called “Best Dentists in Cincinnati”" names the city);
 *  - a reference's journal, its year and volume after a stop ("Frontiers in Human Neuroscience. 2020;14:336").
 */
export function titleAtMention(text: string, span: Span): boolean {
  const head = text.slice(Math.max(0, span.start - 64), span.start);
  if (WORK_BEFORE.test(head)) return true;
  const after = text.charCodeAt(span.end);
  if (after === 46 && JOURNAL_AFTER.test(text.slice(span.end, span.end + 12))) return true;
  if (!CLOSES_QUOTE.test(text.slice(span.end, span.end + 2))) return false;
  const m = QUOTED_TITLE_BEFORE.exec(head);
  // (A title may name a place inside it: "a page called “Best Dentists in Cincinnati”" means the city.)
  if (m && PLACE_PREPOSITIONS.has(wordBefore(text, span.start) ?? '')) return false;
  return !!m && (NAMING_WORDS.has(m[1]!.toLowerCase()) || TITLED_KINDS.has(m[1]!.toLowerCase()));
}
/** Works' kinds that take a title right after them, singular or plural. */
const WORK_KINDS_TITLED = 'albums?|songs?|singles?|novels?|poems?|films?|movies?|documentar(?:y|ies)|musicals?|operas?|paintings?|sitcoms?|podcasts?';
const WORK_BEFORE = new RegExp(`(?<![\\p{L}-])(?:${WORK_KINDS_TITLED})\\s$`, 'iu');
const NAMING_WORDS: ReadonlySet<string> = new Set(['called', 'titled', 'entitled', 'named', 'dubbed']);
const TITLED_KINDS: ReadonlySet<string> = new Set(
  'album song single track novel poem film movie documentary musical opera painting sitcom podcast book essay play series'.split(' '),
);
/** A closing quote right after the name, after a comma or a stop if any. */
const CLOSES_QUOTE = /^[,.!?]?[\u201d"\u2019']/;
/** The word before an opening quote, then title-case words and commas up to the name ("called “Winter Solstice, "). */
const QUOTED_TITLE_BEFORE = /(\p{L}+),?\s[\u201c"\u2018](?:(?:\p{Lu}[\p{L}'’-]*|of|the|and|a|in|on|at|to|for)[,:]?\s){0,6}$/u;
/** A reference's year, volume or pages after the journal's stop (". 2020;14:336", ". 2019:12"). */
const JOURNAL_AFTER = /^\.\s(?:19|20)\d\d[;:]/;
