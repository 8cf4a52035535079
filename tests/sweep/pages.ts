import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SHARED } from '../e2e/harness/paths';

/**
 * The real pages under ../shared/pages: three corpora of third-party HTML (articles and
 * non-articles). Listing is deterministic (sorted), so samples are the same on every machine.
 */

export const PAGES_DIR = resolve(SHARED, 'pages');
export const HAS_PAGES = existsSync(PAGES_DIR);

export type Corpus = 'readability' | 'wcxb' | 'scrapinghub';
export const CORPORA: Corpus[] = ['readability', 'wcxb', 'scrapinghub'];

export interface SweepPage {
  corpus: Corpus;
  id: string;
  file: string;
  /** The page's recorded URL, when the corpus keeps one: its path is kept in the served URL. */
  url: string | null;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

export function listPages(dir = PAGES_DIR): SweepPage[] {
  const out: SweepPage[] = [];
  const rdir = join(dir, 'readability-test-pages/test-pages');
  if (existsSync(rdir)) {
    for (const id of readdirSync(rdir).sort()) {
      const file = join(rdir, id, 'source.html.gz');
      if (existsSync(file)) out.push({ corpus: 'readability', id, file, url: null });
    }
  }
  const wdir = join(dir, 'wcxb-dev');
  if (existsSync(join(wdir, 'html'))) {
    for (const f of readdirSync(join(wdir, 'html')).sort()) {
      if (!f.endsWith('.html.gz')) continue;
      const id = f.slice(0, -'.html.gz'.length);
      const gt = readJson(join(wdir, 'ground-truth', `${id}.json`)) as { url?: unknown } | null;
      out.push({ corpus: 'wcxb', id, file: join(wdir, 'html', f), url: typeof gt?.url === 'string' ? gt.url : null });
    }
  }
  const sdir = join(dir, 'scrapinghub-article-extraction-benchmark');
  if (existsSync(join(sdir, 'html'))) {
    const gt = (readJson(join(sdir, 'ground-truth.json')) ?? {}) as Record<string, { url?: unknown }>;
    for (const f of readdirSync(join(sdir, 'html')).sort()) {
      if (!f.endsWith('.html.gz')) continue;
      const id = f.slice(0, -'.html.gz'.length);
      const url = gt[id]?.url;
      out.push({ corpus: 'scrapinghub', id, file: join(sdir, 'html', f), url: typeof url === 'string' ? url : null });
    }
  }
  return out;
}

export function readPage(p: SweepPage): Buffer {
  return gunzipSync(readFileSync(p.file));
}

/** Where a page is served: /<corpus>/<id> plus the original URL's path, so URL-based signals still see it. */
export function servedPath(p: SweepPage): string {
  let tail = '/';
  if (p.url) {
    try {
      tail = new URL(p.url).pathname.replace(/[^A-Za-z0-9/_.~%-]/g, '_').replace(/\/{2,}/g, '/');
    } catch {
      /* keep "/" */
    }
  }
  return `/${p.corpus}/${encodeURIComponent(p.id)}${tail.startsWith('/') ? tail : `/${tail}`}`;
}

interface Features {
  frames: number;
  forms: number;
  bytes: number;
}

function features(p: SweepPage): Features {
  const html = readPage(p).toString('latin1');
  return {
    frames: (html.match(/<i?frame\b/gi) ?? []).length,
    forms: (html.match(/<form\b/gi) ?? []).length,
    bytes: html.length,
  };
}

/**
 * A deterministic spread of `n` pages: the pages with the most frames, the most forms and the
 * longest HTML first (the hard cases), then evenly spaced picks from each corpus in proportion
 * to its size.
 */
export function samplePages(all: SweepPage[], n: number): SweepPage[] {
  if (n >= all.length) return all.slice();
  const picked = new Set<SweepPage>();
  const f = new Map(all.map((p) => [p, features(p)] as const));
  const top = (key: keyof Features, k: number) =>
    all
      .filter((p) => f.get(p)![key] > 0)
      .sort((a, b) => f.get(b)![key] - f.get(a)![key] || a.file.localeCompare(b.file))
      .slice(0, k);
  const special = Math.max(1, Math.floor(n / 10));
  for (const key of ['frames', 'forms', 'bytes'] as const) {
    for (const p of top(key, special)) if (picked.size < n) picked.add(p);
  }
  const left = n - picked.size;
  const byCorpus = CORPORA.map((c) => all.filter((p) => p.corpus === c && !picked.has(p)));
  const total = byCorpus.reduce((s, l) => s + l.length, 0);
  const quotas = byCorpus.map((l) => Math.floor((left * l.length) / total));
  // Hand the rounding remainder to the largest corpora.
  let rest = left - quotas.reduce((a, b) => a + b, 0);
  for (const i of [1, 2, 0]) {
    if (rest > 0 && byCorpus[i]!.length > quotas[i]!) {
      quotas[i]! += 1;
      rest -= 1;
    }
  }
  byCorpus.forEach((list, i) => {
    const q = Math.min(quotas[i]!, list.length);
    for (let k = 0; k < q; k++) picked.add(list[Math.floor(((k + 0.5) * list.length) / q)]!);
  });
  return all.filter((p) => picked.has(p));
}
