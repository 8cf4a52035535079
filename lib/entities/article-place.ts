import type { EntityResult, Span } from '../types';

/**
 * One article-built place card per name, however many rules find it (state codes, towns before their state,
 * datelines): the mention goes into a place of that name found earlier (`found`, the finder's results) or
 * already in `out`, and the card's count follows; otherwise a new card with `why`.
 */
export function addArticlePlace(out: Map<string, EntityResult>, found: readonly EntityResult[], text: string, span: Span, why: string): void {
  const name = text.slice(span.start, span.end);
  const e = found.find((x) => !x.fromDataset && x.type === 'place' && x.name === name) ?? out.get(name);
  if (e) {
    if (e.mentions.some((m) => m.start === span.start)) return;
    e.mentions.push({ start: span.start, end: span.end });
    e.mentions.sort((x, y) => x.start - y.start);
    if (e.card.lines[1]?.startsWith('Place named ')) e.card.lines[1] = `Place named ${e.mentions.length} times in this article`;
    return;
  }
  out.set(name, {
    id: null,
    name,
    type: 'place',
    fromDataset: false,
    mentions: [{ start: span.start, end: span.end }],
    card: { title: name, lines: ['From this article — not in the Backstory dataset', 'Place named 1 time in this article'], sources: [], fromArticle: true },
    why,
  });
}
