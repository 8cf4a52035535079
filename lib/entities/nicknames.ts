import type { Span } from '../types';
import type { Token } from './candidates';
import type { LexiconSets } from './lexicon-sets';
import { isNameWord } from './name-words';
import type { OverlapIndex } from './overlap';

/**
 * A nickname in quotes between a given name and a surname is part of one person's name: `Henry "Hank" Arlington`,
 * `Earvin “Magic” Johnson`, `George Herman "Babe" Ruth`. Read apart, the given name and the nickname made two people, or the
 * surname a place ("Arlington"). The name opens with a listed given name (a middle one may follow), the quotes hold one or
 * two capitalised words, and a name word follows, one space on each side; its later mentions are by the surname.
 */
const NICKNAME =
  /(?<![\p{L}\d.'\u2019-])(\p{Lu}\p{Ll}+)(?: \p{Lu}\p{Ll}+)? ["\u201c\u2018](\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*)?)["\u201d\u2019] (?=\p{Lu})/gu;

export interface NicknamedName {
  span: Span;
  parts: string[];
}

export function nicknamedNames(text: string, tokens: Token[], taken: OverlapIndex, L: LexiconSets): NicknamedName[] {
  const out: NicknamedName[] = [];
  if (text.indexOf('"') < 0 && text.indexOf('\u201c') < 0 && text.indexOf('\u2018') < 0) return out;
  for (const m of nicknameMatches(text)) {
    if (!L.givenNames.has(m[1]!.toLowerCase()) || L.everyday.has(m[1]!.toLowerCase())) continue;
    const at = m.index! + m[0].length;
    // The surname: a name word, then no further capitalised word (which would make a longer name: `Jack "The Hat" McVitie Trust`).
    const k = tokens.findIndex((t) => t.start === at);
    const s = tokens[k];
    const next = tokens[k + 1];
    if (!s || !isNameWord(s) || L.lead.has(s.low)) continue;
    if (next?.cap && next.start === s.end + 1) continue;
    const span = { start: m.index!, end: s.end };
    if (!taken.overlaps(span)) out.push({ span, parts: [m[1]!, s.text] });
  }
  return out;
}

/**
 * text.matchAll(NICKNAME), tried only where a match can start. Scanned over the whole text the pattern tried every position
 * (its look-behind defeats the engine's fast skip) and was the entity stage's costliest regex on a 5,000-word page. Every match
 * holds one space and opening quote (` "`), after one or two cased words one space apart, and starts at the first of them; the
 * quotes are found with a plain scan, and the sticky pattern is tried from where those words can start, leftmost first, never
 * before the last match's end: the same matches, in the same order.
 */
const NICKNAME_AT = new RegExp(NICKNAME.source, 'uy');
const SPACE_QUOTE = / ["\u201c\u2018]/g;
const CASED = /[\p{Lu}\p{Ll}\uD800-\uDFFF]/u;

export function nicknameMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let end = 0; // (matches do not overlap: none starts before the last one's end)
  SPACE_QUOTE.lastIndex = 0;
  for (let q = SPACE_QUOTE.exec(text); q; q = SPACE_QUOTE.exec(text)) {
    // Back over the cased words before the space: letters, and one space between two words.
    let lo = q.index;
    for (let spaces = 0; lo > end; lo--) {
      const c = text[lo - 1]!;
      if (c === ' ' ? ++spaces > 1 : !CASED.test(c)) break;
    }
    for (let p = lo; p < q.index; p++) {
      NICKNAME_AT.lastIndex = p;
      const m = NICKNAME_AT.exec(text);
      if (!m) continue;
      out.push(m);
      end = p + m[0].length;
      if (SPACE_QUOTE.lastIndex < end) SPACE_QUOTE.lastIndex = end;
      break;
    }
  }
  return out;
}
