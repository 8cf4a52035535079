import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import type { OverlapIndex } from './overlap';
import { institution } from './name-shapes';

/**
 * "and" inside one institution's name whose first half has no head of its own ("Food and Drug Administration", "Securities and
 * Exchange Commission", "Financial Transactions and Reports Analysis Centre"): without it the finder cut the name at "and" and
 * built its second half alone ("Drug Administration"). Such names are made of everyday nouns; two names in a list are not
 * ("Baltimore Sun and Hartford Courant", "McClatchy and Tribune", "Travelex and Travel Guard"). The "and" at token k of a run
 * joins the segment before it where
 * - the segment is one to three capitalised words, one space apart, its last an everyday English word, none an acronym, an
 *   organisation's head or lead word (two bodies: "Harvard University and Yale University") nor the segment a known
 *   organisation, company or place; not after a list's comma ("Indeed, Modernize and Times Union") nor joined to the word
 *   before ("R&J Lounge");
 * - the rest, one space after "and", is two or three capitalised everyday words to the run's end or a lower-case word
 *   ("Moonlighter and League of Legends", "Little, Brown and Company" are left alone), the last an institution's head word, not
 *   an offer's ("Sales and Marketing Services" is a field of work); none an acronym, a lead word before the last ("Tax and
 *   Council Bank" opens a second name) or a word the dataset or the person finder took ("Tom and Jerry Smith").
 */
export function andJoinsName(text: string, seg: Token[], ts: Token[], k: number, L: LexiconSets, taken: OverlapIndex): boolean {
  const and = ts[k]!;
  const n = seg.length;
  if (and.text !== 'and' || n < 1 || n > 3 || ts[k - 1] !== seg[n - 1] || and.start - seg[n - 1]!.end !== 1) return false;
  if (!L.everyday.has(seg[n - 1]!.low) || LIST_BEFORE.test(text.slice(Math.max(0, seg[0]!.start - 2), seg[0]!.start))) return false;
  let name = '';
  for (let i = 0; i < n; i++) {
    const t = seg[i]!;
    if (!t.cap || ACRONYM.test(t.text) || L.orgHeads.has(t.low) || L.orgLeads.has(t.low)) return false;
    if (i > 0 && t.start - seg[i - 1]!.end !== 1) return false;
    name += (i ? ' ' : '') + t.low;
  }
  if (L.knownOrgs.has(name) || L.companies.has(name) || L.knownPlaces.has(name)) return false;
  let end = k + 1;
  while (end < ts.length && ts[end]!.cap && ts[end]!.start - ts[end - 1]!.end === 1) end++;
  if (end - k - 1 < 2 || end - k - 1 > 3 || (end < ts.length && ts[end]!.cap)) return false;
  for (let i = k + 1; i < end; i++) {
    const t = ts[i]!;
    if (ACRONYM.test(t.text) || !L.everyday.has(t.low) || (i < end - 1 && L.orgLeads.has(t.low)) || taken.overlaps(t)) return false;
  }
  return institution(ts[end - 1]!.low, L);
}
const ACRONYM = /^[A-Z]{2,}$/;
/** A list's comma, or a name joined to the word before ("R&J Lounge"), before the segment. */
const LIST_BEFORE = /(?:,\s|[&\-\p{L}\p{N}])$/u;
