/**
 * English idioms with a place's name in them, which speak of no place: "sent to Coventry" (shunned by others), "when in
 * Rome, do as the Romans do", "Rome wasn't built in a day", "fiddling while Rome burns", "might as well be living in
 * Timbuktu", "from here to Timbuktu". Each idiom is its words on either side of the name, as fixed as English keeps them:
 * "one Mississippi, two Mississippi" (counting seconds aloud). "sent to Coventry's hospital", "sent to Coventry for surgery", "sent to Coventry and Birmingham", "When in Rome last week", "When in Rome, do visit
 * the Vatican" and "arrive in Timbuktu" keep the place.
 * Cost: one map look-up per place hit; a match or two where the name is one of the idioms'.
 */
import type { Span } from '../types';

/** Words on either side of the name, and (`near`) words within 80 characters of it. */
type Idiom = { before?: RegExp; after?: RegExp; near?: RegExp };
/**
 * Not the place's possessive, a capitalised name going on, another place in a list ("sent to Coventry and Birmingham"), or
 * a place's preposition or errand ("sent to Coventry for trial").
 */
const ENDS = String.raw`(?!['’]s\b|\s+\p{Lu}|\s*,\s*\p{Lu}|\s+(?:and|or|for|to|from|in|on|at|where|after|with|hospital|prison|jail|station|airport|city|council)\b)`;
const IDIOMS: ReadonlyMap<string, readonly Idiom[]> = new Map([
  ['coventry', [{ before: /\bsen[dt](?:s|ing)?\s+(?:(?:him|her|them|me|us|you)\s+)?to\s+$/, after: new RegExp(`^${ENDS}`, 'u') }]],
  [
    'rome',
    [
      { before: /\b[Ww]hen\s+in\s+$/, after: /^,?\s+(?:do|you\s+do)\s+as\b/ },
      { after: /^\s+(?:wasn['’]t|was\s+not)\s+built\s+in\s+a\s+day\b/ },
      { before: /\bfiddl(?:e|es|ed|ing)\s+while\s+$/, after: /^\s+burn(?:s|ed)?\b/ },
    ],
  ],
  // "one Mississippi, two Mississippi": counting seconds aloud, with counting in the words around ("Counting “one Mississippi”
  // between flash and thunder"); not "one Mississippi voter", "only one Mississippi" said of the state (a noun after, no counting).
  [
    'mississippi',
    [
      {
        before: /(?<![\p{L}])(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)[\s-]$/u,
        after: /^(?:["”’]|\s*[,.;:!?)]|\s*$|\s+(?:before|and|then|until|as|while)\b)/,
        near: /\b(?:count(?:s|ed|ing)?|seconds|(?:two|three|four)[\s-]Mississippi)\b/i,
      },
    ],
  ],
  ['timbuktu', [{ before: /\b(?:from\s+here\s+to|as\s+well\s+be\s+(?:living\s+)?in|as\s+well\s+live\s+in)\s+$/ }]],
]);

/** True where the place hit at `span` (its key `key`) is a word of one of the idioms. */
export function inPlaceIdiom(text: string, span: Span, key: string): boolean {
  const idioms = IDIOMS.get(key);
  if (!idioms) return false;
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const after = text.slice(span.end, span.end + 40);
  return idioms.some(
    (i) =>
      (!i.before || i.before.test(before)) &&
      (!i.after || i.after.test(after)) &&
      (!i.near || i.near.test(text.slice(Math.max(0, span.start - 80), span.end + 80))),
  );
}
