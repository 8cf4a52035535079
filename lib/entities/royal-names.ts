/**
 * A place's name right after "Royal", both capitalised ("a vintage Royal Enfield motorcycle", "Royal Troon"): a marque's,
 * a golf club's or a charter's name, not the place ("the Royal Borough of Greenwich" has "of" between, "the Royal Mail
 * depot in Croydon" and "the royal visit to Croydon" keep it).
 * (Tried and dropped: a carrier's head after the place, "Holland America Line" — no invented sentence with other names
 * linked the place before, and with two words between it met a heading on real pages, "Movers in New York Colonial Van
 * Lines"; a capitalised preposition of motion before it, "Swim Across America" — on real pages it met only headings in
 * title case, "Average Remodeling Costs Across California", "Getting Around Japan".)
 * Cost: one match on 8 characters before each place hit.
 */
import type { Span } from '../types';

const ROYAL_BEFORE = /(?<![\p{L}])Royal\s+$/u;

/** True where the place hit at `span` is a word of a "Royal …" name. */
export function afterRoyal(text: string, span: Span): boolean {
  return ROYAL_BEFORE.test(text.slice(Math.max(0, span.start - 8), span.start));
}
