import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectArticle } from '../../lib/detect/index';
import { pageFeatures as featuresOf } from '../../lib/detect/features';
import { collectTypes } from '../../lib/detect/jsonld';
import { urlShape } from '../../lib/detect/url';
import { disposeHtml, parseHtml } from '../../lib/tools/parse-html';
import { buildSeedPage } from '../fixtures/seed-page';

const SHARED = path.resolve(__dirname, '../../../shared');
const SEED = path.join(SHARED, 'seeds/000_59ca9e13b7f063f4');
const docs: Document[] = [];
const parse = (html: string, url: string) => {
  const d = parseHtml(html, url);
  docs.push(d);
  return d;
};
afterAll(async () => {
  for (const d of docs) await disposeHtml(d);
});

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const nav = `<header><nav><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join('')}</ul></nav></header>`;
const prose = (n: number) =>
  `Officials said on Tuesday that the plan would be reviewed by the committee before the end of the month, according to two people familiar with it, and that more talks were expected. (${n})`;

describe.skipIf(!existsSync(`${SEED}.txt`))('seed article page (needs ../shared)', () => {
  it('is detected as an article, with reasons', () => {
    const doc = parse(buildSeedPage(readFileSync(`${SEED}.txt`, 'utf8')), 'https://www.example-news.test/news/belarus-preparing-to-join-invasion');
    const d = detectArticle(doc, 'https://www.example-news.test/news/belarus-preparing-to-join-invasion');
    expect(d.isArticle).toBe(true);
    expect(d.articleScore).toBeGreaterThan(0.5);
    expect(d.reasons.join(' ')).toMatch(/NewsArticle/);
  });
});

describe('non-articles', () => {
  it('product page', () => {
    const html = page(
      `<meta property="og:type" content="product"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Blue kettle","offers":{"@type":"Offer","price":"39.99","priceCurrency":"EUR"}}</script>`,
      `${nav}<main><h1>Blue enamel kettle</h1><div class="product-price"><span itemprop="price">39.99</span></div>
       <button class="add-to-cart">Add to cart</button><p>${prose(1)}</p><ul><li>1.7 litres</li><li>Enamel</li></ul></main>`,
    );
    const url = 'https://shop.example.test/blue-enamel-kettle-with-whistle';
    const d = detectArticle(parse(html, url), url);
    expect(d.isArticle).toBe(false);
    expect(d.reasons.join(' ')).toMatch(/product|price|cart/i);
  });

  it('home page with many teaser links', () => {
    const teasers = Array.from(
      { length: 30 },
      (_, i) =>
        `<article class="teaser"><h3><a href="/2024/05/story-number-${i}-about-things">Story ${i} headline about events</a></h3><p>Short dek ${i}.</p></article>`,
    ).join('');
    const html = page(`<meta property="og:type" content="website">`, `${nav}<main>${teasers}</main><footer>©</footer>`);
    const d = detectArticle(parse(html, 'https://news.example.test/'), 'https://news.example.test/');
    expect(d.isArticle).toBe(false);
  });

  it('documentation page', () => {
    const side = `<div class="sidebar-nav docs">${Array.from({ length: 40 }, (_, i) => `<a href="/docs/api/m${i}">method${i}()</a>`).join('')}</div>`;
    const body = `<div class="markdown-body"><h1>Configuration</h1><p>${prose(1)}</p><pre><code>npm i x</code></pre><p>${prose(2)}</p><pre><code>x --init</code></pre><pre><code>x run</code></pre><div class="toc"></div></div>`;
    const url = 'https://docs.example.test/guide/configuration-options-for-the-runner';
    const d = detectArticle(parse(page('', side + body), url), url);
    expect(d.isArticle).toBe(false);
  });

  it('forum thread', () => {
    const posts = Array.from(
      { length: 8 },
      (_, i) =>
        `<div class="post"><div class="post-author username">user${i}</div><div class="message-body">${prose(i)}</div><a class="reply" href="#">Reply</a></div>`,
    ).join('');
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Kettle advice"}</script>`;
    const url = 'https://community.example.test/t/which-kettle-should-i-buy-this-year/123';
    const d = detectArticle(parse(page(ld, `${nav}<div class="thread">${posts}</div>`), url), url);
    expect(d.isArticle).toBe(false);
  });

  it('a plain blog post is an article (the same prose, without the furniture)', () => {
    const html = page(
      `<meta property="og:type" content="article"><meta name="author" content="A. Writer">`,
      `${nav}<article><h1>What the committee decided</h1>${Array.from({ length: 6 }, (_, i) => `<p>${prose(i)}</p>`).join('')}</article>`,
    );
    const url = 'https://blog.example.test/2024/05/what-the-committee-decided-today';
    const d = detectArticle(parse(html, url), url);
    expect(d.isArticle).toBe(true);
  });
});

