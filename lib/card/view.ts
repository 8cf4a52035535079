import type { Analysis, ClaimResult, EntityResult, QuoteResult, SourceRef } from '../types';
import { HOVER_LINES } from './index';

/**
 * What a hover card shows, for any kind of highlight. Built from an Analysis only, so the in-page
 * card and the popup render the same thing; all strings are plain text (the views never inject
 * markup).
 */
export interface CardModel {
  kind: 'entity' | 'speaker' | 'quote' | 'claim';
  title: string;
  lines: string[];
  sources: SourceRef[];
  /** "From this article", "Unnamed source", "Contested": a short badge above the title. */
  badge?: string;
  quotes?: string[];
  /** Contested claims: the kinds, human-readable. */
  kinds?: string[];
  /** Claims: the other side of a contradiction. */
  otherSide?: string[];
  entityType?: EntityResult['type'];
  flag?: string;
  entityIndex?: number;
}

export const KIND_LABELS: Record<string, string> = {
  allegation: 'Allegation',
  denial: 'Denial',
  hedged: 'Hedged / unverified',
  'state-media': 'State-affiliated media',
  anonymous: 'Anonymous source',
  contradicted: 'Contradicted in this article',
};

/**
 * Quotes a reader would count: a direct fragment inside a paraphrase by the same speaker ("said the
 * bloc would "not look away"") is part of that paraphrase, not a quote of its own.
 */
export function topLevelQuotes<Q extends QuoteResult>(quotes: Q[]): Q[] {
  return quotes.filter((q) => !quotes.some((o) => o !== q && o.start <= q.start && q.end <= o.end && o.end - o.start > q.end - q.start && sameSpeaker(o, q)));
}

function sameSpeaker(a: QuoteResult, b: QuoteResult): boolean {
  if (!a.speaker || !b.speaker) return !a.speaker && !b.speaker;
  return a.speaker.entityId ? a.speaker.entityId === b.speaker.entityId : a.speaker.name === b.speaker.name;
}

const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function quoteText(a: Pick<Analysis, 'text'>, q: QuoteResult): string {
  return quoteLine(q.kind, clip(a.text.slice(q.start, q.end).trim()), q.cue ? a.text.slice(q.cue.start, q.cue.end) : null);
}

/**
 * How a quote reads in a card or the popup: a direct quote in quotation marks; reported speech
 * without them (they would make a paraphrase look like the speaker's own words) and after its verb,
 * so "denied: …" is never shown as something the speaker said.
 */
export function quoteLine(kind: QuoteResult['kind'], excerpt: string, cue: string | null | undefined): string {
  const text = excerpt.replace(/^[\s"“”„«»']+|[\s"“”„«»']+$/g, '');
  if (kind === 'direct') return `“${text}”`;
  const verb = cue?.replace(/\s+/g, ' ').trim().toLowerCase();
  return verb ? `${verb}: ${text}` : text;
}

export function entityCard(a: Analysis, index: number): CardModel {
  const e = a.entities[index]!;
  const quotes = topLevelQuotes(a.quotes).filter((q) => speaks(q, e));
  return {
    kind: 'entity',
    title: e.card.title,
    lines: e.card.lines,
    sources: e.card.sources,
    badge: e.fromDataset ? undefined : 'From this article',
    quotes: quotes.slice(0, 3).map((q) => quoteText(a, q)),
    entityType: e.type,
    entityIndex: index,
    flag: e.card.flag,
  };
}

function speaks(q: QuoteResult, e: EntityResult): boolean {
  if (!q.speaker) return false;
  if (e.id && q.speaker.entityId === e.id) return true;
  return !e.id && q.speaker.name === e.name;
}

export function speakerCard(a: Analysis, q: QuoteResult): CardModel {
  const s = q.speaker!;
  const idx = a.entities.findIndex((e) => (s.entityId && e.id === s.entityId) || (!s.entityId && e.name === s.name));
  const all = topLevelQuotes(a.quotes).filter((o) => o.speaker && (s.entityId ? o.speaker.entityId === s.entityId : o.speaker.name === s.name));
  if (idx >= 0) {
    const base = entityCard(a, idx);
    // The entity card's "In this article" line already counts the quotes: no second line says it.
    if (base.lines.some((l) => l.startsWith('In this article:'))) return { ...base, kind: 'speaker' };
    return {
      ...base,
      kind: 'speaker',
      lines: [...base.lines.slice(0, HOVER_LINES - 1), `Quoted ${all.length} time${all.length === 1 ? '' : 's'} in this article`],
    };
  }
  return {
    kind: 'speaker',
    title: s.name,
    badge: s.anonymous ? 'Unnamed source' : s.group ? 'Group' : 'From this article',
    lines: s.anonymous
      ? [`Not named in this article. Quoted ${all.length} time${all.length === 1 ? '' : 's'}.`]
      : [`Quoted ${all.length} time${all.length === 1 ? '' : 's'} in this article`],
    sources: [],
    quotes: all.slice(0, 3).map((o) => quoteText(a, o)),
  };
}

export function quoteCard(a: Analysis, q: QuoteResult): CardModel {
  const s = q.speaker;
  const who = s ? `${s.name}${s.anonymous ? ' (unnamed)' : ''}` : 'No speaker: scare quotes or a title';
  const lines = [`Speaker: ${who}`];
  if (s?.via) lines.push(`Relayed by ${s.via.name}`);
  lines.push(q.kind === 'direct' ? 'Direct quote' : 'Reported speech');
  return { kind: 'quote', title: clip(a.text.slice(q.start, q.end).trim(), 120), lines, sources: [], badge: 'Quote' };
}

export function claimCard(a: Analysis, c: ClaimResult): CardModel {
  const other = (c.contradicts ?? []).map((i) => a.claims[i]).filter((x): x is ClaimResult => !!x);
  return {
    kind: 'claim',
    title: clip(a.text.slice(c.start, c.end).trim(), 140),
    badge: 'Contested',
    kinds: c.kinds.map((k) => KIND_LABELS[k] ?? k),
    lines: [c.reason],
    otherSide: other.map((o) => clip(a.text.slice(o.start, o.end).trim(), 140)),
    sources: [],
  };
}
