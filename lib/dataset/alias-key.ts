/**
 * The one normalisation every alias goes through, at build time and at look-up time, so that
 * "Petrenka", "PETRENKA" and "Petrenká" meet in one key. Romanisation variants
 * ("Petrenko") are not folded here: the dataset build generates them as aliases of their own,
 * so a look-up stays an exact key match.
 */
export function aliasKey(surface: string): string {
  return surface
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // combining marks: é → e
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '') // possessive: "Merkel's" → "merkel"
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const MEMO = new Map<string, string>();
const MEMO_MAX = 20_000;

/**
 * aliasKey with a small memo, for hot loops that key the same words again and again (every
 * capitalised token of an article). The normalisation itself is several full-string passes, so
 * most of its cost goes on recomputing keys of repeated words. Bounded: cleared when full.
 */
export function aliasKeyMemo(surface: string): string {
  let k = MEMO.get(surface);
  if (k === undefined) {
    if (MEMO.size >= MEMO_MAX) MEMO.clear();
    k = aliasKey(surface);
    MEMO.set(surface, k);
  }
  return k;
}

/**
 * The entities a `byAliases` answer holds for one key: own entries only, so a key that is also the
 * name of an Object property ("constructor", from "Constructor standings") is never read off the
 * prototype. Answers that crossed a message boundary have Object.prototype again, whatever they
 * were made with.
 */
export function aliasHits<T>(answer: Record<string, T[]>, key: string): T[] {
  return Object.hasOwn(answer, key) && Array.isArray(answer[key]) ? answer[key] : [];
}
