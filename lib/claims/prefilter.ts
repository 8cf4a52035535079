/**
 * Runs many cue regexes over one article without scanning the whole text once per regex.
 *
 * Each prefiltered regex declares the word prefixes its matches can start with ("accus", "alleg"). One pass over the
 * text lists the start of every ASCII word whose lower-cased beginning is one of those prefixes, per regex; the regex is
 * then tried as a sticky match at those positions only. This returns exactly what `while ((m = re.exec(text)))`
 * returns, provided every match starts at a word whose beginning is a declared prefix — which holds for regexes that
 * begin with `\b` followed by those words, or a lookbehind that puts a space or the text start before them. Matches at
 * a digit-, underscore- or letter-preceded position are simply rejected by the regex's own `\b` (the candidates are a
 * superset). tests/unit/stages-golden.test.ts and tests/unit/claims-prefilter.test.ts check the equivalence on real text.
 */

import { asciiWords, head, SLOTS } from '../text/ascii-words';

export interface Prefiltered {
  /** Lower-case prefixes every match's first word starts with; none = scan the whole text. */
  starts?: readonly string[];
  /**
   * For regexes that open on common words ("a", "the") but always contain a rarer word ("officials", "sources"): `re`
   * (global, same case flags as the rule) finds that word, and every match starts at most `groups` "word + spaces"
   * groups before it. Candidates are then every position from that far back up to the word — a superset of where a
   * match can start.
   */
  anchor?: Anchor;
}

export interface Anchor {
  re: RegExp;
  groups: number;
  /**
   * If the anchor opens a word in every match (no letter or digit before it): the lower-case beginnings (2+ letters) of what
   * `re` finds, read off the word list instead of a search by `re` of the whole text (ſ or K in the text: still `re`).
   */
  words?: readonly string[];
}

