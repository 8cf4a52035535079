import { bounded, LIST_MAX, TEXT_MAX } from './bounds';
import type { AnalysisSummary } from './messaging';
import type { Card, ClaimKind, EntityType, SourceRef, Span, Speaker } from '../types';

/**
 * Nothing from a page is trusted: a hostile page can't send messages to the background directly,
 * but a content script runs next to page code and its data is built from page text. Every message
 * is checked for shape and size before the background acts on it.
 */
export function validKeys(data: unknown, max = 5000): string[] {
  if (!Array.isArray(data)) return [];
  const out: string[] = [];
  for (const k of data) {
    if (typeof k === 'string' && k.length > 0 && k.length <= 200) out.push(k);
    if (out.length >= max) break;
  }
  return out;
}

/**
 * A page's body text sent for analysis: a string, cut to `max` characters (a prefix, so offsets
 * into it stay offsets into the page's text), and a publication date (YYYY-MM-DD) or null.
 */
export function validTextRequest(data: unknown, max = 200_000): { text: string; publishedAt: string | null } | null {
  if (!data || typeof data !== 'object') return null;
  const { text, publishedAt } = data as { text?: unknown; publishedAt?: unknown };
  if (typeof text !== 'string') return null;
  const date = typeof publishedAt === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(publishedAt) ? publishedAt : null;
  return { text: text.slice(0, max), publishedAt: date };
}

/** A stored summary is at most this many characters of JSON (storage.session holds about 10 MB for all tabs). */
export const SUMMARY_MAX = 200_000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const int = (v: unknown): number | null => (Number.isInteger(v) && (v as number) >= 0 ? (v as number) : null);
const str = (v: unknown, max = TEXT_MAX): string | null => (typeof v === 'string' ? bounded(v, max) : null);
const list = <T>(v: unknown, max: number, each: (x: unknown) => T | null): T[] => {
  const out: T[] = [];
  if (!Array.isArray(v)) return out;
  for (const x of v) {
    if (out.length >= max) break;
    const y = each(x);
    if (y != null) out.push(y);
  }
  return out;
};
const span = (v: unknown): Span | null => {
  if (!isObj(v)) return null;
  const start = int(v.start);
  const end = int(v.end);
  return start != null && end != null && end >= start ? { start, end } : null;
};
const ENTITY_TYPES: EntityType[] = ['person', 'organization', 'country', 'place', 'outlet', 'other'];
const CLAIM_KINDS: ClaimKind[] = ['allegation', 'denial', 'hedged', 'state-media', 'anonymous', 'contradicted'];
const source = (v: unknown): SourceRef | null => (isObj(v) && typeof v.name === 'string' ? { name: bounded(v.name, 120), asOf: str(v.asOf, 40) ?? '' } : null);
const lines = (v: unknown, max: number) => list(v, max, (x) => str(x));

function card(v: unknown): Card | undefined {
  if (!isObj(v)) return undefined;
  const c: Card = { title: str(v.title) ?? '', lines: lines(v.lines, 12), sources: list(v.sources, 10, source) };
  if (typeof v.fromArticle === 'boolean') c.fromArticle = v.fromArticle;
  if (typeof v.flag === 'string') c.flag = bounded(v.flag, 8);
  if (Array.isArray(v.groups)) c.groups = list(v.groups, 12, (g) => (isObj(g) ? { label: str(g.label, 80) ?? '', lines: lines(g.lines, 40) } : null));
  return c;
}

function speaker(v: unknown): Speaker | null {
  if (!isObj(v) || typeof v.name !== 'string') return null;
  const s: Speaker = { name: bounded(v.name), start: int(v.start), end: int(v.end), entityId: str(v.entityId, 200), anonymous: v.anonymous === true };
  if (typeof v.group === 'boolean') s.group = v.group;
  if (isObj(v.via) && typeof v.via.name === 'string')
    s.via = { name: bounded(v.via.name), start: int(v.via.start), end: int(v.via.end), entityId: str(v.via.entityId, 200) };
  return s;
}

