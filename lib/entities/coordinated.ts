import type { Span } from '../types';
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
/** What follows a list item that has more of the list after it (", " or " and " and a capital). */
const LIST_GOES_ON = /^(?:, |,? and |,? & )\p{Lu}/u;

export function coordinatedPeople(text: string, runs: Run[], persons: Span[], taken: Span[], L: LexiconSets | null): Span[] {
  if (!persons.length || !L) return [];
  const blocked = new OverlapIndex(taken);
  // Candidates: runs, split at "and" ("Wolfowitz and Feith" is one run), whose parts are one or two name words.
  const cands: Span[] = [];
  for (const r of runs) {
    let part: Token[] = [];
    const flush = () => {
      if (part.length && part.length <= 2 && part.every(isNameWord)) {
        const span = { start: part[0]!.start, end: part[part.length - 1]!.end };
        const low = text.slice(span.start, span.end).toLowerCase();
        // "Chinese and Russian", "Catholics and Protestants": adjectives and plurals of groups are no people.
        const ok =
          !L.knownPlaces.has(low) &&
          !L.knownOrgs.has(low) &&
          !part.some((t) => L.titles.has(t.text.toLowerCase()) || L.lead.has(t.text.toLowerCase())) &&
          !/(?:ian|ean|ese|ish|ic|ans|ists|ers)$/.test(low);
        if (ok && !blocked.overlaps(span)) cands.push(span);
      }
      part = [];
    };
    for (const t of r.tokens) {
      if (t.cap) part.push(t);
      else if (t.text === 'and') flush();
      else part.push(t); // a particle inside a name: the part is no candidate unless isNameWord says so
    }
    flush();
  }
  const known = [...persons].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  // "X and Y" always; "X, Y" only inside a list that goes on ("Rumsfeld, Wolfowitz and Feith"), not "In Macedon, Philip assembled".
  const joined = (x: Span, y: Span) => {
    const gap = text.slice(x.end, y.start);
    return AND.test(gap) || (COMMA.test(gap) && LIST_GOES_ON.test(text.slice(y.end, y.end + 8)));
  };
  const adjacent = (x: Span, y: Span) => (x.end <= y.start ? joined(x, y) : y.end <= x.start && joined(y, x));
  let grew = true;
  while (grew) {
    grew = false;
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i]!;
      if (!known.some((p) => (Math.abs(p.start - c.end) < 8 || Math.abs(c.start - p.end) < 8 ? adjacent(c, p) : false))) continue;
      // The same name elsewhere in the article is the same person ("Ruiz, Okafor and … Hale, Ruiz and …").
      const name = text.slice(c.start, c.end);
      for (let k = cands.length - 1; k >= 0; k--) {
        const d = cands[k]!;
        if (text.slice(d.start, d.end) !== name) continue;
        out.push(d);
        known.push(d);
        cands.splice(k, 1);
      }
      i = -1;
      grew = true;
    }
  }
  return out;
}
