import { defineExtensionMessaging } from '@webext-core/messaging';
import { boundAll, LIST_MAX, TEXT_MAX } from './bounds';
import type { Analysis, Dataset, DatasetEntity } from '../types';

/**
 * The one typed message protocol between the page (content script), the background (owner of the
 * dataset) and the popup. lib/extension/ is the browser-bound edge of lib/: the analysis core never
 * imports it.
 */

/**
 * What the popup and the badge need of an analysis: the CLI's shape without the full text and without
 * the address. `host` is the page's host name, kept only where Backstory painted or paused the page
 * (the popup's pause toggle needs it); every string is bounded (lib/extension/bounds.ts).
 */
export type AnalysisSummary = Omit<Analysis, 'text' | 'quotes' | 'claims' | 'url' | 'file'> & {
  host: string | null;
  quotes: (Analysis['quotes'][number] & { excerpt: string; cueText?: string })[];
  claims: (Analysis['claims'][number] & { excerpt: string })[];
  paused?: boolean;
  highlights: number;
};

export interface ProtocolMap {
  // page → background
  byAliases(keys: string[]): Record<string, DatasetEntity[]>;
  byDomain(domain: string): DatasetEntity[];
  byIds(ids: string[]): DatasetEntity[];
  sources(): Dataset['sources'];
  /**
   * The text half of the analysis (entities, quotes, claims, cards) on a page's extracted body
   * text, run beside the dataset; the answer's `text` is empty (the page has it).
   */
  analyzeText(req: { text: string; publishedAt: string | null }): Analysis;
  reportAnalysis(summary: AnalysisSummary): void;
  /** "Show in Backstory" on a card: open the popup at this entry where the browser allows it. */
  showInPopup(entry: { kind: 'entity' | 'speaker' | 'quote' | 'claim'; title: string }): boolean;
  // popup → background
  search(query: string): DatasetEntity[];
  datasetInfo(): { version: string; builtAt: string; entities: number; seeded: boolean; notice: string | null; sources: Dataset['sources'] };
  // background/popup → page
  scrollTo(target: { kind: 'entity' | 'quote' | 'claim'; index: number }): boolean;
  analyzeAnyway(): boolean;
  cycle(): boolean;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;

/** A summary safe to send, store and show: page text only as short excerpts, every string bounded. */
export function summarize(a: Analysis, highlights: number, host: string | null): AnalysisSummary {
  const excerpt = (s: number, e: number) => a.text.slice(s, Math.min(e, s + TEXT_MAX + 1));
  const { text: _text, url: _url, file: _file, ...rest } = a;
  return boundAll({
    ...rest,
    host,
    entities: a.entities.slice(0, LIST_MAX),
    quotes: a.quotes
      .slice(0, LIST_MAX)
      .map((q) => ({ ...q, excerpt: excerpt(q.start, q.end), ...(q.cue ? { cueText: excerpt(q.cue.start, q.cue.end) } : {}) })),
    claims: a.claims.slice(0, LIST_MAX).map((c) => ({ ...c, excerpt: excerpt(c.start, c.end) })),
    highlights,
  });
}
