import type { DatasetEntity, Span } from '../types';

/** What short-forms.ts needs of a dataset hit (link.ts's Hit has it). */
interface HitLike {
  span: Span;
  key: string;
  candidates: readonly DatasetEntity[];
}

/** "the commission", "the union": an alias of "the" and one lower-case word. */
const SHORT_FORM = /^the [a-z]+$/;
/** "The Commission on Presidential Debates", "the Commission for Racial Equality": the words go on into a longer name. */
const LONGER_NAME_AFTER = /^\s+(?:on|for|of|against)\s+(?:the\s+)?\p{Lu}/u;

/**
 * An organisation called by "the" and a common noun ("the Commission", "the Union") is the dataset's
 * only where the article also names it otherwise ("the European Commission", "the EU Commission") or
 * names what it is part of (the European Union, for the Commission), and never where the words go on
 * into a longer name. A PolNeAR audit (tests/fixtures/links-judged-2026-12-06-polnear.json) found "The
 * Commission on Presidential Debates" on the European Commission's card; "The Union said members would
 * strike" was the EU's. Other kinds of alias, and parties (party-context.ts asks their own questions), are not asked.
 */
export function shortFormUnnamed(c: DatasetEntity, h: HitLike, text: string, hits: readonly HitLike[]): boolean {
  if (!c.id.startsWith('org:') || !SHORT_FORM.test(h.key)) return false;
  if (LONGER_NAME_AFTER.test(text.slice(h.span.end, h.span.end + 16))) return true;
  const parent = c.facts.find((f) => f.label === 'Part of')?.value;
  const named = hits.some((x) => x !== h && x.key !== h.key && x.candidates.some((o) => o.id === c.id || (parent !== undefined && o.name === parent)));
  return !named;
}
