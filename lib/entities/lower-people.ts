import { SAID_TO_VERBS } from '../text/words';
import type { EntityResult, Span } from '../types';
import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { forEachLowerLine } from './lower-places';
import { OverlapIndex } from './overlap';
import { builtEntity } from './built-entity';

/**
 * People in a line written all in lower case ("i think shanna and i are going to stay", "unless lisa promises to",
 * "do n't tell val."): where nothing is capitalised, capitals say nothing, so a given name of the lists (no everyday word, known
 * place, company or organisation) is read as a person's where it stands as one: beside "and i", as a clause's subject before a
 * verb ("hector was just blowing smoke"; a surname may follow, "jill allen finishes"), as the object of a verb said to people
 * ("tell val."), or after a determiner and a word for a person or kin ("that girl paige", "my cousin ruth"). Only in a line of four words or more with no capital but "I" (lower-places.ts); a page written normally has none.
 */
export function lowerCasePeople(text: string, tokens: Token[], taken: Span[], L: LexiconSets): EntityResult[] {
  const found = new Map<string, Span[]>();
  let blocked: OverlapIndex | null = null;
  forEachLowerLine(text, tokens, (a, b) => {
    for (let i = a; i < b; i++) {
      const n = personAt(text, tokens, i, a, b, L);
      if (!n) continue;
      const span = { start: tokens[i]!.start, end: tokens[i + n - 1]!.end };
      blocked ??= new OverlapIndex(taken);
      if (blocked.overlaps(span)) continue;
      const key = text.slice(span.start, span.end);
      found.set(key, [...(found.get(key) ?? []), span]);
      i += n - 1;
    }
  });
  return [...found].map(([name, mentions]) => builtEntity(name, 'person', mentions, 'article-built: a given name in a line written in lower case'));
}

/** Words before a clause's subject: the line's start, a conjunction, a comma. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set('and but so that unless if when because think guess hope know'.split(' '));
/** Words for a person and the determiners before them ("that girl paige", "my buddy dave"). */
const PERSON_WORDS: ReadonlySet<string> = new Set(
  'girl boy guy man woman lady dude buddy pal boss roommate teacher neighbor neighbour girlfriend boyfriend fiance fiancee'.split(' '),
);
const DETERMINERS: ReadonlySet<string> = new Set('my our your his her their that this the'.split(' '));
/** Verbs whose object is a person ("tell val", "ask lisa"). */
const SAID_TO: ReadonlySet<string> = new Set(SAID_TO_VERBS);
/** A verb after a subject: an auxiliary, or a present tense in -s ("promises", "finishes"). */
const VERB = /^(?:is|was|are|were|has|had|will|would|can|could|does|did|says|said|\p{Ll}{3,}s)$/u;

/** How many tokens from i make a person's name (0: none). */
function personAt(text: string, ts: Token[], i: number, a: number, b: number, L: LexiconSets): number {
  if (!given(ts[i]!.low, L)) return 0;
  const prev = i > a ? ts[i - 1]!.low : null;
  const next = i + 1 < b ? ts[i + 1]!.low : null;
  const next2 = i + 2 < b ? ts[i + 2]!.low : null;
  // "shanna and i", "me and lisa".
  if ((next === 'and' && next2 === 'i') || (prev === 'and' && i - 2 >= a && ts[i - 2]!.low === 'me')) return 1;
  if (prev && SAID_TO.has(prev) && (i + 1 >= b || /^\s*[.,!?]/.test(text.slice(ts[i]!.end, ts[i]!.end + 2)))) return 1;
  // "that girl paige", "my friend sarah": after a determiner and a word for a person or kin.
  if (prev && i - 2 >= a && (L.kin.has(prev) || PERSON_WORDS.has(prev)) && DETERMINERS.has(ts[i - 2]!.low) && spaced(ts, i) && spaced(ts, i - 1)) return 1;
  const subject = prev === null || CLAUSE_OPENERS.has(prev) || text[ts[i]!.start - 2] === ',';
  if (!subject || !next) return 0;
  if (VERB.test(next) && spaced(ts, i + 1)) return 1;
  // "jill allen finishes": a surname no everyday word, then the verb.
  if (next2 && VERB.test(next2) && /^\p{Ll}+$/u.test(next) && !L.everyday.has(next) && spaced(ts, i + 1) && spaced(ts, i + 2)) return 2;
  // "max and jen are looking": two given names joined by "and", then a verb.
  const after = i + 3 < b ? ts[i + 3]!.low : null;
  return next === 'and' && next2 && given(next2, L) && after && VERB.test(after) ? 1 : 0;
}

/** A given name of the lists written in lower case that is no everyday word, known place, company, organisation or opening word. */
export const given = (w: string, L: LexiconSets): boolean =>
  w.length > 2 && L.soleGivenNames.has(w) && !L.everyday.has(w) && !L.knownPlaces.has(w) && !L.companies.has(w) && !L.knownOrgs.has(w) && !L.lead.has(w);

const spaced = (ts: Token[], k: number): boolean => ts[k]!.start - ts[k - 1]!.end === 1;