describe('prose layout', () => {
  it('a landing page spreading short paragraphs over many headed boxes is not an article', () => {
    const boxes = Array.from(
      { length: 8 },
      (_, i) => `<section class="feature"><div class="card"><h2>Benefit ${i}</h2><p>${prose(i)}</p></div></section>`,
    ).join('');
    const url = 'https://www.example-agency.test/digital-marketing-for-small-firms';
    const d = detectArticle(parse(page('<meta property="og:type" content="website">', `${nav}<main><h1>Grow your firm</h1>${boxes}</main>`), url), url);
    expect(d.isArticle).toBe(false);
    expect(d.reasons.join(' ')).toMatch(/separate boxes|headings per paragraph/);
  });
});

describe('signals', () => {
  it('reads JSON-LD @graph arrays and survives broken JSON', () => {
    const types = new Set<string>();
    collectTypes('{"@graph":[{"@type":"WebPage"},{"@type":["ReportageNewsArticle"]}]}', types);
    collectTypes('{"@type": "BlogPosting", "headline": "x",, }', types);
    expect([...types].sort()).toEqual(['BlogPosting', 'ReportageNewsArticle', 'WebPage']);
  });

  it('reads URL shapes', () => {
    expect(urlShape('https://x.test/2024/05/some-slug').dated).toBe(true);
    expect(urlShape('https://x.test/world/officials-say-the-plan-is-under-review').slug).toBe(true);
    expect(urlShape('https://x.test/').front).toBe(true);
    expect(urlShape('https://x.test/search?q=kettle').kind).toBe('search results');
  });

  it('knows forum software, lists, tools and events by their URLs, and a home page from a section', () => {
    for (const u of [
      'https://x.test/forum/viewtopic.php?t=12',
      'https://x.test/showthread.php?t=9',
      'https://x.test/community/index.php?topic=58.0',
      'https://bbs.x.test/p/1',
    ])
      expect(urlShape(u).kind, u).toBe('forum');
    expect(urlShape('https://x.test/wiki/List_of_rivers_of_Peru').kind).toBe('list');
    expect(urlShape('https://x.test/list/show/12.Best_Ever').kind).toBe('list');
    expect(urlShape('https://x.test/retirement/retirement-plan-calculator/').kind).toBe('service page');
    expect(urlShape('https://x.test/w/seminars/intro-to-wiring').kind).toBe('service page');
    // Words that only look alike stay articles.
    for (const u of [
      'https://x.test/news/2024/05/the-calculator-that-went-to-space',
      'https://x.test/reviews/best-exhibitions-2025',
      'https://x.test/politics/listening-tour-begins',
    ])
      expect(urlShape(u).kind, u).toBeNull();
    expect(urlShape('https://x.test/').root).toBe(true);
    expect(urlShape('https://x.test/world/').root).toBe(false);
    expect(urlShape('https://x.test/world/').front).toBe(true);
  });

  it('reads post paths, dated archives and blog fronts for what they are', () => {
    // /p/ is where Substack and Ghost keep posts: not a shop's product path by itself.
    expect(urlShape('https://someone.substack.test/p/why-the-plan-failed-this-year').kind).toBeNull();
    expect(urlShape('https://x.test/shop/blue-kettle').kind).toBe('product');
    // One day's story under /archive/ or /sections/ is not the section's front.
    expect(urlShape('https://x.test/archives/2025/12/16/vibe_coding.html').kind).toBeNull();
    expect(urlShape('https://x.test/archive/').kind).toBe('section front');
    // A blog's or newsroom's own front is a list of its articles, not one of them.
    expect(urlShape('https://blog.x.test/').articlePath).toBe(false);
    expect(urlShape('https://x.test/news/technology').articlePath).toBe(false);
    expect(urlShape('https://blog.x.test/2024/a-post-about-things').articlePath).toBe(true);
    expect(urlShape('https://x.test/blog/why-we-moved-to-rust').articlePath).toBe(true);
  });

  it('hears how the prose talks: who speaks, who is spoken of, reported speech, code and votes', () => {
    const html = page(
      '<title>How the council changed its mind on the budget this spring</title>',
      `<article><h1>How the council changed its mind</h1><p>He said the vote was close, and she told reporters that they had counted twice, according to the minutes of the meeting.</p>
       <p>I watched it happen; my notes show the members waited an hour before the chair called the question again.</p>
       <ul><li>Run <code>make</code> then <code>make test</code>.</li></ul><span>12 points</span><a href="#">Upvote</a></article>`,
    );
    const f = featuresOf(parse(html, 'https://x.test/2024/05/how-the-council-changed-its-mind'));
    expect(f.saidWords).toBe(3); // said, told, according
    expect(f.theyWords).toBeGreaterThanOrEqual(3); // he, she, they
    expect(f.iWords).toBe(2); // I, my
    expect(f.codeEls).toBe(2); // (code inside a <p> is read as prose, not counted)
    expect(f.voteTexts).toBe(2);
  });

  it('paragraphs each alone in a wrapper (ad slots between them) run on in one box', () => {
    const url = 'https://news.example.test/world/2024/05/harbour-vote-delayed';
    const wrapped = Array.from({ length: 6 }, (_, i) => `<div class="para-wrap"><p>${prose(i)}</p></div><div class="ad-slot"></div>`).join('');
    const f = featuresOf(parse(page('', `${nav}<main><h1>Council delays the harbour vote</h1><div class="story">${wrapped}</div></main>`), url));
    expect(f.proseParas).toBe(6);
    expect(f.proseParents).toBe(1);
    expect(f.proseTopShare).toBe(1);
  });

  it('a CMS page tagged og:type "article" but described only as a WebPage scores below the same page declared an Article', () => {
    const body = `${nav}<main><h1>Kitchen remodelling done right</h1>${Array.from({ length: 5 }, (_, i) => `<p>${prose(i)}</p>`).join('')}</main>`;
    const ld = (t: string) => `<meta property="og:type" content="article"><script type="application/ld+json">{"@graph":[{"@type":"WebPage"}${t}]}</script>`;
    const url = 'https://firm.example.test/kitchen-remodelling';
    const asPage = detectArticle(parse(page(ld(''), body), url), url);
    const asPost = detectArticle(parse(page(ld(',{"@type":"Article"}'), body), url), url);
    expect(asPage.articleScore).toBeLessThan(asPost.articleScore);
    expect(asPage.reasons.join(' ')).toMatch(/plain web page/);
  });
});

