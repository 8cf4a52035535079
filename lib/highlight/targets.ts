import type { BodyText } from '../extract';
import type { Analysis, Span } from '../types';
import { rangeFor, type HighlightName, type Target } from './index';

/** Which kinds of highlight the user asked for (the options page's toggles; lib/extension/settings.ts). */
export interface PaintSettings {
  entities: boolean;
  quotes: boolean;
  claims: boolean;
}

export type TargetData =
  { kind: 'entity'; index: number } | { kind: 'speaker'; quote: number } | { kind: 'quote'; index: number } | { kind: 'claim'; index: number };

/** By default a contested claim is marked on its first words only; its card holds the whole sentence. */
export const CLAIM_LEAD_WORDS = 3;

/** The end of the first `words` words of a[start, end) (whitespace-separated), never past `end`. */
function leadEnd(text: string, start: number, end: number, words: number): number {
  const re = /\S+/g;
  re.lastIndex = start;
  let stop = start;
  for (let i = 0; i < words; i++) {
    const m = re.exec(text);
    if (!m || m.index >= end) break;
    stop = Math.min(end, m.index + m[0].length);
  }
  return stop > start ? stop : end;
}

/**
 * Every hoverable span of an analysis, in reading order, with the highlight it is painted under.
 * By default a page gets names — with the people quoted marked as speakers — and each contested
 * claim marked on its first words (hovering them opens the claim's card). Tinting the full text of
 * every quote and every contested claim is one toggle away ("quotes"): on the demo and the seed
 * article full tinting covered half the text or more, and a page where most sentences are tinted is
 * a page nobody reads (issue 17; `paintedShare` below, reported by tests/eval/painted.ts).
 */
export function buildTargets(a: Analysis, settings: PaintSettings): Target<TargetData>[] {
  const t: Target<TargetData>[] = [];
  if (settings.entities) {
    a.entities.forEach((e, index) => {
      for (const m of e.mentions) t.push({ ...m, name: 'backstory-entity', data: { kind: 'entity', index } });
    });
  }
  a.quotes.forEach((q, index) => {
    if (settings.quotes) t.push({ start: q.start, end: q.end, name: 'backstory-quote', data: { kind: 'quote', index } });
    const s = q.speaker;
    if ((settings.entities || settings.quotes) && s && s.start != null && s.end != null)
      t.push({ start: s.start, end: s.end, name: 'backstory-speaker', data: { kind: 'speaker', quote: index } });
  });
  if (settings.claims) {
    a.claims.forEach((c, index) => {
      const end = settings.quotes ? c.end : leadEnd(a.text, c.start, c.end, CLAIM_LEAD_WORDS);
      t.push({ start: c.start, end, name: 'backstory-claim', data: { kind: 'claim', index } });
    });
  }
  t.sort((x, y) => x.start - y.start || y.end - x.end);
  return t;
}

/**
 * The share of the article's characters that carry any highlight under these settings: the union
 * of the painted spans over the length of the body text (`a.text`). Pure; `tests/eval/painted.ts`
 * reports it on the demo, the seed and real articles.
 */
export function paintedShare(a: Analysis, settings: PaintSettings): { painted: number; total: number; share: number } {
  const total = a.text.length;
  const spans: Span[] = buildTargets(a, settings).map((t) => ({ start: Math.max(0, t.start), end: Math.min(total, t.end) }));
  spans.sort((x, y) => x.start - y.start);
  let painted = 0;
  let reach = 0;
  for (const s of spans) {
    const from = Math.max(s.start, reach);
    if (s.end > from) painted += s.end - from;
    reach = Math.max(reach, s.end);
  }
  return { painted, total, share: total ? painted / total : 0 };
}

export function rangesByName(doc: Document, body: BodyText, targets: Target<TargetData>[]): Map<HighlightName, Range[]> {
  const groups = new Map<HighlightName, Range[]>([
    ['backstory-claim', []],
    ['backstory-quote', []],
    ['backstory-entity', []],
    ['backstory-speaker', []],
  ]);
  const seen = new Set<string>();
  for (const t of targets) {
    const key = `${t.name}:${t.start}:${t.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const r = rangeFor(doc, body, t);
    if (r) groups.get(t.name)!.push(r);
  }
  return groups;
}
