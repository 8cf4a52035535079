/**
 * The benchmark's inputs, read at run time: the demo article, the seed page, the real pages in
 * ../shared/pages (never copied into the repo) and synthetic articles made by repeating real
 * paragraphs. Anything that needs ../shared returns null when it is absent, so callers can skip.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = path.resolve(ROOT, '../shared');
const SEED_TXT = path.join(SHARED, 'seeds/000_59ca9e13b7f063f4.txt');
const ZYTE = path.join(SHARED, 'pages/scrapinghub-article-extraction-benchmark');
const WCXB = path.join(SHARED, 'pages/wcxb-dev');

export interface Page {
  name: string;
  html: string;
  url?: string;
}

export function demoPage(): Page {
  return {
    name: 'demo article',
    html: readFileSync(path.join(ROOT, 'assets/demo/article.html'), 'utf8'),
    url: 'https://ledger.example/world/belarus-sanctions',
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A plain news page: header furniture, a headline, JSON-LD NewsArticle and the paragraphs in <article>. */
export function articlePage(title: string, paragraphs: string[]): string {
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: '2026-01-01T08:00:00Z',
    author: { '@type': 'Person', name: 'Bench Writer' },
  });
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${esc(title)} | Bench Gazette</title>`,
    '<meta property="og:type" content="article">',
    `<script type="application/ld+json">${ld.replace(/</g, '\\u003c')}</script>`,
    '</head><body>',
    '<header><nav><a href="/world">World</a> <a href="/politics">Politics</a> <a href="/business">Business</a></nav></header>',
    `<main><article><h1>${esc(title)}</h1><p class="byline">By Bench Writer</p>`,
    ...paragraphs.map((p) => `<p>${esc(p)}</p>`),
    '</article></main><footer><a href="/about">About</a> <a href="/contact">Contact</a></footer></body></html>',
  ].join('\n');
}

/** The seed article as a page: the seed-page fixture when another module provides it, else a plain page. */
export async function seedPage(): Promise<Page | null> {
  if (!existsSync(SEED_TXT)) return null;
  const text = readFileSync(SEED_TXT, 'utf8');
  const fixture = path.join(ROOT, 'tests/fixtures/seed-page.ts');
  if (existsSync(fixture)) {
    const mod = (await import(fixture)) as { buildSeedPage?: (t: string) => string };
    if (typeof mod.buildSeedPage === 'function') return { name: 'seed page', html: mod.buildSeedPage(text), url: 'https://news.example/world/seed' };
  }
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return { name: 'seed page (plain)', html: articlePage(lines[0] ?? 'Seed', lines.slice(1)), url: 'https://news.example/world/seed' };
}

export function hasZyte(): boolean {
  return existsSync(path.join(ZYTE, 'html'));
}

/** The scrapinghub benchmark's 181 real article pages (gunzipped), sorted by file name. */
export function zytePages(limit = Infinity): Page[] {
  if (!hasZyte()) return [];
  const truth = JSON.parse(readFileSync(path.join(ZYTE, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
  return readdirSync(path.join(ZYTE, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .slice(0, limit)
    .map((f) => {
      const id = f.replace(/\.html\.gz$/, '');
      return { name: id.slice(0, 10), html: gunzipSync(readFileSync(path.join(ZYTE, 'html', f))).toString('utf8'), url: truth[id]?.url };
    });
}

/** Real paragraphs to repeat: the scrapinghub articles' bodies, else the seed text, else the demo's paragraphs. */
export function realParagraphs(): string[] {
  const usable = (p: string) => p.trim().length >= 80;
  if (hasZyte()) {
    const truth = JSON.parse(readFileSync(path.join(ZYTE, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
    const out: string[] = [];
    for (const id of Object.keys(truth).sort()) for (const p of (truth[id]!.articleBody ?? '').split(/\n+/)) if (usable(p)) out.push(p.trim());
    if (out.length) return out;
  }
  if (existsSync(SEED_TXT)) return readFileSync(SEED_TXT, 'utf8').split('\n').filter(usable);
  const demo = demoPage().html;
  return [...demo.matchAll(/<p>([^<]+)<\/p>/g)].map((m) => m[1]!).filter(usable);
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** A synthetic article of about `n` words (real paragraphs in order, cycling). */
export function syntheticArticle(n: number, paragraphs = realParagraphs()): Page {
  const picked: string[] = [];
  let count = 0;
  for (let i = 0; count < n; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    picked.push(p);
    count += words(p);
  }
  return {
    name: `synthetic ${n.toLocaleString('en-US')} words`,
    html: articlePage('Synthetic article for the benchmark', picked),
    url: `https://news.example/world/synthetic-${n}`,
  };
}

/** A page of at least `bytes` bytes of UTF-8 HTML, made the same way. */
export function bigArticle(bytes: number, paragraphs = realParagraphs()): Page {
  const picked: string[] = [];
  let size = 2000;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    picked.push(p);
    size += Buffer.byteLength(p) + 8;
  }
  const html = articlePage('A very long article for the benchmark', picked);
  return { name: `${(Buffer.byteLength(html) / 1024 / 1024).toFixed(2)} MB article`, html, url: 'https://news.example/world/big' };
}

export function hasWcxb(): boolean {
  return existsSync(path.join(WCXB, 'ground-truth'));
}

/** wcxb-dev pages labelled as anything but an article (service, forum, product, listing, ...). */
export function nonArticlePages(limit = Infinity): (Page & { kind: string })[] {
  if (!hasWcxb()) return [];
  const out: (Page & { kind: string })[] = [];
  for (const f of readdirSync(path.join(WCXB, 'ground-truth')).sort()) {
    if (out.length >= limit) break;
    const gt = JSON.parse(readFileSync(path.join(WCXB, 'ground-truth', f), 'utf8')) as { url?: string; _internal?: { page_type?: { primary?: string } } };
    const kind = gt._internal?.page_type?.primary ?? 'unknown';
    if (kind === 'article') continue;
    const file = path.join(WCXB, 'html', f.replace(/\.json$/, '.html.gz'));
    if (!existsSync(file)) continue;
    out.push({ name: f.replace(/\.json$/, ''), kind, html: gunzipSync(readFileSync(file)).toString('utf8'), url: gt.url });
  }
  return out;
}