describe('second, longer walk', () => {
  it('finds the prose of an undecided page below a menu longer than the first walk', async () => {
    const { MAX_ELEMENTS, pageFeatures } = await import('../../lib/detect/features');
    // A div-and-span mega menu (not a <nav>, so the walk must go through it) longer than the first budget.
    const menu = `<div class="mega">${Array.from({ length: MAX_ELEMENTS }, (_, i) => `<div><span><a href="/m${i}">Item ${i}</a></span></div>`).join('')}</div>`;
    const paras = Array.from({ length: 8 }, (_, i) => `<p>${prose(i)}</p>`).join('');
    const html = page('', `${menu}<main><h1>Council delays the vote on the harbour plan</h1><div class="story">${paras}</div></main>`);
    const url = 'https://news.example.test/local/council-delays-vote-on-harbour-plan';
    const doc = parse(html, url);
    expect(pageFeatures(doc).proseParas).toBe(0); // the first walk ends inside the menu
    expect(pageFeatures(doc, 4 * MAX_ELEMENTS).proseParas).toBe(8);
    const d = detectArticle(doc, url);
    expect(d.isArticle).toBe(true);
    expect(d.reasons.join(' ')).toMatch(/paragraphs of prose|runs on/);
  });

  it('a clear non-article is not walked again (its reasons come from the first sample)', () => {
    const menu = `<div class="mega">${Array.from({ length: 700 }, (_, i) => `<div><span><a href="/m${i}">Item ${i}</a></span></div>`).join('')}</div>`;
    const html = page(
      `<script type="application/ld+json">{"@type":"Product","offers":{"@type":"Offer","price":"9"}}</script>`,
      `${menu}<main>${Array.from({ length: 8 }, (_, i) => `<p>${prose(i)}</p>`).join('')}</main>`,
    );
    const url = 'https://shop.example.test/product/kettle';
    const d = detectArticle(parse(html, url), url);
    expect(d.isArticle).toBe(false);
    expect(d.reasons.join(' ')).not.toMatch(/paragraphs of prose/);
  });
});

