import type { BodyText } from '~/lib/extract';
import { rangeFor, type HighlightName, type Target } from '~/lib/highlight';
import type { Analysis } from '~/lib/types';
import type { Settings } from '~/lib/extension/settings';

export type TargetData =
  | { kind: 'entity'; index: number }
  | { kind: 'speaker'; quote: number }
  | { kind: 'quote'; index: number }
  | { kind: 'claim'; index: number };

/** Every hoverable span of an analysis, in reading order, with the highlight it is painted under. */
export function buildTargets(a: Analysis, settings: Settings): Target<TargetData>[] {
  const t: Target<TargetData>[] = [];
  if (settings.entities) {
    a.entities.forEach((e, index) => {
      for (const m of e.mentions) t.push({ ...m, name: 'backstory-entity', data: { kind: 'entity', index } });
    });
  }
  if (settings.quotes) {
    a.quotes.forEach((q, index) => {
      t.push({ start: q.start, end: q.end, name: 'backstory-quote', data: { kind: 'quote', index } });
      const s = q.speaker;
      if (s && s.start != null && s.end != null) t.push({ start: s.start, end: s.end, name: 'backstory-speaker', data: { kind: 'speaker', quote: index } });
    });
  }
  if (settings.claims) {
    a.claims.forEach((c, index) => t.push({ start: c.start, end: c.end, name: 'backstory-claim', data: { kind: 'claim', index } }));
  }
  t.sort((x, y) => x.start - y.start || y.end - x.end);
  return t;
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
