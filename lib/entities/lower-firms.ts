import type { EntityResult, Span } from '../types';
import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { builtEntity, spansByName } from './built-entity';
import { opensSentence } from './name-words';
import { OverlapIndex } from './overlap';
import type { LowerWords } from './article-words';

/**
 * Well-known firms written in lower case ("go 2 starbucks", "I was with verizon", "clients include … and eBay", "I 'm inclined
 * to say that google is doing what they can"): web text leaves names in lower case, and a name of the organisations' list
 * (names.json, from compromise's lexicon) no word of which is an everyday English word ("target", "visa", "twitter" are)
 * names the firm there too (a name of more words: not after "a", "the taco bell dog" but not "a banana republic"). In plain text only (not "google.com", "@yahoo", "/walmart"); not a verb's use: not opening a
 * sentence ("google nazi stolen art": an imperative), nor before an object ("google it", "to google the term"). A name
 * of one word is no person by this (it is never a person's evidence).
 */

/** Plain text before the name: the text's start, white space or an opening bracket (not a quote: code's "'dept'"). */
const PLAIN_BEFORE = /^(?:|[\s(])$/;
/** Plain text after it: the end, white space or punctuation, but no domain's or address's stop ("google.com"). */
const PLAIN_AFTER = /^(?:$|[\s,;:!?)]|\.(?![\p{L}\p{N}]))/u;
/**
 * A word in lower case after the name makes it a noun's modifier ("google translate", "facebook groups", "fiat currencies",
 * "chevron lugs") but for a verb's auxiliary, a conjunction or a preposition: the name as a subject or an object ("google is
 * doing", "starbucks do nt spend", "verizon and").
 */
const LOWER_AFTER = /^\s+\p{Ll}/u;
const FUNCTION_AFTER =
  /^\s+(?:is|was|are|were|has|have|had|do|does|did|will|would|can|could|should|may|might|must|and|or|but|to|in|on|at|for|with|from|of|by|as|than|that|which|who|if|so|because|when|where)\b/;
/** An object right after the name: the name is a verb ("google it", "google the term", "google for cheap flights"). */
const OBJECT_AFTER = /^\s+(?:it|them|him|her|me|us|you|this|that|the|a|an|your|my|his|their|our|for)\b/;
const MAX_WORDS = 3;
/** An indefinite article before a name of more words: a common noun's phrase ("a banana republic"). */
const A_BEFORE = /(?:^|\s)an? $/;

const WHY = 'article-built: a well-known firm written in lower case (“go 2 starbucks”, “I was with verizon”)';

/** Article-built organisations for the well-known firms the text writes in lower case, none overlapping `taken`. */
export function lowerCaseFirms(text: string, tokens: Token[], taken: readonly Span[], L: LexiconSets, lower: LowerWords): EntityResult[] {
  const found: Span[] = [];
  let blocked: OverlapIndex | null = null;
  const firsts = firstWords(L);
  // (Longer names only from a word one of them starts with: the 2- and 3-word keys built at every word were this pass's cost. The
  // tokens of those words only, from the article's index of its lower-case words: one look per word of the list, no hash of each token.)
  const starts = lower.indexesOf(startWords(L));
  for (let s = 0, after = 0; s < starts.length; s++) {
    const i = starts[s]!;
    if (i < after) continue; // (inside the name found before)
    const t = tokens[i]!;
    const first = firsts.get(t.low)!;
    for (let n = first ? Math.min(MAX_WORDS, tokens.length - i) : 1; n >= 1; n--) {
      const key = words(text, tokens, i, i + n);
      if (!key || !L.knownOrgs.has(key)) continue;
      const span = { start: t.start, end: tokens[i + n - 1]!.end };
      if (!plainName(text, span, key, L)) break;
      blocked ??= new OverlapIndex([...taken]);
      if (!blocked.overlaps(span)) found.push(span);
      after = i + n;
      break;
    }
  }
  return [...spansByName(text, found)].map(([name, spans]) => builtEntity(name, 'organization', spans, WHY, 'Organisation'));
}

/** The name at `span` stands in plain text, as a name and not a verb, and is no everyday word, place or given name. */
function plainName(text: string, span: Span, key: string, L: LexiconSets): boolean {
  if (!PLAIN_BEFORE.test(text.slice(Math.max(0, span.start - 1), span.start)) || !PLAIN_AFTER.test(text.slice(span.end, span.end + 2))) return false;
  if (opensSentence(text, span.start) || OBJECT_AFTER.test(text.slice(span.end, span.end + 8))) return false;
  const after = text.slice(span.end, span.end + 12);
  if (LOWER_AFTER.test(after) && !FUNCTION_AFTER.test(after)) return false;
  if (key.startsWith('the ')) return false; // ("the who's who": a phrase, not the band)
  if (L.knownPlaces.has(key) || L.cities.has(key)) return false;
  // (One word: no everyday word nor given name; of more, not after "a": "the taco bell dog", not "a banana republic".)
  if (key.includes(' ')) return !A_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start));
  return !L.everyday.has(key) && !L.givenNames.has(key);
}

/** The tokens' lower-case words one space apart, all in lower case, or null. */
function words(text: string, tokens: Token[], from: number, to: number): string | null {
  let key = tokens[from]!.low;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.cap || t.start - tokens[k - 1]!.end !== 1 || text.charCodeAt(t.start - 1) !== 32) return null;
    key += ' ' + t.low;
  }
  return key;
}

/**
 * The first words of the well-known firms' names, once per lexicon: true for the first word of a name of more than one word
 * ("taco" of "taco bell"), false for a name of one word that starts none ("verizon").
 */
const FIRST_WORDS = new WeakMap<LexiconSets, Map<string, boolean>>();
/** The keys of firstWords of three letters or more: the only words a name is looked for from. */
const START_WORDS = new WeakMap<LexiconSets, string[]>();
function startWords(L: LexiconSets): string[] {
  let out = START_WORDS.get(L);
  if (!out) START_WORDS.set(L, (out = [...firstWords(L).keys()].filter((w) => w.length >= 3)));
  return out;
}
function firstWords(L: LexiconSets): Map<string, boolean> {
  let out = FIRST_WORDS.get(L);
  if (!out) {
    out = new Map<string, boolean>();
    for (const name of L.knownOrgs) if (name.includes(' ')) out.set(name.slice(0, name.indexOf(' ')), true);
    for (const name of L.knownOrgs) if (!name.includes(' ') && !out.has(name)) out.set(name, false);
    FIRST_WORDS.set(L, out);
  }
  return out;
}
