import { capitalisedRuns, subRuns, WordToken, type Run, type SubRun, type Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { tokenKey, type Found } from './link';
import { opensSentence } from './name-words';
import { inTitleCaseLine } from './title-case';
import { isPlaceRecord } from './record-reads';
import { TRAVEL_PREPOSITIONS } from '../text/place-words';
import { siteWordsLength } from './place-sites';
import { firmSiteLength } from './firm-sites';

/** Head words of names: after a place's name, a longer name's ("Oklahoma City", "Arizona State", "Nairobi Airport"). */
const HEADS = ['orgHeads', 'placeHeads', 'businessHeads', 'otherHeads'] as const;

/**
 * A headline written in Title Case ("Border Agents Find Ivory Tusk Hidden in Suitcase at Nairobi Airport") capitalises every
 * word, so its capitals say nothing: the linker read "Cathedral In Derby For Tenth Year" as one longer name and missed Derby.
 * The linker reads such a line as prose instead: in a view of the text with the same offsets, its function words are lower case,
 * and on a line of seven words or more its everyday words too (the lexicon's, from SUBTLEX, which holds no given name), so only
 * the capitals that are left are names. Kept as written: the line's first word and a sentence's after ":" or "?" (prose
 * capitalises them too), acronyms and words with a capital inside ("UK", "MotoGP"), the words of a dataset name of two words or
 * more ("New York"), a one-word dataset name of a person ("Trump"), an everyday word beside a name's word ("Michigan
 * Technological University") or in a chain that goes on with "of" and a name ("National Gallery of Ireland"), a head word after a
 * capitalised word ("Oklahoma City", "Dubai Exhibition Centre"). Only after a place's name that opens the line or follows a
 * preposition of place is an everyday word prose's ("Florida Teenager Takes …", "In Hampshire Say …"), and after a dataset person's
 * name, a headline's verb ("Macron Warns Farmers …", "Keir Starmer Visits Plant …"; not a head word: "Trump Tower"). Lines of tables and
 * lists ("|", tabs) and lines longer than a heading are left. The name finders read the text as written (index.ts): on the real
 * pages, Title Case lines are more often headings of lists and products than news headlines, and their capitals there are names.
 * Cost: the tokens of each line with three capitals or more, read once, with look-aheads of a few words.
 */

/** Function words Title Case capitalises ("Moves To Peterborough After Fire"): never a name's own word, lower case on any such line. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the of in on at to as by or nor and but for from with into onto upon via per than over under after before about against ' +
    'between among amid across through without within despite during near off out up atop toward towards while when where how why ' +
    'above below beneath behind beside along around beyond inside outside throughout since until ' +
    'what who whom whose which that this these those is are was were be been has have had do does did not its her his their our your my he she they we it you'
  ).split(' '),
);
/** Words a line needs before its everyday words are read as prose too: a shorter heading is more often a name ("Blue Cross Blue Shield of Michigan"). */
const SENTENCE_WORDS = 7;

export interface CaseView {
  text: string;
  tokens: Token[];
  runs: Run[];
  subs: SubRun[][];
}

/** The text with its Title Case lines read as prose (above), or null when no line changed. */
export function truecased(text: string, tokens: Token[], runs: Run[], subs: SubRun[][], found: Found, L: LexiconSets): CaseView | null {
  const kept = datasetNameTokens(runs, subs, found);
  let ends: Set<Token> | undefined;
  const personEnds = () => (ends ??= personNameEnds(runs, subs, found));
  const lowered = new Set<Token>();
  let i = 0;
  while (i < tokens.length) {
    const lineEnd = endOfLine(text, tokens[i]!.start);
    let j = i;
    let caps = 0;
    while (j < tokens.length && tokens[j]!.start < lineEnd) if (tokens[j++]!.cap) caps++;
    // (Three capitals at least before the line is scanned again: most lines of prose are left at once.)
    if (caps >= 3 && headingShaped(text, tokens[i]!.start, lineEnd) && inTitleCaseLine(text, tokens[i]!))
      lowerLine(text, tokens, i, j, kept, found, L, lowered, personEnds);
    i = j;
  }
  if (!lowered.size) return null;
  let view = '';
  let at = 0;
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!lowered.has(t)) {
      // (A number capitalised only because the word before was, "Top 40", is not any more.)
      const prev = tokens[k - 1];
      out.push(prev && lowered.has(prev) && t.cap && /^\d+$/.test(t.text) ? new WordToken(t.start, t.end, t.text, t.low, false) : t);
      continue;
    }
    view += text.slice(at, t.start) + t.low;
    at = t.end;
    out.push(new WordToken(t.start, t.end, t.low, t.low, false));
  }
  view += text.slice(at);
  const viewRuns = capitalisedRuns(view, out);
  const viewSubs: SubRun[][] = [];
  for (const r of viewRuns) viewSubs.push(subRuns(r, tokenKey));
  return { text: view, tokens: out, runs: viewRuns, subs: viewSubs };
}

