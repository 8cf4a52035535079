import type { ArticleWords } from './article-words';
import type { LexiconSets } from './lexicon-sets';
import { everydayWord } from './one-word';

/**
 * A single capitalised word after a place preposition ("in", "into", "near" …) is a place by shape
 * alone ("in Bremen") — unless the article writes the word in lower case elsewhere: then it is one of
 * the language's everyday words, capitalised because it opens a heading or names a topic, a product or
 * a season ("AI in Healthcare", "In Conclusion", "a Household Name in Coffee", "in Autumn", "in Git"),
 * and no card should call it a place. A town whose name is also a word the article writes ("Reading"
 * beside "reading") is rarer than those, and the longer city list still vouches for one that no
 * everyday list has ("in Noida" on a page that also writes "noida": web text is not always capitalised).
 * An everyday English word of the lexicon's list is one too where the article does not write it
 * ("in Python", "in Rust", "in Psychology", "seated in Economy", "attached in Word format"): a short
 * text seldom writes the word again, and a language, a subject or a class of travel is far commoner
 * there than a town the lists lack (the real pages' 105 such built places: one town, "in Surprise").
 */
export function everydayAfterPreposition(low: string, words: ArticleWords, L: LexiconSets): boolean {
  return !L.cities.has(low) && (everydayWord(low, (w) => words.writtenLower(w)) || (L.everyday.has(low) && !L.knownPlaces.has(low)));
}
