import type { QuoteResult, Span } from '../types';
import { TOPIC_STOPWORDS } from '../text/words';
import { ATTRIBUTION_VERBS, speechAlternation } from '../text/speech-verbs';

/**
 * Contradictions inside one article: two statements by different speakers about the same thing,
 * one affirmative and one negated ("the troops could leave X for Y" / "troops from X will not go
 * to Y"). "The same thing" is approximated by shared content words: at least one name and at least
 * one ordinary content word, so that two statements merely mentioning the same two countries
 * (common in foreign news) do not pair up.
 */
export interface Statement extends Span {
  /** Normalised speaker key; statements by the same speaker never contradict each other. */
  speaker: string;
}

export interface ContradictionPair {
  a: number; // index into statements
  b: number;
}

/** Words too common to tell what a statement is about (lib/text/words.ts; exported for tests). */
export const STOP: ReadonlySet<string> = TOPIC_STOPWORDS;

const NEGATION = /\b(?:not|never|no|none|nobody|nothing|neither|nor|cannot|den(?:y|ies|ied))\b|\w(?:n['\u2019]t)\b/i;

export interface Words {
  names: Set<string>;
  common: Set<string>;
}

const LETTER = /^\p{L}$/u;
const UPPER_START = /^\p{Lu}/u;

/** Width (1 or 2 code units) of the letter at i, or 0: /\p{L}/u with an ASCII fast path. */
function letterAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0; // (past the end: not read, as compiled code deopts on an out-of-bounds read)
  const c = text.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) return LETTER.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  return LETTER.test(text[i]!) ? 1 : 0;
}

/**
 * The words of a statement as /[\p{L}][\p{L}'\u2019-]*\/gu finds them, scanned by hand: every
 * statement of the article passes through here, and a match object per word was most of the cost.
 */
export function contentWords(text: string, speaker: string): Words {
  const names = new Set<string>();
  const common = new Set<string>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = letterAt(text, i);
    if (!w) {
      i++;
      continue;
    }
    const start = i;
    let ascii = w === 1 && text.charCodeAt(i) < 128;
    let upper = false;
    i += w;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 39 || c === 45) i++;
      else if (c === 0x2019) {
        ascii = false;
        i++;
      } else if ((w = letterAt(text, i))) {
        if (c >= 128) ascii = false;
        i += w;
      } else break;
    }
    let key: string;
    if (ascii) {
      // ASCII words (most of them): lower-casing keeps the length, so short words and the
      // possessive are settled on the indices, and only words with a capital are lower-cased.
      let end = i;
      if (end - start >= 2 && (text.charCodeAt(end - 1) | 32) === 115 /* s */ && text.charCodeAt(end - 2) === 39) end -= 2;
      if (end - start < 3) continue;
      for (let k = start; k < end; k++) {
        const c = text.charCodeAt(k);
        if (c >= 65 && c <= 90) {
          upper = true;
          break;
        }
      }
      key = upper ? text.slice(start, end).toLowerCase() : text.slice(start, end);
    } else {
      key = text.slice(start, i).toLowerCase();
      // A final possessive "'s" / "’s" is not part of the word.
      const kl = key.length;
      if (kl >= 2 && key.charCodeAt(kl - 1) === 115 /* s */ && (key.charCodeAt(kl - 2) === 39 || key.charCodeAt(kl - 2) === 0x2019)) key = key.slice(0, -2);
      if (key.length < 3) continue;
    }
    if (STOP.has(key) || key === speaker) continue;
    if (key.length > 4 && key.endsWith('s') && !key.endsWith('ss')) key = key.slice(0, -1); // troops ~ troop
    // Capitalised words count as names (a sentence-initial capital mostly is one in quoted claims).
    const c0 = text.charCodeAt(start);
    if (c0 < 128 ? c0 >= 65 && c0 <= 90 : UPPER_START.test(text.slice(start, i))) names.add(key);
    else common.add(key);
  }
  return { names, common };
}

const NO_WORDS: Words = { names: new Set(), common: new Set() };

