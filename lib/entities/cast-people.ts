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
  /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'\u2019-]+\s+as\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?=[,.;:!?)]|\s*$|\s*\n|\s+(?:and|with|in|on|at|for|who|while|opposite|alongside|from)\s)/gu;
const STAGE_WORDS =
  /\b(?:starr(?:ing|ed)|stars|cast|casting|play(?:s|ed|ing)|portray(?:s|ed|ing)|voiced|role|roles|film|musical|series|production|tour|opera)\b/i;

/** The parts named after actors in the text, not already taken. */
export function castNames(text: string, taken: OverlapIndex, L: LexiconSets): Span[] {
  const out: Span[] = [];
  if (!text.includes(' as ')) return out;
  for (const m of text.matchAll(ACTOR_AS)) {
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
