import type { DatasetEntity, Span } from '../types';
import { aliasKey } from '../dataset/alias-key';
import type { LexiconSets } from './lexicon-sets';
import { thingAppositive } from './thing-appositive';

/**
 * A headline shouted in capitals ("CHINA WARNS TAIWAN OVER ARMS DEAL"): every word of the line is in capitals, so its
 * capitals say nothing of a longer name ("CHINA WARNS" is no name) nor of an acronym ("CHINA" is no acronym). A country's
 * name in it is the country, where no person bears the name (not "JORDAN", a given name), no US state ("GEORGIA") and no everyday
 * word ("TURKEY PRICES SOAR AS …") — and only where the
 * line reads as a sentence: four words or more, one of them a function word in capitals ("OVER", "AS", "AND"), no lower-case
 * letter anywhere on it. A menu, a button or a product line ("SHOP NOW", "AIR JORDAN 1 RETRO") has none of those words.
 * Cost: asked only of a country's name with a capitalised word beside it in its run, or of a country's name in capitals.
 */

/** Function words a shouted sentence has and a product's or a menu's name rarely does. */
const FUNCTION_WORD = /^(?:THE|OF|TO|IN|AND|FOR|ON|AT|BY|WITH|OVER|AS|FROM|AFTER|AGAINST|INTO|AMID|BEFORE|ABOUT|UNDER|IS|ARE|WAS|WERE|WILL|HAS|HAVE)$/;

/** The line around `at` is a shouted headline (see above). */
export function shoutedLine(text: string, at: number): boolean {
  let a = at;
  while (a > 0 && text[a - 1] !== '\n' && at - a < 300) a--;
  let b = at;
  while (b < text.length && text[b] !== '\n' && b - at < 300) b++;
  const line = text.slice(a, b);
  if (/\p{Ll}/u.test(line)) return false;
  const words = line.match(/\p{L}+(?:['\u2019]\p{L}+)?/gu) ?? [];
  return words.length >= 4 && words.some((w) => FUNCTION_WORD.test(w));
}

/** Every candidate is a country called by its own name, that no person bears, in a shouted headline. */
export function shoutedCountry(list: readonly DatasetEntity[], key: string, text: string, span: Span, L: LexiconSets | null): boolean {
  return (
    list.length > 0 &&
    list.every((e) => e.type === 'country' && aliasKey(e.name) === key && !e.weakAliases?.includes(key)) &&
    !!L &&
    !L.givenNames.has(key.split(' ')[0]!) &&
    !L.usStates.has(key) &&
    !L.everyday.has(key) &&
    shoutedLine(text, span.start) &&
    // ("MALTA, THE SODA:": an appositive says what the name is, in capitals as the line is; thing-appositive.ts reads it in lower case.)
    !(text.charCodeAt(span.end) === 44 && thingAppositive(text.slice(span.end, span.end + 90).toLowerCase(), { start: 0, end: 0 }))
  );
}
