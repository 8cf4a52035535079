import { ORGANISATION_BACK_NOUNS } from '../text/words';
import { wordBefore } from './name-words';
import { AROUND_NAME } from './person-evidence';

/**
 * A "who" or "whose" clause after a name says it is a person's (name-scan.ts), unless a firm's or a group's noun says what the name
 * is: the appositive's noun before "who" (", the company who …"), or the noun right before the name ("the rock group Seatrain,
 * whose most notable song …", "the band Quorvane, who …"): a band, a team or a firm is "who" in prose as often as a person.
 * (`after`: the text after the name; `start`: where the name starts.)
 */
export function firmAroundWho(text: string, start: number, after: string): boolean {
  const m = AROUND_NAME.nounBeforeWho.exec(after);
  if (m && ORGANISATION_BACK_NOUNS.has(m[1]!)) return true;
  return ORGANISATION_BACK_NOUNS.has(wordBefore(text, start) ?? '');
}
