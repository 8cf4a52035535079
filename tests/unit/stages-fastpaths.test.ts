/**
 * The speed work of issue #7 replaced regex scans with hand-written loops and skipped regexes that
 * cannot match. Each fast path must return exactly what the regex it replaced returned: checked
 * here against the previous code, kept below as the reference, on generated strings full of the
 * edge cases (astral letters, lone surrogates, Unicode spaces, curly apostrophes) and, when
 * ../shared is present, on every prefix of real article text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flagEmoji, formatDate } from '../../lib/card';
import { contentWords, STOP } from '../../lib/claims/contradiction';
import { wordBeforeSpace } from '../../lib/entities/article-people';
import { subjectSlot } from '../../lib/quotes/speaker';
import { splitSentences } from '../../lib/text/sentences';
import type { Span } from '../../lib/types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.resolve(ROOT, '../shared');
const POLNEAR = path.join(SHARED, 'nlp/polnear-dev/text');

// ---- references: the code before the fast paths ---------------------------------------------

const refWordBeforeSpace = (s: string) => /([\p{L}.]+)\s$/u.exec(s)?.[1];

function refContentWords(text: string, speaker: string, stop: (k: string) => boolean) {
  const names = new Set<string>();
  const common = new Set<string>();
  for (const m of text.matchAll(/[\p{L}][\p{L}'\u2019-]*/gu)) {
    const w = m[0];
    let key = w.toLowerCase().replace(/['\u2019]s$/, '');
    if (key.length < 3 || stop(key) || key === speaker) continue;
    if (key.length > 4 && key.endsWith('s') && !key.endsWith('ss')) key = key.slice(0, -1);
    if (/^\p{Lu}/u.test(w)) names.add(key);
    else common.add(key);
  }
  return { names: [...names], common: [...common] };
}

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const BETWEEN_RE = new RegExp(
  [
    `\\s+(?:also|later|previously|earlier|again|then|once|recently|often|long|now|first|always|usually|never|ever|since|just|isn't|wasn't|aren't|weren't|doesn't|didn't|don't|won't|hasn't|haven't|hadn't|is|are|was|were|repeatedly|publicly|privately|reportedly|allegedly|simply|only|never|still|already|even|has|have|had|would|will|could|can|may|might|did|does|do|not|had|[a-z]+ly)$`,
    `\\s+(?:on\\s+|late\\s+|early\\s+|late on\\s+|early on\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?$`,
    `\\s+(?:last|this)\\s+(?:week|month|year|weekend|${WEEKDAY})$`,
    `\\s+(?:yesterday|today|tonight)$`,
    `\\s*\\([^()]{0,40}\\)$`,
    `\\s+(?:in|on)\\s+(?:a|an|the)\\s+(?:[\\w'’-]+\\s+){0,3}(?:statement|interview|post|tweet|speech|letter|email)$`,
  ].join('|'),
  'u',
);
const PASSIVE_RE = /\s+(?:was|were|been|being|is|are|be|get|got)$/;

/** subjectSlot's adverb/time/passive stripping as it was: both regexes on every step. */
function refStripped(masked: string, lo: number, cueStart: number): { left: string; passive: boolean } {
  let left = masked.slice(lo, cueStart).replace(/\s+$/, '');
  let passive = false;
  for (let guard = 0; guard < 8; guard++) {
    const padded = ' ' + left;
    const pm = PASSIVE_RE.exec(padded);
    const m = pm ?? BETWEEN_RE.exec(padded);
    if (!m) break;
    if (pm) passive = true;
    left = padded.slice(1, Math.max(1, m.index)).replace(/\s+$/, '');
  }
  return { left, passive };
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr rev hon pres vs etc inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec no fig approx est dept univ ave blvd mt ft'.split(
    ' ',
  ),
);
const CLOSERS = new Set(['"', '\u201d', '\u2019', "'", ')', ']', '\u00bb']);

function refSplitSentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < to && CLOSERS.has(text[j]!)) j++;
    if (j < to && !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < to && text[k] === ' ') k++;
    if (k < to && text[k] !== '\n') {
      if (!/[\p{Lu}\p{N}"\u201c\u2018'(\u00ab]/u.test(text[k]!)) continue;
    }
    if (ch === '.') {
      let w = i - 1;
      while (w >= from && /[\p{L}.]/u.test(text[w]!)) w--;
      const word = text.slice(w + 1, i);
      if (ABBREVIATIONS.has(word.replace(/\./g, '').toLowerCase())) continue;
      if (/^\p{Lu}$/u.test(word)) continue;
      if (/^(\p{L}\.)+\p{L}$/u.test(word)) {
        if (!/^(The|A|An|In|On|It|He|She|They|We|But|And|This|That|"|\u201c)\b/.test(text.slice(k, k + 12))) continue;
      }
    }
    push(j);
  }
  push(to);
  return out;
}

// ---- generated strings ------------------------------------------------------------------------

const EDGE_CHARS = [
  'a',
  'Z',
  's',
  'S',
  '.',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u2028',
  "'",
  '\u2019',
  '-',
  '1',
  'é',
  'İ',
  'ß',
  'ǅ',
  '\u0301',
  '𝐀',
  '𝐚',
  '😀',
  '\uD835',
  '\uDC00',
  '"',
  '\u201c',
  '(',
  ')',
  '!',
  '?',
];
const chars = (max: number) => fc.array(fc.constantFrom(...EDGE_CHARS), { maxLength: max }).map((a) => a.join(''));

const PHRASE_WORDS = [
  'he',
  'was',
  'is',
  'also',
  'reportedly',
  'quickly',
  'Monday',
  'on',
  'late on',
  'morning',
  'last',
  'week',
  'in',
  'a',
  'the',
  'statement',
  'Smith',
  'John',
  ',',
  '"',
  '\uE000',
  '(AP)',
  '(',
  ')',
  "isn't",
  'isn’t',
  'and',
  'who',
  'get',
  'being',
  'tonight',
  'ly',
  'only',
  'x)',
  'tweet',
  'U.S.',
  'Sen.',
  'Mr.',
  'J.',
  'No.',
  '3.5',
  '—',
];
const SEPS = [' ', '', '  ', '\t', '\u00a0', '. ', '.\n', '! ', '? ', '." '];
const phrases = fc.array(fc.tuple(fc.constantFrom(...PHRASE_WORDS), fc.constantFrom(...SEPS)), { maxLength: 16 }).map((a) => a.map(([w, s]) => w + s).join(''));

/** Real article texts from ../shared (a few), or none. */
function realTexts(): string[] {
  if (!existsSync(POLNEAR)) return [];
  return readdirSync(POLNEAR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, 6)
    .map((f) => readFileSync(path.join(POLNEAR, f), 'utf8'));
}

// ---- tests ------------------------------------------------------------------------------------

describe('fast paths equal the regexes they replaced', () => {
  it('wordBeforeSpace ≡ /([\\p{L}.]+)\\s$/u', () => {
    expect(wordBeforeSpace('said analyst ')).toBe('analyst');
    expect(wordBeforeSpace('by Dr. ')).toBe('Dr.');
    expect(wordBeforeSpace('by 𝐀b ')).toBe('𝐀b');
    expect(wordBeforeSpace('analyst')).toBeUndefined();
    fc.assert(
      fc.property(chars(24), (s) => wordBeforeSpace(s) === refWordBeforeSpace(s)),
      { numRuns: 20_000 },
    );
  });

  it('contentWords ≡ the matchAll scan', () => {
    const got = contentWords("The troops' leader, Acme's chief, said the troops will not go; 𝐀cme’s 'quoted' re-run", 'leader');
    // Words start on a letter; a possessive "'s" goes, a bare trailing apostrophe stays.
    expect([...got.names]).toEqual(['acme', '𝐀cme']);
    expect([...got.common]).toEqual(["troops'", 'chief', 'troop', "quoted'", 're-run']);
    const same = (t: string, speaker: string) => {
      const want = refContentWords(t, speaker, (k) => STOP.has(k));
      const have = contentWords(t, speaker);
      return JSON.stringify([[...have.names], [...have.common]]) === JSON.stringify([want.names, want.common]);
    };
    fc.assert(fc.property(fc.oneof(chars(30), phrases), fc.constantFrom('', 'smith', 'said'), same), { numRuns: 20_000 });
  });

  it('subjectSlot strips adverbs, times and passives as the two regexes did', () => {
    const check = (s: string, lo: number) => {
      const slot = subjectSlot(s, lo, s.length);
      const ref = refStripped(s, lo, s.length);
      expect(slot.passive).toBe(ref.passive);
      expect(slot.to).toBe(lo + ref.left.length);
    };
    check('the official also reportedly', 0);
    check('Smith, who was', 0);
    check('He (AP)', 0);
    fc.assert(
      fc.property(phrases, fc.nat(4), (s, lo) => {
        check(s, Math.min(lo, s.length));
      }),
      { numRuns: 20_000 },
    );
  });

  it('splitSentences ≡ its regex-per-character version', () => {
    expect(splitSentences('Sen. Smith left. He said "no." Then U.S. troops came.')).toEqual(
      refSplitSentences('Sen. Smith left. He said "no." Then U.S. troops came.'),
    );
    fc.assert(
      fc.property(fc.oneof(phrases, chars(40)), (s) => {
        expect(splitSentences(s)).toEqual(refSplitSentences(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('card formatters: memoised answers equal fresh ones', () => {
    expect(formatDate('1994-07-20')).toBe('20 July 1994');
    expect(formatDate('1994-07-20')).toBe('20 July 1994');
    expect(formatDate('2023-08')).toBe('August 2023');
    expect(formatDate('soon')).toBe('soon');
    expect(flagEmoji('by')).toBe('🇧🇾');
    expect(flagEmoji('BY')).toBe('🇧🇾');
    expect(flagEmoji('BYE')).toBeUndefined();
    expect(flagEmoji('BYE')).toBeUndefined();
    expect(flagEmoji(undefined)).toBeUndefined();
  });
});

describe.skipIf(realTexts().length === 0)('fast paths on real text (../shared/nlp/polnear-dev; skipped when absent)', () => {
  const texts = realTexts();

  it('wordBeforeSpace and subjectSlot on every 40-character window', () => {
    for (const t of texts) {
      for (let i = 1; i < t.length; i++) {
        const s = t.slice(Math.max(0, i - 40), i);
        if (wordBeforeSpace(s) !== refWordBeforeSpace(s)) expect(wordBeforeSpace(s)).toBe(refWordBeforeSpace(s));
        if (i % 3 === 0) {
          const lo = Math.max(0, i - 120);
          const slot = subjectSlot(t, lo, i);
          const ref = refStripped(t, lo, i);
          if (slot.to !== lo + ref.left.length || slot.passive !== ref.passive) expect([slot.to, slot.passive]).toEqual([lo + ref.left.length, ref.passive]);
        }
      }
    }
  });

  it('splitSentences on whole articles', () => {
    for (const t of texts) expect(splitSentences(t)).toEqual(refSplitSentences(t));
  });
});
