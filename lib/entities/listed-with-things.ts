import type { Span } from '../types';
import type { Hit } from './link';
import type { LexiconSets } from './lexicon-sets';
import { hitIndexFrom } from './hit-index';
import { inTitleCaseLine } from './title-case';
import { PLACE_PLURALS } from '../text/place-words';

/**
 * A list holds one kind of thing. A place's name listed with capitalised names that are no place — an everyday word written as a
 * name ("scenes from Casablanca, Jaws and Titanic", "his Chicago, Anchor and Beacon fonts"), a given name ("Sapporo and Asahi",
 * "Victoria and David") — is a name of the same kind as they: a work's, a brand's, a pet's or a person's, not the place. This reads
 * the class, not a kind: a place's name lent to films, fonts, beers, paints, horses and children alike.
 *
 * Evidence, all of it: the name is a whole item of a list of capitalised items joined by commas and one "and", "or" or "&" (the
 * last joiner); more of its other items are such names than are places or may be (a dataset place or country, a place the lexicon knows, a
 * name it does not know: a town the dataset lacks);
 * such an item is one word, is no dataset name of anything, no word the lexicon knows as a place, an organisation or a firm, an
 * institution's head ("Parliament", "Police"), a title, a qualifier ("North and South Korea") or a word opening sentences, has no
 * "the" before it (a body: "the Commission and Paris") and does not open the sentence before a comma ("Still, Paris and Rome").
 * Not a list after a kind of place ("the islands of Java, Sumatra and Bali"), nor one that "between" opens (two parties: "a row between Apple and Brussels"), nor a heading in title case. A country needs
 * two such items: a firm is listed with a country as a party ("Apple and China signed"), and firms are everyday words too.
 * ("Leeds, Otley and Ilkley": towns the dataset lacks are no evidence either way; "from Kenya, Uganda and Tanzania" stays.)
 */
export interface ListView {
  hits: Hit[];
  L: LexiconSets | null;
}

