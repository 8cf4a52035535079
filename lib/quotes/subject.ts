import { DAY_PARTS, DEICTIC_DAYS, STATEMENT_MEDIA, WEEKDAY_ALTERNATION, WEEKDAY_PHRASE, WEEKDAYS } from '../text/words';

/**
 * The subject slot (part of ./speaker.ts): where, in front of a speech cue, the words naming the
 * speaker lie ("Smith, a spokesman, also said on Sunday" → "a spokesman"), and what bounds them.
 */

const split = (s: string) => s.trim().split(/\s+/);

/** Adverbs and auxiliaries that stand between a subject and its verb ("Smith also said"). */
const BETWEEN_WORDS = split(
  "also later previously earlier again then once recently often long now first always usually never ever since just isn't wasn't " +
    "aren't weren't doesn't didn't don't won't hasn't haven't hadn't is are was were repeatedly publicly privately reportedly allegedly " +
    'simply only still already even instead has have had would will could can may might did does do not',
);
const PERIODS = split('week month year weekend');

/** Things that stand between a subject and its verb: adverbs, auxiliaries, "on Sunday". Built from the lists above. */
const BETWEEN_RE = new RegExp(
  [
    `\\s+(?:${BETWEEN_WORDS.join('|')}|[a-z]+ly)$`,
    `\\s+${WEEKDAY_PHRASE}$`,
    `\\s+(?:last|this)\\s+(?:${PERIODS.join('|')}|${WEEKDAY_ALTERNATION})$`,
    `\\s+(?:${DEICTIC_DAYS.join('|')})$`,
    `\\s*\\([^()]{0,40}\\)$`,
    `\\s+(?:in|on)\\s+(?:a|an|the)\\s+(?:[\\w'’-]+\\s+){0,3}(?:${STATEMENT_MEDIA.join('|')})$`,
  ].join('|'),
  'u',
);
const PASSIVE_WORDS = split('was were been being is are be get got');
const PASSIVE_RE = new RegExp(`\\s+(?:${PASSIVE_WORDS.join('|')})$`);

/**
 * The last words BETWEEN_RE and PASSIVE_RE can end on. Every alternative of both ends on one of
 * these words (or on "[a-z]+ly", or BETWEEN_RE on ")"), with whitespace right before it, so a
 * stretch whose last whitespace-free run is none of them matches neither regex, and the regexes
 * (which try every position of the stretch) are not run at all. Built from the same lists.
 */
const BETWEEN_LAST = new Set([...BETWEEN_WORDS, ...WEEKDAYS, ...DAY_PARTS, ...PERIODS, ...DEICTIC_DAYS, ...STATEMENT_MEDIA]);
const PASSIVE_LAST = new Set(PASSIVE_WORDS);
const LY_WORD = /^[a-z]+ly$/;
/** " ” » and the mask: a quotation ending before the subject. (A set, not four compares: the compiled
 * subjectSlot met a curly quote first on a long page, and a compare it had never run threw its code away.) */
const QUOTE_ENDS: ReadonlySet<number> = new Set([34, 0x201d, 0xbb, 0xe000]);
/** The code units /\s/u matches (ECMAScript WhiteSpace and LineTerminator): one look-up for every character, ASCII or not. */
const SPACES: ReadonlySet<number> = new Set([
  9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f,
  0x3000, 0xfeff,
]);

/** The run of non-whitespace characters that ends s (/\S+$/u), found from the end. */
function lastRun(s: string): string {
  let i = s.length;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    if (SPACES.has(c)) break;
    i--;
  }
  return s.slice(i);
}
const BOUNDARY_CHARS = /[,;:()\[\]\u2014\u2013"\u201c\u201d\u00ab\u00bb\uE000]/;
const CONJ_RE = /\b(?:and|but|or|while|because|as|that|which|when|if|since|though|although|after|before|where|than|whom|whose|what|how|why|who)\s+(?=\S)/g;

export interface SubjectSlot {
  /** Where the subject words lie (may be empty: from === to). */
  from: number;
  to: number;
  /** What precedes the subject: a comma or a closing quote make a trailing attribution. */
  boundary: 'start' | 'comma' | 'quote' | 'conj' | 'other';
  passive: boolean;
}

/**
 * How far before a cue its subject is looked for. Without a bound, a hostile page of one endless
 * sentence ("said said said …", 100,000 characters) made every cue re-read the sentence from its
 * start: 11 s for one analysis. No subject in real text comes near it: outputs on 813 real pages
 * and bodies are identical with the bound.
 */
const SUBJECT_REACH = 1_000;

/** The words between the previous boundary and the cue, after skipping adverbs and "on Sunday". */
export function subjectSlot(masked: string, sentenceStart: number, cueStart: number): SubjectSlot {
  // A sentence cut by the reach has no start within it: what is left reads as after some other word.
  const lo = Math.max(sentenceStart, cueStart - SUBJECT_REACH);
  let left = masked.slice(lo, cueStart).replace(/\s+$/, '');
  let passive = false;
  for (let guard = 0; guard < 8; guard++) {
    const padded = ' ' + left;
    const last = lastRun(padded);
    const pm = PASSIVE_LAST.has(last) ? PASSIVE_RE.exec(padded) : null;
    const m = pm ?? (BETWEEN_LAST.has(last) || LY_WORD.test(last) || last.endsWith(')') ? BETWEEN_RE.exec(padded) : null);
    if (!m) break;
    if (pm) passive = true;
    left = padded.slice(1, Math.max(1, m.index)).replace(/\s+$/, '');
  }
  const to = lo + left.length;
  // Back to the nearest boundary character.
  let i = to - 1;
  while (i >= lo && !BOUNDARY_CHARS.test(masked[i]!)) i--;
  let from = i + 1;
  let boundary: SubjectSlot['boundary'] = i < lo && lo === sentenceStart ? 'start' : 'other';
  if (i >= lo) {
    const c = masked.charCodeAt(i);
    if (c === 44) boundary = 'comma';
    else if (QUOTE_ENDS.has(c)) boundary = 'quote';
  }
  // A conjunction or relative word inside the stretch starts the subject after it.
  const stretch = masked.slice(from, to);
  let cm: RegExpExecArray | null;
  let cut = -1;
  CONJ_RE.lastIndex = 0;
  while ((cm = CONJ_RE.exec(stretch))) cut = cm.index + cm[0].length;
  if (cut >= 0) {
    from += cut;
    boundary = 'conj';
  }
  while (from < to && /\s/.test(masked[from]!)) from++;
  return { from, to: Math.max(from, to), boundary, passive };
}
