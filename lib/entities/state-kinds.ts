import type { DatasetEntity } from '../types';
import type { Hit } from './link';
import type { LexiconSets } from './lexicon-sets';
import { hitIndexFrom } from './hit-index';

/**
 * More kinds of evidence that a US state's bare name is the state, not the city the dataset calls by it ("New York" is New
 * York City there, "Washington" the capital), read in the link audits of real pages (session 25; us-state-context.ts's rule 2
 * and rule 4 read the others):
 *
 * 1. What a state sells or grants by its law: a policy, a plan or a coverage "not available in" or "available to" the state or
 *    a list of states ("Cruise plan refund policy not available in New York or Washington": an insurer's products are sold
 *    state by state), a business formed, registered or incorporated "in" it, a licence to practise "in" it.
 * 2. A line of a list of addresses, "Firm, Town, State", ending at the name, where a line next to it ends with a town and a
 *    state that the dataset has as no city ("Blue Origin, Kent, Washington" over "Ceres Robotics, Palo Alto, California").
 * 3. A label's slot that holds states elsewhere in the article ("Headquarters: Washington, United States" where "Headquarters:
 *    California, United States" stands on the same page), or a bracket that does ("UW Foster School of Business (Washington)"
 *    in a table of schools where "Carlson School of Management (Minnesota)" stands).
 */
export interface KindView {
  text: string;
  hits: Hit[];
  L: LexiconSets | null;
}

/** A dataset city or capital in the United States. */
const isUsCity = (c: DatasetEntity): boolean =>
  c.type === 'place' && c.countryId === 'country:us' && c.facts.some((f) => f.label === 'Place' && /^(?:City|Capital)\b/.test(f.value));

/** Capitalised names joined by commas, "or", "and" (a list of states), possibly empty, right before the name. */
const LIST_BEFORE = String.raw`(?:(?:\p{Lu}[\p{L}.'\u2019-]*\s){0,2}\p{Lu}[\p{L}.'\u2019-]*,?\s(?:(?:or|and)\s)?){0,6}`;
/** "(not) available in", "not offered to residents of", "sold in" … before the list. */
const AVAILABLE_BEFORE = new RegExp(
  String.raw`\b(?:available|offered|sold|valid|approved)\s+(?:(?:only\s+)?(?:in|to)\s+(?:residents\s+of\s+)?)` + LIST_BEFORE + '$',
  'u',
);
/** Words of insurance and products in the same line: the product is the state's to license. */
const PRODUCT = /\b(?:polic(?:y|ies)|plans?|coverage|insurance|insurers?|premiums?|annuit(?:y|ies)|benefits?|riders?)\b/i;
/** A firm formed under a state's law, or a licence to practise, right before the name. */
const FORMED_BEFORE =
  /\b(?:(?:form|forming|formed|register|registering|incorporate|incorporating)\s+(?:a|an|your|the|my)\s+(?:new\s+|own\s+)?(?:business|company|corporation|nonprofit|LLC|partnership)|(?:licensed|admitted)\s+to\s+practi[cs]e(?:\s+\w+){0,2})\s+in\s+$/i;

/** The line around a position (a line break ends it). */
function lineAround(text: string, start: number, end: number): string {
  const a = text.lastIndexOf('\n', start - 1) + 1;
  const b = text.indexOf('\n', end);
  return text.slice(a, b < 0 ? text.length : b);
}

/** Rule 1: a product sold in the state, a firm formed under its law, a licence granted by it. */
function byLaw(h: Hit, text: string): boolean {
  const before = text.slice(Math.max(0, h.span.start - 120), h.span.start);
  if (FORMED_BEFORE.test(before.slice(-90))) return true;
  const line = lineAround(text, h.span.start, h.span.end);
  return AVAILABLE_BEFORE.test(before.slice(before.lastIndexOf('\n') + 1)) && PRODUCT.test(line);
}

