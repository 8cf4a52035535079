import type { EntityResult, EntityType, Span } from '../types';
import type { Token } from './candidates';
import { MONTHS, SAINT_WORDS, TRAVEL_PREPOSITIONS, WEEKDAYS } from '../text/words';
import type { LexiconSets } from './lexicon-sets';
import { addArticlePlace } from './article-place';
import { firstTokenAt, isNameWord, opensSentence, wordBefore } from './name-words';
import type { LowerWords } from './article-words';

/**
 * Unknown one-word names in a list with a place, after a preposition of place or travel: "dead in Mosul, Baiji, and
 * Tuz", "demonstrations in Tikrit and Huwaijah", "buses between Noida and Greater Noida". The list is one phrase: what
 * the preposition governs is of one kind, and a member the article already typed says which. The name finder types a
 * one-word name only with evidence at that mention, and the items after the first have no preposition of their own.
 *
 * Evidence the rule asks for, all of it: the list's items are joined by a comma, "and" or "or"; every item is a
 * mention of a place or a country, or an unknown capitalised word (never a person's or an organisation's mention:
 * "between Israel and Hamas", "from London and Reuters"); at least one is a place; the word before the first item
 * is a preposition of place or travel ("in", "from", "via", "between", …; not "at": "at Google and Apple"). An
 * unknown word is one word alone (not a longer name: "and Greater Noida" is an item only when it is a mention), name-shaped,
 * not a given name ("to Boston and Sydney" may be a person), not a word that opens sentences, a title or an
 * institution's head, not an acronym, not written in lower case in the article ("in Iraq and Health"), not a
 * possessive, not a demonym before a noun ("in Iraq and Syrian territory"), not a month or a day.
 * The place is built from the article (article-place.ts): no dataset card.
 */
export function listedPlaces(text: string, tokens: Token[], entities: EntityResult[], L: LexiconSets, lower: LowerWords): void {
  const byStart = new Map<number, { span: Span; type: EntityType }>();
  const byEnd = new Map<number, { span: Span; type: EntityType }>();
  let anyPlace = false;
  for (const e of entities)
    for (const m of e.mentions) {
      byStart.set(m.start, { span: m, type: e.type });
      byEnd.set(m.end, { span: m, type: e.type });
      if (e.type === 'place' || e.type === 'country') anyPlace = true;
    }
  if (!anyPlace) return;
  // (The token starting or ending at an offset by binary search, and the article's lower-case words from the index the
  // finders share: maps of every token's offsets and a set of its lower-case words, built here, cost more than the few look-ups.)
  const tokAt = (at: number): number | undefined => {
    const i = firstTokenAt(tokens, at);
    return tokens[i]?.start === at ? i : undefined;
  };
  const tokEnd = (at: number): number | undefined => {
    const i = firstTokenAt(tokens, at) - 1; // (tokens do not overlap: one ending at `at` is the last to start before it)
    return i >= 0 && tokens[i]!.end === at ? i : undefined;
  };
  const unknown = (i: number | undefined): Span | null => {
    if (i === undefined) return null;
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (!t.cap || !isNameWord(t) || (prev?.cap && t.start - prev.end <= 1) || (next?.cap && next.start - t.end <= 1)) return null;
    if (L.lead.has(t.low) || L.givenNames.has(t.low) || L.titles.has(t.low) || L.orgHeads.has(t.low) || L.placeHeads.has(t.low)) return null;
    if (ACRONYM.test(t.text) || MONTH_DAY.has(t.low) || SAINT_WORDS.has(t.low)) return null;
    // The list's end or a word of the sentence after it, not a noun the word qualifies ("Apple and Windows platforms", "Salisbury steak").
    if (!nameEndsHere(text, t.end)) return null;
    return lower.has(t.low) ? null : t;
  };
  const done = new Set<number>();
  const made = new Map<string, EntityResult>();
  for (const e of entities) {
    if (e.type !== 'place' || !anchor(e, L)) continue;
    for (const m of e.mentions) {
      if (done.has(m.start)) continue;
      // The list around the place: items left and right of it, each a mention or an unknown word.
      const items: { span: Span; type: EntityType | null }[] = [{ span: m, type: 'place' }];
      let conjunction = false; // (a list is "A, B and C": commas alone are an address or a clause's subject, "in San Jose, California, Splunk serves")
      for (let at = m.start; ;) {
        const j = JOIN_BEFORE.exec(text.slice(Math.max(0, at - 8), at));
        if (!j) break;
        const end = at - j[0].length;
        const known = byEnd.get(end);
        const u = known ? null : unknown(tokEnd(end));
        if (!known && !u) break;
        if (AND_OR.test(j[0])) conjunction = true;
        items.unshift(known ? { span: known.span, type: known.type } : { span: u!, type: null });
        at = items[0]!.span.start;
      }
      for (let at = m.end; ;) {
        const j = JOIN_AFTER.exec(text.slice(at, at + 8));
        if (!j) break;
        const start = at + j[0].length;
        const known = byStart.get(start);
        const u = known ? null : unknown(tokAt(start));
        if (!known && !u) break;
        items.push(known ? { span: known.span, type: known.type } : { span: u!, type: null });
        at = items[items.length - 1]!.span.end;
        if (AND_OR.test(j[0])) {
          conjunction = true;
          break; // (the list ends with the item after its "and")
        }
      }
      for (const it of items) if (it.type === 'place') done.add(it.span.start);
      if (!conjunction || items.length < 2 || items.some((it) => it.type !== null && it.type !== 'place' && it.type !== 'country')) continue;
      const first = items[0]!.span;
      const before = wordBefore(text, first.start);
      if (!before || before === 'at' || !TRAVEL_PREPOSITIONS.has(before) || opensSentence(text, first.start)) continue;
      for (const it of items) if (it.type === null) addArticlePlace(made, entities, text, it.span, WHY);
    }
  }
  for (const e of made.values()) entities.push(e);
}

