import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeBody, chunkSpans, CHUNK_CHARS, MAX_CHARS } from '../../lib/analyze';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { extractBody } from '../../lib/extract';
import { loadBundledDataset } from '../../lib/tools/load-dataset';
import { disposeHtml, parseHtml } from '../../lib/tools/parse-html';

const lookup = createMemoryLookup(loadBundledDataset());
const doc = parseHtml(readFileSync(resolve(import.meta.dirname, '../../assets/demo/article.html'), 'utf8'));
const demo = extractBody(doc).text;
await disposeHtml(doc);

describe('long bodies are analysed in chunks', () => {
  it('chunks are paragraph-aligned and cover the text exactly', () => {
    const text = Array.from({ length: 40 }, () => demo).join('\n');
    const spans = chunkSpans(text);
    expect(spans.length).toBeGreaterThan(1);
    expect(spans[0]!.start).toBe(0);
    expect(spans.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < spans.length; i++) {
      expect(spans[i]!.start).toBe(spans[i - 1]!.end);
      expect(text[spans[i]!.start - 1]).toBe('\n');
    }
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(CHUNK_CHARS);
  });

  it('a chunked analysis finds in every repetition what one repetition finds, at the right offsets', async () => {
    const one = await analyzeBody(demo, { lookup });
    const n = 12;
    const text = Array.from({ length: n }, () => demo).join('\n');
    let pauses = 0;
    const many = await analyzeBody(text, { lookup, pause: async () => void pauses++ });
    expect(pauses).toBeGreaterThan(0);
    // Each entity once, with n times the mentions, each mention spelling a name the single run saw.
    const ids = many.entities.map((e) => e.id ?? e.name);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of one.entities.filter((x) => x.fromDataset)) {
      const m = many.entities.find((x) => x.id === e.id)!;
      expect(m.mentions.length, e.name).toBe(e.mentions.length * n);
      const surfaces = new Set(e.mentions.map((s) => demo.slice(s.start, s.end)));
      for (const s of m.mentions) expect(surfaces.has(text.slice(s.start, s.end)), e.name).toBe(true);
    }
    expect(many.quotes.length).toBe(one.quotes.length * n);
    const quoteTexts = new Set(one.quotes.map((q) => demo.slice(q.start, q.end)));
    for (const q of many.quotes) expect(quoteTexts.has(text.slice(q.start, q.end))).toBe(true);
    expect(many.claims.length).toBe(one.claims.length * n);
    for (const c of many.claims) for (const k of c.contradicts ?? []) expect(many.claims[k]).toBeDefined();
  });

  it('pauses between the stages of every chunk, so no task holds more than one stage of one chunk', async () => {
    const text = Array.from({ length: Math.ceil((CHUNK_CHARS * 2.5) / demo.length) }, () => demo).join('\n');
    const chunks = chunkSpans(text).length;
    expect(chunks).toBeGreaterThan(1);
    let pauses = 0;
    await analyzeBody(text, { lookup, pause: async () => void pauses++ });
    // Per chunk: before quotes and before claims; between chunks: one more. Pausing changes no result.
    expect(pauses).toBeGreaterThanOrEqual(3 * chunks - 1);
    const unpaused = await analyzeBody(text, { lookup });
    const paused = await analyzeBody(text, { lookup, pause: () => new Promise((r) => setTimeout(r, 0)) });
    expect(paused.entities.map((e) => [e.id, e.mentions.length])).toEqual(unpaused.entities.map((e) => [e.id, e.mentions.length]));
    expect(paused.quotes.length).toBe(unpaused.quotes.length);
  });

  it('takes a smaller bound from the caller (the content script reads less than the CLI)', async () => {
    const text = Array.from({ length: Math.ceil(30_000 / demo.length) }, () => demo).join('\n');
    const bounded = await analyzeBody(text, { lookup, maxChars: 10_000 });
    expect(bounded.ms.truncatedAt).toBeLessThanOrEqual(10_000);
    expect(bounded.ms.truncatedAt).toBeGreaterThanOrEqual(5_000);
    const whole = await analyzeBody(text, { lookup });
    expect(whole.ms.truncatedAt).toBeUndefined();
    expect(Math.max(...bounded.quotes.map((q) => q.end))).toBeLessThanOrEqual(bounded.ms.truncatedAt!);
    expect(whole.quotes.length).toBeGreaterThan(bounded.quotes.length);
  });

  it('stops at a bound on enormous bodies and says where', async () => {
    const text = Array.from({ length: Math.ceil((MAX_CHARS * 1.5) / demo.length) }, () => demo).join('\n');
    const a = await analyzeBody(text, { lookup });
    expect(a.ms.truncatedAt).toBeGreaterThan(MAX_CHARS / 2);
    expect(a.ms.truncatedAt).toBeLessThanOrEqual(MAX_CHARS);
    for (const e of a.entities) for (const m of e.mentions) expect(m.end).toBeLessThanOrEqual(a.ms.truncatedAt!);
  }, 60_000);
});
