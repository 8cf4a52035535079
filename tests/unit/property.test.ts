import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeBody, analyzeDocument } from '../../lib/analyze';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { extractBody, type BodyText } from '../../lib/extract';
import { disposeHtml, parseHtml } from '../../lib/tools/parse-html';
import { loadBundledDataset } from '../../lib/tools/load-dataset';
import type { Analysis, DatasetLookup, Span } from '../../lib/types';

/**
 * Whatever a page holds, analysis must not throw, must finish quickly, and every offset it hands
 * to the highlighter must point inside the text it analysed. The generators mix dataset names,
 * speech cues and every kind of quotation mark into random and broken markup, so the linker, the
 * quote finder and the claim finder all get exercised, not just the tokenizer.
 */

// Loaded when the module loads, not in a hook: the generators below are built at load time (in a
// beforeAll the names arrived after the generators had been built, and every name was 'Alpha').
const dataset = loadBundledDataset();
const lookup: DatasetLookup = createMemoryLookup(dataset);
// A deterministic handful of real aliases of every type, so linking actually happens.
const sampled = dataset.entities.filter((_, i) => i % 37 === 0);
const names: string[] = sampled.flatMap((e) => e.aliases.slice(0, 2)).slice(0, 120);
const sampledIds = new Set(sampled.map((e) => e.id));

const CUES = [
  'said',
  'told reporters',
  'according to',
  'denied',
  'alleged',
  'reportedly',
  'claimed',
  'state media reported',
  'a senior official said',
  'Mr.',
  'Dr.',
  'U.S.',
  'he said.',
  'she added,',
  'officials',
];
const MARKS = [
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '«',
  '»',
  '„',
  '「',
  '」',
  '—',
  '–',
  ':',
  ';',
  ',',
  '.',
  '?',
  '!',
  '\n',
  '\n\n',
  '\t',
  '\u00a0',
  '\u200b',
  '\u202e',
  '\u200f',
  '\ufeff',
  '(',
  ')',
  '[',
  ']',
];
const RAW = ['<', '>', '</', '/>', '&amp;', '&', '&#x201c;', '&nbsp;', '<!--', '-->', '<![CDATA[', ']]>', '"', "'", '=', '<p', '<div', '</p>', '</div>'];

const word = () =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...names) },
    { weight: 3, arbitrary: fc.constantFrom(...CUES) },
    { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
    { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.stringMatching(/^[A-Z][a-z]{1,9}$/) },
  );
const prose = (max = 60) => fc.array(word(), { maxLength: max }).map((ws) => ws.join(' '));

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const TAGS = [
  'p',
  'div',
  'span',
  'a',
  'article',
  'main',
  'section',
  'h1',
  'h2',
  'li',
  'ul',
  'blockquote',
  'em',
  'b',
  'q',
  'nav',
  'footer',
  'aside',
  'header',
  'figure',
  'figcaption',
  'table',
  'td',
  'pre',
  'br',
  'script',
  'style',
  'iframe',
  'form',
  'input',
  'template',
  'noscript',
  'svg',
  'time',
];
const ATTRS = [
  '',
  ' class="article-body"',
  ' class="share related"',
  ' hidden',
  ' aria-hidden="true"',
  ' style="display:none"',
  ' role="main"',
  ' itemprop="articleBody"',
  ' dir="rtl"',
  ' href="javascript:alert(1)"',
  ' onload="x()"',
];

const { tree } = fc.letrec<{ tree: string; node: string }>((tie) => ({
  tree: fc.array(tie('node'), { maxLength: 6 }).map((ns) => ns.join('')),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    prose(40).map(escapeText),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), tie('tree'), fc.boolean())
      .map(([t, a, inner, close]) => `<${t}${a}>${inner}${close ? `</${t}>` : ''}`),
  ),
}));

const randomPage = fc
  .tuple(prose(8), tree, fc.boolean())
  .map(
    ([title, body, jsonld]) =>
      `<!doctype html><html><head><title>${escapeText(title)}</title>${jsonld ? '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>' : ''}<meta property="og:type" content="article"></head><body>${body}</body></html>`,
  );
// Broken markup: unbalanced tags, stray brackets and entities, text straight in <html>.
const brokenPage = fc
  .array(fc.oneof(fc.constantFrom(...RAW), prose(10), fc.constantFrom(...TAGS.map((t) => `<${t}>`))), { maxLength: 80 })
  .map((ps) => ps.join(''));

function checkSpan(s: Span | null | undefined, len: number, what: string) {
  if (!s) return;
  expect(Number.isInteger(s.start) && Number.isInteger(s.end), `${what} integer offsets`).toBe(true);
  expect(s.start, `${what} start`).toBeGreaterThanOrEqual(0);
  expect(s.end, `${what} end ≥ start`).toBeGreaterThanOrEqual(s.start);
  expect(s.end, `${what} end inside the text`).toBeLessThanOrEqual(len);
}