/** Sticky twins of the global regexes, made once. */
const sticky = new WeakMap<RegExp, RegExp>();
function stickyOf(re: RegExp): RegExp {
  let s = sticky.get(re);
  if (!s) sticky.set(re, (s = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  return s;
}

/**
 * The prefixes of a rule list by their first two letters, made once per list: per slot of the 26 × 26 table, parallel
 * lists of rule indices and prefixes (flat, so the per-word loop below neither destructures pairs nor allocates), and
 * the rules that have prefixes at all.
 */
interface HeadIndex {
  rules: (number[] | undefined)[];
  prefixes: (string[] | undefined)[];
  prefixRules: number[];
  /** The slots that hold a prefix. */
  slots: number[];
}
const heads = new WeakMap<readonly Prefiltered[], HeadIndex>();
function headIndex(rules: readonly Prefiltered[]): HeadIndex {
  let index = heads.get(rules);
  if (index) return index;
  index = { rules: new Array(SLOTS), prefixes: new Array(SLOTS), prefixRules: [], slots: [] };
  for (let r = 0; r < rules.length; r++) {
    if (rules[r]!.starts?.length) index.prefixRules.push(r);
    for (const p of rules[r]!.starts ?? []) {
      if (!/^[a-z]{2,}$/.test(p)) throw new Error(`prefilter prefix must be two or more lower-case letters: "${p}"`);
      const slot = head(p.charCodeAt(0), p.charCodeAt(1));
      if (!index.rules[slot]) index.slots.push(slot);
      (index.rules[slot] ??= []).push(r);
      (index.prefixes[slot] ??= []).push(p);
    }
  }
  heads.set(rules, index);
  return index;
}

let memoText: string | null = null;
let memoGen = -1;
/** The words of memoText (lib/text/ascii-words.ts: shared with the quote cues, which read the same text first). */
let words: Int32Array = new Int32Array(0);
let wordsEnd = 0;
/**
 * The same words by slot (their offsets in `words`, in text order within a slot: bySlot[slotFrom[s] … slotFrom[s + 1]))
 * and the folded ones: a rule list reads only the words of its prefixes' slots, not every word of the text once per list.
 */
let bySlot = new Int32Array(4096);
const slotFrom = new Int32Array(SLOTS + 1);
const slotFill = new Int32Array(SLOTS);
const folded: number[] = [];
/** Anchor candidates of memoText, per anchor regex and group count (two rules may share an anchor). */
const memoAnchors = new Map<RegExp, Map<number, number[]>>();

/**
 * Reads the words of `text` (flat quadruples [start, length, folded, slot], see lib/text/ascii-words.ts) and sorts them by
 * slot. Remembered for the last text, as the claim cues and both source scans ask for it in a row.
 */
function readWords(text: string): void {
  const w = asciiWords(text);
  if (text === memoText && w.gen === memoGen) return;
  memoGen = w.gen;
  memoAnchors.clear();
  words = w.data;
  wordsEnd = w.end;
  memoText = text;
  bySlots();
}

/** Fills bySlot, slotFrom and folded from the words (a counting sort by slot). */
function bySlots(): void {
  if (bySlot.length < wordsEnd / 4) bySlot = new Int32Array(wordsEnd / 2);
  slotFrom.fill(0);
  folded.length = 0;
  for (let w = 0; w < wordsEnd; w += 4) {
    if (words[w + 2]) folded.push(w);
    else if (words[w + 3]! >= 0) slotFrom[words[w + 3]! + 1]!++;
  }
  for (let s = 0; s < SLOTS; s++) slotFrom[s + 1]! += slotFrom[s]!;
  slotFill.set(slotFrom.subarray(0, SLOTS));
  for (let w = 0; w < wordsEnd; w += 4) if (!words[w + 2] && words[w + 3]! >= 0) bySlot[slotFill[words[w + 3]!]!++] = w;
}

/** Candidate start positions per regex (parallel to `rules`; null = no prefilter, scan all). */
export function candidateStarts(text: string, rules: readonly Prefiltered[]): (number[] | null)[] {
  readWords(text);
  const out: (number[] | null)[] = rules.map((r) => (r.starts?.length ? [] : r.anchor ? anchorsOf(text, r.anchor) : null));
  const index = headIndex(rules);
  const all = index.prefixRules;
  for (const w of folded) for (const r of all) out[r]!.push(words[w]!);
  for (const slot of index.slots) {
    const ps = index.prefixes[slot]!;
    const rs = index.rules[slot]!;
    for (let k = slotFrom[slot]!; k < slotFrom[slot + 1]!; k++) readWord(text, bySlot[k]!, ps, rs, out);
  }
  // (Read slot by slot: each rule's starts back in text order. A word is in one slot, so none is there twice.)
  for (const r of all) out[r]!.sort((a, b) => a - b);
  return out;
}

/** The rules of the prefixes (`ps`, parallel to `rs`) the word at `w` starts with get its start. */
function readWord(text: string, w: number, ps: string[], rs: number[], out: (number[] | null)[]): void {
  const start = words[w]!;
  const len = words[w + 1]!;
  for (let j = 0; j < ps.length; j++) {
    const p = ps[j]!;
    if (p.length > len) continue;
    let ok = true;
    for (let k = 2; k < p.length; k++) {
      if ((text.charCodeAt(start + k) | 32) !== p.charCodeAt(k)) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const cands = out[rs[j]!]!;
    if (cands[cands.length - 1] !== start) cands.push(start);
  }
}

const SPACE = /\s/u;
const WORDISH = /[\p{L}\p{N}\p{M}.'\u2019-]/u;

/** SPACE.test(text[i]) with an ASCII fast path (this walks back over words, char by char). */
function spaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i]!);
}

/** WORDISH.test(text[i]) with an ASCII fast path. */
function wordishAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 46 || c === 39 || c === 45;
  return WORDISH.test(text[i]!);
}

/** anchorCandidates(text, anchor), once per text, anchor regex and group count (text is memoText). */
function anchorsOf(text: string, anchor: Anchor): number[] {
  let byGroups = memoAnchors.get(anchor.re);
  if (!byGroups) memoAnchors.set(anchor.re, (byGroups = new Map()));
  let out = byGroups.get(anchor.groups);
  if (out) return out;
  const at = anchor.words && !folded.length ? wordAnchors(text, anchor.words) : regexAnchors(text, anchor.re);
  byGroups.set(anchor.groups, (out = anchorCandidates(text, anchor.groups, at)));
  return out;
}

