/**
 * The Factbook's text fields carry HTML (`<br>`, `<em>`, `<strong>`) and named entities
 * (`&iacute;`). Facts are plain text, so both are removed here, without a DOM (lib/ runs in Node).
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  szlig: 'ß',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  eth: 'ð',
  ETH: 'Ð',
  thorn: 'þ',
  THORN: 'Þ',
  hellip: '…',
  deg: '°',
  frac12: '½',
  laquo: '«',
  raquo: '»',
};

// Accented letters are written as base letter + accent name (&eacute;): compose them rather than listing all.
const COMBINING: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  cedil: '\u0327',
  ring: '\u030a',
  caron: '\u030c',
  macr: '\u0304',
  breve: '\u0306',
  ogon: '\u0328',
  dot: '\u0307',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    if (NAMED[body] !== undefined) return NAMED[body];
    const m = /^([a-z])(acute|grave|circ|tilde|uml|cedil|ring|caron|macr|breve|ogon|dot)$/i.exec(body);
    if (m) return (m[1]! + COMBINING[m[2]!.toLowerCase()]!).normalize('NFC');
    return whole;
  });
}

/** HTML → plain text: line breaks become "\n", other tags vanish, whitespace is collapsed per line. */
export function htmlToText(html: string): string {
  const text = decodeEntities(html.replace(/<br\s*\/?>|<\/p\s*>\s*(?=<p\b)/gi, '\n').replace(/<[^>]+>/g, ''));
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
