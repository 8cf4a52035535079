import { SAINT_WORDS } from '../text/words';
import type { EntityResult, Span } from '../types';
import type { Run, Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { isNameWord } from './name-words';
import { OverlapIndex } from './overlap';

/**
 * People named in a list with a person ("Chandler and Weller", "Rumsfeld, Wolfowitz and Feith",
 * "Tina and Vicky"): a one- or two-word name joined by "and" or "&", or by a comma inside a list that
 * goes on, on the same line, to a span already known
 * to be a person's is a person's too. Only name-shaped words count, never a well-known place or
 * organisation, a title or a word the dataset or another finder took; chains follow the list.
 */
const AND = /^(?:,? and |,? & | & )$/;
const COMMA = /^, $/;
/** "The Wrap and Deadline": a determiner before a list makes its first item a title, not a name. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'my', 'your']);
/** What follows a list item that has more of the list after it (", " or " and " and a capital). */
const LIST_GOES_ON = /^(?:, |,? and |,? & )\p{Lu}/u;

/**
 * `pair`: evidence that two names joined by "and" are people although neither is known yet ("Tina and
 * Vicky", "Brooks and Carson had finished"); both must pass the candidate's own checks.
 */
export function coordinatedPeople(
  text: string,
  runs: Run[],
  persons: Span[],
  taken: Span[],
  L: LexiconSets | null,
  pair?: (a: Span, b: Span) => boolean,
): [Span, Span | null][] {
  if (!L || (!persons.length && !pair)) return [];
  const blocked = new OverlapIndex(taken);
  // Candidates: runs, split at "and" ("Wolfowitz and Feith" is one run), whose parts are one or two name words.
  const cands: Span[] = [];
  for (const r of runs) {
    const ts = r.tokens;
    let from = 0;
    // "Both Tina and Vicky": a word that only opens sentences is no part of the first name.
    while (from < ts.length - 1 && L.lead.has(ts[from]!.low) && !DETERMINERS.has(ts[from]!.low)) from++;
    for (let k = from; k <= ts.length; k++) {
      if (k < ts.length && ts[k]!.text !== 'and') continue;
      if (k - from >= 1 && k - from <= 2) candidate(text, ts, from, k, L, blocked, cands);
      from = k + 1;
    }
  }
  const known = [...persons].sort((a, b) => a.start - b.start);
  // One-word names that vouch for a one-word name not a given name: found by evidence of their own or a pair's, not by a list.
  const vouchers = new Set<Span>(known);
  // Names with a pair's evidence ("Brooks and Carson had finished").
  const paired = new Set<Span>();
  const given = (s: Span) => L.givenNames.has(text.slice(s.start, s.end).split(' ')[0]!.toLowerCase());
  if (pair)
    for (let i = 0; i + 1 < cands.length; i++) {
      const a = cands[i]!;
      const b = cands[i + 1]!;
      if (b.start - a.end <= 6 && AND.test(text.slice(a.end, b.start)) && pair(a, b)) {
        known.push(a, b);
        vouchers.add(a).add(b);
        paired.add(a).add(b);
      }
    }
  if (!known.length) return [];
  const out: [Span, Span | null][] = [];
  // "X and Y" always; "X, Y" only inside a list that goes on ("Rumsfeld, Wolfowitz and Feith"), not "In Macedon, Philip assembled".
  const joined = (x: Span, y: Span) => {
    const gap = text.slice(x.end, y.start);
    return AND.test(gap) || (COMMA.test(gap) && LIST_GOES_ON.test(text.slice(y.end, y.end + 8)));
  };
  const adjacent = (x: Span, y: Span) => (x.end <= y.start ? joined(x, y) : y.end <= x.start && joined(y, x));
  // People listed together are named alike: "Nick Eubanks, Backlinko, Majestic, and Matt Diggity", "Pinot Noir, Cabernet Franc,
  // Malbec" — a lone word beside full names, or a full name beside a lone word, is no sign (a given name is: "Doug and Mike Starn");
  // and a lone word made a person by the list vouches for no other lone word ("Wi-Fi, Bluetooth, Thread, Zigbee").
  // (A surname standing for its full name — "Quillon" of "Marta Quillon, Zorvik" — has the full name's shape.)
  const tails = tailsOf(known);
  const oneWord = (s: Span) => !tails.has(s) && !text.slice(s.start, s.end).includes(' ');
  const alike = (c: Span, p: Span) => (given(c) ? true : oneWord(c) !== oneWord(p) ? false : !oneWord(c) || vouchers.has(p) || given(p));
  // (Known names by where they start and end: a list's joiner is 2 to 6 characters, so only names starting 2–6 after a
  // candidate's end or ending 2–6 before its start can be adjacent; the first such in `known` order is the one that vouches.)
  const near = new NearSpans(known);
  let grew = true;
  while (grew) {
    grew = false;
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i]!;
      const via = near.first(c, (p) => adjacent(c, p) && alike(c, p));
      if (!via) continue;
      // The same name elsewhere in the article is the same person ("Ruiz, Okafor and … Hale, Ruiz and …").
      const name = text.slice(c.start, c.end);
      // Listed with its own name ("Zorbin and Zorbin said"), a pair's evidence is the name's own: nobody else vouched.
      const own = paired.has(c) && text.slice(via.start, via.end) === name;
      for (let k = cands.length - 1; k >= 0; k--) {
        const d = cands[k]!;
        if (text.slice(d.start, d.end) !== name) continue;
        out.push([d, own ? null : via]);
        near.push(d);
        cands.splice(k, 1);
      }
      i = -1;
      grew = true;
    }
  }
  return out;
}

