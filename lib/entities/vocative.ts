import type { Span } from '../types';
import type { Run, Token } from './candidates';
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
/** ", you …", ", your …": the line speaks to the name ("Elmira, you are the best!"); asked of no everyday word ("Again, you …"). */
const YOU_AFTER = /^,[ \t]*(?:you|your)\b/;
/** Closings, which stand alone before the signature ("Regards,⏎"), and adverbs ("Anyway,"). */
const CLOSING = /^(?:sincerely|regards|cheers|thanks|best|love|yours|respectfully|cordially|kudos|greetings)$|ly$/;

export function vocativeNames(text: string, runs: Run[], taken: OverlapIndex, L: LexiconSets, lower: LowerWords): Span[] {
  const out: Span[] = [];
  for (const run of runs) {
    if (run.start > 0 && text.charCodeAt(run.start - 1) !== 10) continue;
    // "Hey Vladi,", "Good Morning Debra -": a greeting, then the name (greeted), or the name alone before its comma.
    const g = greeting(run.tokens);
    // ("P.S. Tom, Please contact …": a postscript's mark before the name.)
    const ps = !g && run.tokens.length === 2 && POSTSCRIPT.test(run.tokens[0]!.text) ? 1 : 0;
    if (run.tokens.length !== g + ps + 1) continue;
    const t = run.tokens[g + ps]!;
    const after = text.slice(t.end, t.end + 16);
    const you = !g && YOU_AFTER.test(after);
    if (!(g ? GREETED_AFTER : ADDRESSED_AFTER).test(after) && !you) continue;
    // (After a greeting or before "you", not an everyday word either, unless a given name: "Dear Readers,", "Hello World", "Again, you".)
    if (!addressable(t, L, lower) || ((g || you) && L.everyday.has(t.low) && !L.givenNames.has(t.low)) || taken.overlaps(t)) continue;
    // (Before "you", no answer, interjection or linking word and no city either: "Yes, you can", "Houston, you have a problem".)
    if (you && (ANSWERS.has(t.low) || L.cities.has(t.low))) continue;
    out.push({ start: t.start, end: t.end });
  }
  return out;
}

/** After a greeting's name: a comma, colon, semicolon, "!" or a dash ("Hi Debra -", "Hey Vladi,"); not the line's end ("Good Morning Ohayou⏎" in a phrase list). */
const GREETED_AFTER = /^[ \t]*[,:;!\u2013\u2014-]/;
/** Greetings that open a message before the name of the one it speaks to (not "Dear" alone before a title: titles are no names). */
const GREETINGS: ReadonlySet<string> = new Set(['hi', 'hey', 'hello', 'hiya', 'dear', 'thanks']);
/** Answers, interjections, linking words and kin's names for each other, which open a line before ", you" ("Plus, you'll see", "Mom, you"). */
const ANSWERS: ReadonlySet<string> = new Set(
  'yes yeah yep yup no nope nah ok okay oh ah aw well wow hey hi alright sure sorry please congrats congratulations plus besides listen mom mum dad'.split(' '),
);
const POSTSCRIPT = /^P\.?S\.?$/;
const TIMES_OF_DAY: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening']);

/** How many tokens of the run's start are a greeting ("Hi", "Good Morning"): 0 when none. */
function greeting(ts: Token[]): number {
  if (ts.length >= 2 && GREETINGS.has(ts[0]!.low)) return 1;
  return ts.length >= 3 && ts[0]!.low === 'good' && TIMES_OF_DAY.has(ts[1]!.low) ? 2 : 0;
}

/** A word that may be the name a message speaks to: no closing, adverb, opening word, title, known place, organisation or company, nor a word the text writes in lower case. */
function addressable(t: Token, L: LexiconSets, lower: LowerWords): boolean {
  const w = t.low;
  if (!isNameWord(t) || CLOSING.test(w) || t.text.length < 3 || L.lead.has(w) || L.titles.has(w)) return false;
  if (L.knownPlaces.has(w) || L.knownOrgs.has(w) || L.companies.has(w)) return false;
  return !everydayWord(w, (v) => lower.has(v));
}