/** A headline's length at most: a longer line without a sentence's end is a paragraph or a list, not a heading. */
const HEADLINE_MAX = 200;

/** Tokens [i, j) of one Title Case line: its function words, and on a long line its everyday words, into `lowered` (the rules above). */
function lowerLine(
  text: string,
  tokens: Token[],
  i: number,
  j: number,
  kept: Set<Token>,
  found: Found,
  L: LexiconSets,
  lowered: Set<Token>,
  personEnds: () => Set<Token>,
): void {
  let words = 0;
  for (let k = i; k < j; k++) if (/^\p{L}/u.test(tokens[k]!.text)) words++;
  for (let k = i + 1; k < j; k++) {
    const t = tokens[k]!;
    if (!t.cap || kept.has(t) || t.low.length !== t.text.length || opensSentence(text, t.start) || capitalInside(t.text)) continue;
    if (FUNCTION_WORDS.has(t.low)) {
      lowered.add(t);
      continue;
    }
    if (words < SENTENCE_WORDS || !everyday(t, L) || found.get(tokenKey(t))?.some((e) => e.type === 'person') || beforeOfName(tokens, k, j, L)) continue;
    // ("Bird Flu Spreads Across Norfolk Farms", "Roofs In Dorset Village, Says …": a site or land after a place the line places, prose's words.)
    const site = siteAfterPlace(text, tokens, k, i, j, found, L);
    if (site > k) {
      for (; k < site; k++) lowered.add(tokens[k]!);
      k--;
      continue;
    }
    // A word beside a name's word is that name's ("Technological" in "Michigan Technological University", "Will Dunham", "VR Studios"),
    // but an everyday word after a place's name is what prose writes in lower case ("Florida teenager"; not a head: "Oklahoma City").
    const prev = tokens[k - 1]!;
    const next = k + 1 < j ? tokens[k + 1] : undefined;
    const afterPlace =
      nameWord(prev, t, L) && placeSaid(text, tokens, k - 1, i) && !!found.get(tokenKey(prev))?.some(isPlaceRecord) && !headAhead(tokens, k, j, L);
    // ("Obama Seeks More …", "Christie Calls Hillary Clinton …": after a dataset person's name a headline's everyday word is its verb, prose's.)
    if (prev.end + 1 === t.start && personEnds().has(prev) && !headAhead(tokens, k, j, L)) {
      lowered.add(t);
      continue;
    }
    // ("Istanbul, Turkey": a dataset place's name in a list of places or after a town is the place.)
    if (text.charCodeAt(prev.end) === 44 && prev.cap && found.get(tokenKey(t))?.some(isPlaceRecord)) continue;
    if ((next && nameWord(next, t, L) && !beforePlace(text, tokens, k, found, L)) || (!afterPlace && nameWord(prev, t, L))) continue;
    // ("Dubai Exhibition Centre": a head word ends the capitalised words before it, everyday or not.)
    if (prev.end + 1 === t.start && prev.cap && !lowered.has(prev) && HEADS.some((h) => L[h].has(t.low))) continue;
    lowered.add(t);
  }
}

/**
 * Token p, a place's name, opens its line or a sentence in it ("Florida Teenager Takes …", "GARAGE SALE FIND: Texas Woman's …") or stands
 * after a preposition of place ("Guides In Hampshire Say …"): the line says place, and what follows is prose. Not after another word ("a
 * Japan Rail Pass", "Visit Japan Web").
 */
