import type { EntityResult, Span } from '../types';
import { CITY_ABBREVIATIONS, TRAVEL_PREPOSITIONS, US_STATE_ABBREVIATIONS, US_STATE_CODES } from '../text/words';
import type { Token } from './candidates';
import type { LowerWords } from './article-words';
import type { LexiconSets } from './lexicon-sets';
import { opensSentence, wordBefore } from './name-words';
import { OverlapIndex } from './overlap';
import { townsBeforeStates } from './town-state';
import { datelinePlaces } from './datelines';
import { addArticlePlace } from './article-place';

const WHY = 'article-built: a US state code after a town, or after "the state of"';

/**
 * A US state's postal code written as English writes addresses: after a town and a comma ("Lawrence,
 * KS", "Chillicothe, OH area", "Baltimore,MD 21202") or after "the state of" ("the state of NY"). The
 * code is the state, a place; the town before the comma, when no finder took it, is a place too. And
 * the short names of the largest cities written as the country writes them after a preposition of
 * place or travel ("moved to NYC", "a restaurant in SF", "lives in DC", "flew to L.A.").
 *
 * Not after a person's name: "Harry Preuss, MD" is a doctor of medicine, "Jane Doe, PA" a physician
 * assistant. Not in a line of capitals ("SIGN IN, OR …"): the town must be written in mixed case and
 * the word after the code must not be another word in capitals. Not after a sentence's first word or a
 * word the article also writes in lower case: "Yes, OK.", "Well, HI there" are no addresses.
 */

