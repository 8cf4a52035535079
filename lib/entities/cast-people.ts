import type { Span } from '../types';
import type { LexiconSets } from './lexicon-sets';
import type { OverlapIndex } from './overlap';
import { isRole } from './person-evidence';

/**
 * The parts actors play are people's (an early step of findArticlePeople, article-people.ts): "starring Michael York as Arthur,
 * James Barbour as Lancelot", "It starred Evie Hayes as Annie with Webb Tilton as Frank" — a full name, "as", then a name of one or
 * two words ending its phrase. Cast lists in Wikipedia and in reviews write characters so, and the guidelines the evaluation
 * follows call them people. (The run finder keeps "as" inside a run, as a transliterated particle, so the scan of runs never
 * asks the part alone.) Not an office or a role ("Rishi Sunak as Prime Minister", "Jane Roe as Director": isRole), nor a known
 * place or firm, and only where a given name opens the actor's name or a word of the stage stands in the sentence before it.
 */
const ACTOR_AS =
  /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'\u2019-]+\s+as\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?=[,.;:!?)]|\s*$|\s*\n|\s+(?:and|with|in|on|at|for|who|while|opposite|alongside|from)\s)/uy;
const STAGE_WORDS =
  /\b(?:starr(?:ing|ed)|stars|cast|casting|play(?:s|ed|ing)|portray(?:s|ed|ing)|voiced|role|roles|film|musical|series|production|tour|opera)\b/i;

/** The parts named after actors in the text, not already taken. */
export function castNames(text: string, taken: OverlapIndex, L: LexiconSets): Span[] {
  const out: Span[] = [];
  if (!text.includes(' as ')) return out;
  for (const m of actorsAs(text)) {
    const part = m[2]!;
    const start = m.index + m[0].length - part.length;
    const span = { start, end: start + part.length };
    const low = part.toLowerCase();
    if (taken.overlaps(span) || L.knownPlaces.has(low) || L.knownOrgs.has(low) || L.companies.has(low)) continue;
    if (
      part
        .split(' ')
        .some((w) => isRole(w.toLowerCase(), L) || L.lead.has(w.toLowerCase()) || L.orgHeads.has(w.toLowerCase()) || L.placeHeads.has(w.toLowerCase()))
    )
      continue;
    const sentence = text
      .slice(Math.max(0, m.index - 120), m.index)
      .split(/[.!?]\s/)
      .pop()!;
    if (L.givenNames.has(m[1]!.toLowerCase()) || STAGE_WORDS.test(sentence)) out.push(span);
  }
  return out;
}

/**
 * What text.matchAll(ACTOR_AS) finds with the pattern global, in order, found by trying the sticky pattern only where a match can
 * start: before a white-spaced "as" (every match holds one), at a capital of the stretch of letters, white space and ' ’ - . that
 * ends there (all a match's actor's name is made of). The global search tried the pattern at every character of the article:
 * 0.7 ms of the 5,000-word bench text's entity stage. Starts are tried in text order, each once, so the first that matches from
 * where the last match ended is the global search's.
 */
export function* actorsAs(text: string): Generator<RegExpExecArray> {
  let from = 0; // no match starts before: the end of the last one
  let tried = 0; // every start before it was tried
  for (let p = text.indexOf('as', 1); p >= 0; p = text.indexOf('as', p + 1)) {
    if (!isSpace(text.charCodeAt(p - 1)) || !isSpace(text.charCodeAt(p + 2))) continue;
    let b = p - 1;
    while (b > 0 && nameChar(text.charCodeAt(b - 1))) b--;
    for (let s = Math.max(b, from, tried); s < p - 1; s++) {
      const c = text.charCodeAt(s);
      if (c < 128 && (c < 65 || c > 90)) continue; // (no capital: \p{Lu} in ASCII is A–Z)
      ACTOR_AS.lastIndex = s;
      const m = ACTOR_AS.exec(text);
      if (!m) continue;
      yield m;
      from = m.index + m[0].length;
      break;
    }
    tried = Math.max(tried, p - 1);
    if (from > p) p = from - 1; // (the next "as" at or after the match's end)
  }
}
/** \s, of one code unit: ASCII by hand, any other white space by the regex. */
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/.test(String.fromCharCode(c)));
/** A character an actor's name before "as" may hold (a letter, white space, ' ’ - .); any other than ASCII counts, the pattern decides. */
const nameChar = (c: number): boolean =>
  c >= 128 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32 || (c >= 9 && c <= 13) || c === 39 || c === 45 || c === 46;