const WHY = 'article-built: a name in a list of places after a preposition of place';
/** What joins two items of a list: a comma, "and", "or" (", and"). */
const JOIN_BEFORE = /(?:,\s(?:(?:and|or)\s)?|\s(?:and|or)\s)$/;
const JOIN_AFTER = /^(?:,\s(?:(?:and|or)\s)?|\s(?:and|or)\s)/;
/**
 * A place that vouches for its list: a dataset place or country (linked with its own evidence), or an article-built place
 * of two words or more (typed by its head words: "Greater Noida") or in the lexicon's lists of places and cities; not
 * a one-word name placed only by "in" ("in Kotlin or Java", "in Rust or Go": a language).
 */
function anchor(e: EntityResult, L: LexiconSets): boolean {
  const low = e.name.toLowerCase();
  return e.fromDataset || e.name.includes(' ') || L.cities.has(low) || L.knownPlaces.has(low);
}
const AND_OR = /\b(?:and|or)\s$/;
/** A name ends at `end`: punctuation, the line's end or a function word follow, not a noun it would qualify ("Windows platforms"). */
export function nameEndsHere(text: string, end: number): boolean {
  const after = text.slice(end, end + 16);
  const w = WORD_AFTER.exec(after);
  return w ? FOLLOWS_A_NAME.has(w[1]!) : END_AFTER.test(after);
}
const WORD_AFTER = /^\s(\p{Ll}+)\b/u;
const END_AFTER = /^(?:[,.;:!?)]|\s*$|\s*\n)/;
/** Lower-case words that follow a name in running text: prepositions, conjunctions, verbs' auxiliaries — not a noun it would qualify. */
const FOLLOWS_A_NAME: ReadonlySet<string> = new Set(
  'in on at as and or for to with from where which who that were was is are had has have during before after near until while but by since this last'.split(
    ' ',
  ),
);
const ACRONYM = /^[A-Z]{2,}$/;
const MONTH_DAY: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()));
