import type { EntityResult, Span } from '../types';

/**
 * A name typed a person's by its shape alone (two name words) that the text lists among places is a place: "through
 * Boston, Arvo Lindel, Chicago and Denver", "stops: Paris, Vienna and Arvo Lindel". A list holds one kind of thing, and the
 * shape of a name says less than the two places around it. Evidence, all of it: every mention of the name stands between
 * two items of a list, each a place or a country the finder found (a comma, "and" or "or" joining them), or after two such
 * items at the list's end; and nothing else made the name a person's (a title, a speech verb, a given name alone: their
 * `why` differs). The entity is retyped in place: no dataset card.
 */
export function peopleAmongPlaces(text: string, entities: EntityResult[]): void {
  let places: { starts: Map<number, Span>; ends: Map<number, Span> } | null = null;
  for (const e of entities) {
    if (e.type !== 'person' || e.fromDataset || e.why !== SHAPE_ONLY) continue;
    places ??= placeMentions(entities);
    const { starts, ends } = places;
    const before = (at: number): Span | undefined => {
      const j = JOIN_BEFORE.exec(text.slice(Math.max(0, at - 8), at));
      return j ? ends.get(at - j[0].length) : undefined;
    };
    const after = (at: number): Span | undefined => {
      const j = JOIN_AFTER.exec(text.slice(at, at + 8));
      return j ? starts.get(at + j[0].length) : undefined;
    };
    const listed = (m: Span): boolean => {
      const prev = before(m.start);
      if (!prev) return false;
      return !!after(m.end) || (!!before(prev.start) && !JOIN_AFTER.test(text.slice(m.end, m.end + 8)));
    };
    if (!e.mentions.every(listed)) continue;
    e.type = 'place';
    e.why = WHY;
    e.card.lines = [
      'From this article — not in the Backstory dataset',
      `Place named ${e.mentions.length} time${e.mentions.length === 1 ? '' : 's'} in this article`,
    ];
  }
}

const SHAPE_ONLY = 'article-built: typed by naming conventions';
const WHY = 'article-built: a name listed between places';
/** What joins two items of a list: a comma, "and", "or" (", and"). */
const JOIN_BEFORE = /(?:,\s(?:(?:and|or)\s)?|\s(?:and|or)\s)$/;
const JOIN_AFTER = /^(?:,\s(?:(?:and|or)\s)?|\s(?:and|or)\s)/;

/** The mentions of places and countries, by start and by end. */
function placeMentions(entities: EntityResult[]): { starts: Map<number, Span>; ends: Map<number, Span> } {
  const starts = new Map<number, Span>();
  const ends = new Map<number, Span>();
  for (const e of entities)
    if (e.type === 'place' || e.type === 'country')
      for (const m of e.mentions) {
        starts.set(m.start, m);
        ends.set(m.end, m);
      }
  return { starts, ends };
}
