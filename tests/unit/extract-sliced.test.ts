import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzePage, emptyAnalysis } from '../../lib/analyze/document';
import { extractBody, extractBodySliced, type BodyText } from '../../lib/extract/index';
import type { DatasetLookup } from '../../lib/types';
import { disposeHtml, parseHtml } from '../../lib/tools/parse-html';

/**
 * The content script extracts in slices (lib/extract/slice.ts), yielding to the page between them;
 * Node extracts in one go. Both must give the same body: same text, same blocks, and every segment
 * on the same live Text node at the same offsets.
 */
const docs: Document[] = [];
afterAll(async () => {
  for (const d of docs) await disposeHtml(d);
});

const DEMO = readFileSync(path.resolve(__dirname, '../../assets/demo/article.html'), 'utf8');

/** A long page of nested furniture and prose: a menu, asides, a newsletter box, 400 paragraphs with links and <br>s. */
function longPage(): string {
  const paras = Array.from(
    { length: 400 },
    (_, i) =>
      `<p>Paragraph ${i} of the story, where the minister <a href="/p/${i}">said</a> on Tuesday that talks would resume.<br>It is a long sentence that reads as prose ${i}.</p>` +
      (i % 50 === 7 ? `<aside class="related"><a href="/x">Related story ${i}</a></aside><div class="newsletter">Sign up</div>` : ''),
  );
  const menu = Array.from({ length: 80 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('');
  return `<!doctype html><html><head><title>A long story | Example</title></head><body><nav><ul>${menu}</ul></nav><main><article><h1>A long story about the talks</h1>${paras.join('\n')}</article></main><footer>© 2024 Example</footer></body></html>`;
}

/** A fake clock that moves one unit per reading, so slices end often and deterministically. */
function fakeClock() {
  let t = 0;
  return () => t++;
}

const shape = (doc: Document, b: BodyText) => {
  const nodes = new Map<Node, number>();
  const walker = doc.createTreeWalker(doc, 4);
  for (let n = walker.nextNode(), i = 0; n; n = walker.nextNode(), i++) nodes.set(n, i);
  return { text: b.text, title: b.title, blocks: b.blocks, segments: b.segments.map((s) => [nodes.get(s.node), s.start, s.end, s.nodeStart]) };
};

describe('extraction in slices', () => {
  for (const [name, html, maxChars] of [
    ['demo article', DEMO, undefined],
    ['long page', longPage(), undefined],
    ['long page under a small budget', longPage(), 3000],
  ] as const) {
    it(`gives the same body as one walk: ${name}`, async () => {
      const a = parseHtml(html, 'https://news.example.test/2024/05/a-story');
      const b = parseHtml(html, 'https://news.example.test/2024/05/a-story');
      docs.push(a, b);
      const whole = extractBody(a, { maxChars });
      let pauses = 0;
      const sliced = await extractBodySliced(b, { maxChars, pause: async () => void pauses++, now: fakeClock(), sliceMs: 3 });
      // (The demo article is read within one slice check since the root's blocks come from the body's walk: its pauses are 0 or more.)
      if (name !== 'demo article') expect(pauses).toBeGreaterThan(5);
      expect(shape(b, sliced)).toEqual(shape(a, whole));
      expect(whole.text.length).toBeGreaterThan(1000);
    });
  }

  it('analyzePage with a pause yields during extraction and finds the same body', async () => {
    const lookup: DatasetLookup = {
      byAliases: async () => ({}),
      byDomain: async () => [],
      byIds: async () => [],
      sources: async () => [] as unknown as Awaited<ReturnType<DatasetLookup['sources']>>,
    };
    const html = longPage();
    const a = parseHtml(html, 'https://news.example.test/2024/05/a-story');
    const b = parseHtml(html, 'https://news.example.test/2024/05/a-story');
    docs.push(a, b);
    const stage = async () => emptyAnalysis();
    const one = await analyzePage(a, { lookup, url: 'https://news.example.test/2024/05/a-story', force: true }, stage);
    let pauses = 0;
    const two = await analyzePage(
      b,
      { lookup, url: 'https://news.example.test/2024/05/a-story', force: true, pause: async () => void pauses++, now: fakeClock() },
      stage,
    );
    expect(pauses).toBeGreaterThan(3);
    expect(two.analysis.text).toBe(one.analysis.text);
    expect(shape(b, two.body!)).toEqual(shape(a, one.body!));
  });
});
