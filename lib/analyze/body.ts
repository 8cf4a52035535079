import { buildCard } from '../card';
import { topLevelQuotes } from '../card/view';
import { findClaims } from '../claims';
import { findEntities, type EntityFindings } from '../entities';
import { datelineDate } from '../published';
import { findQuotes } from '../quotes';
import type { Analysis, ClaimResult, Dataset, DatasetEntity, EntityResult, QuoteResult, Span } from '../types';
import { clock, MAX_CHARS, type AnalyzeOptions } from './options';

/**
 * Long bodies are analysed in paragraph-aligned chunks, with a pause between chunks so that a huge
 * page never holds the main thread for long (the browser passes `pause`; Node does not need one).
 * Context that crosses chunks (a surname resolved to an earlier full name, a pronoun speaker) is
 * lost at a chunk boundary; chunks are large enough that this only matters on very long pages.
 */
export const CHUNK_CHARS = 24_000;
/** Paragraph-aligned [start, end) cuts of text, each about `size` characters. */
export function chunkSpans(text: string, size = CHUNK_CHARS): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      end = nl > start + size / 2 ? nl + 1 : end;
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

/** What the chunks of a body have found so far, merged (one entity per key). */
interface Merged {
  entities: EntityResult[];
  records: Map<string, DatasetEntity>;
  quotes: QuoteResult[];
  claims: ClaimResult[];
  byKey: Map<string, EntityResult>;
}

/**
 * The text half of the pipeline: entities, quotes and claims over an article body.
 * (The merging and the cards are functions of their own: V8 compiles a function on a background
 * thread once it has run long enough, and a long function's job is long; this one runs once per
 * page, and while it was one piece its job, and its recompilation after a deoptimisation, ran
 * beside the first long articles' analyses and took processor time from them.)
 */
export async function analyzeBody(text: string, opts: AnalyzeOptions): Promise<Analysis> {
  const now = opts.now ?? clock;
  const t0 = now();
  const ms = { entities: 0, quotes: 0, claims: 0 };
  const max = opts.maxChars ?? MAX_CHARS;
  let limit = Math.min(text.length, max);
  if (limit < text.length) limit = Math.max(text.lastIndexOf('\n', limit), max / 2);

  const acc: Merged = { entities: [], records: new Map(), quotes: [], claims: [], byKey: new Map() };
  // (The date is read first: two dataset people of one name are told apart by it.)
  const publishedAt = opts.publishedAt !== undefined ? opts.publishedAt : datelineDate(text, opts.today);
  for (const [i, chunk] of chunkSpans(text.slice(0, limit), opts.chunkChars).entries()) {
    if (i > 0) await opts.pause?.();
    const sub = chunkText(text, chunk);
    // Each stage of a chunk is its own task (entities, quotes and claims are each whole-text passes
    // that cannot be interrupted): three bounded tasks instead of one three times as long.
    const ta = now();
    const found = await findEntities(sub, opts.lookup, publishedAt);
    ms.entities += now() - ta;
    await opts.pause?.();
    const tb = now();
    const q = findQuotes(sub, found.entities);
    ms.quotes += now() - tb;
    await opts.pause?.();
    const tc = now();
    const c = findClaims(sub, { quotes: q, entities: found.entities, records: found.records });
    ms.claims += now() - tc;
    mergeChunk(acc, chunk.start, found, q, c);
  }

  const { entities, records, quotes, claims } = acc;
  if (records.size) await opts.pause?.();
  const sources = records.size ? await opts.lookup.sources() : {};
  // Countries of the people and places found, for flags: one batched look-up of what is missing.
  const missing = [...new Set([...records.values()].map((r) => r.countryId).filter((id): id is string => !!id && !records.has(id)))];
  const countries = new Map([...records].filter(([, r]) => r.type === 'country'));
  if (missing.length) for (const c of await opts.lookup.byIds(missing)) countries.set(c.id, c);
  addCards(acc, sources, countries, publishedAt);
  return {
    isArticle: true,
    articleScore: 1,
    title: null,
    publishedAt,
    publisher: null,
    text,
    entities,
    quotes,
    claims,
    ms: { total: now() - t0, ...ms, ...(limit < text.length ? { truncatedAt: limit } : {}) },
  };
}