/**
 * Two statements are about the same thing when they share at least one name AND at least one
 * ordinary content word (two statements merely mentioning the same two countries do not pair),
 * at least MIN_SHARED words in all, and those make up at least SHARE_OF_SHORTER of the shorter
 * statement's words and SHARE_OF_LONGER of the longer one's: a short denial ("troops from Belarus will not go to Ukraine") shares all
 * of its words with the claim it denies, while two unrelated statements of a long article share
 * a name and a word or two by chance. Checked on the judged fixture (tests/fixtures/
 * claims-judged.json) and on every pair produced over polnear-dev and scrapinghub, not on the
 * seed: the old test (one name, one word, three in all) paired 11 statements in the fixture's
 * sentences, none right; this one pairs 3 in polnear-dev and scrapinghub (0 right: the kind stays
 * below the precision target, reported by `npm run eval`), and keeps the seed's pair.
 */
const MIN_SHARED = 3;
const SHARE_OF_SHORTER = 0.5;
const SHARE_OF_LONGER = 1 / 3;
/** (The five tests as one least margin: chained with &&, the later ones never ran on short pages, and the first long article that reached them threw away the compiled findContradictions for want of their feedback.) */
function sameSubject(sharedNames: number, sharedCommon: number, shorter: number, longer: number): boolean {
  const shared = sharedNames + sharedCommon;
  return Math.min(sharedNames - 1, sharedCommon - 1, shared - MIN_SHARED, shared - SHARE_OF_SHORTER * shorter, shared - SHARE_OF_LONGER * longer) >= 0;
}

/**
 * A pull-quote or a repeated line is not a second statement: one statement's words (as
 * lower-case letter runs) appear in order inside the other's.
 */
function isRepeat(text: string, a: Span, b: Span): boolean {
  const norm = (s: Span) =>
    ' ' +
    (
      text
        .slice(s.start, s.end)
        .toLowerCase()
        .match(/\p{L}+/gu) ?? []
    ).join(' ') +
    ' ';
  const x = norm(a);
  const y = norm(b);
  return x.length < y.length ? y.includes(x) : x.includes(y);
}

/**
 * An infinitive complement is a request or a plan, not an assertion: "asked him to investigate
 * the rival" reports no claim that a denial could contradict (the one tuning-half pair judged
 * over polnear-dev and scrapinghub was such a fragment against a denial).
 */
