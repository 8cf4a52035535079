/**
 * The one normalisation every alias goes through, at build time and at look-up time, so that
 * "Lukashenka", "LUKASHENKA" and "Lukašenka" meet in one key. Romanisation variants
 * ("Lukashenko") are not folded here: the dataset build generates them as aliases of their own,
 * so a look-up stays an exact key match.
 */
export function aliasKey(surface: string): string {
  return surface
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // combining marks: é → e
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '') // possessive: "Putin's" → "putin"
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
