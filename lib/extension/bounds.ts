/**
 * Bounds on everything that leaves a page. Page text is written by the page, which may be hostile:
 * a 4.5 MB `og:site_name`, bidi overrides that reorder what a card says, a title built to fill the
 * browser's session storage. Small on purpose: the content script ships this file.
 */

/** At most this many entities, quotes and claims each leave a page (a long article has a few hundred). */
export const LIST_MAX = 500;

/** The longest string of page text kept in a summary or shown in a card (a title, a name, an excerpt). */
export const TEXT_MAX = 300;

/**
 * Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) from page text would reorder
 * the card's own words around them ("‮"-tricks); they carry nothing a reader needs in a card.
 */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

/** A page string made safe to show: bidi controls removed, cut at `max` characters with an ellipsis. */
export function bounded(s: string, max = TEXT_MAX): string {
  const t = s.length > max * 2 ? s.slice(0, max * 2) : s;
  const clean = t.replace(BIDI, '');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** Every string in a plain JSON-like value bounded (arrays and objects copied, other values kept). */
export function boundAll<T>(v: T, max = TEXT_MAX): T {
  if (typeof v === 'string') return bounded(v, max) as T;
  if (Array.isArray(v)) return v.map((x) => boundAll(x, max)) as T;
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = boundAll(x, max);
    return out as T;
  }
  return v;
}
