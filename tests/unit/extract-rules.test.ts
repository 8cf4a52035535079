/**
 * General extraction rules found on real pages (issue #9): each case is a small synthetic page
 * built from the pattern, never from a real page's text.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { extractBody, type BodyText } from '../../lib/extract/index';
import { disposeHtml, parseHtml } from '../../lib/tools/parse-html';

const docs: Document[] = [];
const extract = (bodyHtml: string): BodyText => {
  const d = parseHtml(`<html><head><title>A test page</title></head><body>${bodyHtml}</body></html>`, 'https://news.example.test/2024/05/a-story');
  docs.push(d);
  const before = d.body.innerHTML;
  const body = extractBody(d);
  expect(d.body.innerHTML).toBe(before); // the live page is untouched
  for (const s of body.segments) {
    expect(body.text.slice(s.start, s.end)).toBe(s.node.data.slice(s.nodeStart, s.nodeStart + (s.end - s.start)));
  }
  return body;
};
afterAll(async () => {
  for (const d of docs) await disposeHtml(d);
});

const para = (n: number, topic = 'the council') =>
  `<p>Paragraph ${n} about ${topic}: the members met on Tuesday and agreed that the budget would be revised before the vote next month.</p>`;
const paras = (from: number, to: number, topic?: string) => Array.from({ length: to - from + 1 }, (_, i) => para(from + i, topic)).join('');
const nav = `<nav><ul><li><a href="/a">Home</a></li><li><a href="/b">World</a></li><li><a href="/c">Sport</a></li></ul></nav>`;

describe('extraction rules from real pages', () => {
  it('reads a React streamed segment (<div hidden id="S:0">) but not an ordinary hidden box', () => {
    const body = extract(`${nav}<template id="B:0"></template><div hidden id="S:0"><main><h1>A headline for the story here</h1>${paras(1, 6)}</main></div>
      <div hidden><p>Secret drawer text that nobody sees on the page at all, not even later.</p></div>`);
    expect(body.text).toContain('Paragraph 1 about the council');
    expect(body.text).toContain('Paragraph 6 about the council');
    expect(body.text).not.toContain('Secret drawer');
  });

  it('keeps collapsed accordion panels labelled by their toggle, drops other display:none boxes', () => {
    const body = extract(`${nav}<article><h1>A headline for the story here</h1>${paras(1, 3)}
      <div class="accordion"><button id="t1">Step two</button><div id="p1" role="region" aria-labelledby="t1" style="display:none">${paras(4, 5)}</div></div>
      <div style="display:none"><p>A hidden promotional message that should never be analysed by anyone.</p></div></article>`);
    expect(body.text).toContain('Paragraph 5 about the council');
    expect(body.text).not.toContain('hidden promotional');
  });

  it('keeps a body cut into sections that share a furniture-sounding class', () => {
    const body = extract(`${nav}<main><h1>A headline for the story here</h1>
      <div class="content-nav-section">${paras(1, 4)}</div><div class="content-nav-section">${paras(5, 8)}</div>
      <div class="content-nav-section">${paras(9, 12)}</div></main>
      <aside class="sidebar"><p>Sidebar note about something else that is long enough to be prose.</p></aside>`);
    expect(body.text).toContain('Paragraph 1 about');
    expect(body.text).toContain('Paragraph 12 about');
    expect(body.text).not.toContain('Sidebar note');
  });

  it('does not read a column of same-named teaser boxes as the body', () => {
    const teaser = (n: number) => `<div class="widget-item"><p>Teaser ${n} summary about another story entirely, with enough words to be prose.</p></div>`;
    const body = extract(`${nav}<article><h1>A headline for the story here</h1>${paras(1, 5)}</article>
      <div class="rail">${[1, 2, 3, 4, 5, 6].map(teaser).join('')}</div>`);
    expect(body.text).toContain('Paragraph 5 about');
    expect(body.text).not.toContain('Teaser 3 summary');
  });

  it('reads the one <article> of a page that wraps it in a "newsletter" box', () => {
    const quotes = Array.from({ length: 8 }, (_, i) => `<blockquote>Reader quote ${i}: this is a lovely newsletter and I read it every single month.</blockquote>`).join('');
    const body = extract(`${nav}<section class="newsletter-hero"><article class="newsletter-content"><div class="newsletter-text">
      <h1>A headline for the story here</h1>${paras(1, 10)}</div></article></section><section class="testimonials">${quotes}</section>`);
    expect(body.text).toContain('Paragraph 1 about');
    expect(body.text).toContain('Paragraph 10 about');
    // (The testimonials beside it are still read as body: a known weakness, see the report.)
  });

  it('keeps comment threads out even when they add up to more prose than the article', () => {
    const comment = (i: number) => `<div class="comment-body"><p>Comment ${i}: I disagree with the council and I think the budget is a disgrace to the whole town.</p><p>Comment ${i} again: and another thing about the roads and the bins.</p></div>`;
    const body = extract(`${nav}<article><h1>A headline for the story here</h1>${paras(1, 2)}</article>
      <ol class="comment-list">${Array.from({ length: 8 }, (_, i) => `<li class="comment">${comment(i)}</li>`).join('')}</ol>`);
    expect(body.text).toContain('Paragraph 2 about');
    expect(body.text).not.toContain('Comment 3');
  });

  it('cuts the body at a "Related posts" heading in its last half', () => {
    const body = extract(`${nav}<div class="post"><h1>A headline for the story here</h1>${paras(1, 6)}
      <h3>Related Posts</h3><p>Another story about the harbour, which reopened after repairs that took many months.</p></div>`);
    expect(body.text).toContain('Paragraph 6 about');
    expect(body.text).not.toContain('harbour');
    expect(body.text).not.toContain('Related Posts');
  });

  it('does not let teaser excerpts under linked headlines pull the root above the article', () => {
    const teaser = (n: number) =>
      `<div class="item"><h3><a href="/story-${n}">Another headline number ${n} from the site</a></h3><p>Excerpt ${n}: a summary of a different story, long enough to pass for a paragraph of prose.</p></div>`;
    const body = extract(`${nav}<div id="content"><div class="story">${paras(1, 5)}</div>
      <div class="more">${[1, 2, 3, 4, 5, 6, 7].map(teaser).join('')}</div></div>`);
    expect(body.text).toContain('Paragraph 1 about');
    expect(body.text).not.toContain('Excerpt 4');
  });

  it('skips a style sheet left as text by the parser', () => {
    const body = extract(`${nav}<article><h1>A headline for the story here</h1>${paras(1, 3)}
      <table><tr><td>.css-1x2y{text-align:left;font-weight:700;}</td><td>Cell text with real words</td></tr></table></article>`);
    expect(body.text).not.toContain('text-align');
    expect(body.text).toContain('Cell text with real words');
  });
});