function checkNullableSpan(s: { start: number | null; end: number | null } | null | undefined, len: number, what: string) {
  if (!s || s.start == null || s.end == null) return;
  checkSpan({ start: s.start, end: s.end }, len, what);
}

function checkAnalysis(a: Analysis) {
  const len = a.text.length;
  for (const e of a.entities) {
    for (const m of e.mentions) {
      checkSpan(m, len, `mention of ${e.name}`);
      expect(m.end, 'a mention is not empty').toBeGreaterThan(m.start);
    }
  }
  for (const q of a.quotes) {
    checkSpan(q, len, 'quote');
    checkSpan(q.cue, len, 'cue');
    checkNullableSpan(q.speaker, len, 'speaker');
    checkNullableSpan(q.speaker?.via, len, 'relaying speaker');
  }
  for (const c of a.claims) {
    checkSpan(c, len, 'claim');
    for (const i of c.contradicts ?? []) expect(i >= 0 && i < a.claims.length, 'contradicts points at a claim').toBe(true);
  }
  expect(Number.isFinite(a.ms.total)).toBe(true);
}

const isSpace = (ch: string) => /\s|\u200b|\ufeff/.test(ch);

function checkSegments(body: BodyText) {
  let last = -1;
  const covered = new Uint8Array(body.text.length);
  for (const s of body.segments) {
    expect(s.start, 'segments in order, not overlapping').toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(body.text.length);
    expect(s.nodeStart + (s.end - s.start), 'segment inside its node').toBeLessThanOrEqual(s.node.data.length);
    // The exact characters of the live node, not a normalised copy.
    expect(body.text.slice(s.start, s.end)).toBe(s.node.data.slice(s.nodeStart, s.nodeStart + s.end - s.start));
    covered.fill(1, s.start, s.end);
    last = s.end;
  }
  // Only collapsed whitespace and block breaks may be left without a node behind them.
  for (let i = 0; i < body.text.length; i++) {
    if (!covered[i]) expect(isSpace(body.text[i]!), `unmapped character ${JSON.stringify(body.text[i])} at ${i}`).toBe(true);
  }
  for (const b of body.blocks) checkSpan(b, body.text.length, 'block');
}

const BUDGET_MS = 3000;

/** What the generated pages led to, so the properties are known to reach the linker and the quote finder. */
const seen = { entities: 0, sampled: 0, quotes: 0, claims: 0 };

async function analyseHtml(html: string) {
  const doc = parseHtml(html, 'https://news.example.com/2024/05/01/some-story');
  try {
    const t0 = performance.now();
    const { analysis, body } = await analyzeDocument(doc, { lookup, url: 'https://news.example.com/2024/05/01/some-story', force: true });
    expect(performance.now() - t0, 'analysis time').toBeLessThan(BUDGET_MS);
    checkAnalysis(analysis);
    seen.entities += analysis.entities.length;
    seen.sampled += analysis.entities.filter((e) => e.id && sampledIds.has(e.id)).length;
    seen.quotes += analysis.quotes.length;
    seen.claims += analysis.claims.length;
    expect(body).not.toBeNull();
    expect(analysis.text).toBe(body!.text);
    checkSegments(body!);
    // Not forced: detection alone must not throw either.
    await analyzeDocument(doc, { lookup, url: 'not a url' });
  } finally {
    await disposeHtml(doc);
  }
}

describe('property: analysis never throws and keeps offsets in range', () => {
  it('random article-like markup', async () => {
    await fc.assert(fc.asyncProperty(randomPage, analyseHtml), { numRuns: 60, seed: 20240501 });
    expect(seen.entities, 'the generated pages linked some entities').toBeGreaterThan(0);
    expect(seen.sampled, 'the sampled dataset names were linked').toBeGreaterThan(0);
    expect(seen.quotes, 'the generated pages held some quotes').toBeGreaterThan(0);
  });

  it('broken markup', async () => {
    await fc.assert(fc.asyncProperty(brokenPage, analyseHtml), { numRuns: 60, seed: 7 });
  });

  it('random text through analyzeBody', async () => {
    const text = fc.oneof(prose(200), fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }));
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        const t0 = performance.now();
        const a = await analyzeBody(t, { lookup });
        expect(performance.now() - t0).toBeLessThan(BUDGET_MS);
        expect(a.text).toBe(t);
        checkAnalysis(a);
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('extractBody maps every segment to the live nodes, however the page is nested', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(randomPage, brokenPage), async (html) => {
        const doc = parseHtml(html);
        try {
          checkSegments(extractBody(doc));
        } finally {
          await disposeHtml(doc);
        }
      }),
      { numRuns: 80, seed: 99 },
    );
  });
});
