import type { Hit } from './link';
import { inTitleCaseLine } from './title-case';
import { wordRunBeforeSpace } from './name-words';

/**
 * A place's name ending a proper name whose preposition is capitalised inside a sentence: "Swim Across America, which raised $5m
 * for cancer research", "a rider in the Race Across America", "the Walk Around Britain charity". Prose writes a preposition in
 * lower case ("swam across America"); capitalised after a capitalised word, it is a word of a title — an event's, a charity's, a
 * work's — which the place's name ends, and the name is the title's, not the place's. Not on a Title Case line, where every word
 * is capitalised ("Floods Sweep Across Europe"), and only prepositions of four letters or more ("In", "To", "Of" open sentences
 * and names of places: "Stoke-on-Trent", "Out Of Africa" is left).
 * Cost: a match on 30 characters before a place hit; the line's case only where it matches.
 */
const TITLED_BEFORE = /(?:^|[^\p{L}])\p{Lu}\p{Ll}+\s(?:Across|Around|Through|Beyond|Against|Along|Without|Inside|Outside|Over|Under|Into|Upon|Towards?)\s$/u;

/** The place hit ends a capitalised run with a capitalised preposition inside a sentence (see the module's comment). */
export const inTitledRun = (h: Hit, text: string): boolean =>
  TITLED_PREPOSITIONS.has(wordRunBeforeSpace(text, Math.max(0, h.span.start - 30), h.span.start)) && // (its preposition first: most names follow none)
  TITLED_BEFORE.test(text.slice(Math.max(0, h.span.start - 30), h.span.start)) &&
  !inTitleCaseLine(text, h.span);
const TITLED_PREPOSITIONS: ReadonlySet<string> = new Set(
  'Across Around Through Beyond Against Along Without Inside Outside Over Under Into Upon Toward Towards'.split(' '),
);
