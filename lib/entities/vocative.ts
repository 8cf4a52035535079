import type { Span } from '../types';
import type { Run } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import type { LowerWords } from './article-words';
import { everydayWord } from './one-word';
import { isNameWord } from './name-words';
import type { OverlapIndex } from './overlap';

/**
 * A one-word name that opens its line as the person a message speaks to: a comma, then the line's end or
 * a request or a question ("Ginny, Please see the attached guaranty.", "Malach, What you say makes sense",
 * "Mery,⏎"). The name lists know "Vince," already (person-evidence.ts, givenAtLineStart); this is for names
 * they lack. Not a word that opens sentences ("However,"), an adverb ("Anyway, I …"), a closing before a
 * signature ("Regards,⏎"), a word the text writes in lower case, a known place, organisation or company.
 */
const ADDRESSED_AFTER = /^,[ \t]*(?:\n|$|(?:Please|Thanks|Thank|Just|Here|Hope|Can|Could|Would|Let|What|How|Sorry|Attached)\b)/;
/** Closings, which stand alone before the signature ("Regards,⏎"), and adverbs ("Anyway,"). */
const CLOSING = /^(?:sincerely|regards|cheers|thanks|best|love|yours|respectfully|cordially|kudos|greetings)$|ly$/;

export function vocativeNames(text: string, runs: Run[], taken: OverlapIndex, L: LexiconSets, lower: LowerWords): Span[] {
  const out: Span[] = [];
  for (const run of runs) {
    if (run.tokens.length !== 1 || (run.start > 0 && text.charCodeAt(run.start - 1) !== 10)) continue;
    const t = run.tokens[0]!;
    const after = text.slice(t.end, t.end + 16);
    if (!ADDRESSED_AFTER.test(after)) continue;
    const w = t.low;
    if (
      !isNameWord(t) ||
      CLOSING.test(w) ||
      t.text.length < 3 ||
      L.lead.has(w) ||
      L.titles.has(w) ||
      L.knownPlaces.has(w) ||
      L.knownOrgs.has(w) ||
      L.companies.has(w)
    )
      continue;
    if (everydayWord(w, (v) => lower.has(v)) || taken.overlaps(t)) continue;
    out.push({ start: t.start, end: t.end });
  }
  return out;
}
