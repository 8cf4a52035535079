import { ACRONYM_SHAPE } from '../text/words';
/**
 * An acronym the article introduces after lower-case words whose initials it is ("intelligent tutoring systems (ITS)", "return on
 * investment (ROI)") is a term of that article, not an organisation's name: an organisation is spelled out in capitals ("the Food
 * and Drug Administration (FDA)"). Real pages had "ITS can transform learning" built as an organisation at 16 mentions.
 * Asked of the article-built organisations whose name is an acronym (other-names.ts); a few indexOf scans of the text each.
 */
export function spelledAsTerm(text: string, acronym: string): boolean {
  if (!ACRONYM_SHAPE.test(acronym)) return false;
  const needle = `(${acronym})`;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    const words = LOWER_RUN.exec(text.slice(Math.max(0, at - 120), at))?.[0]
      ?.trim()
      .split(/[\s-]+/);
    if (words && initialsEnd(words, acronym)) return true;
  }
  return false;
}

/** Lower-case words (hyphens inside) right before the parenthesis. */
const LOWER_RUN = /(?:\b\p{Ll}+(?:-\p{Ll}+)*\s+)+$/u;
/** Small words a term's acronym may skip ("return on investment", "research and development"). */
const SKIPPED = new Set(['of', 'and', 'on', 'for', 'the', 'in', 'to', 'a']);

/** The last words, skipping small ones, have the acronym's letters as initials, in order, and the first of them opens it. */
function initialsEnd(words: readonly string[], acronym: string): boolean {
  const want = acronym.toLowerCase();
  let i = want.length - 1;
  for (let k = words.length - 1; k >= 0 && i >= 0; k--) {
    const w = words[k]!;
    if (w[0] === want[i]) i--;
    else if (!SKIPPED.has(w)) return false;
  }
  return i < 0;
}
