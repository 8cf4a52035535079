import { metaContent, plainText } from './dom';

/**
 * The headline: the page's first substantial <h1>, else og:title, else <title> without its
 * " | Site name" tail.
 */
export function findTitle(doc: Document): string | null {
  const h1s = doc.getElementsByTagName('h1');
  for (let i = 0; i < h1s.length && i < 5; i++) {
    const t = plainText(h1s[i]);
    if (t.length >= 10 && t.split(' ').length >= 3) return t;
  }
  const og = metaContent(doc, 'og:title');
  if (og) return og;
  const t = plainText(doc.querySelector('title'));
  if (!t) return null;
  return t.replace(/\s+[|\u2013\u2014-]\s+[^|\u2013\u2014-]{2,40}$/, '').trim() || t;
}
