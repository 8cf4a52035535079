/**
 * Two offices under one key: a prime minister beside a president who heads the government. Where the
 * newest source (the Factbook) gives its head-of-government line to the very person it names chief of
 * state, as President ("note: the president is both chief of state and head of government"), the
 * government's head is the president; an older source's Prime Minister of that state, filed under the
 * same head-of-government key, held another office (a prime minister appointed by the president). Kept
 * under one key, the older row would read as a rival holder of the president's office, and a former
 * prime minister's successor would be the president. Moved to the prime minister's own office key (`pm:<state>`, a leading office like the heads'),
 * each source's rows read as they say: the prime minister as of its source's date, with prime
 * ministers before as his predecessors.
 */
import type { PeopleBuilder } from './people';

const PRIME_MINISTER = /\b(?:prime minister|premier)\b/i;

/** Moves older sources' prime ministers of states whose president heads the government to `pm:<state>`; returns how many claims moved. */
export function splitPrimeMinisters(b: PeopleBuilder, newest = 'factbook'): number {
  const presidentHeads = new Set<string>();
  for (const p of b.people)
    for (const c of p.claims)
      if (c.source === newest && c.kind === 'hog' && /^president\b/i.test(c.title) && c.of)
        if (p.claims.some((x) => x.source === newest && x.kind === 'hos' && x.of === c.of && x.current)) presidentHeads.add(c.of);
  let moved = 0;
  for (const p of b.people)
    for (const c of p.claims)
      if (c.source !== newest && c.kind === 'hog' && c.of && presidentHeads.has(c.of) && PRIME_MINISTER.test(c.title)) {
        Object.assign(c, { office: `pm:${c.of}`, kind: 'other', single: true });
        moved++;
      }
  return moved;
}
