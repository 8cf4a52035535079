import type { DatasetEntity, EntityResult, Span } from '../types';
import type { Hit } from './link';

/**
 * An article-built card for a name the dataset carries but the linker left unlinked ("Perth said the merger…",
 * "Athens, Ga.") says so, instead of "not in the Backstory dataset", which would be untrue: the reader learns that
 * Backstory saw the dataset's Perth and did not claim the article means it (place-evidence.ts, decide.ts).
 */
const NOT_IN_DATASET = 'From this article — not in the Backstory dataset';

export function noteUnlinked(hits: readonly Hit[], linked: ReadonlySet<number>, entities: EntityResult[]): void {
  let byStart: Map<number, Hit> | null = null;
  for (const e of entities) {
    if (e.fromDataset || e.card.lines[0] !== NOT_IN_DATASET) continue;
    byStart ??= new Map(hits.filter((h) => !linked.has(h.span.start)).map((h) => [h.span.start, h]));
    const h = e.mentions.map((m) => sameSpan(byStart!.get(m.start), m)).find(Boolean);
    if (!h) continue;
    e.card = { ...e.card, lines: [unlinkedLine(h.candidates), ...e.card.lines.slice(1)] };
    // "Sinn Féin won the most seats": a name of two words or more that the dataset gives only to organisations (here two
    // countries' parties, neither linked) is an organisation's, whatever its shape made the name finder guess.
    if (e.type === 'person' && h.tokens >= 2 && h.candidates.every((c) => c.type === 'organization' || c.type === 'outlet')) e.type = 'organization';
  }
}

const sameSpan = (h: Hit | undefined, m: Span): Hit | undefined => (h && h.span.end === m.end ? h : undefined);

function unlinkedLine(candidates: readonly DatasetEntity[]): string {
  if (candidates.length > 1) return `From this article — not linked to any of the ${candidates.length} entries of this name in the Backstory dataset`;
  const c = candidates[0]!;
  const about = c.facts.find((f) => f.label === 'Place')?.value ?? c.summary;
  return `From this article — not linked to the Backstory dataset’s ${c.name}${about ? ` (${about})` : ''}`;
}
