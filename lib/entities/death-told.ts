/**
 * A full name whose sentence tells the person's death ("months after John Kennedy was assassinated in Dallas", "Al Green died in
 * 1998", "Mike Johnson's funeral"): the person named is dead. A sitting member of Congress, whom the dataset knows only by the seat
 * held today, is alive: the name is a namesake's, often a historical figure's (full-name-context.ts asks it of members of Congress
 * only, after a title's check: "Senator John Kennedy was shot dead" would be news of the senator, and keeps the link).
 * The verb must be the name's own, right after it (a passive of killing, "died", "had died") or its possessive's noun of death.
 * Cost: a character test of the next two characters; one sticky-free pattern on 40 characters only then.
 */
import type { Span } from '../types';

const DEATH_AFTER =
  /^(?:\s+(?:was|had\s+been)\s+(?:assassinated|murdered|killed|shot\s+dead|executed|slain)|\s+(?:died|had\s+died)|['’]s\s+(?:assassination|murder|killing|death|funeral|burial)|,\s+who\s+(?:was\s+(?:assassinated|murdered|killed|executed|slain)|died))\b/;

/** True where the sentence tells, right after the full name at `span`, that the person died or was killed. */
export function deathTold(text: string, span: Span): boolean {
  const c = text.charCodeAt(span.end);
  if (c !== 32 && c !== 39 && c !== 0x2019 && c !== 44) return false;
  return DEATH_AFTER.test(text.slice(span.end, span.end + 40));
}