const INFINITIVE = /^[\s"\u201c]*to\s+\p{Ll}/u;

export function findContradictions(text: string, statements: Statement[]): ContradictionPair[] {
  if (statements.length < 2) return []; // no pair in fewer than two
  // (Typed arrays: one shape on every article; booleans mapped into an array deopted the compiled function.)
  const negative = new Uint8Array(statements.length);
  const asserts = new Uint8Array(statements.length);
  for (let i = 0; i < statements.length; i++) {
    const said = text.slice(statements[i]!.start, statements[i]!.end);
    negative[i] = NEGATION.test(said) ? 1 : 0;
    asserts[i] = INFINITIVE.test(said) ? 0 : 1;
  }
  // A pair is one affirmative and one negated statement by different speakers. A statement with no such
  // partner is in no pair, so its words (the costly part) are not read: none when none or all are negated.
  const bySpeaker = [new Map<string, number>(), new Map<string, number>()]; // [affirmative, negated]
  const total = [0, 0];
  statements.forEach((s, i) => {
    const p = negative[i] ? 1 : 0;
    bySpeaker[p]!.set(s.speaker, (bySpeaker[p]!.get(s.speaker) ?? 0) + 1);
    total[p]!++;
  });
  // Pushed, not mapped: a mapped array's shape varied between articles, and the compiled function deopted on it.
  const info: { words: Words; negative: boolean }[] = [];
  statements.forEach((s, i) => {
    const other = negative[i] ? 0 : 1;
    const partners = total[other]! - (bySpeaker[other]!.get(s.speaker) ?? 0);
    info.push({ words: partners > 0 && asserts[i] ? contentWords(text.slice(s.start, s.end), s.speaker) : NO_WORDS, negative: negative[i] === 1 });
  });
  // Which statements hold each word, as a name and as a common word (ascending statement order).
  // Counting shared words through these lists visits only pairs that share something, instead of
  // intersecting the word sets of every pair: quadratic work on a long article.
  const asName = new Map<string, number[]>();
  const asCommon = new Map<string, number[]>();
  const post = (map: Map<string, number[]>, w: string, i: number) => {
    const list = map.get(w);
    if (list) list.push(i);
    else map.set(w, [i]);
  };
  info.forEach((inf, i) => {
    for (const w of inf.words.names) post(asName, w, i);
    for (const w of inf.words.common) post(asCommon, w, i);
  });

  const n = statements.length;
  const names = new Int32Array(n);
  const common = new Int32Array(n);
  const pairs: ContradictionPair[] = [];
  for (let a = 0; a < n; a++) {
    const ia = info[a]!;
    const touched: number[] = [];
    // Shared words with later statements of the other polarity (the only pairs that can qualify).
    const count = (list: number[] | undefined, into: Int32Array) => {
      if (!list) return;
      for (const b of list) {
        if (b <= a || info[b]!.negative === ia.negative) continue;
        if (names[b] === 0 && common[b] === 0) touched.push(b);
        into[b]!++;
      }
    };
    // names: name∩name + name∩common + common∩name; common: common∩common.
    for (const w of ia.words.names) {
      count(asName.get(w), names);
      count(asCommon.get(w), names);
    }
    for (const w of ia.words.common) {
      count(asName.get(w), names);
      count(asCommon.get(w), common);
    }
    touched.sort((x, y) => x - y);
    const sa = statements[a]!;
    const sizeA = ia.words.names.size + ia.words.common.size;
    for (const b of touched) {
      const nb = names[b]!;
      const cb = common[b]!;
      names[b] = 0;
      common[b] = 0;
      const sb = statements[b]!;
      if (sa.speaker === sb.speaker) continue;
      if (sa.start < sb.end && sb.start < sa.end) continue; // overlapping spans are one statement
      const ib = info[b]!;
      const sizeB = ib.words.names.size + ib.words.common.size;
      if (sameSubject(nb, cb, Math.min(sizeA, sizeB), Math.max(sizeA, sizeB)) && !isRepeat(text, sa, sb)) pairs.push({ a, b });
    }
  }
  return pairs;
}

/** A speaker key: the dataset id when known, else the head word of the speaker's name. */
function speakerKey(name: string, entityId: string | null): string {
  if (entityId) return entityId;
  const words = name.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words[words.length - 1] ?? name.toLowerCase();
}

export function statementsFromQuotes(quotes: QuoteResult[]): Statement[] {
  const out: Statement[] = [];
  for (const q of quotes) {
    if (!q.speaker) continue;
    out.push({ start: q.start, end: q.end, speaker: speakerKey(q.speaker.name, q.speaker.entityId) });
  }
  return out;
}

/** Past and present forms of the verbs that hand a statement to its speaker (lib/text/speech-verbs.ts). */
const SAY = speechAlternation(ATTRIBUTION_VERBS, 'finite');
const PRONOUN = /^(?:he|she|they|it|we|i|you|this|that)$/i;
const subjectBefore = new RegExp(`([\\p{L}.'\u2019-]+)\\s+(?:(?:also|later|then|had|has|have)\\s+)?${SAY}\\b`, 'gu');
const tail = new RegExp(`,\\s+((?:an?|the|one|two|several)?\\s*(?:[\\p{L}.'\u2019-]+\\s+){0,4}?[\\p{L}.'\u2019-]+)\\s+${SAY}\\b`, 'u');

/**
 * Fallback when lib/quotes found nothing: direct quotations with the subject of the nearest
 * reporting verb in their sentence, and clauses ending in ", <speaker> said/told …".
 */
export function statementsFromText(text: string, clauses: Span[], sentences: Span[]): Statement[] {
  const out: Statement[] = [];
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    const quoteRe = /[\u201c"]([^\u201d"\n]{12,600})[\u201d"]/g;
    let m: RegExpExecArray | null;
    while ((m = quoteRe.exec(body))) {
      let speaker: string | null = null;
      subjectBefore.lastIndex = 0;
      let v: RegExpExecArray | null;
      let bestDist = Infinity;
      while ((v = subjectBefore.exec(body))) {
        const dist = Math.abs(v.index - m.index);
        if (dist < bestDist && !PRONOUN.test(v[1]!)) {
          bestDist = dist;
          speaker = v[1]!.toLowerCase();
        }
      }
      if (speaker) out.push({ start: s.start + m.index + 1, end: s.start + m.index + m[0].length - 1, speaker });
    }
  }
  for (const c of clauses) {
    const body = text.slice(c.start, c.end);
    const m = tail.exec(body);
    if (!m || m.index < 20) continue;
    const words = m[1]!.split(/\s+/);
    const head = words[words.length - 1]!;
    if (PRONOUN.test(head)) continue;
    out.push({ start: c.start, end: c.start + m.index, speaker: head.toLowerCase() });
  }
  return out;
}
