/**
 * Bundled by the benchmark (esbuild, IIFE) and injected into a plain page without the extension:
 * Backstory's detect + analyse + highlight on the live DOM, timed the same way as mark.js in the
 * same page. The dataset is held in memory (the lookup is the background's job in production, so
 * building it is not timed; the message round trips it saves are reported by the extension rows).
 */
import bundled from '../../assets/dataset.json';
import { buildTargets, rangesByName } from '../../lib/highlight/targets';
import { analyzeDocument } from '../../lib/analyze';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { paint } from '../../lib/highlight';
import type { Dataset } from '../../lib/types';

const lookup = createMemoryLookup(bundled as unknown as Dataset);
const ALL_ON = { entities: true, quotes: true, claims: true, style: 'underline' as const };

export interface PageRun {
  /** Script work plus the forced style/layout that follows it, ms. */
  total: number;
  /** Script work only, ms. */
  script: number;
  /** The highlight step alone: Ranges and CSS.highlights registration, ms. */
  highlight: number;
  ranges: number;
  painted: boolean;
  ms: Record<string, number>;
  /** The mention surface strings (mark.js's keywords). */
  names: string[];
}

async function run(): Promise<PageRun> {
  const t0 = performance.now();
  const { analysis, body } = await analyzeDocument(document, { lookup, url: location.href });
  let ranges = 0;
  let painted = false;
  const h0 = performance.now();
  if (body) {
    const groups = rangesByName(document, body, buildTargets(analysis, ALL_ON));
    painted = paint(window, groups);
    for (const g of groups.values()) ranges += g.length;
  }
  const highlight = performance.now() - h0;
  const script = performance.now() - t0;
  void document.documentElement.offsetHeight; // what the browser must redo before the next frame
  const total = performance.now() - t0;
  const names = new Set<string>();
  for (const e of analysis.entities) for (const m of e.mentions) names.add(analysis.text.slice(m.start, m.end));
  return { total, script, highlight, ranges, painted, ms: analysis.ms, names: [...names].filter((s) => s.trim()) };
}

const g = globalThis as unknown as { __bsBench: typeof run };
g.__bsBench = run;
