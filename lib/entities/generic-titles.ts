import type { DatasetEntity } from '../types';
import type { Hit } from './link';
import type { LexiconSets } from './lexicon-sets';
import { ENGLISH_PRESS } from './outlet-context';

/**
 * An outlet of a country outside the English-language press whose title is two everyday English words or more ("Daily News" of Sri
 * Lanka): papers of that title are everywhere ("the Daily News" of New York, of a county, of a town), and the dataset knows only
 * one. A reader takes it for that one only where the article names its country ("The Daily News in Colombo reported"); reported
 * or quoted elsewhere ("He read it in the Daily News", "framed front pages of the Daily News" in a Washington bar) it is
 * somebody's local paper. (foreignOutletUnplaced, outlet-context.ts, asks the same of one-word titles not used as a medium;
 * here the words say nothing of which paper, so being used as a medium does not either.)
 * Cost: asked of outlet candidates; a Set look-up per word of the key.
 */
export function genericForeignTitle(c: DatasetEntity, h: Hit, ctx: { L: LexiconSets | null; countries?: ReadonlySet<string> }): boolean {
  if (c.type !== 'outlet' || !c.countryId || ENGLISH_PRESS.has(c.countryId) || ctx.countries?.has(c.countryId) || !ctx.L) return false;
  const words = h.key.split(' ');
  if (words[0] === 'the') words.shift();
  // (One word is left to foreignOutletUnplaced, which keeps it as a medium: "Focus reported" is the German magazine.)
  return words.length >= 2 && words.every((w) => ctx.L!.everyday.has(w));
}
