import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';

/**
 * Of names typed a person's by shape alone, those the article shows a product's: the first word is
 * no given name, and it stands alone elsewhere ("Google Stadia" … "Google") or the last word is
 * written in lower case too ("Pre-Workout Meal" … "meal"). One pass over the tokens for all the
 * names (a pass per name was the person finder's largest loop on long articles).
 */
export function productNames(names: readonly string[], tokens: Token[], L: LexiconSets): Set<string> {
  const out = new Set<string>();
  const byFirst = new Map<string, string[]>(); // first word as written → names
  const byLast = new Map<string, string[]>(); // last word in lower case → names
  for (const name of names) {
    const first = name.slice(0, name.indexOf(' '));
    if (L.givenNames.has(first.toLowerCase())) continue;
    listed(byFirst, first).push(name);
    listed(byLast, name.slice(name.lastIndexOf(' ') + 1).toLowerCase()).push(name);
  }
  if (!byFirst.size) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The last word in lower case: the word as a common noun.
    const low = t.cap ? undefined : byLast.get(t.low);
    if (low) for (const n of low) out.add(n);
    // The first word with no capitalised word right after it.
    const first = byFirst.get(t.text);
    const next = tokens[i + 1];
    if (first && !(next?.start === t.end + 1 && next.cap)) for (const n of first) out.add(n);
  }
  return out;
}

function listed(map: Map<string, string[]>, key: string): string[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
