import type { Span } from '../types';

/**
 * Direct quotations found by pairing quotation marks. `start`/`end` are the text INSIDE the marks;
 * `open`/`close` are the positions of the marks themselves (`close` is the closing mark's index).
 * A multi-paragraph quote (an opening mark on each paragraph, one closing mark at the end, the
 * newspaper convention) is one span from the first opening to the final closing mark.
 */
export interface QuoteMarks extends Span {
  open: number;
  close: number;
}

const DOUBLE_OPEN = new Set(['\u201c', '\u201e', '\u00ab']); // “ „ «
const DOUBLE_CLOSE = new Set(['\u201d', '\u00bb']); // ” »
const LETTER = /[\p{L}\p{N}]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/** A mark opens a quote when it is not glued to a preceding word ("said "x"" vs "x" ,). */
function opensHere(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1]! : '\n';
  const after = text[i + 1];
  return !isLetter(before) && !/[.,;:!?)\]]/.test(before) && after !== undefined && !/\s/.test(after);
}

/**
 * Some wires write a double quote as two apostrophes (''like this''). Rewrite each pair into one
 * straight double mark plus a space, keeping every offset: an opening pair becomes ' "', a closing
 * pair '" ', so the pairing rules below see an ordinary straight quote.
 */
export function normalizeMarks(text: string): string {
  if (!text.includes("''")) return text;
  return text.replace(/''/g, (_m, at: number) => {
    const before = at > 0 ? text[at - 1]! : ' ';
    return /[\s(\[\u2014-]/.test(before) ? ' "' : '" ';
  });
}

export function findQuoteMarks(raw: string): QuoteMarks[] {
  const text = normalizeMarks(raw);
  const out: QuoteMarks[] = [];
  let dOpen = -1; // position of the open double mark, -1 when outside
  let dFirst = -1; // first opening mark of a (possibly multi-paragraph) quote
  let sOpen = -1; // open single mark (only tracked outside double quotes: nested ones are part of the outer quote)

  // Jump from one mark (or newline) to the next: most characters cannot matter.
  const INTERESTING = /["'\n\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb]/g;
  for (let i = 0; i < text.length; i++) {
    INTERESTING.lastIndex = i;
    const hit = INTERESTING.exec(text);
    if (!hit) break;
    i = hit.index;
    const ch = text[i]!;
    if (ch === '\n') {
      sOpen = -1; // a single mark never spans paragraphs: it was an apostrophe
      if (dOpen >= 0) {
        // Multi-paragraph quote: continue only if the next paragraph opens with a quote mark.
        let k = i + 1;
        while (k < text.length && /\s/.test(text[k]!)) k++;
        const next = text[k];
        if (next !== undefined && (DOUBLE_OPEN.has(next) || next === '"')) {
          dOpen = k;
          i = k;
          continue;
        }
        // Unbalanced: end the quote at the paragraph end so one stray mark does not swallow the article.
        let e = i;
        while (e > dOpen + 1 && /\s/.test(text[e - 1]!)) e--;
        if (e > dFirst + 1) out.push({ start: dFirst + 1, end: e, open: dFirst, close: e });
        dOpen = dFirst = -1;
      }
      continue;
    }
    if (dOpen < 0) {
      if (DOUBLE_OPEN.has(ch) || (ch === '"' && opensHere(text, i))) {
        dOpen = dFirst = i;
        sOpen = -1;
        continue;
      }
      // Single marks used as quotation marks (British style, headlines): ‘…’ or '…'.
      if ((ch === '\u2018' || ch === "'") && sOpen < 0 && opensHere(text, i)) {
        sOpen = i;
        continue;
      }
      if ((ch === '\u2019' || ch === "'") && sOpen >= 0 && !isLetter(text[i + 1]) && i > sOpen + 1) {
        // "the students' votes": a plural possessive closes nothing if a letter-word follows without
        // punctuation and the quote would be a single word; accept the small risk otherwise.
        out.push({ start: sOpen + 1, end: i, open: sOpen, close: i });
        sOpen = -1;
      }
      continue;
    }
    // Inside a double quote: only the matching close ends it.
    if (DOUBLE_CLOSE.has(ch) || (ch === '"' && !(dOpen === i))) {
      if (ch === '"' && opensHere(text, i) && isLetter(text[i - 1]) === false && /\s/.test(text[i - 1] ?? '')) {
        // A straight mark after a space followed by a word opens a new quote: the previous
        // one was never closed (typo in the source). End it at the space.
        out.push({ start: dFirst + 1, end: i - 1, open: dFirst, close: i - 1 });
        dOpen = dFirst = i;
        continue;
      }
      out.push({ start: dFirst + 1, end: i, open: dFirst, close: i });
      dOpen = dFirst = -1;
    }
  }
  if (dOpen >= 0 && text.length > dFirst + 1) {
    out.push({ start: dFirst + 1, end: text.length, open: dFirst, close: text.length });
  }
  // Trim the spaces that normalisation (or sloppy copy) leaves inside the marks.
  for (const q of out) {
    while (q.start < q.end && /\s/.test(text[q.start]!)) q.start++;
    while (q.end > q.start && /\s/.test(text[q.end - 1]!)) q.end--;
  }
  return out.filter((q) => q.end > q.start);
}
