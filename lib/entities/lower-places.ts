import type { EntityResult, Span } from '../types';
import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { OverlapIndex } from './overlap';

/**
 * Places in a line written all in lower case ("i am from mexico traveling to san francisco",
 * "migratory birds in punjab"): where nothing is capitalised, capitals say nothing, so a well-known
 * place (the name finder's lists) after a place preposition is read as one. Only in a line of four
 * words or more with no capital but "I"; a page written normally has none.
 */
const BEFORE: ReadonlySet<string> = new Set(['in', 'from', 'to', 'near', 'around', 'visit', 'visiting', 'across', 'throughout']);
/** BEFORE's words by length and first letter (bit length - 1 of each letter's mask): asked first of every word of the article, without a hash. */
const BEFORE_SHAPE = new Uint16Array(128);
for (const w of BEFORE) BEFORE_SHAPE[w.charCodeAt(0)]! |= 1 << (w.length - 1);
/** BEFORE.has(w), its shape read first. */
export const isBefore = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 && w.length <= 16 && (BEFORE_SHAPE[c]! & (1 << (w.length - 1))) !== 0 && BEFORE.has(w);
};

const PRONOUN_I = /^I(?:['\u2019]\w+)?$/;
const LOWER_WORDS = /^[\p{Ll} ]+$/u;

export function lowerCasePlaces(text: string, tokens: Token[], taken: Span[], L: LexiconSets): EntityResult[] {
  const found = new Map<string, Span[]>();
  let blocked: OverlapIndex | null = null;
  forEachLowerLine(text, tokens, (a, b) => {
    for (let i = a + 1; i < b; i++) {
      if (!isBefore(tokens[i - 1]!.low)) continue;
      for (let n = Math.min(3, b - i); n >= 1; n--) {
        const key = words(tokens, i, i + n);
        if (!key || !(L.knownPlaces.has(key) || L.cities.has(key))) continue;
        const span = { start: tokens[i]!.start, end: tokens[i + n - 1]!.end };
        blocked ??= new OverlapIndex(taken);
        if (blocked.overlaps(span)) break;
        found.set(key, [...(found.get(key) ?? []), span]);
        break;
      }
    }
  });
  lowerPlacesAnywhere(text, tokens, taken, L, found);
  return [...found.values()].map((mentions): EntityResult => {
    const name = text.slice(mentions[0]!.start, mentions[0]!.end);
    return {
      id: null,
      name,
      type: 'place' as const,
      fromDataset: false,
      mentions,
      card: {
        title: name,
        lines: ['From this article — not in the Backstory dataset', `Place named ${mentions.length} time${mentions.length === 1 ? '' : 's'} in this article`],
        sources: [],
        fromArticle: true,
      },
      why: 'article-built: a known place in a line written in lower case',
    };
  });
}

/** Plain text around a word: a space before it, and after it a space, a line's end or punctuation (not a URL's "in/london", an address's "@houston"). */
const SPACE_BEFORE = /\s$/;
const END_AFTER = /^(?:$|[\s,.;:!?)'"\u2019\u201d])/;
const CAPITAL_AFTER = /^ \p{Lu}/u;

/**
 * Outside a line written in lower case too, a listed place in lower case after a preposition of place, where no word of it is
 * an everyday English word ("living in malaysia", "some weed in auckland", "get certified in delaware", "pizza from chicago"; not
 * "in turkey", "in nice weather", "from reading"): web text leaves names in lower case, and no other word is written so. Not
 * where the article writes the name with a capital ("Chicago … chicago-style"); in plain text only.
 */
function lowerPlacesAnywhere(text: string, tokens: Token[], taken: Span[], L: LexiconSets, found: Map<string, Span[]>): void {
  let blocked: OverlapIndex | null = null;
  let capitals: Set<string> | null = null;
  const firsts = placeFirstWords(L);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (A listed place's first word asked first: every key below starts with this word, and most words after "in" or "to" start none.)
    if (t.cap || !isBefore(tokens[i - 1]!.low) || !firsts.has(t.low) || L.everyday.has(t.low) || !SPACE_BEFORE.test(text.slice(t.start - 1, t.start))) continue;
    for (let n = Math.min(3, tokens.length - i); n >= 1; n--) {
      const key = words(tokens, i, i + n);
      if (!key || !(L.knownPlaces.has(key) || L.cities.has(key))) continue;
      const span = { start: tokens[i]!.start, end: tokens[i + n - 1]!.end };
      // (Nor a word before a name it qualifies: "in midtown Manhattan".)
      if (
        key.split(' ').some((w) => L.everyday.has(w)) ||
        !END_AFTER.test(text.slice(span.end, span.end + 1)) ||
        CAPITAL_AFTER.test(text.slice(span.end, span.end + 3))
      )
        break;
      capitals ??= new Set(tokens.filter((x) => x.cap).map((x) => x.low));
      blocked ??= new OverlapIndex(taken);
      if (capitals.has(tokens[i]!.low) || blocked.overlaps(span) || found.get(key)?.some((m) => m.start === span.start)) break;
      found.set(key, [...(found.get(key) ?? []), span]);
      break;
    }
  }
}

/** The first words of the lexicon's known places and cities ("san" of "san diego"), once per lexicon. */
function placeFirstWords(L: LexiconSets): Set<string> {
  let s = FIRSTS.get(L);
  if (!s) {
    s = new Set<string>();
    for (const set of [L.knownPlaces, L.cities])
      for (const k of set) {
        const space = k.indexOf(' ');
        s.add(space < 0 ? k : k.slice(0, space));
      }
    FIRSTS.set(L, s);
  }
  return s;
}
const FIRSTS = new WeakMap<LexiconSets, Set<string>>();

/** Calls `fn` with the token range [a, b) of each line written in lower case (lowerLine), in text order. */
export function forEachLowerLine(text: string, tokens: Token[], fn: (a: number, b: number) => void): void {
  for (let a = 0; a < tokens.length;) {
    // The line from token a: tokens up to the next line break (found once per line: no token holds one).
    const nl = text.indexOf('\n', tokens[a]!.end);
    let b = a + 1;
    if (nl < 0) b = tokens.length;
    else while (b < tokens.length && tokens[b]!.start < nl) b++;
    if (lowerLine(tokens, a, b)) fn(a, b);
    a = b;
  }
}

/** Four words or more and no capital but "I" ("I'm"). */
export function lowerLine(tokens: Token[], a: number, b: number): boolean {
  if (b - a < 4) return false;
  for (let i = a; i < b; i++) if (tokens[i]!.cap && !PRONOUN_I.test(tokens[i]!.text)) return false;
  return true;
}

/** The tokens' lower-case words one space apart, or null where they are not plain words next to each other. */
function words(tokens: Token[], from: number, to: number): string | null {
  let s = tokens[from]!.low;
  for (let k = from + 1; k < to; k++) {
    if (tokens[k]!.start - tokens[k - 1]!.end !== 1) return null;
    s += ' ' + tokens[k]!.low;
  }
  return LOWER_WORDS.test(s) ? s : null;
}