/**
 * The background keeps only the fields it knows, each bounded: what the popup and the badge need.
 * Returns null for anything that is not a summary. The longest list is halved until the whole fits SUMMARY_MAX.
 */
export function sanitizeSummary(data: unknown): AnalysisSummary | null {
  if (!isObj(data) || typeof data.isArticle !== 'boolean') return null;
  if (!Array.isArray(data.entities) || !Array.isArray(data.quotes) || !Array.isArray(data.claims)) return null;
  const ms: AnalysisSummary['ms'] = { total: 0 };
  if (isObj(data.ms)) for (const [k, v] of Object.entries(data.ms).slice(0, 40)) if (typeof v === 'number' && Number.isFinite(v)) ms[bounded(k, 40)] = v;
  const p = data.publisher;
  const entities = list(data.entities, LIST_MAX, (e) => {
    if (!isObj(e) || typeof e.name !== 'string' || !Array.isArray(e.mentions)) return null;
    const type = ENTITY_TYPES.includes(e.type as EntityType) ? (e.type as EntityType) : 'other';
    const out: AnalysisSummary['entities'][number] = {
      id: str(e.id, 200),
      name: bounded(e.name),
      type,
      fromDataset: e.fromDataset === true,
      mentions: list(e.mentions, 1000, span),
      card: card(e.card) ?? { title: bounded(e.name), lines: [], sources: [] },
    };
    if (typeof e.descriptor === 'string') out.descriptor = bounded(e.descriptor);
    if (typeof e.why === 'string') out.why = bounded(e.why, 80);
    return out;
  });
  const quotes = list(data.quotes, LIST_MAX, (q) => {
    const s = span(q);
    if (!s || !isObj(q)) return null;
    const out: AnalysisSummary['quotes'][number] = {
      ...s,
      kind: q.kind === 'indirect' ? 'indirect' : 'direct',
      speaker: speaker(q.speaker),
      cue: span(q.cue),
      excerpt: str(q.excerpt) ?? '',
    };
    if (typeof q.cueText === 'string') out.cueText = bounded(q.cueText, 80);
    return out;
  });
  const claims = list(data.claims, LIST_MAX, (c) => {
    const s = span(c);
    if (!s || !isObj(c)) return null;
    const out: AnalysisSummary['claims'][number] = {
      ...s,
      kinds: list(c.kinds, 8, (k) => (CLAIM_KINDS.includes(k as ClaimKind) ? (k as ClaimKind) : null)),
      reason: str(c.reason) ?? '',
      excerpt: str(c.excerpt) ?? '',
    };
    if (Array.isArray(c.contradicts)) out.contradicts = list(c.contradicts, 20, int);
    return out;
  });
  const summary: AnalysisSummary = {
    isArticle: data.isArticle,
    articleScore: typeof data.articleScore === 'number' && Number.isFinite(data.articleScore) ? data.articleScore : 0,
    reasons: lines(data.reasons, 20),
    title: str(data.title),
    publishedAt: str(data.publishedAt, 40),
    publisher:
      isObj(p) && typeof p.name === 'string' ? { name: bounded(p.name, 200), entityId: str(p.entityId, 200), ...(p.card ? { card: card(p.card) } : {}) } : null,
    host: typeof data.host === 'string' && /^[a-z0-9.-]{1,253}$/i.test(data.host) ? data.host.toLowerCase() : null,
    entities,
    quotes,
    claims,
    ms,
    highlights: int(data.highlights) ?? 0,
    paused: data.paused === true,
  };
  // Over the cap: halve the longest list until the whole fits.
  for (let size = JSON.stringify(summary).length; size > SUMMARY_MAX; size = JSON.stringify(summary).length) {
    const k = (['entities', 'quotes', 'claims'] as const).reduce((a, b) => (summary[b].length > summary[a].length ? b : a));
    if (!summary[k].length) break;
    (summary[k] as unknown[]) = summary[k].slice(0, summary[k].length >> 1);
  }
  return summary;
}
