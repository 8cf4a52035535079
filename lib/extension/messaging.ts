import { defineExtensionMessaging } from '@webext-core/messaging';
import type { NameLexicon } from '../entities/lexicon';
import type { Analysis, Dataset, DatasetEntity } from '../types';

/**
 * The one typed message protocol between the page (content script), the background (owner of the
 * dataset) and the popup. lib/extension/ is the browser-bound edge of lib/: the analysis core never
 * imports it.
 */

/** What the popup and the badge need of an analysis: the CLI's shape without the full text. */
export type AnalysisSummary = Omit<Analysis, 'text' | 'quotes' | 'claims'> & {
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
  /** The name finder's word lists: data, so they need not ride in every page's content script. */
  lexicon(): NameLexicon;
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

/** A summary safe to store and show: page text only as short excerpts. */
export function summarize(a: Analysis, highlights: number): AnalysisSummary {
  const excerpt = (s: number, e: number) => {
    const t = a.text.slice(s, e);
    return t.length > 280 ? `${t.slice(0, 277)}…` : t;
  };
  const { text: _text, ...rest } = a;
  return {
    ...rest,
    quotes: a.quotes.map((q) => ({ ...q, excerpt: excerpt(q.start, q.end), ...(q.cue ? { cueText: excerpt(q.cue.start, q.cue.end) } : {}) })),
    claims: a.claims.map((c) => ({ ...c, excerpt: excerpt(c.start, c.end) })),
    highlights,
  };
}
