import { HONORIFICS, NAME_PARTICLES } from '../text/words';
import { bareLow, type Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { isNameWord, opensSentence } from './name-words';
import { isRole } from './person-evidence';
import { titleSurnameWord } from './surname-heads';

/**
 * A full name's surname written again right after another capitalised name word, one space before it, that is none of the full
 * name's own words, no title, honorific or role, and no word that opens sentences: a word of another name ("the Peg Trail 4 …
 * the Pegasus Trail 5" is a shoe's name, "Michelle Obama" after "Barack Obama" another person), not that person's later mention
 * (findArticlePeople's later mentions, article-people.ts). "Mr Obama", "President Obama", "When Obama" stay.
 */
export function inOtherName(text: string, tokens: readonly Token[], i: number, parts: readonly string[], L: LexiconSets | null): boolean {
  const prev = tokens[i - 1];
  if (!prev || !prev.cap || prev.end !== tokens[i]!.start - 1 || text.charCodeAt(prev.end) !== 32 || !isNameWord(prev)) return false;
  // (Not a word that opens the sentence, "Hosting Cook at …", "Questioning Vindman's …", nor a compound, "Australian-born Assange".)
  const low = bareLow(prev);
  if (prev.text.includes('-') || opensSentence(text, prev.start)) return false;
  return !parts.includes(prev.text) && !NAME_PARTICLES.has(low) && !L?.lead.has(low) && !HONORIFICS.has(low) && !isRole(low, L); // ("Van Der Hoek")
}

/** A full name's surname before the full name's first mention, or in another name (inOtherName): no later mention of that person. */
export function notItsSurname(
  text: string,
  tokens: readonly Token[],
  i: number,
  p: { parts: readonly string[]; mentions: readonly { start: number }[] },
  L: LexiconSets | null,
): boolean {
  // ("Charlie King … Mr. King": a surname that is a title word stands for the person only after an honorific; "the King", "King Charles" are titles.)
  if (p.parts.length > 1 && titleSurnameWord(tokens[i]!.text) && !(i > 0 && HONORIFICS.has(bareLow(tokens[i - 1]!)))) return true;
  return p.parts.length > 1 && (p.mentions[0]!.start > tokens[i]!.start || inOtherName(text, tokens, i, p.parts, L));
}