const placeSaid = (text: string, tokens: Token[], p: number, first: number): boolean =>
  p === first || opensSentence(text, tokens[p]!.start) || (p > first && TRAVEL_PREPOSITIONS.has(tokens[p - 1]!.low));

/**
 * Token k opens the words of a site or of land (place-sites.ts: "Farms", "Village", "Street Festival") right after a one-word dataset place's
 * name that the line places (placeSaid: "Across Norfolk Farms", "Into Edmonton Mall") or that "a", "an" or "the" opens ("Over a Lancashire
 * Canal"), or an owner's "its", "their" or "our" before a firm's site ("at Its Devon Factory", firm-sites.ts), or "off" before its coast: the index
 * after those words, or k. Prose writes them in lower case ("across Norfolk farms"), and place-evidence.ts reads them so.
 * Only a place's own record (not a country's: "From Holland Park"), not a given name's, a weak alias's or an everyday word's place ("To
 * Victoria Park"), not a site a town names as often (NAMED_SITE), and not before a capitalised word no list calls everyday or a function word:
 * the line's end, a mark, a function word or an everyday word after them.
 */
function siteAfterPlace(text: string, tokens: Token[], k: number, first: number, j: number, found: Found, L: LexiconSets): number {
  const p = tokens[k - 1]!;
  const key = tokenKey(p);
  const list = found.get(key);
  // ("Ends Production at Its Devon Factory": after an owner's "its" no person's given name stands, and the firm's site is the place's; firm-sites.ts.)
  const owned = k - 2 >= first && OWNERS.has(tokens[k - 2]!.low);
  if (p.end + 1 !== tokens[k]!.start || !p.cap || !list?.length || !list.every((e) => e.type === 'place' && (owned || !e.weakAliases?.includes(key)))) return k;
  const after = text.slice(p.end, Math.min(endOfLine(text, p.end), p.end + 60)).toLowerCase();
  // ("Rescued Three Boys Off Cornwall Coast": a coast one is off, as prose writes "off the Cornwall coast".)
  const offCoast = k - 2 >= first && tokens[k - 2]!.low === 'off' && OFF_COAST.test(after);
  if (
    (L.givenNames.has(key) && !owned) ||
    L.everyday.has(key) ||
    !(placeSaid(text, tokens, k - 1, first) || owned || offCoast || (k - 2 >= first && ONE_OF.has(tokens[k - 2]!.low)))
  )
    return k;
  const n = NAMED_SITE.test(after) ? 0 : Math.max(siteWordsLength(after), owned ? firmSiteLength(after) : 0);
  let m = k;
  while (m < j && tokens[m]!.end <= p.end + n) m++;
  const next = tokens[m];
  if (m === k || (next && next.start === tokens[m - 1]!.end + 1 && next.cap && !FUNCTION_WORDS.has(next.low) && !everyday(next, L))) return k;
  return m;
}
const ONE_OF: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const OWNERS: ReadonlySet<string> = new Set(['its', 'their', 'our']);
const OFF_COAST = /^\s(?:coast|coastline)\b/;
/** Sites a town's name names as often, in capitals a longer name ("Holland Park", "Greenwich Village", "Kensington Gardens", "Long Beach"). */
const NAMED_SITE = /^\s(?:parks?|villages?|gardens?|squares?|plazas?|fields?|beach(?:es)?|towns?|hamlets?)\b/;

/**
 * Token k, an everyday word, stands before a one-word dataset place's or country's name that ends there: the line's end, a mark, its
 * possessive or a function word after it ("Safari Crowds Line Kenya's Volcanic Tracks", "Perseids Dazzle Wales as …"). Prose writes such
 * a word in lower case ("line Kenya's tracks"); a name's words go on with a capital ("Air Jordan Retro"). Not a qualifier, an opener, a
 * title or a head of a name ("Little Italy", "Royal Ascot", "Captain America", "Bank Indonesia"), nor before a given name ("Buy Chelsea").
 */