describe('how a page talks and what its title says', () => {
  const firm = `We help families move. Our team has packed homes across the state for twenty years, and we
    know what a good move needs. Our crews arrive on time, and we treat your furniture as our own.`;
  const story = `The council voted on Tuesday to close the bridge for repairs, officials said, after engineers
    found cracks in two of its supports during an inspection earlier this month.`;
  const body = (text: string, extra = '') => `${nav}<main><h1>Heading</h1>${Array.from({ length: 6 }, () => `<p>${text}</p>`).join('')}${extra}</main>`;
  const url = 'https://example.test/some-page';
  const scoreOf = (title: string, text: string, extra = '') =>
    detectArticle(parse(page(`<title>${title} | Example</title>`, body(text, extra)), url), url).articleScore;

  it('a page that speaks as a firm and asks to be called scores below the same layout telling a story', () => {
    const cta = '<a href="/q" class="btn">Get a free quote</a><a href="/c">Contact us</a><button>Book now</button>';
    const service = scoreOf('Local Movers', firm, cta);
    const article = scoreOf('Council votes to close the bridge for repairs after engineers find cracks', story);
    expect(service).toBeLessThan(article);
    expect(detectArticle(parse(page('<title>Local Movers</title>', body(firm, cta)), url), url).reasons.join(' ')).toMatch(
      /firm|calls to action|title names a thing/,
    );
  });

  it('a headline-like title, a guide-like title and a visible date each raise the score', () => {
    const plain = scoreOf('Bridge', story);
    expect(scoreOf('Why the council closed the bridge', story)).toBeGreaterThan(plain);
    expect(scoreOf('Council votes to close the bridge for repairs after engineers find cracks', story)).toBeGreaterThan(plain);
    expect(scoreOf('Bridge', story, '<span class="date">March 3, 2024</span>')).toBeGreaterThan(plain);
  });
});

