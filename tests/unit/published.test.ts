import { describe, expect, it } from 'vitest';
import { datelineDate, findPublished, parseDate } from '../../lib/published';
import { disposeHtml, parseHtml } from '../../lib/tools/parse-html';

const NOW = new Date('2026-12-04T12:00:00Z');
const page = (head: string, body = '<article><p>Text.</p></article>') => {
  const doc = parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  const out = findPublished(doc, '', NOW);
  disposeHtml(doc);
  return out;
};

describe('publication date from the page', () => {
  it('JSON-LD datePublished: plain, in @graph, in arrays, of the Article node first', () => {
    expect(page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-06-03T10:00:00-04:00"}</script>')).toBe('2016-06-03');
    expect(
      page(
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2015-01-01"},{"@type":"Article","datePublished":"2016-06-03"}]}</script>',
      ),
    ).toBe('2016-06-03');
    expect(
      page('<script type="application/ld+json">[{"@type":"Organization"},{"@type":["ReportageNewsArticle"],"datePublished":"2019-11-30T23:59:00Z"}]</script>'),
    ).toBe('2019-11-30');
    expect(page('<script type="application/ld+json">{not json</script><meta property="article:published_time" content="2020-02-02">')).toBe('2020-02-02');
  });

  it('meta tags: article:published_time, itemprop, pubdate, DC.date, date', () => {
    expect(page('<meta property="article:published_time" content="2021-03-04T05:06:07+00:00">')).toBe('2021-03-04');
    expect(page('<meta itemprop="datePublished" content="2018-07-09">')).toBe('2018-07-09');
    expect(page('<meta name="pubdate" content="20170102">')).toBe('2017-01-02');
    expect(page('<meta name="DC.date.issued" content="2014/5/6">')).toBe('2014-05-06');
    expect(page('<meta name="date" content="June 3, 2016">')).toBe('2016-06-03');
    // A modification date is not a publication date.
    expect(page('<meta property="article:modified_time" content="2021-03-04">')).toBeNull();
  });

  it('<time datetime> in the article header, or marked pubdate', () => {
    expect(page('', '<article><header><h1>T</h1><time datetime="2012-12-21T08:00">Dec 21</time></header><p>x</p></article>')).toBe('2012-12-21');
    expect(page('', '<div><time pubdate datetime="2011-11-11">x</time></div>')).toBe('2011-11-11');
    expect(page('', '<footer><time datetime="2011-11-11">x</time></footer>')).toBeNull();
  });

  it('no date, a future date, an absurd year, an impossible day: null', () => {
    expect(page('<title>x</title>')).toBeNull();
    expect(page('<meta property="article:published_time" content="2027-06-03">')).toBeNull();
    expect(page('<meta property="article:published_time" content="1066-10-14">')).toBeNull();
    expect(page('<meta property="article:published_time" content="2016-02-30">')).toBeNull();
  });
});

describe('date forms and datelines', () => {
  it('parses the usual written forms', () => {
    for (const s of [
      '2016-06-03',
      '2016-06-03T23:30:00-05:00',
      '2016-06-03 10:00',
      'June 3, 2016',
      'Jun. 3, 2016',
      'Friday, June 3rd, 2016',
      '3 June 2016',
      '03 Jun 2016 10:00:00 GMT',
      'Fri, 03 Jun 2016 10:00:00 +0000',
      '2016/06/03',
    ])
      expect(parseDate(s, NOW), s).toBe('2016-06-03');
    expect(parseDate('Sept. 30, 2022', NOW)).toBe('2022-09-30');
    expect(parseDate('06/03/2016', NOW)).toBeNull(); // day and month order unknown
    expect(parseDate('Dec 5, 2026', NOW)).toBe('2026-12-05'); // one day of grace for time zones
    expect(parseDate('Dec 6, 2026', NOW)).toBeNull();
  });

  it('a dateline line or a capitalised place dateline counts; a date the lead talks about does not', () => {
    expect(datelineDate('By Jane Doe\nJune 3, 2016\nThe minister said…', NOW)).toBe('2016-06-03');
    expect(datelineDate('By Jane Doe | Updated on July 9, 2025\nThe minister said…', NOW)).toBeNull();
    expect(datelineDate('August 16, 2019 - Updated July 9, 2025\nThe minister said…', NOW)).toBe('2019-08-16');
    expect(
      datelineDate('MINSK, Belarus, 3 June 2016 — The president said on Friday that the talks would continue and more words here to make a paragraph.', NOW),
    ).toBe('2016-06-03');
    expect(
      datelineDate('On June 3, 2016, the president said that the talks would continue, and that nothing had been decided yet about the border.', NOW),
    ).toBeNull();
    expect(
      datelineDate('The talks continued.\nThe summit on 3 June 2016 ended with a statement that nobody had expected to read like this at all.', NOW),
    ).toBeNull();
  });
});
