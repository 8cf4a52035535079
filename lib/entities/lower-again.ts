import type { EntityResult } from '../types';
import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { OverlapIndex } from './overlap';
import { isBefore } from './lower-places';
import { wordBefore } from './name-words';
import type { LowerWords } from './article-words';

/**
 * A place the article names with its capital is that place where the article writes it again in lower case after a word
 * of place or travel: "weed in Auckland? … some weed in auckland", "training in Delaware … get certified in delaware",
 * "Noida … between noida and". Web text leaves names in lower case; the capitalised mention says which place the lower-case
 * words are. (lower-places.ts reads lower-case places the article does not write with a capital; it leaves these, the
 * capitalised name standing for something else there: "Chicago … chicago-style".)
 *
 * Guards: never a country (a lower-case word is never a country card, whatever the article capitalised elsewhere: "japan"
 * stays unlinked); the place was found with a capital, in mixed case, as the dataset's place or a place the name finder's
 * lists know (not an article-built "New Flight Aggregator", "South East"); the one word is not in the everyday English
 * vocabulary ("Turkey … turkey", "Reading … reading", "Nice … nice"), nor all the words of a longer one ("Long Island … a
 * long island"); a preposition of place or travel or "between" stands right before ("visit japan", not "fine china", "a
 * south east window"), a space apart (not a hashtag); each word is all in lower case (not "iPad"); a space, a line's end or
 * punctuation follows (not "chicago-style", "chicago.com"); and no finder took the words.
 * Cost: one look per first word of the article's place names in the index of its lower-case words (article-words.ts); the words after only behind one.
 */

/** A place's surface in mixed case: a capital first, a lower-case letter in each word ("Greater Noida"; not "USA", "U.S."). */
const MIXED_WORDS = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}$/u;
/** Plain text after them: the text's end, a space, or punctuation (not a hyphen, an apostrophe's letters, a dot and letters). */
const PLAIN_AFTER = /^(?:$|[\s,;:!?)"\u201d]|[.'\u2019](?!\p{L}))/u;

export function placesAgainInLowerCase(text: string, tokens: Token[], entities: EntityResult[], L: LexiconSets, lower: LowerWords): void {
  const byKey = new Map<string, EntityResult>(); // lower-case surface → the place
  const firsts = new Set<string>(); // their first words: the only tokens a key is built from
  let longest = 0;
  // Not a country: issue 18 asks that a lower-case word never be one ("china", "turkey"); nor a place found under a country's name.
  const countries = new Set(
    entities.filter((e) => e.type === 'country').flatMap((e) => [e.name, ...e.mentions.map((m) => text.slice(m.start, m.end))].map((s) => s.toLowerCase())),
  );
  for (const e of entities) {
    if (e.type !== 'place') continue;
    for (const m of e.mentions) {
      const s = text.slice(m.start, m.end);
      if (!MIXED_WORDS.test(s)) continue;
      const key = s.toLowerCase();
      // (One word: not an everyday one. Longer: not every word an everyday one — "greater noida", not "long island".)
      if (
        byKey.has(key) ||
        countries.has(key) ||
        key.split(' ').every((w) => L.everyday.has(w)) ||
        !(e.fromDataset || L.knownPlaces.has(key) || L.cities.has(key))
      )
        continue;
      byKey.set(key, e);
      firsts.add(key.split(' ')[0]!);
      longest = Math.max(longest, key.split(' ').length);
    }
  }
  if (!byKey.size) return;
  let taken: OverlapIndex | null = null;
  const added = new Set<EntityResult>();
  // (The tokens of the first words only, from the article's index of its lower-case words: no hash of every token.)
  const starts = lower.indexesOf(firsts);
  for (let s = 0, after = 0; s < starts.length; s++) {
    const i = starts[s]!;
    const t = tokens[i]!;
    if (i < after || t.low !== t.text) continue;
    for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
      let key = t.text;
      let k = i + 1;
      for (; k < i + n && tokens[k]!.start - tokens[k - 1]!.end === 1 && tokens[k]!.low === tokens[k]!.text; k++) key += ' ' + tokens[k]!.text;
      if (k < i + n) continue;
      const e = byKey.get(key);
      if (!e) continue;
      const span = { start: t.start, end: tokens[i + n - 1]!.end };
      const before = wordBefore(text, span.start);
      if (!before || !(isBefore(before) || before === 'between')) break;
      if (!PLAIN_AFTER.test(text.slice(span.end, span.end + 2))) break;
      taken ??= new OverlapIndex(entities.flatMap((x) => x.mentions).sort((a, b) => a.start - b.start));
      if (taken.overlaps(span)) break;
      e.mentions.push(span);
      added.add(e);
      after = i + n;
      break;
    }
  }
  for (const e of added) {
    e.mentions.sort((a, b) => a.start - b.start);
    if (e.card.lines[1]?.startsWith('Place named '))
      e.card.lines[1] = `Place named ${e.mentions.length} time${e.mentions.length === 1 ? '' : 's'} in this article`;
  }
}
