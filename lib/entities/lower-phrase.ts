/**
 * "Benefits of Hiring a Marketing Agency … SEO Discover is a marketing agency", "Articles of Organization … file articles of
 * organization", "Intervention Group ⏎ … the intervention group was emailed": a name of two words or more that the article also
 * writes wholly in lower case is a phrase of common nouns, capitalised here by a heading, a label or a title, and names no one body.
 * English writes a body's name with its capitals wherever it names it; no article writes "the chicago tribune" in its prose beside
 * "the Chicago Tribune". Asked for article-built organisations (other-names.ts): no card rather than a card for a kind of thing; a
 * name given with its initials in brackets stays ("The Graphic Design School (TGDS)").
 * Not for places: a place may be named by everyday words the article also uses as words ("We sailed round Long Island. It is a long
 * island."), and hasty writers write towns in lower case ("between noida and greater noida"; uner-ewt dev).
 * (On the 974 real texts at 0232c44: 130 mentions of 74 built organisations dropped, 129 wrong — "Articles of Organization", "Social
 * Media", "Moving Company", "Month Club" of "Book of the Month Club" … — and 1 right, "State Department", which that article also
 * writes as a common noun, "the New York state department"; with them go 4 names listed beside them, CIA and FBI (right),
 * Journalism and Partnership (wrong).)
 */

/** A letter or a digit: what may not touch the lower-case phrase on either side. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The article writes `name` (two words or more, some capital in it) wholly in lower case somewhere, as a whole phrase. */
export function writtenInLowerCase(text: string, name: string): boolean {
  if (name.indexOf(' ') < 0) return false;
  if (text !== memoText) {
    memoText = text;
    memo.clear();
  }
  // (Per text and name: the answer reads the whole text, not the mention, and a built organisation asks at each of its mentions.)
  let v = memo.get(name);
  if (v === undefined) memo.set(name, (v = lowerPhrase(text, name)));
  return v;
}
let memoText = '';
const memo = new Map<string, boolean>();

function lowerPhrase(text: string, name: string): boolean {
  const low = name.toLowerCase();
  if (low === name) return false;
  // (The phrase searched first, the initials after: most names the article never writes in lower case, and each search reads the text.)
  for (let at = text.indexOf(low); at >= 0; at = text.indexOf(low, at + 1))
    if (!WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[at + low.length] ?? '')) return !withInitials(text, name);
  return false;
}

/**
 * Its own initials in brackets right after it, perhaps with "The"'s: "The Graphic Design School (TGDS) has been around since 2008" is
 * a school's name, whatever else the article writes in lower case.
 */
function withInitials(text: string, name: string): boolean {
  let initials = '';
  for (const w of name.split(' ')) if (CAPITAL.test(w)) initials += w[0];
  return initials.length > 1 && (text.includes(`${name} (${initials})`) || text.includes(`${name} (T${initials})`));
}
const CAPITAL = /^\p{Lu}/u;
