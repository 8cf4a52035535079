/**
 * An article-built entity: a name the dataset does not hold, shown with the article's own mentions only. One maker for the
 * finders that build them from spans (clubs and firms named after a place, firms joined by "&", surnames in capitals, given
 * names in lower-case lines), so the card's wording and shape stay one.
 */
import type { EntityResult, EntityType, Span } from '../types';

export const FROM_ARTICLE = 'From this article — not in the Backstory dataset';

/** The spans grouped by the text they cover, in first-seen order. */
export function spansByName(text: string, spans: Iterable<Span>): Map<string, Span[]> {
  const byName = new Map<string, Span[]>();
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    const list = byName.get(name);
    if (list) list.push(s);
    else byName.set(name, [s]);
  }
  return byName;
}

/** The entity for one name; `noun` adds the count line ("Firm named 2 times in this article"). */
export function builtEntity(name: string, type: EntityType, mentions: Span[], why: string, noun?: string): EntityResult {
  const n = mentions.length;
  return {
    id: null,
    name,
    type,
    fromDataset: false,
    mentions,
    card: {
      title: name,
      lines: noun ? [FROM_ARTICLE, `${noun} named ${n} time${n === 1 ? '' : 's'} in this article`] : [FROM_ARTICLE],
      sources: [],
      fromArticle: true,
    },
    why,
  };
}
