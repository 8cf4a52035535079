import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { extractBody, type BodyText } from '../../lib/extract/index';
import { disposeHtml, parseHtml } from '../../lib/tools/parse-html';
import { buildSeedPage } from '../fixtures/seed-page';

const SHARED = path.resolve(__dirname, '../../../shared');
const SEED = path.join(SHARED, 'seeds/000_59ca9e13b7f063f4');
const docs: Document[] = [];
const parse = (html: string) => {
  const d = parseHtml(html, 'https://news.example.test/2024/05/a-story');
  docs.push(d);
  return d;
};
afterAll(async () => {
  for (const d of docs) await disposeHtml(d);
});

/** Every segment maps a range of `text` to the same characters of a live Text node. */
function expectMapped(body: BodyText) {
  for (const s of body.segments) {
    expect(s.end).toBeGreaterThan(s.start);
    expect(body.text.slice(s.start, s.end)).toBe(s.node.data.slice(s.nodeStart, s.nodeStart + (s.end - s.start)));
  }
  // Everything that is not whitespace is mapped.
  const covered = new Uint8Array(body.text.length);
  for (const s of body.segments) covered.fill(1, s.start, s.end);
  for (let i = 0; i < body.text.length; i++) if (!/\s/.test(body.text[i]!)) expect(covered[i]).toBe(1);
}

describe.skipIf(!existsSync(`${SEED}.txt`))('seed article page (needs ../shared)', () => {
  const gold = existsSync(`${SEED}.gold.json`) ? JSON.parse(readFileSync(`${SEED}.gold.json`, 'utf8')).article : null;
  it('keeps the article paragraphs and drops the furniture', () => {
    const text = readFileSync(`${SEED}.txt`, 'utf8');
    const doc = parse(buildSeedPage(text));
    const before = doc.body.innerHTML;
    const body = extractBody(doc);
    expect(body.title).toBe(text.split('\n')[0]!.trim());
    expect(body.text.startsWith(gold.bodyStartsWith)).toBe(true);
    expect(body.text.endsWith(gold.bodyEndsWith)).toBe(true);
    for (const s of gold.notInBody as string[]) expect(body.text).not.toContain(s);
    expect(body.blocks.length).toBeGreaterThanOrEqual(6);
    expectMapped(body);
    expect(doc.body.innerHTML).toBe(before); // the live page is untouched
  });
});

describe('extraction', () => {
  it('drops share bars, newsletter boxes, bios, related lists and captions inside the body', () => {
    const p = (s: string) => `<p>${s} The minister said the talks would continue next week, officials added.</p>`;
    const doc = parse(`<html><body><nav><a href="/">Home</a></nav><article><h1>A headline for the story</h1>
      <div class="social-share"><a href="#">Share</a></div>${p('First.')}<figure><img src="x.jpg"><figcaption>Photo: Agency</figcaption></figure>
      ${p('Second.')}<div class="newsletter-signup"><p>Sign up for our newsletter today, it is free and it is good.</p></div>${p('Third.')}
      <div class="author-bio"><p>Jane Doe is a senior writer who covers the ministry and has done so for years.</p></div>
      <aside class="related"><ul><li><a href="/x">Another story about something else entirely</a></li></ul></aside></article>
      <div id="comments"><p>Great article, I really enjoyed reading it and will share it with friends.</p></div></body></html>`);
    const body = extractBody(doc);
    expect(body.title).toBe('A headline for the story');
    expect(body.text.split('\n').map((l) => l.slice(0, 6))).toEqual(['First.', 'Second', 'Third.']);
    expectMapped(body);
  });

  const TAIL = ' and the committee said it would meet again on Friday to review it.';
  it('maps collapsed whitespace exactly, for any mix of text, spaces and inline markup', () => {
    const word = fc.stringMatching(/^[A-Za-z\u00e9\u201c\u201d,.]{1,8}$/);
    const space = fc.constantFrom(' ', '  ', '\n', ' \n\t ', '\u00a0', '');
    const piece = fc.tuple(space, word, space, fc.constantFrom('', 'b', 'em', 'span'));
    const para = fc.array(piece, { minLength: 3, maxLength: 25 });
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 6 }), (paras) => {
        const doc = parse('<html><body><article></article></body></html>');
        const article = doc.body.firstElementChild!;
        for (const pieces of paras) {
          const p = doc.createElement('p');
          for (const [a, w, b, tag] of pieces) {
            const t = doc.createTextNode(`${a}${w}${b}`);
            if (tag) {
              const el = doc.createElement(tag);
              el.appendChild(t);
              p.appendChild(el);
            } else p.appendChild(t);
          }
          // A sentence of plain prose, so every paragraph counts as body text.
          p.appendChild(doc.createTextNode(TAIL));
          article.appendChild(p);
        }
        const body = extractBody(doc);
        expectMapped(body);
        expect(body.text).not.toMatch(/ {2}|^ | $|\n | \n/);
        // Same words as the DOM, in order.
        const words = (s: string) => s.split(/\s+/).filter(Boolean);
        expect(words(body.text)).toEqual(words(paras.map((ps) => ps.map(([a, w, b]) => `${a}${w}${b}`).join('') + TAIL).join(' ')));
      }),
      { numRuns: 150 },
    );
  });
});

describe('extraction on page-builder and split layouts', () => {
  const sentence = (i: number) => `<p>Paragraph ${i}: the council said the new rules would apply from June, and residents were asked to comment by May.</p>`;
  it('reads prose inside page-builder boxes named "widget"', () => {
    const boxes = Array.from(
      { length: 4 },
      (_, i) => `<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${sentence(i)}</div></div>`,
    ).join('');
    const doc = parse(`<html><body><nav><a href="/">Home</a></nav><div class="elementor-widget-wrap">${boxes}</div>
      <aside class="sidebar widget-area"><p>Recent posts and other things to read on this site today.</p></aside></body></html>`);
    const body = extractBody(doc);
    expect(body.text.split('\n').map((l) => l.slice(0, 11))).toEqual(['Paragraph 0', 'Paragraph 1', 'Paragraph 2', 'Paragraph 3']);
    expectMapped(body);
  });

  it('keeps the whole body when its paragraphs sit in sibling containers, and drops a footer named "…-text"', () => {
    const doc = parse(`<html><body><div class="story">${sentence(0)}${sentence(1)}</div><div class="story">${sentence(2)}</div>
      <div class="footer-bottom-text"><p>Contact our customer service centre by telephone on weekdays between nine and five.</p></div></body></html>`);
    const body = extractBody(doc);
    expect(body.text).toContain('Paragraph 0');
    expect(body.text).toContain('Paragraph 2');
    expect(body.text).not.toContain('customer service');
  });
});
