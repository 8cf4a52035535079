import type { Span } from '../types';
import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { lowerWordBeforeSpace } from './name-words';
import { speechAfter, WORDLIKE_GIVEN } from './person-evidence';
import { HONORIFICS } from '../text/words';

/**
 * A head word of places, organisations or shops that is also a common surname ("Jennifer Park", "Charlotte Church", "Tom
 * House"): after a listed given name it ends a person's name where the sentence makes it a speaker's — a
 * speech verb right after, or an honorific before. The head test (name-scan.ts) read every such name as a park's, a
 * church's or a shop's, whatever the sentence said. Two words only, the given name no everyday word or known place, the
 * whole no known place or organisation ("Lincoln Center said" keeps "Center", no surname).
 */
export function surnameHead(text: string, span: Span, low: string, last: string, L: LexiconSets): string | null {
  if (!SURNAME_HEADS.has(last)) return null;
  const words = low.split(' ');
  const first = words[0]!;
  if (words.length !== 2 || !L.soleGivenNames.has(first) || WORDLIKE_GIVEN.has(first) || L.knownPlaces.has(first)) return null;
  if (L.knownPlaces.has(low) || L.knownOrgs.has(low) || L.companies.has(low)) return null;
  if (speechAfter(text, span.end)) return 'speech verb after the name';
  const before = lowerWordBeforeSpace(text.slice(Math.max(0, span.start - 8), span.start))?.replace(/\.$/, '');
  return before && HONORIFICS.has(before) ? 'title before the name' : null;
}

/** Head words that are common English or Korean surnames. */
const SURNAME_HEADS: ReadonlySet<string> = new Set('park church house street temple castle garden chapel tower court'.split(' '));

/** Run token k is a title and k + 1 a given name right after it, and the name begun at i does not open with a given name ("Carole King Smith" stays whole). */
export function titleBeforeGiven(ts: Token[], i: number, k: number, L: LexiconSets | null): boolean {
  const next = ts[k + 1];
  return !!L && !!next && L.titles.has(ts[k]!.low) && L.givenNames.has(next.low) && next.start - ts[k]!.end === 1 && !L.givenNames.has(ts[i]!.low);
}
