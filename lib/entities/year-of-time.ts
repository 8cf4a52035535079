/**
 * A year after a preposition of time ("In 2008 O'Connell starred", "by 1990 Kawajiri had", "in early 1998 JT returned") is the
 * date of the clause, no word of the name after it: the tokenizer counts a short number before a capitalised word as a name's
 * ("20 Minutes", "7 Days", "Windows 2000"), which made "2008 O'Connell" one name whose last word was never a person's alone.
 * A title's number stands after no such word ("the 2011 British comedy", "Channel 4"), so those keep theirs.
 */
const TIME_BEFORE: ReadonlySet<string> = new Set('in by since until till from after before during around circa early late mid of'.split(' '));
/** Four digits read as a year of the last millennium or this century's first (1000–2099): a count or a code is rarely one. */
const YEAR = /^(?:1\d|20)\d\d$/;

/** `word` at `start` is a year right after a preposition of time, `prev` the token before it. */
// (The token's shape, not candidates.ts's Token type: candidates.ts asks this module, and an import back would be a cycle.)
export function yearOfTime(word: string, start: number, prev: { end: number; low: string } | undefined): boolean {
  return word.length === 4 && !!prev && prev.end + 1 === start && TIME_BEFORE.has(prev.low) && YEAR.test(word);
}
