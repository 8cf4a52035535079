import type { Span } from '../types';
import type { Run, Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import type { LowerWords } from './article-words';
import { everydayWord } from './one-word';
import { isNameWord } from './name-words';
import type { OverlapIndex } from './overlap';

/**
 * A signature block's first line: a name opening the line, then the sender's firm, title or office, with a
 * telephone number, an extension or an e-mail address further on that line ("John Staikos Direct Dial: 203.961.7523",
 * "Vangie McGilloway Constellation Power Source, Inc. … Phone 410-468-3798", "Vladi Pimenov ext. 37625").
 * The name is the first two words (three with a middle initial: "Kevin A. Boone Accenture … 713.837.1638"),
 * which the run would otherwise join to the firm's words. Not a head word, a title, a known place,
 * organisation or company, or a word the text writes in lower case.
 */
const CONTACT = /\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|[\w.]@[\w-]+\.|\bext\.\s*\d/;
const INITIAL = /^\p{Lu}\.?$/u;

export function signatureNames(text: string, runs: Run[], taken: OverlapIndex, L: LexiconSets, lower: LowerWords): Span[] {
  const out: Span[] = [];
  for (const run of runs) {
    if (run.tokens.length < 2 || (run.start > 0 && text.charCodeAt(run.start - 1) !== 10)) continue;
    const ts = run.tokens;
    const mid = ts.length >= 3 && INITIAL.test(ts[1]!.text) ? 1 : 0;
    const last = ts[1 + mid]!;
    if (!last || !spaced(ts, 1 + mid) || (mid && !spaced(ts, 1))) continue;
    if (!word(ts[0]!, L, lower) || !word(last, L, lower)) continue;
    // (The line's contact last: most lines opening on a name have none, and the words above are cheaper to ask.)
    let lineEnd = text.indexOf('\n', run.end);
    if (lineEnd < 0 || lineEnd > run.end + 160) lineEnd = Math.min(text.length, run.end + 160);
    if (!CONTACT.test(text.slice(run.end, lineEnd))) continue;
    const span = { start: ts[0]!.start, end: last.end };
    if (!taken.overlaps(span)) out.push(span);
  }
  return out;
}

function spaced(ts: Token[], k: number): boolean {
  return ts[k]!.start - ts[k - 1]!.end === 1;
}

function word(t: Token, L: LexiconSets, lower: LowerWords): boolean {
  const w = t.low;
  if (!isNameWord(t) || L.titles.has(w) || L.lead.has(w) || L.orgHeads.has(w) || L.placeHeads.has(w) || L.otherHeads.has(w)) return false;
  if (L.knownPlaces.has(w) || L.knownOrgs.has(w) || L.companies.has(w)) return false;
  return L.givenNames.has(w) || !everydayWord(w, (v) => lower.has(v));
}
