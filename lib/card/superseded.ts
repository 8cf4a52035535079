/**
 * How a card says that a newer source lists another holder of an office (Role.supersededBy,
 * Fact.supersededBy). A role dated "as of June 2026" still reads as current to a reader months
 * later; a newer source that lists somebody else is said on the same line, plainly, with its date,
 * and the role's start reads "from", never "since" (which reads as still in office). The other
 * holder is not named: the newer source is not shipped, only the fact of the change is.
 */
import type { Role, SourceRef, Superseded } from '../types';
import { formatDate } from './format';
import { clip } from './text';

/** "another holder", or (a minister's role, after a new head of government) "another head of government". */
export const supersededWho = (r: { supersededBy?: Superseded }): string => (r.supersededBy?.headOfGovernment ? 'another head of government' : 'another holder');

/**
 * "a newer source (22 August 2026) lists another holder"; where the source dates the new head of government's
 * start, "… lists a new head of government since 5 July 2024": when the government changed, said by that source only.
 */
export const supersededNote = (s: Superseded): string =>
  s.headOfGovernment && s.headSince
    ? `a newer source (${formatDate(s.asOf)}) lists a new head of government since ${formatDate(s.headSince)}`
    : `a newer source (${formatDate(s.asOf)}) lists ${supersededWho({ supersededBy: s })}`;

/** The start of a superseded role: "from 5 July 2024" (", term from …" for a term's start), or nothing. */
export const supersededFrom = (r: Pick<Role, 'since' | 'term'>): string => (r.since ? `${r.term ? ', term' : ''} from ${formatDate(r.since)}` : '');

/** The newer source as the card's sources list names it (once per card). */
export function addSupersededRef(refs: SourceRef[], s: Superseded): void {
  if (!refs.some((x) => x.name === s.source && x.asOf === s.asOf)) refs.push({ name: s.source, asOf: s.asOf });
}

/**
 * A hover line cut to `max` that keeps `keep` (the newer source's note): the note is what the line must
 * not lose, so what comes before it is cut instead, and what comes after it (the citation) goes first.
 */
export function clipKeeping(text: string, keep: string, max = 160): string {
  const whole = clip(text, max);
  const i = text.indexOf(keep);
  if (whole.includes(keep) || i < 0) return whole;
  if (i + keep.length <= max) return text.slice(0, i + keep.length);
  const head = text.slice(0, i).replace(/[;,]?\s*$/, '');
  const sep = text.slice(head.length, i);
  return `${clip(head, max - keep.length - sep.length)}${sep}${keep}`;
}

/** The hover form of a line that says a newer source lists another holder: the line, else its first shorter form that fits, else cut keeping the note. */
export function hoverText(text: string, keep: string, short: string[] = [], max = 160): string {
  if (text.length <= max) return text;
  // First the citation's source name goes (the card names its sources below the lines), then the given shorter forms.
  for (const s of [text.replace(/( — as of \w+ \d{4}), [^—]*$/, '$1'), ...short]) if (s.length <= max) return s;
  return clipKeeping(short[short.length - 1] ?? text, keep, max);
}

/*
 * A role an older source saw, beside the person's own newer head-of-state or head-of-government role
 * that began after that source's date ("Minister of Defence of Indonesia since 23 October 2019 — as of
 * July 2022" beside "President of Indonesia since 20 October 2024"). "As of" alone reads as a second
 * current office; but the head of a state or government is expected to have left a minister's (or a
 * vice-president's, or the other head's) post, and no source says either way. So the role is told as
 * an earlier one: "from" its start, never "since", with its source's date, under "Earlier roles" —
 * never as ended (no source gives an end).
 */

const HEAD = /^(?:hos|hog):/;

/**
 * The person's own head-of-state or -government role, in the same state, that began after `r`'s source
 * date and is told by a newer source; undefined when there is none. Only a tenure's start counts (a
 * term's start may follow years in office), and only a start known to the month.
 */
export function laterHead(r: Role, roles: readonly Role[]): Role | undefined {
  const seen = r.asOf;
  if (r.status !== 'as-of' || r.supersededBy || r.until || !seen || !r.of) return undefined;
  for (const q of roles)
    if (
      q !== r &&
      q.of === r.of &&
      q.office !== r.office &&
      HEAD.test(q.office ?? '') &&
      (q.status === 'current' || q.status === 'as-of') &&
      !q.term &&
      !q.until &&
      (q.since?.length ?? 0) >= 7 &&
      q.since! > seen &&
      (q.asOf ?? '') > seen
    )
      return q;
  return undefined;
}
