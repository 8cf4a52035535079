/**
 * Which names of a news outlet are its own (build time): an asset's name without its kind ("News
 * agency: Xinhua"), parenthesised acronyms that are not an edition's language, "The" names without
 * "The", and brands whose news is a sideline. Split from outlets.ts, which builds the outlets.
 */
import { addAlias, addWeak, type Draft } from './draft';

export const stripParen = (s: string) => s.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
/** "News agency: Xinhua", "Television: CNC World" → the asset's own name. */
export const assetName = (s: string) => s.replace(/^[A-Z][\w /-]{2,30}:\s*/, '').trim();
export const parenAcronyms = (s: string) =>
  [...s.matchAll(/\(([^)]+)\)/g)].map((m) => (m[1] ?? '').trim()).filter((x) => x.length <= 40 && /^\p{Lu}/u.test(x) && !EDITION.test(x));
/**
 * "People's Daily (Arabic)", "RT (UK edition)", "Voice of America (Voice of America in Russian)": a
 * parenthesis that names an edition's language or market is no name of the outlet — as aliases
 * they made every "Arabic" in a language list a card for People's Daily.
 */
/** Languages that name editions and services, in the sources' spelling; as single words they are everyday words, not names. */
export const LANGUAGE_NAMES: readonly string[] =
  'Arabic Chinese English French German Japanese Korean Russian Spanish Portuguese Italian Turkish Persian Farsi Dari Pashto Urdu Hindi Bengali Ukrainian Serbian Croatian Uzbek Kazakh Tajik Kyrgyz Turkmen Azerbaijani Armenian Georgian Tatar Mandarin Cantonese Tibetan Uyghur Swahili Hausa Amharic Somali'.split(
    ' ',
  );
const EDITION = new RegExp(`(?:^(?:${LANGUAGE_NAMES.join('|')})$|\\bedition$|\\bin\\s+\\p{Lu}\\p{Ll}+$)`, 'u');

/**
 * "The Hindu" without its article: "Washington Post" is still the paper, but one word ("Hindu",
 * "Guardian", "National") is an everyday word or a demonym first — weak, linked as a medium only.
 */
export function theLess(d: Draft, name: string): void {
  if (!/^The\s/.test(name)) return;
  const bare = name.replace(/^The\s+/, '');
  if (/\s/.test(bare)) addAlias(d, bare, 0);
  else addWeak(d, bare);
}

/**
 * A brand whose news is a sideline: the media list's own description does not call it a medium in
 * its first sentence ("Xbox is Microsoft's gaming and entertainment brand", "Yahoo is a web services
 * provider", "SUSE is a … software company"), or calls a longer name the medium ("Google News is a
 * news aggregation service …" under "Google"). Its name stays the card's, but as a weak alias: a
 * mention of the console, the search engine or the company is not one of a news outlet (on wcxb-dev's
 * articles "Google" alone had been linked 428 times, as "Google: news outlet").
 */
export function isBrand(organization: string, description: string | undefined): boolean {
  const first = (description ?? '').split(/(?<=[a-z0-9)])\.\s/)[0] ?? '';
  if (!first) return false;
  if (
    first.startsWith(`${organization} `) &&
    /^\p{Lu}/u.test(first.slice(organization.length + 1)) &&
    !/^(?:is|was)\b/.test(first.slice(organization.length + 1))
  )
    return true;
  return !MEDIUM_WORDS.test(first);
}
const MEDIUM_WORDS =
  /\b(?:newspapers?|news|magazines?|broadcast(?:er|ing)?|publications?|journalism|journalistic|dail(?:y|ies)|weekly|tabloid|wire service|media (?:company|outlet|organi[sz]ation|group|house|network)|websites?|radio|television|tv|periodical|journal|blog|press)\b/i;