/** Where `re` (global) matches in `text`, overlapping matches too, ascending. */
function regexAnchors(text: string, re: RegExp): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return out;
}

/** The starts of the words of memoText beginning with one of `prefixes` (any case), ascending (twice is harmless). */
function wordAnchors(text: string, prefixes: readonly string[]): number[] {
  const out: number[] = [];
  for (const p of prefixes) {
    const slot = head(p.charCodeAt(0), p.charCodeAt(1));
    for (let k = slotFrom[slot]!; k < slotFrom[slot + 1]!; k++) {
      const w = bySlot[k]!;
      if (startsWith(text, words[w]!, words[w + 1]!, p)) out.push(words[w]!);
    }
  }
  return out.sort((a, b) => a - b);
}

/** The word text[start, start + len) begins with lower-case `p` in any case (its first two letters known to match). */
function startsWith(text: string, start: number, len: number, p: string): boolean {
  if (p.length > len) return false;
  for (let k = 2; k < p.length; k++) if ((text.charCodeAt(start + k) | 32) !== p.charCodeAt(k)) return false;
  return true;
}

/** Every position from `groups` word-and-space groups before each anchor (`anchors`, ascending) up to it, ascending. */
function anchorCandidates(text: string, groups: number, anchors: number[]): number[] {
  const out: number[] = [];
  for (let a = 0; a < anchors.length; a++) {
    const at = anchors[a]!;
    let pos = at;
    for (let g = 0; g < groups; g++) {
      while (pos > 0 && spaceAt(text, pos - 1)) pos--;
      while (pos > 0 && wordishAt(text, pos - 1)) pos--;
    }
    // Room for what opens the match before its first word: a space run and a punctuation mark.
    while (pos > 0 && spaceAt(text, pos - 1)) pos--;
    pos = Math.max(0, pos - 1);
    for (let i = Math.max(pos, out.length ? out[out.length - 1]! + 1 : 0); i <= at; i++) out.push(i);
  }
  return out;
}

/**
 * The matches of global regex `re` in `text`, in order — the same list as the usual `exec` loop — tried only at
 * `candidates` when given. (A list, not a generator: all of them are read, and the caller may use `re` itself while reading them.)
 */
export function matchesOf(re: RegExp, text: string, candidates: number[] | null): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (!candidates) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) out.push(m);
    return out;
  }
  const s = stickyOf(re);
  const edge = edgeOf(re);
  let next = 0; // like lastIndex after a global match: matches never overlap
  for (let i = 0; i < candidates.length; i++) {
    const at = candidates[i]!;
    if (at < next) continue;
    if (edge && isWordAt(text, at - 1, edge) === isWordAt(text, at, edge)) continue; // no \b there: the regex cannot match
    s.lastIndex = at;
    const m = s.exec(text);
    if (!m) continue;
    next = at + Math.max(1, m[0].length);
    out.push(m);
  }
  return out;
}

/**
 * For a regex whose every match opens with `\b` (its source starts with it, outside any alternative): how it reads \w —
 * 2 with the `i` and `u` flags (ſ and K are word characters then), else 1 — or 0 for any other regex. matchesOf skips
 * candidates where no word boundary stands: an anchor's candidates are every position of a stretch, most of them inside
 * words, and a sticky try costs as much where it fails.
 */
const edges = new WeakMap<RegExp, number>();
function edgeOf(re: RegExp): number {
  let e = edges.get(re);
  if (e === undefined)
    edges.set(re, (e = re.source.startsWith('\\b') && !topLevelAlternative(re.source) ? (re.ignoreCase && /[uv]/.test(re.flags) ? 2 : 1) : 0));
  return e;
}

/** The source has a `|` outside every group and class ("\bfoo|bar": its second alternative need not open on \b). */
function topLevelAlternative(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** text[i] is a \w character as the regex reads it (`edge` 2: also ſ and K); false outside the text. */
function isWordAt(text: string, i: number, edge: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95;
  return edge === 2 && (c === 0x17f || c === 0x212a);
}