describe('the walk and forum-thread signals', () => {
  it('visits each element once (counts are not doubled)', () => {
    const html = page('<title>x</title>', '<div><h1>One</h1><span>May 3, 2024</span><article><p>short</p></article></div>');
    const f = featuresOf(parse(html, 'https://example.test/a'));
    expect(f.h1).toBe(1);
    expect(f.articleEls).toBe(1);
    expect(f.dateTexts).toBe(1);
    expect(f.paras).toBe(1);
    // html, head, title, body, div, h1, span, article, p
    expect(f.walked).toBe(9);
  });

  it('counts "Re: …" titles and per-post controls', () => {
    const posts = Array.from(
      { length: 4 },
      (_, i) => `<div><h2>Re: kettle advice</h2><p>${prose(i)}</p><a href="#">Quote</a><span>Joined: 2019</span></div>`,
    ).join('');
    const f = featuresOf(parse(page('', posts), 'https://example.test/x'));
    expect(f.replyTitles).toBe(4);
    expect(f.forumTexts).toBe(8);
  });

  it('a thread of replies scores below the same prose as one post, without any forum markup or JSON-LD', () => {
    const url = 'https://example.test/view?id=42';
    const one = Array.from({ length: 6 }, (_, i) => `<p>${prose(i)}</p>`).join('');
    const thread = Array.from(
      { length: 6 },
      (_, i) =>
        `<div><h2>Re: The plan for the harbour</h2><span>March ${i + 1}, 2024</span><p>${prose(i)}</p><a href="#">Quote</a> <a href="#">Reply</a></div>`,
    ).join('');
    const story = detectArticle(parse(page('<title>The plan for the harbour</title>', `${nav}<main><h1>The plan for the harbour</h1>${one}</main>`), url), url);
    const forum = detectArticle(
      parse(page('<title>The plan for the harbour</title>', `${nav}<main><h1>The plan for the harbour</h1>${thread}</main>`), url),
      url,
    );
    expect(forum.articleScore).toBeLessThan(story.articleScore);
    expect(forum.reasons.join(' ')).toMatch(/Re: …|post controls/);
  });
});

describe('news pages of every kind', () => {
  const teasers = (n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `<div class="card"><h3><a href="/world/2024/05/17/story-${i}-talks-resume-after-months">Talks resume after months of stalemate, part ${i}</a></h3>
     <p>Negotiators met again on Friday. (${i})</p><time datetime="2024-05-17">May 17, 2024</time></div>`,
    ).join('');

  it('a live blog (LiveBlogPosting, short timestamped updates) is an article', () => {
    const updates = Array.from(
      { length: 12 },
      (_, i) => `<div class="update"><time datetime="2024-05-17T1${i % 10}:00">1${i % 10}:00</time><p>${prose(i)}</p></div>`,
    ).join('');
    const url = 'https://news.example.test/world/live/2024/may/17/election-results-live-updates';
    const html = page(
      `<title>Election results live: counting continues in key districts | Example News</title><script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Election results live"}</script>`,
      `${nav}<main><h1>Election results live: counting continues in key districts</h1><p class="byline">By A. Reporter</p>${updates}</main>`,
    );
    expect(detectArticle(parse(html, url), url).isArticle).toBe(true);
  });

  it('an opinion piece is an article', () => {
    const url = 'https://news.example.test/opinion/2024/05/17/why-the-bridge-should-stay-open';
    const html = page(
      `<title>Why the bridge should stay open | Opinion</title><meta property="og:type" content="article">`,
      `${nav}<main><article><h1>Why the bridge should stay open</h1><p class="byline">By A. Columnist</p>${Array.from({ length: 8 }, (_, i) => `<p>${prose(i)}</p>`).join('')}</article></main>`,
    );
    expect(detectArticle(parse(html, url), url).isArticle).toBe(true);
  });

  it('a section front (teasers with dates under a one-word section URL) is not an article', () => {
    const url = 'https://news.example.test/world/';
    const html = page(`<title>World news | Example News</title><meta property="og:type" content="website">`, `${nav}<main><h1>World</h1>${teasers(24)}</main>`);
    const d = detectArticle(parse(html, url), url);
    expect(d.isArticle).toBe(false);
  });

  it('a search results page is not an article', () => {
    const url = 'https://news.example.test/search?q=bridge';
    const html = page(
      `<title>Search results for "bridge" | Example News</title>`,
      `${nav}<main><h1>Results for "bridge"</h1><form><input name="q" value="bridge"></form>${teasers(15)}</main>`,
    );
    const d = detectArticle(parse(html, url), url);
    expect(d.isArticle).toBe(false);
    expect(d.reasons.join(' ')).toMatch(/search|front|link|heading/i);
  });
});