/** A hit of a US state's name that the dataset has as no city (California, Texas). */
const plainState = (x: Hit, L: LexiconSets): boolean => L.usStates.has(x.key) && !x.candidates.some(isUsCity);

/** A line [a, b) that ends with a town, a comma and a state the dataset has as no city ("Ceres Robotics, Palo Alto, California"). */
function endsWithTownState(v: KindView, L: LexiconSets, a: number, b: number): boolean {
  const line = v.text.slice(a, b).replace(/\s+$/, '');
  const end = a + line.length;
  for (let i = hitIndexFrom(v.hits, a), y = v.hits[i]; y && y.span.start < end; y = v.hits[++i])
    if (y.span.end === end && plainState(y, L) && /\p{Lu}[\p{L}.'\u2019-]*,\s$/u.test(v.text.slice(Math.max(a, y.span.start - 30), y.span.start))) return true;
  return false;
}

/** Rule 2: "Firm, Town, State" ending its line, with a line of the same shape next to it. */
function addressLine(h: Hit, v: KindView, L: LexiconSets): boolean {
  const t = v.text;
  if (!/^[ \t]*(?:\n|$)/.test(t.slice(h.span.end, h.span.end + 4))) return false;
  const start = t.lastIndexOf('\n', h.span.start - 1) + 1;
  // The line: a name, a comma, a town, a comma, the state.
  if (!/^\p{Lu}[^\n,]*,\s(?:\p{Lu}[\p{L}.'\u2019-]*\s){0,2}\p{Lu}[\p{L}.'\u2019-]*,\s$/u.test(t.slice(start, h.span.start))) return false;
  const nextEnd = t.indexOf('\n', h.span.end + 1);
  const next = h.span.end < t.length ? endsWithTownState(v, L, h.span.end + 1, nextEnd < 0 ? t.length : nextEnd) : false;
  const prevStart = start > 0 ? t.lastIndexOf('\n', start - 2) + 1 : -1;
  return next || (prevStart >= 0 && endsWithTownState(v, L, prevStart, start - 1));
}

/** A label at a line's start right before the name ("Headquarters: "). */
const LABEL_BEFORE = /(?:^|\n)([\p{Lu}][\p{L} ]{2,30}):\s$/u;

/** Rule 3: the label before the name stands before a state that the dataset has as no city elsewhere in the article. */
function labelSlot(h: Hit, v: KindView, L: LexiconSets): boolean {
  // (Only where a colon and a white space stand right before the name, as in every match: the pattern is tried from every character of its slice.)
  const m = v.text.charCodeAt(h.span.start - 2) === 58 ? LABEL_BEFORE.exec(v.text.slice(Math.max(0, h.span.start - 40), h.span.start)) : null;
  if (!m) return false;
  const label = `${m[1]}: `;
  return v.hits.some((x) => x !== h && plainState(x, L) && v.text.startsWith(label, x.span.start - label.length));
}

/** Rule 3, brackets: the name alone in brackets, where a state that the dataset has as no city stands alone in brackets elsewhere in the article. */
function bracketSlot(h: Hit, v: KindView, L: LexiconSets): boolean {
  const inBrackets = (x: Hit) => v.text.charCodeAt(x.span.start - 1) === 40 && v.text.charCodeAt(x.span.end) === 41;
  return inBrackets(h) && v.hits.some((x) => x !== h && plainState(x, L) && inBrackets(x));
}

/** The state's name is the state by one of the kinds above (asked only of a state's name that the dataset gives a city). */
export function stateByKind(h: Hit, v: KindView): boolean {
  const L = v.L;
  if (!L || /^,?\s*(?:D\.?\s?C\b|NY\b|N\.Y\.|City\b)/.test(v.text.slice(h.span.end, h.span.end + 6))) return false;
  return byLaw(h, v.text) || addressLine(h, v, L) || labelSlot(h, v, L) || bracketSlot(h, v, L);
}
