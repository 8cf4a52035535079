/** How a card line is kept whole: parentheses balanced, a long line cut where a reader expects it; sources' names. */
import type { Dataset } from '../types';

/** Parentheses closed and opened in order: an unmatched ")" goes, an unclosed "(" is closed. */
export function balance(s: string): string {
  // Most lines are balanced already: checked by char code, without rebuilding the string a
  // character at a time (cards are built for every dataset entity of every article).
  if (balanced(s)) return s;
  let depth = 0;
  let out = '';
  for (const ch of s) {
    if (ch === ')' && depth === 0) continue;
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    out += ch;
  }
  return out + ')'.repeat(depth);
}

/** No ")" before its "(" and none left open: balance(s) === s. */
function balanced(s: string): boolean {
  let depth = 0;
  for (let i = s.indexOf('('), j = s.indexOf(')'); i >= 0 || j >= 0;) {
    if (j < 0 || (i >= 0 && i < j)) {
      depth++;
      i = s.indexOf('(', i + 1);
    } else {
      if (--depth < 0) return false;
      j = s.indexOf(')', j + 1);
    }
  }
  return depth === 0;
}

/** A hover line stays a line: a long list is cut at an item boundary (the popup shows it whole). */
export function clip(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = Math.max(text.lastIndexOf(', ', max - 2), text.lastIndexOf('; ', max - 2));
  // With no item boundary, at a word boundary: no word is cut in two.
  const word = text.lastIndexOf(' ', max - 2);
  return balance(cut >= max / 2 ? `${text.slice(0, cut)}, …` : `${text.slice(0, word >= max / 2 ? word : max - 2)} …`);
}

/** sources[k]'s name, or k. */
export function sourceName(sources: Dataset['sources'], k: string): string {
  return sources[k]?.name ?? k;
}

/** A source's short name: before a parenthesis or a lower-case word ("Wikidata"). */
export function shortName(sources: Dataset['sources'], k: string): string {
  const name = sourceName(sources, k);
  return name.replace(/\s*\(.*$/, '').replace(/ (?!(?:for|of|and|the)\b)[a-z].*$/, '') || name;
}

/** "1 time", "3 times". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