/** One capitalised item of up to four words ("Jaws", "Double Gloucester"); a full stop only inside a word, not a sentence's. */
const WORD = String.raw`\p{Lu}(?:[\p{L}\p{M}'’-]|\.(?=\p{L}))*`;
const ITEM = String.raw`${WORD}(?: ${WORD}){0,3}`;
const JOIN = String.raw`,\s+(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+`;
const ITEM_AFTER = new RegExp(`^(${JOIN})(${ITEM})(?![\\p{L}\\p{M}\\p{N}])`, 'u');
const ITEM_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’.-])(${ITEM})(${JOIN})$`, 'u');
/** A capitalised word and a space right before: the item goes on to the left ("Hit Leeds"). */
const CAPITAL_WORD_BEFORE = /\p{Lu}[\p{L}\p{M}'’.-]*\s$/u;
const CONJUNCTION = /^,?\s+(?:and|or|&)\s+$/;
const BETWEEN_BEFORE = /\bbetween\s+$/i;
const THE_BEFORE = /\b[Tt]he\s+$/;
const SENTENCE_START = /(?:^|[.!?:;]\s+|\n\s*)$/;

/** A kind of place in the plural before the list ("the islands of Java, …", "towns such as …"): a place cue. */
const PLACE_KIND_BEFORE = new RegExp(`\\b(?:${PLACE_PLURALS.join('|')})\\b`, 'i');
/** The sentence before `at`, up to 60 characters. */
function clauseBefore(text: string, at: number): string {
  const s = text.slice(Math.max(0, at - 60), at);
  const stop = Math.max(s.lastIndexOf('. '), s.lastIndexOf('\n'), s.lastIndexOf(';'), s.lastIndexOf('!'), s.lastIndexOf('?'));
  return stop >= 0 ? s.slice(stop + 1) : s;
}

interface Item {
  start: number;
  end: number;
  /** The joiner before the item (to the previous one), '' for the first. */
  join: string;
}

/** The name at `span`, a place's, is an item of a list of names that are no place (see above). */
export function listedWithThings(text: string, span: Span, country: boolean, v: ListView): boolean {
  const L = v.L;
  if (!L) return false;
  const after = text.slice(span.end, span.end + 6);
  const before = text.slice(Math.max(0, span.start - 6), span.start);
  if (!/^(?:,|\s+(?:and|or|&)\s)/.test(after) && !/(?:,|\s(?:and|or|&))\s+$/.test(before)) return false;
  if (CAPITAL_WORD_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start)) || /^ \p{Lu}/u.test(after)) return false;
  const items = listAround(text, span);
  if (!items || items.length < 2 || BETWEEN_BEFORE.test(text.slice(Math.max(0, items[0]!.start - 9), items[0]!.start))) return false;
  if (inTitleCaseLine(text, span) || PLACE_KIND_BEFORE.test(clauseBefore(text, items[0]!.start))) return false;
  let places = 0;
  let things = 0;
  for (const it of items) {
    if (it.start === span.start) continue;
    const kind = itemKind(text, it, v, L);
    if (kind === 'thing') things++;
    else if (kind === 'place') places++;
  }
  return things > places && (!country || things >= 2);
}

/** The list's items around the name: commas, then one conjunction before the last item. Null if the joiners make no such list. */
function listAround(text: string, span: Span): Item[] | null {
  const spans: Span[] = [span];
  // Rightwards up to the first conjunction's item; leftwards while items are joined.
  let at = span.end;
  for (let m; (m = ITEM_AFTER.exec(text.slice(at, at + 80)));) {
    spans.push({ start: at + m[1]!.length, end: at + m[0].length });
    at += m[0].length;
    if (m[1]!.trim() !== ',') break;
  }
  let from = span.start;
  for (let m; joinEndsAt(text, Math.max(0, from - 80), from) && (m = ITEM_BEFORE.exec(text.slice(Math.max(0, from - 80), from)));) {
    const start = from - m[0].length;
    if (CAPITAL_WORD_BEFORE.test(text.slice(Math.max(0, start - 30), start))) break;
    spans.unshift({ start, end: start + m[1]!.length });
    from = start;
  }
  spans.sort((x, y) => x.start - y.start);
  // (The fields by name, not a spread: the spans come in two shapes, and a spread of either was slow.)
  const items: Item[] = spans.map((s, i) => ({ start: s.start, end: s.end, join: i ? text.slice(spans[i - 1]!.end, s.start) : '' }));
  // One conjunction, the last joiner: the list ends at the first conjunction's item at or after the name, and starts after any
  // conjunction before that one.
  const k = items.findIndex((it) => it.start === span.start);
  const conj = items.findIndex((it, i) => i > 0 && isConjunction(it.join) && i >= k);
  if (conj < 0) return null;
  let first = 0;
  for (let i = conj - 1; i > 0; i--)
    if (isConjunction(items[i]!.join)) {
      first = i + 1;
      break;
    }
  if (first > k) return null;
  let list = items.slice(first, conj + 1);
  // A capitalised word opening the sentence before a comma is no item ("Still, Paris and Rome").
  if (list.length > 2 && list[1]!.join.trim() === ',' && SENTENCE_START.test(text.slice(Math.max(0, list[0]!.start - 3), list[0]!.start))) list = list.slice(1);
  return list.some((it) => it.start === span.start) ? list : null;
}

const isConjunction = (join: string): boolean => CONJUNCTION.test(join);

/**
 * White space ends text[lo, at), a comma, "and"'s "d", "or"'s "r" or "&" before it: as every JOIN ends, so where this fails
 * ITEM_BEFORE cannot match (asked first: ITEM_BEFORE tries its lookbehind at each of the 80 characters before it fails).
 */
function joinEndsAt(text: string, lo: number, at: number): boolean {
  let i = at;
  while (i > lo && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === at || i === lo) return false;
  const c = text.charCodeAt(i - 1);
  return c === 44 || c === 100 || c === 114 || c === 38;
}
/** /\s/ of one UTF-16 code unit, ASCII by hand. */
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(String.fromCharCode(c)));
const SPACE = /\s/;

/** What an item is: a name that is no place ('thing'), a place or a name that may be one ('place'), or neither (a firm's, a body's, a person's). */
function itemKind(text: string, it: Item, v: ListView, L: LexiconSets): 'place' | 'thing' | null {
  const word = text.slice(it.start, it.end);
  const low = word.toLowerCase();
  const i = hitIndexFrom(v.hits, it.start);
  const hit = v.hits[i];
  if (hit && hit.span.start < it.end && hit.span.end > it.start) return hit.candidates.some((c) => c.type === 'place' || c.type === 'country') ? 'place' : null;
  if (L.knownPlaces.has(low) || L.cities.has(low) || L.usStates.has(low) || L.regions.has(low)) return 'place';
  // (A name the lexicon does not know may be a town the dataset lacks: "Leeds, Otley and Ilkley", "Java, Sumatra, Sulawesi and Bali".)
  if (/\s/.test(word) || !/^\p{Lu}\p{Ll}+$/u.test(word) || (!L.everyday.has(low) && !L.soleGivenNames.has(low))) return 'place';
  if (L.lead.has(low) || L.titles.has(low) || L.qualifiers.has(low) || L.orgHeads.has(low) || L.placeHeads.has(low) || L.placeLeads.has(low)) return null;
  if (L.knownOrgs.has(low) || L.companies.has(low)) return null;
  if (THE_BEFORE.test(text.slice(Math.max(0, it.start - 4), it.start))) return null;
  return 'thing';
}
