import type { Span } from '../types';

/**
 * An interjection that is also a name: "“Crikey, it nearly took me off my feet,” said …", "Bravo! he shouted", "Eureka, we found
 * it". English opens an exclamation with such a word and a comma or "!" before the clause it colours; a news site ("Crikey"), a
 * channel ("Bravo") or a town ("Eureka") named so is not meant there. Read only of the words of this lexicon (a dictionary's
 * interjections), opening a sentence or a quotation, with "!" after them or a comma and a pronoun or "that"/"this"/"what" opening
 * the clause ("Bravo, the cable network, said …" is an appositive: the name).
 * Cost: a set look-up of a one-word hit's key; two short slices only for the few.
 */
const INTERJECTIONS: ReadonlySet<string> = new Set(
  'crikey blimey gosh golly jeez yikes crumbs cripes strewth bravo eureka hooray hurrah phew whoa wow cheers bingo heavens'.split(' '),
);
/** What opens the word's sentence or quotation right before it: the text's start, a sentence's end, a line's, an opening quotation mark. */
const OPENS_BEFORE = /(?:^|[.!?]\s+|\n\s*|["“‘']\s?)$/u;
/** "!" or a comma and the clause's pronoun after the word. */
const EXCLAIMED_AFTER = /^(?:!|,\s(?:it|it['’]s|i|i['’]m|i['’]ve|that|that['’]s|this|what|we|you|you['’]re|he|she|they|there|look|mate|man)\b)/iu;

/** The one-word hit at `span` (its key `key`) is an interjection opening an exclamation (see the module's comment). */
export function interjection(text: string, span: Span, key: string): boolean {
  if (!INTERJECTIONS.has(key)) return false;
  return OPENS_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start)) && EXCLAIMED_AFTER.test(text.slice(span.end, span.end + 12));
}
