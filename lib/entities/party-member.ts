import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { isNameWord } from './name-words';

/** Capitalised words for a party's member, which US and UK copy sets before the member's name as a title ("Democrat John Kerry"). */
const PARTY_MEMBERS: ReadonlySet<string> = new Set('republican democrat tory conservative liberal socialist communist libertarian independent'.split(' '));
const INITIAL = /^\p{Lu}\.$/u;

/**
 * Run token `at` is a party member's word before a full name opening with a given name ("defeating Democrat John Kerry",
 * "Republican George W. Bush received 57%", "Tory Michael Howard"): the person's party, as a title is an office, and no word of
 * the name. The name scan (name-scan.ts, through roleOpening) starts the name after it: it took "Democrat John Kerry" whole,
 * and found no name at all where a middle initial follows ("Republican George W. Bush": no given name opened the stretch).
 * Only before a given name, one space on, and another name word or an initial: not "Republican Guard", "Conservative Judaism",
 * "Independent National Electoral Commission", "Liberal Democrats".
 */
export function partyMemberBefore(ts: readonly Token[], at: number, L: LexiconSets): boolean {
  const t = ts[at]!;
  const given = ts[at + 1];
  const after = ts[at + 2];
  if (!given || !after || !t.cap || !PARTY_MEMBERS.has(t.low)) return false;
  return L.givenNames.has(given.low) && given.start - t.end === 1 && (isNameWord(after) || INITIAL.test(after.text));
}
