import { afterAll, describe, expect, it } from 'vitest';
import { disposeHtml, parseHtml } from '../../lib/tools/parse-html';

const docs: Document[] = [];
afterAll(async () => {
  for (const d of docs) await disposeHtml(d);
});

describe('the Node page parser reads pages as a browser does', () => {
  it('keeps the text after an inline SVG icon that carries its own <style>', () => {
    const doc = parseHtml(
      '<html><body><svg viewBox="0 0 1 1"><style>.a{fill:red}</style><path class="a"/></svg><h1>Headline</h1><p>Body text.</p></body></html>',
    );
    docs.push(doc);
    expect(doc.body.textContent).toContain('Body text.');
    expect(doc.getElementsByTagName('h1')).toHaveLength(1);
  });

  it('leaves a page-level <style> alone', () => {
    const doc = parseHtml('<html><head><style>p{color:red}</style></head><body><p>x</p></body></html>');
    docs.push(doc);
    expect(doc.getElementsByTagName('style')).toHaveLength(1);
  });
});