/** The short name goes on as a longer name's ("in DC Comics", "in LA County"), or is a possessive's ("in NYC's"): not taken alone. */
const AFTER_ABBREVIATION = /^\s\p{Lu}|^['\u2019]/u;

/** Short names that are also a current's or a genre's ("at DC fast chargers", "to DC charge", "in SF novels"): the city only where no noun follows. */
const AMBIGUOUS: ReadonlySet<string> = new Set(['DC', 'SF']);
/** A lower-case word after, but a function word ("in DC and", "in SF for"). */
const LOWER_WORD_AFTER = /^\s+(?!(?:and|or|but|to|for|in|on|at|from|with|since|until|when|where|while|is|was|are|were|area|last|next|this|that)\b)\p{Ll}/u;

/** "state of " right before the code. */
const STATE_OF = /\bstate of $/i;
/** A word in mixed case: a capital, then letters, a lower-case one among them ("Green1" is an author's name with a footnote). */
const MIXED = /^\p{Lu}(?=.*\p{Ll})[\p{L}'\u2019.-]*$/u;
/** Codes that are also degrees and titles written after a person's name ("Jeni Green, MS", "John Doe, MD"; "PhD; … MA"). */
const DEGREES: ReadonlySet<string> = new Set(['MD', 'MS', 'MA', 'PA']);
/** What may follow a code that ends an address: the text's end, punctuation, a ZIP code, a line break, a lower-case word. */
const AFTER_CODE = /^(?:$|[\s]*$|[.,;:!?)\]'"\u2019\u201d]|\s+(?:\d{5}\b|[-\u2013\u2014(]|\p{Ll}))/u;

/** The first characters of the codes and the short names. */
const OPENING: ReadonlySet<number> = new Set([...CITY_ABBREVIATIONS, ...US_STATE_CODES].map((w) => w.charCodeAt(0)));

export function stateCodePlaces(text: string, tokens: Token[], found: readonly EntityResult[], L: LexiconSets, lower: LowerWords): EntityResult[] {
  let taken: OverlapIndex | null = null;
  let people: Set<number> | null = null; // ends of person mentions
  let places: Set<number> | null = null; // starts of place mentions
  const out = new Map<string, EntityResult>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "moved to NYC", "a restaurant in SF", "live in DC": a city's short name after a preposition of place or travel.
    // (Codes and short names open with a capital, so are capitalised tokens: a flag, then a number's look-up, not a hash of each word.)
    if (!t.cap || !OPENING.has(t.text.charCodeAt(0))) continue;
    if (
      CITY_ABBREVIATIONS.has(t.text) &&
      TRAVEL_PREPOSITIONS.has(wordBefore(text, t.start) ?? '') &&
      !AFTER_ABBREVIATION.test(text.slice(t.end, t.end + 3)) &&
      !(AMBIGUOUS.has(t.text) && LOWER_WORD_AFTER.test(text.slice(t.end, t.end + 24)))
    ) {
      taken ??= new OverlapIndex(found.flatMap((e) => e.mentions));
      if (!taken.overlaps(t)) addArticlePlace(out, found, text, t, WHY);
      continue;
    }
    // ("based in Seattle, Wa.": a code in title case after a place and a comma, without a stop of its own.)
    if (
      TITLE_CODES.has(t.text) &&
      text.slice(tokens[i - 1]!.end, t.start) === ', ' &&
      AFTER_CODE.test(text.slice(t.end, t.end + 8)) &&
      placeEndsAt(found, tokens[i - 1]!.end)
    ) {
      taken ??= new OverlapIndex(found.flatMap((e) => e.mentions));
      if (!taken.overlaps(t)) addArticlePlace(out, found, text, t, WHY);
      continue;
    }
    if (abbreviatedAfterPlace(text, tokens, i, found)) {
      taken ??= new OverlapIndex(found.flatMap((e) => e.mentions));
      // (With its stop, as datelines.ts writes "Mich.": the token "Ga" of "Ga., on Monday" has none.)
      const span = text.charCodeAt(t.end) === 46 && !t.text.endsWith('.') ? { start: t.start, end: t.end + 1 } : t;
      if (!taken.overlaps(t)) addArticlePlace(out, found, text, span, WHY);
      continue;
    }
    if (t.text.length !== 2 || !US_STATE_CODES.has(t.text)) continue;
    if (!AFTER_CODE.test(text.slice(t.end, t.end + 8))) continue;
    const gap = text.slice(tokens[i - 1]!.end, t.start);
    let town: Span | null = null;
    if (gap === ', ' || gap === ',') {
      // The town: one to three mixed-case words right before the comma, one space apart.
      let a = i - 1;
      if (!MIXED.test(tokens[a]!.text)) continue;
      while (a > i - 3 && a > 0 && MIXED.test(tokens[a - 1]!.text) && tokens[a]!.start - tokens[a - 1]!.end === 1) a--;
      if (!people) {
        people = new Set();
        places = new Set();
        for (const e of found)
          for (const m of e.mentions)
            if (e.type === 'person') people.add(m.end);
            else if (e.type === 'place') places.add(m.start);
      }
      // A person's name before the comma ("Harry Preuss, MD"), or a given name opening it.
      town = { start: tokens[a]!.start, end: tokens[i - 1]!.end };
      if (people.has(town.end) || opensSentence(text, town.start) || someLower(tokens, a, i, lower)) continue;
      // A given name first, or a degree's code, only where the town is a place found or listed ("in Lawrence, KS", "Elkton, MD"; not "Dear Lisa, OK").
      const low = text.slice(town.start, town.end).toLowerCase();
      const placeAlready = places!.has(town.start) || L.cities.has(low) || L.knownPlaces.has(low);
      if ((L.givenNames.has(tokens[a]!.low) || DEGREES.has(t.text)) && !placeAlready) continue;
    } else if (!(gap === ' ' && STATE_OF.test(text.slice(Math.max(0, t.start - 10), t.start)))) continue;
    taken ??= new OverlapIndex(found.flatMap((e) => e.mentions));
    if (taken.overlaps(t)) continue;
    addArticlePlace(out, found, text, t, WHY);
    if (town && !taken.overlaps(town)) addArticlePlace(out, found, text, town, WHY);
  }
  splitTitleCodes(text, found, out);
  // And a town before its state's or its country's full name ("Saginaw, Michigan", "Varkala, India"): town-state.ts;
  // a dateline's town and abbreviated state ("ST. JOSEPH, Mich. (AP) —"): datelines.ts.
  const codes = [...out.values()];
  const before = codes.length ? [...found, ...codes] : found;
  const towns = townsBeforeStates(text, tokens, before, L, lower);
  const dated = datelinePlaces(text, before);
  return towns.length || dated.length ? [...codes, ...towns, ...dated] : codes;
}

/**
 * A state's abbreviation with its stops, or D.C., after a place the article names and a comma ("Manchester, N.J. 08759", "Washington,
 * D.C.", "Athens, Ga., on Monday"): the state (or the district), a place of its own in an American address. Only after a place's mention,
 * which ends right before the comma.
 */
function abbreviatedAfterPlace(text: string, tokens: Token[], i: number, found: readonly EntityResult[]): boolean {
  const t = tokens[i]!;
  const word = text.charCodeAt(t.end) === 46 && !t.text.endsWith('.') ? t.text + '.' : t.text;
  if (!(US_STATE_ABBREVIATIONS.has(word) || word === 'D.C.') || text.slice(tokens[i - 1]!.end, t.start) !== ', ') return false;
  return placeEndsAt(found, tokens[i - 1]!.end);
}

/** A place's or a country's mention ends at `end`. */
const placeEndsAt = (found: readonly EntityResult[], end: number): boolean =>
  found.some((e) => (e.type === 'place' || e.type === 'country') && e.mentions.some((m) => m.end === end));

/**
 * Codes as web text writes them in title case after a town ("San Rafael Ca", "Seattle, Wa"): only those that are no English
 * word, title or name ("Pa", "Ma", "Mo", "Co", "Md", "Mt", "Me", "In", "Or", "Oh", "Hi", "Ok", "De", "La", "Al" are left).
 */
const TITLE_CODES: ReadonlySet<string> = new Set('Ca Wa Fl Tx Ny Nj Nc Sc Nh Nv Az Ct Ga Ks Ky Mn Tn Wi Wv Wy Ak Il Nd Sd Nm Ri Vt'.split(' '));
/** An article-built place of one to three mixed-case words and a title-case code ending its clause: "San Rafael Ca?". */
const TOWN_AND_CODE = /^((?:\p{Lu}\p{Ll}+ ){1,3})(\p{Lu}\p{Ll})$/u;

/**
 * An article-built place read as one name with the code after it ("live in San Rafael Ca like …"): the town and the state, two places.
 * The built place keeps the town's words (each mention written as its name); the code is a place of its own.
 */
function splitTitleCodes(text: string, found: readonly EntityResult[], out: Map<string, EntityResult>): void {
  for (const e of found) {
    if (e.fromDataset || e.type !== 'place') continue;
    const m = TOWN_AND_CODE.exec(e.name);
    if (!m || !TITLE_CODES.has(m[2]!) || !e.mentions.every((x) => text.slice(x.start, x.end) === e.name && AFTER_CODE.test(text.slice(x.end, x.end + 8))))
      continue;
    const town = m[1]!.length - 1;
    e.name = e.card.title = e.name.slice(0, town);
    for (const x of e.mentions) {
      addArticlePlace(out, found, text, { start: x.start + town + 1, end: x.end }, WHY);
      x.end = x.start + town;
    }
  }
}

/** Any of tokens a … b-1 written in lower case elsewhere in the article. */
function someLower(tokens: Token[], a: number, b: number, lower: LowerWords): boolean {
  for (let k = a; k < b; k++) if (lower.has(tokens[k]!.low)) return true;
  return false;
}

/** ", NC" right after a name: a comma, perhaps a space, and a state's code. */
const CODE_AFTER = /^,\s?([A-Z]{2})\b/;
const CAPITALS_AFTER = /^\s*[A-Z]{2,}\b/;
/** Codes that are also words or degrees after a person's name ("Dear Lisa, OK", "Mike, OH no", "Jane, MD"): no address on their own. */
const WORDLIKE_CODES: ReadonlySet<string> = new Set([...DEGREES, 'OK', 'HI', 'IN', 'ME', 'OR', 'OH', 'DE', 'LA', 'AL']);
/** And credentials after a person's full name: a chiropractor's "DC", a naturopath's "ND", "MT (ASCP)", a chartered accountant's "CA". */
const FULL_NAME_CODES: ReadonlySet<string> = new Set([...WORDLIKE_CODES, 'DC', 'ND', 'MT', 'CA']);
/** A figure right after the code: a row of a table of towns ("2. Lawrence, MA 94.0", "Clyde, OH, 3,500"), whatever the code. */
const FIGURE_AFTER = /^,?\s\d/;
/**
 * A name written before ", <state code>" as an address writes its town ("Charlotte, NC", "Irving, TX", "Boca Raton, FL"): the
 * town, not a person (the city list leaves out towns named like people) — asked by the person finders (article-people.ts,
 * other-names.ts), so that the address reads as a place here. A code that is also a word or a degree counts only before a figure
 * (a table's row); after a name of two words or more, neither does a credential's code ("Vanessa Mendez, MD", "Jane Roe, DC").
 */
export function townBeforeCode(text: string, m: Span, oneWord = true): boolean {
  if (text.charCodeAt(m.end) !== 44) return false;
  const c = CODE_AFTER.exec(text.slice(m.end, m.end + 5));
  if (!c || !US_STATE_CODES.has(c[1]!)) return false;
  const after = text.slice(m.end + c[0].length, m.end + c[0].length + 8);
  // (Any word after but another in capitals: a list of dates and venues goes on "Charlotte, NC June 20 …"; "SIGN IN, OR LOG IN" is no address.)
  if (CAPITALS_AFTER.test(after)) return false;
  return FIGURE_AFTER.test(after) || !(oneWord ? WORDLIKE_CODES : FULL_NAME_CODES).has(c[1]!);
}
