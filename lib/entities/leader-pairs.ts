/**
 * "Meloni and Erdoğan", "Macron, Scholz and Sunak": the bare surnames of two heads of state or government side by
 * side name those leaders, where either alone would need its country named (decide.ts personCheck). Two namesakes of
 * two leaders coordinated in one phrase are far rarer than the leaders; a surname many bear (a weak alias: "Johnson",
 * "Costa"), an everyday word or a given name never counts, on either side.
 */
import type { DatasetEntity } from '../types';
import type { LexiconSets } from './lexicon-sets';
import type { Hit } from './link';

/** Between two names of one list: "and", "or", "&", a comma. */
const COORDINATED = /^(?:,\s+|(?:,)?\s+(?:and|or|&)\s+)$/;

/** The hit is one distinctive surname that only a head of state or government carries in the dataset. */
function leaderSurname(h: Hit, L: LexiconSets | null): DatasetEntity | null {
  const c = h.candidates[0]!;
  if (h.tokens !== 1 || h.candidates.length !== 1 || c.type !== 'person' || h.key.length < 4) return null;
  if (c.weakAliases?.includes(h.key) || c.everydayAliases?.includes(h.key) || L?.givenNames.has(h.key)) return null;
  return c.roles?.some((r) => /^ho[sg]:/.test(r.office ?? '')) ? c : null;
}

/** The hit is a leader's surname coordinated with another leader's ("Meloni and Erdoğan"). */
export function besideLeader(h: Hit, text: string, hits: readonly Hit[], L: LexiconSets | null): boolean {
  const self = leaderSurname(h, L);
  if (!self) return false;
  const i = hits.indexOf(h);
  for (const o of [hits[i - 1], hits[i + 1]]) {
    if (!o) continue;
    const gap = o.span.start < h.span.start ? text.slice(o.span.end, h.span.start) : text.slice(h.span.end, o.span.start);
    const other = gap.length <= 8 && COORDINATED.test(gap) ? leaderSurname(o, L) : null;
    if (other && other.id !== self.id) return true;
  }
  return false;
}

/**
 * After a one-word name, a head's tenure: "the Clinton administration", "the Nixon and Clinton impeachment proceedings",
 * "the Obama White House", "the Johnson premiership". (Not "era", "years", "campaign": a speaker's era, a candidate's campaign.)
 */
const TENURE_AFTER =
  /^(?:['\u2019]s)?(?:(?:,\s+|\s+(?:and|or)\s+)\p{Lu}[\p{L}'\u2019-]+(?:['\u2019]s)?)?\s+(?:administrations?|presidency|presidencies|impeachments?|premiership|White\s+House)\b/u;
const TENURE_WORDS = ['administration', 'presidenc', 'impeachment', 'premiership', 'White'];
/** Ever a head of state or government, or a country's leader. */
const headOfSomewhere = (c: DatasetEntity): boolean => !!c.roles?.some((r) => /^(?:hos|hog|leader):/.test(r.office ?? ''));

/**
 * A one-word name before a head's tenure names only people who were heads of state or government: "Unlike the Nixon and
 * Clinton impeachment proceedings" in an article naming Hillary Clinton in full is Bill Clinton's, never hers (seed-124
 * audit). Other candidates (places, organisations) stay; people who never headed a state or government go.
 */
export function tenureHolders(candidates: DatasetEntity[], h: Hit, text: string): DatasetEntity[] {
  if (h.tokens !== 1) return candidates;
  const after = text.slice(h.span.end, h.span.end + 48);
  // (A tenure's word first, by plain search: asked of every one-word hit, most of which have none after them.)
  if (!TENURE_WORDS.some((w) => after.includes(w)) || !TENURE_AFTER.test(after)) return candidates;
  return candidates.filter((c) => c.type !== 'person' || headOfSomewhere(c));
}