/**
 * People made by a list alone (`vias`: the names that vouched for each) stay only while a name that vouched for them is
 * still a person's at the end — a dataset person's mention or another kept person's: "Cabernet Sauvignon" taken for a
 * person, its "Sauvignon" vouched for "Zinfandel"; once it is known for a wine's name, "Zinfandel" falls with it.
 */
export function vouchedOnly(people: EntityResult[], vias: Map<EntityResult, Span[]>, datasetPeople: Span[]): EntityResult[] {
  let kept = people;
  for (let changed = true; changed;) {
    changed = false;
    const next = kept.filter((e) => {
      const v = vias.get(e);
      const inside = (s: Span, m: Span) => m.start <= s.start && s.end <= m.end;
      return !v || v.some((s) => datasetPeople.some((m) => inside(s, m)) || kept.some((o) => o !== e && o.mentions.some((m) => inside(s, m))));
    });
    changed = next.length < kept.length;
    kept = next;
  }
  return kept;
}

/** A list joiner right before or right after the span (a cheap first filter: most names stand in no list). */
// (/(?:, |,? and |,? & )$/ on the six characters before, /^(?:, |,? and |,? & )/ on the six after, without slices or regexes.)
function listed(text: string, span: Span): boolean {
  const a = span.start;
  const b = span.end;
  if (a > 0 && text.charCodeAt(a - 1) === 32 && (text.endsWith(', ', a) || text.endsWith(' and ', a) || text.endsWith(' & ', a))) return true;
  const c = text.charCodeAt(b);
  if (c === 44) return text.charCodeAt(b + 1) === 32; // (", and " and ", & " open with ", " too)
  return c === 32 && (text.startsWith(' and ', b) || text.startsWith(' & ', b));
}

/** Spans p of `spans` with q.end === p.end and q.start < p.start for some q of them: the tails of longer names. */
function tailsOf(spans: readonly Span[]): Set<Span> {
  const minStart = new Map<number, number>();
  for (const q of spans) {
    const m = minStart.get(q.end);
    if (m === undefined || q.start < m) minStart.set(q.end, q.start);
  }
  const out = new Set<Span>();
  for (const p of spans) if (minStart.get(p.end)! < p.start) out.add(p);
  return out;
}

/**
 * `spans` (pushed onto in place) indexed by start and by end, for the first span in their order that starts 2–6
 * characters after a span's end or ends 2–6 before its start and passes a test — `spans.find(test)` where the test
 * can hold only at that distance (a list's joiner: ", ", " and ", ", and ", " & ", ", & ").
 */
class NearSpans {
  private readonly byStart = new Map<number, number[]>();
  private readonly byEnd = new Map<number, number[]>();

  constructor(private readonly spans: Span[]) {
    for (let i = 0; i < spans.length; i++) this.index(spans[i]!, i);
  }

  push(s: Span): void {
    this.spans.push(s);
    this.index(s, this.spans.length - 1);
  }

  first(c: Span, test: (p: Span) => boolean): Span | undefined {
    let best = -1;
    for (let d = 2; d <= 6; d++) {
      best = this.better(this.byStart.get(c.end + d), c, test, best);
      best = this.better(this.byEnd.get(c.start - d), c, test, best);
    }
    return best < 0 ? undefined : this.spans[best];
  }

  private better(ids: number[] | undefined, c: Span, test: (p: Span) => boolean, best: number): number {
    if (!ids) return best;
    for (const i of ids) if ((best < 0 || i < best) && test(this.spans[i]!)) best = i;
    return best;
  }

  private index(s: Span, i: number): void {
    const a = this.byStart.get(s.start);
    if (a) a.push(i);
    else this.byStart.set(s.start, [i]);
    const b = this.byEnd.get(s.end);
    if (b) b.push(i);
    else this.byEnd.set(s.end, [i]);
  }
}

/** Tokens [a, b) of a run as a candidate: listed, one or two name words, no known place, organisation, title or group word. */
function candidate(text: string, ts: Token[], a: number, b: number, L: LexiconSets, blocked: OverlapIndex, out: Span[]): void {
  const span = { start: ts[a]!.start, end: ts[b - 1]!.end };
  if (!listed(text, span)) return;
  for (let i = a; i < b; i++) {
    const t = ts[i]!;
    if (!isNameWord(t)) return;
    const w = t.low;
    // ("St. Peter and Paul" is a church's name.)
    if (L.titles.has(w) || L.lead.has(w) || (i === a && SAINT_WORDS.has(w.replace(/\.$/, '')))) return;
  }
  const low = text.slice(span.start, span.end).toLowerCase();
  // "Chinese and Russian", "Catholics and Protestants": adjectives and plurals of groups are no people.
  if (L.knownPlaces.has(low) || L.knownOrgs.has(low) || L.companies.has(low) || groupEnd(low) || blocked.overlaps(span)) return;
  // "the Victoria and Albert Museum": a part ending in a head word of organisations or places is no person's.
  const last = ts[b - 1]!.low;
  if (L.orgHeads.has(last) || L.placeHeads.has(last) || L.otherHeads.has(last)) return;
  out.push(span);
}

/** /(?:ian|ean|ese|ish|ic|ans|ists|ers)$/.test(w): an adjective's or a group's ending, by endsWith (a regex ending in "$" is tried at every character). */
function groupEnd(w: string): boolean {
  return (
    w.endsWith('ian') ||
    w.endsWith('ean') ||
    w.endsWith('ese') ||
    w.endsWith('ish') ||
    w.endsWith('ic') ||
    w.endsWith('ans') ||
    w.endsWith('ists') ||
    w.endsWith('ers')
  );
}
