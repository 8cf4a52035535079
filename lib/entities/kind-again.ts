import type { DatasetEntity, Span } from '../types';
import { isDivision } from './division-kind';
import { townEvent } from './place-events';
import { MATCH_VERBS } from '../text/result-verbs';

/**
 * A division named bare, then again by its own kind later in its sentence: "Tasmania will end greyhound racing by 2029, the state's
 * premier announced"; "Ontario has begun licensing tow truck operators, provincial police said"; "Jalisco will fund 40 new clinics, the
 * state government said". News names a state or a province once and refers back to it by its kind; a reader takes the kind as the
 * name's. The kind is the division's own, as its record gives it ("Administrative division of Australia (state)": "state"), after "the"
 * ("the state", "the state's") or as its adjective before a public body ("provincial police", "regional government"). No club, firm or
 * person named like a division is called "the province" after its name.
 * Only a division's record, and only after the name within its sentence (a kind before it is an appositive's or another place's); not a side
 * named after its state in a match's result ("Queensland beat Victoria …, the state's captain said").
 * Cost: asked only of a one-word place hit left without other evidence (country-evidence.ts whereEvidence); one slice of the sentence.
 */
export function kindAgain(c: DatasetEntity, text: string, span: Span): string | null {
  if (!isDivision(c)) return null;
  const kind = RECORD_KIND.exec(c.facts.find((f) => f.label === 'Place')?.value ?? '')?.[1];
  const again = kind && KIND_AGAIN.get(kind);
  if (!again) return null;
  const rest = text.slice(span.end, span.end + 200);
  // ("Queensland beat Victoria by six wickets, the state's captain said": a side named after its state, whose own captain the kind is.)
  if (RESULT_AFTER.test(rest) || RESULT_BEFORE.test(text.slice(Math.max(0, span.start - 16), span.start))) return null;
  const stop = SENTENCE_END.exec(rest)?.index ?? rest.length;
  return again.test(rest.slice(0, stop)) ? `a ${kind} named again by its kind (“the ${kind}’s premier”)` : null;
}
const RECORD_KIND = /^Administrative division of [^(]+\((?:[\p{L}-]+ )*(\p{Ll}+)\)$/u;
const SENTENCE_END = /[.!?](?:\s|$)|\n/;
const RESULT_AFTER = new RegExp(`^\\s(?:${MATCH_VERBS}|wins|loses|draws|scored|bowled|batted|reached\\s\\d)\\b`);
const RESULT_BEFORE = /\b(?:against|beat|beating|defeated|over|versus|vs\.?|v)\s$/;
/** "the state's", "the province": the kind after "the"; "provincial police": its adjective before a public body or office. */
const BODIES =
  '(?:government|police|authorities|capital|premier|governor|parliament|legislature|assembly|council|health\\s(?:service|authority|department)|officials)';
const kindAgainPattern = (kind: string, adjective?: string): RegExp =>
  new RegExp(`\\bthe\\s${kind}(?:['’]s)?\\b${adjective ? `|\\b${adjective}\\s(?:\\p{Ll}+\\s)?${BODIES}\\b` : ''}`, 'u');
const KIND_AGAIN: ReadonlyMap<string, RegExp> = new Map([
  ['state', kindAgainPattern('state', 'state')],
  ['province', kindAgainPattern('province', 'provincial')],
  ['region', kindAgainPattern('region', 'regional')],
  ['prefecture', kindAgainPattern('prefecture', 'prefectural')],
  ['canton', kindAgainPattern('canton', 'cantonal')],
  ['territory', kindAgainPattern('territory', 'territorial')],
]);

/** A town's own show or airport (place-events.ts), or a division named again by its kind (above): evidence a place's record needs. */
export const townOrKind = (c: DatasetEntity, text: string, span: Span): string | null => townEvent(text, span) ?? kindAgain(c, text, span);
