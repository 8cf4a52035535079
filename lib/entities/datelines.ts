import type { EntityResult, Span } from '../types';
import { OverlapIndex } from './overlap';
import { addArticlePlace } from './article-place';

const WHY = 'article-built: a place of a news dateline ("FALLUJAH, Iraq (AP) —", "BUFFALO, N.Y. —")';

/**
 * A news dateline opening a line: the town in capitals, then its state or country and the agency, then a dash ("FALLUJAH,
 * Iraq (AP) — …", "ST. JOSEPH, Mich. (AP) — …", "BUFFALO, N.Y. — …", "KABUL (Reuters) - …"). The town is a place, and a
 * state written as the agencies abbreviate it ("Mich.", "N.Y.", "Calif.") is one too. Only with a state, a country or an
 * agency after the capitals: a heading in capitals before a dash ("KNIME — short for …", "ADT - Most Complete …") is none.
 * Cost: one anchored regex at each line's start.
 */
const DATELINE =
  /([A-Z][A-Z'\u2019-]+\.?(?: [A-Z][A-Z'\u2019-]*\.?){0,2})(?:, ([A-Z][a-z]+\.?(?: [A-Z][a-z]+)?|(?:[A-Z]\.){2}))?(?: \(([A-Z][\w &.'\u2019-]{1,30})\))? ?[\u2014\u2013-] /y;
/** A state as the agencies abbreviate it ("Mich.", "Calif.", "Pa."), or by its initials ("N.Y.", "S.C."); not a firm's legal form or a title ("ACME, Inc. —"). */
const ABBREVIATED = /^(?!(?:Inc|Corp|Ltd|Co|Bros|Jr|Sr|Esq|Dr|Mr|Mrs|Ms|St)\.)(?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2})$/;

export function datelinePlaces(text: string, found: readonly EntityResult[]): EntityResult[] {
  const out = new Map<string, EntityResult>();
  let taken: OverlapIndex | null = null;
  let media: OverlapIndex | null = null;
  let places: Set<number> | null = null;
  for (let at = 0; at >= 0 && at < text.length;) {
    const from = at;
    const next = text.indexOf('\n', at);
    at = next < 0 ? -1 : next + 1;
    // (A capital and a capital, an apostrophe or a hyphen open every dateline: the regex is asked only of lines that open so.)
    if (!capital(text.charCodeAt(from)) || !townChar(text.charCodeAt(from + 1))) continue;
    DATELINE.lastIndex = from;
    const m = DATELINE.exec(text);
    if (!m) continue;
    // (A state or country after the comma: abbreviated, or a place a finder knows: not "NOTE, Please — …".)
    places ??= new Set(found.filter((e) => e.type === 'place' || e.type === 'country').flatMap((e) => e.mentions.map((x) => x.start)));
    const region = !!m[2] && (ABBREVIATED.test(m[2]) || places.has(m.index + m[1]!.length + 2));
    if (!region && !m[3]) continue;
    taken ??= new OverlapIndex(found.flatMap((e) => e.mentions));
    media ??= new OverlapIndex(found.filter((e) => e.type === 'outlet' || e.type === 'organization').flatMap((e) => e.mentions));
    // (An agency in brackets only where a finder knows it for a medium's or a firm's name: "NOTE (Updated) —" is no dateline.)
    const open = m.index + m[0].lastIndexOf('(') + 1;
    if (!region && !media.overlaps({ start: open, end: open + m[3]!.length })) continue;
    const town: Span = { start: m.index, end: m.index + m[1]!.length };
    if (!taken.overlaps(town)) addArticlePlace(out, [], text, town, WHY);
    if (m[2] && ABBREVIATED.test(m[2])) {
      const start = town.end + 2;
      const state = { start, end: start + m[2].length };
      if (!taken.overlaps(state)) addArticlePlace(out, [], text, state, WHY);
    }
  }
  return [...out.values()];
}

/** A to Z. */
const capital = (c: number): boolean => c >= 65 && c <= 90;
/** DATELINE's second character: [A-Z'\u2019-]. */
const townChar = (c: number): boolean => capital(c) || c === 39 || c === 0x2019 || c === 45;
