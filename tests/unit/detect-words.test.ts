/**
 * detect's prose count finds its words by a scan, not by WORD (lib/detect/cues.ts) itself: the words
 * it counts must be exactly WORD's matches. Checked against the regex on generated paragraphs full of
 * the edge cases (astral letters, lone surrogates, curly apostrophes, capitals that lower-case longer).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERSON, WORD } from '../../lib/detect/cues';
import { pageFeatures } from '../../lib/detect/features';
import { parseHtml } from '../../lib/tools/parse-html';

/** The counts as the regex gives them (the code before the scan). */
function reference(text: string) {
  const r = { proseWords: 0, youWords: 0, weWords: 0, iWords: 0, theyWords: 0, saidWords: 0, edWords: 0 };
  for (const w of text.match(WORD) ?? []) {
    r.proseWords++;
    const lw = w.toLowerCase();
    const k = PERSON.get(lw);
    if (k === 1) r.youWords++;
    else if (k === 2) r.weWords++;
    else if (k === 3) r.iWords++;
    else if (k === 4) r.theyWords++;
    else if (k === 5) r.saidWords++;
    else if (lw.length > 4 && lw.endsWith('ed')) r.edWords++;
  }
  return r;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** What the walk counted in one paragraph, and its text as the walk read it (the parser's, whitespace collapsed). */
function counted(text: string) {
  const doc = parseHtml(`<html><body><article><p>${esc(text)}</p></article></body></html>`, 'https://news.example/a');
  const { proseWords, youWords, weWords, iWords, theyWords, saidWords, edWords } = pageFeatures(doc);
  const read = (doc.getElementsByTagName('p')[0]!.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { counts: { proseWords, youWords, weWords, iWords, theyWords, saidWords, edWords }, read };
}

/** Enough words after the generated ones for a paragraph of prose (80 characters, a full stop). */
const TAIL = ' and so on, as the writer put it at the end of a paragraph long enough to count as prose.';

const PIECES = [
  'you',
  'You',
  "you're",
  'you’re',
  'We',
  'I',
  'İ',
  'İed',
  'said',
  'ASKED',
  'bed',
  'Ed',
  '𐐀𐐨ed',
  '😀',
  '\ud800',
  '\udc00',
  '\ud800a',
  'a\udc00b',
  'naïve',
  '١٢٣',
  'x²',
  'constructor',
  "'",
  '’',
  'rock’n’roll',
  'U.S.',
  '—',
  '…',
  '“',
  'Straße',
  'ǅed',
  ' ',
  ', ',
  '\u00a0',
  '-',
];

describe('detect: prose words', () => {
  it('counts what WORD matches, on generated paragraphs', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }), (parts) => {
        const { counts, read } = counted(parts.join(' ') + TAIL);
        expect(counts.proseWords).toBeGreaterThan(0);
        expect(counts).toEqual(reference(read));
      }),
      { numRuns: 300 },
    );
  });

  it('reads who a paragraph addresses', () => {
    const text = 'You said we wanted it, and they told me our plan worked; I asked him what his team needed.';
    expect(counted(text).counts).toEqual({ proseWords: 19, youWords: 1, weWords: 2, iWords: 2, theyWords: 3, saidWords: 2, edWords: 4 });
  });
});
