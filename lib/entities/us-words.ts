import type { LexiconSets } from './lexicon-sets';
import { TITLE_WORDS, TRAVEL_PREPOSITIONS } from '../text/words';
import type { Span } from '../types';
import { appositiveKind } from './thing-appositive';
import { wordBefore } from './name-words';

/**
 * Where the article's American words stand (the lexicon's usContext: big American cities, "Congress", "GOP"), less a city's name
 * that is a person's given name before a surname: "Charlotte Mensah", "Savannah Brown", "Dallas Morgan" are people of any country,
 * and a British story about one of them is not set in the United States (its "in Luton" needed the United Kingdom named). A given
 * name after a title is a person's too ("Princess Charlotte's popularity"). A given name before a word that heads a name or is an
 * everyday word stays American: "Dallas Cowboys", "Charlotte Hornets", "Austin Police".
 */
export function americanWordsAt(text: string, L: LexiconSets | null): number[] {
  const rx = L?.usContext;
  if (!rx) return [];
  const at: number[] = [];
  for (const m of text.matchAll(new RegExp(rx.source, 'g')))
    if (
      (!L.givenNames.has(m[0].toLowerCase()) ||
        !(surnameAfter(text.slice(m.index + m[0].length, m.index + m[0].length + 30), L) || titleBefore(text, m.index, L))) &&
      !calledThing(text, { start: m.index, end: m.index + m[0].length }) &&
      !(PARTY_WORD.test(m[0]) && OTHER_PARTY_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)))
    )
      at.push(m.index);
  return at;
}

/**
 * "Liberal Democrats", "Social Democrats", "Christian Democrats", "Free Democrats", "Sweden Democrats": other countries' parties
 * whose names end in an American party's word; a British story about the Liberal Democrats is not set in the United States (the
 * lexicon's usContext takes "Democrats" alone). American qualifiers ("Senate Democrats", "House Republicans") stay American.
 */
const PARTY_WORD = /^(?:Democrat|Republican)/;
const OTHER_PARTY_BEFORE = /\b(?:Liberal|Social|Christian|Free|Sweden)\s$/;

/** A capitalised word right after, which heads no name and is no everyday word: a surname. */
function surnameAfter(after: string, L: LexiconSets): boolean {
  const w = SURNAME.exec(after)?.[1]?.toLowerCase();
  return !!w && !L.everyday.has(w) && !L.placeHeads.has(w) && !L.orgHeads.has(w) && !L.otherHeads.has(w);
}
/** A title right before the name ("Princess Charlotte", "Prince George"). */
const titleBefore = (text: string, at: number, L: LexiconSets): boolean => {
  const w = /(\p{L}+)\.? $/u.exec(text.slice(Math.max(0, at - 16), at))?.[1]?.toLowerCase();
  return !!w && (TITLE_WORDS.has(w) || L.titles.has(w));
};
const SURNAME = /^ (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b/u;

/**
 * "revived Chicago, the four-deal form of rubber bridge,": a name its appositive calls a thing, with no preposition of place before it ("In
 * Chicago, a doctor's visit costs…" opens a clause), says nothing of where the article is set: no American word, nor a place it names for sure.
 */
export const calledThing = (text: string, s: Span): boolean => appositiveKind(text, s) === 'thing' && !TRAVEL_PREPOSITIONS.has(wordBefore(text, s.start) ?? '');
