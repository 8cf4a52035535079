import type { Span } from '../types';

/**
 * Two one-word names joined by "and" after a work's or a deed's agent ("written by Lennon and McCartney", "refined by Heisenberg
 * and Pauli"): the first is a person's surname, as one alone there is ("written by Lennon");
 * name-scan.ts asks this where the pair makes one capitalised run, whose words it otherwise reads as one name's
 * ("Bank of England"), and coordinated.ts then lists the second with it.
 * Only participles whose agent is a person: not those firms do to things ("published by Simon and Schuster", "audited by
 * Ernst and Young", "developed by", "led by", "replaced by"); nor "according to", which real pages write before firms and reports
 * as often ("According to McKinsey and Gartner").
 */
/** A work's maker, a person ("written by", "illustrated by"): shared with built-person-doubt.ts's CREATOR_BY. */
export const WORK_MAKERS = String.raw`(?:co-)?written|composed|painted|(?:co-)?directed|translated|illustrated|narrated|photographed`;
const AGENT_BY = new RegExp(
  String.raw`\b(?:${WORK_MAKERS}|(?:co-)?authored|sculpted|drawn|edited|sung|portrayed|voiced|invented|discovered|proposed|formulated|refined|coined|(?:co-)?founded|murdered|assassinated|taught|raised|adopted|interviewed|played)\s+by\s$`,
);
/** " and " and a capitalised word right after the first name, the run's only joiner (a third word would make a longer name: "Trinidad and Tobago Ltd"). */
const AND_NAME_END = /^ and \p{Lu}[\p{L}'\u2019-]+(?:[,.;:)]|\s+\p{Ll}|$)/u;

/** The one-word name at `span` opens "X and Y" after a person's agent phrase (see above). */
export function agentPair(text: string, span: Span): boolean {
  if (!AND_NAME_END.test(text.slice(span.end, span.end + 40))) return false;
  const lead = text.slice(Math.max(0, span.start - 30), span.start);
  return AGENT_BY.test(lead);
}
