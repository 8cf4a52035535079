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
