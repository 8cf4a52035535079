/**
 * "sold at Lyon & Turnbull", "Marks & Lyon": a place's name joined by "&" to a capitalised word that names no place is a
 * firm's name (founders', partners'), of which the place is only a word. Two places joined so ("Sydney & Melbourne") stay
 * places, and a country is left alone ("Trinidad & Tobago" is its own name); a person sharing the place's name may be among the
 * candidates ("Lima & Sons"). Asked of every dataset hit, behind a character test.
 */
import type { DatasetEntity, Span } from '../types';
import { isPlaceRecord } from './record-reads';

/** " & " and a capitalised word after a name; a capitalised word and " & " before it. */
const AMP_AFTER = /^ & \p{Lu}/u;
const AMP_BEFORE = /\p{Lu}[\p{L}'’]* & $/u;

/** A test of one hit: whether its place is a word of a firm's name joined by "&" (the other hits' places read once, lazily). */
export function ampersandFirm(
  text: string,
  hits: readonly { span: Span; candidates: DatasetEntity[] }[],
): (h: { span: Span; candidates: DatasetEntity[] }) => boolean {
  let starts: Set<number> | undefined;
  let ends: Set<number> | undefined;
  const places = () => hits.filter((o) => o.candidates.some(isPlaceRecord));
  return (h) => {
    const { start, end } = h.span;
    // (A character test first: most names have no "&" beside them.)
    if (text.charCodeAt(end + 1) !== 38 && text.charCodeAt(start - 2) !== 38) return false;
    if (!h.candidates.some(isPlaceRecord) || h.candidates.some((c) => c.type === 'country')) return false;
    // ("Europe, Asia & Pacific Countries": a member of a list of places.)
    if (text.charCodeAt(start - 2) === 44) return false;
    const after = AMP_AFTER.exec(text.slice(end, end + 4));
    if (after && !(starts ??= new Set(places().map((o) => o.span.start))).has(end + after[0].length - 1)) return true;
    const before = AMP_BEFORE.test(text.slice(Math.max(0, start - 24), start));
    return before && !(ends ??= new Set(places().map((o) => o.span.end))).has(start - 3);
  };
}
