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
  it('reads a page kept under a hiding class until its script runs, but only when nothing else reads as prose', () => {
    const hiddenAll = extract(
      `<div class="preloader hide"></div><div class="root hide">${nav}<main><h1>A headline for the story here</h1>${paras(1, 8)}</main></div>`,
    );
    expect(hiddenAll.text).toContain('Paragraph 1 about the council');
    expect(hiddenAll.text).toContain('Paragraph 8 about the council');
    const hiddenPart = extract(
      `${nav}<main><h1>A headline for the story here</h1>${paras(1, 6)}<div class="hide"><p>Paragraph for small screens only, kept hidden by a class on every other layout.</p></div></main>`,
    );
    expect(hiddenPart.text).toContain('Paragraph 6 about the council');
    expect(hiddenPart.text).not.toContain('small screens only');
  });

  it('keeps the words of inline links and spans mid-sentence whatever their class, drops screen-reader labels', () => {
    const body = extract(`${nav}<article><h1>A headline for the story here</h1>${paras(1, 2)}
      <p>The government plans to reverse its position on <a class="meta-loc" href="/t">the region</a> and lift trade sanctions, officials said late on Thursday.</p>
      <p>When you opened a page's source you would see a mess of <code>&lt;table&gt;</code> tags and spacer images everywhere.</p>
      <p>Aid groups will get access to camps near <span class="related-place">the border</span>, and talks resume <span class="sr-only">(opens in a new window)</span> next week.</p>
      <p>Photo taken at the summit by a staff photographer for the paper. <span class="credit">Agency Photographer</span></p>${paras(3, 4)}</article>`);
    expect(body.text).toContain('reverse its position on the region and lift trade sanctions');
    expect(body.text).toContain('a mess of <table> tags');
    expect(body.text).toContain('camps near the border, and talks resume');
    expect(body.text).not.toContain('opens in a new window');
    // A classed span at the end of a block (a photo credit) still stands apart, as furniture.
    expect(body.text).not.toContain('Agency Photographer');
    // Every block starts a line of its own: no link text is left alone on one.
    expect(body.text.split('\n')).not.toContain('the region');
  });

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
    const quotes = Array.from(
      { length: 8 },
      (_, i) => `<blockquote>Reader quote ${i}: this is a lovely newsletter and I read it every single month.</blockquote>`,
    ).join('');
    const body = extract(`${nav}<section class="newsletter-hero"><article class="newsletter-content"><div class="newsletter-text">
      <h1>A headline for the story here</h1>${paras(1, 10)}</div></article></section><section class="testimonials">${quotes}</section>`);
    expect(body.text).toContain('Paragraph 1 about');
    expect(body.text).toContain('Paragraph 10 about');
    // The testimonials beside it are the site's praise, not the article.
    expect(body.text).not.toContain('Reader quote');
  });

  it('keeps comment threads out even when they add up to more prose than the article', () => {
    const comment = (i: number) =>
      `<div class="comment-body"><p>Comment ${i}: I disagree with the council and I think the budget is a disgrace to the whole town.</p><p>Comment ${i} again: and another thing about the roads and the bins.</p></div>`;
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

  it('ends the body at its back matter ("References", "See also"), whose names are not the story\'s', () => {
    const body = extract(`${nav}<div class="post"><h1>A headline for the study here</h1>${paras(1, 6)}
      <h2>References</h2><ol><li>Doe J, Roe R. Stress and sleep among students. J Health Stud 2019;3(2):10-19.</li></ol></div>`);
    expect(body.text).toContain('Paragraph 6 about');
    expect(body.text).not.toContain('Doe J');
    // Early in the body the same word is a section of the story and stays.
    const early = extract(`${nav}<div class="post"><h1>A headline for the study here</h1>${paras(1, 1)}<h2>See also</h2>${paras(2, 7)}</div>`);
    expect(early.text).toContain('Paragraph 7 about');
  });

  it('does not let teaser excerpts under linked headlines pull the root above the article', () => {
    const teaser = (n: number) =>
      `<div class="item"><h3><a href="/story-${n}">Another headline number ${n} from the site</a></h3><p>Excerpt ${n}: a summary of a different story, long enough to pass for a paragraph of prose.</p></div>`;
    const body = extract(`${nav}<div id="content"><div class="story">${paras(1, 5)}</div>
      <div class="more">${[1, 2, 3, 4, 5, 6, 7].map(teaser).join('')}</div></div>`);
    expect(body.text).toContain('Paragraph 1 about');
    expect(body.text).not.toContain('Excerpt 4');
  });

  it('keeps a box whose class only sets how its header looks ("pane-header-alignment-left")', () => {
    const body = extract(`${nav}<article><h1>A headline for the story here</h1>${paras(1, 6)}
      <div class="acc-wrap acc-has-3-panes pane-header-alignment-left">${paras(7, 9, 'the method')}</div></article>`);
    expect(body.text).toContain('Paragraph 8 about the method');
    expect(body.text).toContain('Paragraph 6 about the council');
  });

  it('does not let excerpts after a "Read This Next" line pull the root above the article', () => {
    const excerpt = (n: number) =>
      `<div class="card"><div class="copy"><p>Excerpt ${n}: a summary of a different story from the same site, which talks at length about the harbour, the ferries and the new timetable for the summer.</p></div></div>`;
    const body = extract(`${nav}<div id="content"><div class="story">${paras(1, 4)}</div>
      <h3>Read This Next</h3><div class="list">${[1, 2, 3, 4, 5].map(excerpt).join('')}</div></div>`);
    expect(body.text).toContain('Paragraph 1 about');
    expect(body.text).toContain('Paragraph 4 about');
    expect(body.text).not.toContain('Excerpt 2');
  });

  it('does not take a long legal disclaimer in the page bottom for the body', () => {
    const disclaimer =
      '<p>This material is not intended to replace the advice of a qualified advisor. Information has been obtained from sources believed to be reliable, is for informational purposes only and is not guaranteed as to accuracy. All rights reserved. No reproduction in whole or in part is permitted without express written consent.</p>' +
      '<p>Products and services referenced are for general information only. Always consult a qualified advisor prior to purchasing and review the instructions prior to use. The company cannot be held liable for the inappropriate use of any products, and tax laws may change at any time.</p>' +
      '<p>Copyright © 2023 An Example Company, Inc. All Rights Reserved.</p>';
    const body = extract(`${nav}<div class="row"><div class="col">${paras(1, 2)}</div></div>
      <div class="row"><div class="col">${disclaimer}</div></div>`);
    expect(body.text).toContain('Paragraph 2 about');
    expect(body.text).not.toContain('qualified advisor');
  });

  it('reads a page that carries its article twice (one copy hidden by a "hide" class) once', () => {
    const body = extract(`${nav}<div class="blog-wrap"><div class="blog-text">${paras(1, 6)}</div></div>
      <main class="post-main hide"><article class="post-article">${paras(1, 6)}</article></main>`);
    expect(body.text.split('Paragraph 3 about').length - 1).toBe(1);
  });

  it('still reads accordion panels and responsive boxes hidden by a utility class', () => {
    const body = extract(`${nav}<article><h1>A headline for the story here</h1>${paras(1, 4)}
      <div class="accordion-content hidden">${paras(5, 6, 'the answer')}</div>
      <div class="d-none d-sm-block">${paras(7, 7, 'the wide screen')}</div>
      <div class="promo hidden"><p>A hidden promotional message that should never be analysed by anyone.</p></div></article>`);
    expect(body.text).toContain('Paragraph 6 about the answer');
    expect(body.text).toContain('Paragraph 7 about the wide screen');
    expect(body.text).not.toContain('hidden promotional');
  });

  it('skips a style sheet left as text by the parser', () => {
    const body = extract(`${nav}<article><h1>A headline for the story here</h1>${paras(1, 3)}
      <table><tr><td>.css-1x2y{text-align:left;font-weight:700;}</td><td>Cell text with real words</td></tr></table></article>`);
    expect(body.text).not.toContain('text-align');
    expect(body.text).toContain('Cell text with real words');
  });
});