/**
 * The chunk's text as a string of its own. A slice of a long string is, in V8 (and SpiderMonkey), a view into its
 * parent, and every character the stages read through it costs an indirection; they read each character many
 * times (measured: the text stages of the 5,000-word page's two chunks 0.1–0.5 ms faster on copies). structuredClone
 * copies a string; slice does not. A chunk that is the whole text is the text itself, no view.
 */
function chunkText(text: string, chunk: Span): string {
  const sub = text.slice(chunk.start, chunk.end);
  return sub.length < text.length ? structuredClone(sub) : sub;
}

/** Adds one chunk's findings (offsets within the chunk, which starts at `at`) to `acc`. */
function mergeChunk(acc: Merged, at: number, found: EntityFindings, q: QuoteResult[], c: ClaimResult[]): void {
  const shift = <S extends Span>(x: S): S => ({ ...x, start: x.start + at, end: x.end + at });
  for (const [id, r] of found.records) acc.records.set(id, r);
  // The first chunk (the whole text of most articles) starts at 0: its results are taken as they are, not copied.
  const first = at === 0;
  for (const e of found.entities) {
    const key = e.id ?? `article:${e.name}`;
    const mentions = first ? e.mentions : e.mentions.map(shift);
    const prev = acc.byKey.get(key);
    if (prev) prev.mentions.push(...mentions);
    else {
      const merged = { ...e, mentions };
      acc.byKey.set(key, merged);
      acc.entities.push(merged);
    }
  }
  if (first) {
    acc.quotes.push(...q);
    acc.claims.push(...c);
    return;
  }
  const base = acc.claims.length;
  acc.quotes.push(
    // Written field by field in findQuotes' order, not spread: a spread copy has another hidden class, and the code that
    // reads quotes (topLevelQuotes), compiled on one-chunk pages, was thrown away at a long page's first later chunk.
    ...q.map((x) => ({
      start: x.start + at,
      end: x.end + at,
      kind: x.kind,
      speaker: x.speaker && {
        ...x.speaker,
        start: x.speaker.start == null ? null : x.speaker.start + at,
        end: x.speaker.end == null ? null : x.speaker.end + at,
        via: x.speaker.via && {
          ...x.speaker.via,
          start: x.speaker.via.start == null ? null : x.speaker.via.start + at,
          end: x.speaker.via.end == null ? null : x.speaker.via.end + at,
        },
      },
      cue: x.cue && { start: x.cue.start + at, end: x.cue.end + at },
    })),
  );
  acc.claims.push(...c.map((x) => ({ ...shift(x), ...(x.contradicts ? { contradicts: x.contradicts.map((k) => k + base) } : {}) })));
}

/** Each linked entity's card: its record, its country and what belongs to it in this article, its mentions and quotes. */
function addCards(acc: Merged, sources: Dataset['sources'], countries: Map<string, DatasetEntity>, publishedAt: string | null): void {
  const { entities, records, quotes } = acc;
  const quotedBy = new Map<string, number>();
  for (const q of topLevelQuotes(quotes)) if (q.speaker?.entityId) quotedBy.set(q.speaker.entityId, (quotedBy.get(q.speaker.entityId) ?? 0) + 1);
  // Related entities in this article: an entity's country, and what belongs to a country.
  const members = new Map<string, string[]>();
  for (const o of entities) {
    const c = o.id ? records.get(o.id)?.countryId : undefined;
    if (c && c !== o.id) members.set(c, [...(members.get(c) ?? []), o.name]);
  }
  const nameOf = new Map(entities.filter((o) => o.id).map((o) => [o.id!, o.name]));
  for (const e of entities) {
    if (!e.id) continue;
    const record = records.get(e.id);
    if (!record) continue;
    const country = record.countryId && record.countryId !== e.id ? nameOf.get(record.countryId) : undefined;
    const related = [...(country ? [country] : []), ...(members.get(e.id) ?? [])];
    e.card = buildCard(record, sources, {
      mentions: e.mentions.length,
      quotes: quotedBy.get(e.id) ?? 0,
      related,
      country: record.countryId ? countries.get(record.countryId) : undefined,
      publishedAt,
    });
  }
}
