/**
 * "the Gateway in the lunar program", "the Democrats are simply blinded", "the Courtauld’s white walls", "Not just the Sensex,":
 * a one-word name that "the" heads — nothing after it but punctuation, a possessive, a number or a clause's small word — is a
 * thing's, a place's or a group's, never one person's: English puts no article before a person's one name. Built people only;
 * many-word names are left ("the Mary Steenburgen of it all" is still about her), and so is a name used as a modifier, which
 * English does write after "the" for people ("the Bush administration", "the Mueller report").
 * (On the 974 real texts at fd0d742, every one-word article-built person so headed was wrong: Gateway, Democrats, Courtauld,
 * Sensex, Almanac, Python, Clara; see the commit.)
 */
import type { Span } from '../types';

/** Lower-case "the" and one space right before the name (a capital "The" may open a title or a heading's name). */
const THE_BEFORE = /(?:^|[^\p{L}\p{N}])the $/u;
/**
 * What may follow a name that heads its phrase: punctuation or the text's end, a possessive, a number ("the RedCat 51"), or a
 * preposition, a conjunction or an auxiliary verb. A lower-case noun after it would make the name a modifier.
 */
const HEAD_ENDS =
  /^(?:$|[\s]*[.,;:!?)\]"”’—–-]|['’](?:s\b|\s)|\s+\d|\s+(?:of|in|on|at|to|for|from|with|by|into|onto|over|under|as|and|or|but|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|itself|themselves)\b)/u;

/** The mention at `m` is a one-word name with "the" right before it and heading its phrase. */
export function theHeaded(text: string, m: Span): boolean {
  return m.start >= 4 && THE_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start)) && HEAD_ENDS.test(text.slice(m.end, m.end + 12));
}

/**
 * More than half of the times the article writes the one-word name, "the" heads it: the article writes of a thing ("the Gateway",
 * "the Democrats are"); one such mention among others may be a work called by its maker ("the Michelangelo is the grown man").
 * Every whole-word occurrence counts, found or not (a finder may have taken only "Gateway died" for a person's).
 */
export function theHeadedMostly(text: string, word: string): boolean {
  if (!word || word.includes(' ') || text.indexOf(`the ${word}`) < 0) return false;
  let [n, all] = [0, 0];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const end = at + word.length;
    if (WORD_CHAR.test(text[at - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) continue;
    all++;
    if (theHeaded(text, { start: at, end })) n++;
  }
  return 2 * n > all;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;