function beforePlace(text: string, tokens: Token[], k: number, found: Found, L: LexiconSets): boolean {
  const t = tokens[k]!;
  const p = tokens[k + 1]!;
  const key = tokenKey(p);
  const list = found.get(key);
  if (!list?.length || !list.every(isPlaceRecord) || L.givenNames.has(key) || L.everyday.has(key) || p.start - t.end !== 1) return false;
  if ([L.qualifiers, L.lead, L.titles, L.orgLeads, L.placeLeads].some((s) => s.has(t.low)) || HEADS.some((h) => L[h].has(t.low))) return false;
  const after = tokens[k + 2];
  return !after || after.start >= endOfLine(text, p.start) || after.start - p.end !== 1 || FUNCTION_WORDS.has(after.low);
}

/** A head word of a name at token k or in the two capitalised words right after it ("Dubai Exhibition Centre", "Tokyo Math Rock Festival"). */
function headAhead(tokens: Token[], k: number, j: number, L: LexiconSets): boolean {
  for (let m = k; m < j && m < k + 3; m++) {
    const t = tokens[m]!;
    // (A function word ends the chain: the line writes it in lower case, "Across Alabama Toll For Storm Victims".)
    if (!t.cap || FUNCTION_WORDS.has(t.low) || (m > k && t.start - tokens[m - 1]!.end !== 1)) return false;
    if (HEADS.some((h) => L[h].has(t.low))) return true;
  }
  return false;
}

/**
 * Token k opens or continues a chain of capitalised words that goes on with "of" and a name's word ("National Gallery of Ireland",
 * "Blue Cross Blue Shield of Texas"): an institution's name, which everyday words make up as often as not.
 */
function beforeOfName(tokens: Token[], k: number, j: number, L: LexiconSets): boolean {
  for (let m = k + 1; m + 1 < j; m++) {
    const t = tokens[m]!;
    if (t.start - tokens[m - 1]!.end !== 1) return false;
    if (t.low === 'of') return nameWord(tokens[m + 1]!, t, L);
    if (!t.cap || FUNCTION_WORDS.has(t.low)) return false;
  }
  return false;
}

/** An everyday word, each part of it ("Free-Range"). */
const everyday = (t: Token, L: LexiconSets): boolean => t.low.split('-').every((w) => L.everyday.has(w));
/** `u` right beside `t` is a capitalised word no list calls everyday or a function word: a name's. */
const nameWord = (u: Token, t: Token, L: LexiconSets): boolean =>
  (u.end + 1 === t.start || t.end + 1 === u.start) && u.cap && (capitalInside(u.text) || (!FUNCTION_WORDS.has(u.low) && !everyday(u, L)));

/** Tokens of every dataset name of two words or more in the runs, longest first as the linker reads them ("New York"). */
function datasetNameTokens(runs: Run[], subs: SubRun[][], found: Found): Set<Token> {
  const kept = new Set<Token>();
  for (let r = 0; r < runs.length; r++) {
    const ts = runs[r]!.tokens;
    if (ts.length < 2) continue;
    for (const { a, b, key } of subs[r]!) {
      if (b - a < 2 || !found.get(key)?.length || ts.slice(a, b).some((t) => kept.has(t))) continue;
      for (let k = a; k < b; k++) kept.add(ts[k]!);
    }
  }
  return kept;
}

/** The last tokens of every dataset person's name in the runs ("Obama", "Christie" of "Chris Christie"). */
function personNameEnds(runs: Run[], subs: SubRun[][], found: Found): Set<Token> {
  const out = new Set<Token>();
  for (let r = 0; r < runs.length; r++)
    for (const { b, key } of subs[r]!) if (found.get(key)?.some((e) => e.type === 'person')) out.add(runs[r]!.tokens[b - 1]!);
  return out;
}

const endOfLine = (text: string, from: number): number => {
  const n = text.indexOf('\n', from);
  return n < 0 ? text.length : n;
};

/**
 * The line from `a` to `b` may be a heading: not longer than one, no cell of a table or a list ("|", a tab), and a lower-case
 * letter in it (a line shouted in capitals is shouted.ts's).
 */
function headingShaped(text: string, a: number, b: number): boolean {
  if (b - a > HEADLINE_MAX) return false;
  const line = text.slice(a, b);
  return !line.includes('|') && !line.includes('\t') && /\p{Ll}/u.test(line);
}

/** A capital after the first letter, not after a hyphen ("UK", "MotoGP", "McDonald"; not "Free-Range"): written so on purpose. */
const capitalInside = (w: string): boolean => /^.(?:[^]*[^-])?\p{Lu}/u.test(w);
