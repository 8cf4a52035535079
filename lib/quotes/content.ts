import type { Span } from '../types';
import { countWords } from '../text/sentences';
import { WEEKDAY_PHRASE, WEEKDAYS } from '../text/words';
import { SPEECH_VERB_FORMS, speechForms } from '../text/speech-verbs';
import { HEARER_VERBS, type CueMatch } from './cues';

/**
 * The reported words of a speech cue (part of ./attribution.ts): the clause after a forward cue
 * ("said that …") minus hearer and setting, or the clause before a trailing one ("…, the official
 * said"), trimmed to what a reader calls the quote.
 */

/**
 * Sizes, in words, that tell speech from other text (set by the first sessions on polnear-dev and
 * the seed; rechecked on the polnear-dev tuning half on 2026-12-04: MIN_CONTENT_WORDS 2 or 4 lose
 * 1-2 of 632 speech attributions; TAIL_MAX_WORDS 16 loses 1, 12 gains 2 — kept at 14, within
 * noise; APPOSITIVE_MAX_WORDS 20 or 30 changes recall by ≤ 1):
 * - MIN_CONTENT_WORDS 3: reported words shorter than "prices will rise" are a fragment ("as", "the
 *   same thing"); MIN_CLAUSE_WORDS 4 where the clause was cut out of a longer sentence;
 * - LAST_CLAUSE_MIN_WORDS 4: "A are allies, and B could leave, the official said" keeps only the
 *   last clause when both sides have ≥ 4 words (a real clause, not "X and Y");
 * - TAIL_MAX_WORDS 14: after a trailing "…, the official told" only a hearer and a setting follow
 *   ("reporters at a briefing in Brussels on Sunday"); more words are new content;
 * - SOURCE_PHRASE_MAX_WORDS 8: "said X" / "according to X" — a longer X is a clause, not a source;
 * - INTRO_MAX_WORDS 7: "In one tweet Friday, Trump said …" is an opening setting, not reported words;
 * - LOOK_BEHIND_CHARS 40: what is read before a cue for "to say", "is saying", "with X saying";
 * - MAX_SETTINGS 4: "told reporters on Sunday in a statement" — setting phrases skipped after a cue;
 * - HEADLINE_CAPITAL_SHARE 0.7: a sentence of ≥ 3 words, 70 % capitalised, is a title-case headline.
 */
export const MIN_CONTENT_WORDS = 3;
export const MIN_CLAUSE_WORDS = 4;
const LAST_CLAUSE_MIN_WORDS = 4;
const TAIL_MAX_WORDS = 14;
export const SOURCE_PHRASE_MAX_WORDS = 8;
export const INTRO_MAX_WORDS = 7;
export const LOOK_BEHIND_CHARS = 40;
const MAX_SETTINGS = 4;
const HEADLINE_CAPITAL_SHARE = 0.7;

const HEARER_RE =
  /^\s+(?:him|her|them|us|me|reporters|journalists|lawmakers|supporters|the press|(?:the\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:of\s+|the\s+|and\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*)*(?:\s+\p{Ll}+(?=\s+that\b))?|(?:the|a|an|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+(?=\s+(?:that|on|in|at|during|last|this)\b|\s*[,:])|(?:[\p{Ll}'’-]+\s+){0,2}[\p{Ll}'’-]+(?=\s+that\b))/u;
const SETTING_RES = [
  new RegExp(`^\\s*,?\\s+${WEEKDAY_PHRASE}`, 'u'),
  /^\s+(?:last|this|on)\s+(?:week|month|year|weekend|night|morning|evening|afternoon)/u,
  /^\s+(?:in|during|at|on|via|through)\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,4}?(?:statement|interview|speech|conference|briefing|hearing|call|post|tweet|email|letter|op-ed|address|rally|meeting|event|appearance|hall|show|release|remarks|session|video|message|debate)(?:\s+(?:with|on|to|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)?/u,
  /^\s+(?:yesterday|today|tonight|earlier|later|again|also|repeatedly|publicly|privately|recently|previously|last night|in a statement|in an interview)\b/u,
  /^\s+(?:in|from|at)\s+\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+)*/u,
  /^\s+(?:to|on)\s+(?:reporters|journalists|(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:['’]s\s+["“]?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)?)/u,
];
/**
 * Participles that hang a second reported clause on the first ("…, adding that …"): the content ends
 * before them. These nine of the speech verbs only (the nine the cut was written with: the other
 * -ing forms, "asking", "reporting" …, would move where contents end), and "according to".
 */
const PARTICIPLE_CUT_BASES = ['say', 'add', 'note', 'argue', 'insist', 'warn', 'explain', 'claim', 'stress'];
const PARTICIPLE_CUT = new RegExp(`,\\s+(?:${speechForms(PARTICIPLE_CUT_BASES, 'ing').join('|')}|according to)\\b`);
const PREPOSITION_START = new RegExp(
  `^\\s*(?:$|[,.;:!?]|(?:on|in|at|during|to|last|this|late|early|earlier|after|before|while|when|from|via|with|through|of|citing|since|yesterday|today|tonight|${WEEKDAYS.join('|')}|in a|according)\\b)`,
);

/** After a trailing cue only a hearer or a setting may follow ("told reporters on Sunday."). */

export function isTail(rest: string, base: string): boolean {
  if (/\bthat\b/.test(rest)) return false;
  const upToQuote = rest.split(/["“«\uE000]/)[0]!;
  if (countWords(upToQuote) > TAIL_MAX_WORDS) return false;
  if (PREPOSITION_START.test(upToQuote)) return true;
  if (HEARER_VERBS.has(base) && HEARER_RE.test(upToQuote)) return true;
  return /^\s*[.!?]?\s*$/.test(upToQuote);
}

export function trailingContent(text: string, masked: string, sent: Span, slotFrom: number): Span | null {
  let end = slotFrom;
  while (end > sent.start && /[\s,]/.test(masked[end - 1]!)) end--;
  // A quote closing right before the attribution is a direct quote, not indirect speech.
  if (/["”»’\uE000]/.test(masked[end - 1] ?? '')) return null;
  let start = sent.start;
  // "A are allies, and B could leave, the official said": the reported part is the last clause.
  const seg = masked.slice(start, end);
  const re = /,\s+and\s+(?=(?:the|a|an|this|that|these|those|he|she|they|it|we|i)\b|\p{Lu})/giu;
  let m: RegExpExecArray | null;
  let cut = -1;
  while ((m = re.exec(seg))) cut = m.index + m[0].length;
  if (cut > 0 && countWords(seg.slice(0, cut)) >= LAST_CLAUSE_MIN_WORDS + 1 && countWords(seg.slice(cut)) >= MIN_CLAUSE_WORDS) start += cut;
  return clean(text, start, end, MIN_CONTENT_WORDS);
}

const COORDINATED = /(,?)\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(\p{Ll}+)\b/gu;

/**
 * Where a coordinated verb of the reporting subject starts in reported content: "and insisted",
 * "but added" (any speech verb), or ", and accused" (a past-tense verb after a comma: a subject
 * would stand between "and" and the verb if a new clause began). -1 if none.
 */
function coordinatedVerb(content: string): number {
  COORDINATED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COORDINATED.exec(content))) {
    const word = m[2]!;
    if (SPEECH_VERB_FORMS.has(word) || (m[1] === ',' && word.length > 4 && word.endsWith('ed'))) return m.index;
  }
  return -1;
}

export function forwardContent(text: string, masked: string, sent: Span, cue: CueMatch): Span | null {
  let pos = cue.end;
  if (HEARER_VERBS.has(cue.base)) {
    const h = HEARER_RE.exec(masked.slice(pos, sent.end));
    if (h) pos += h[0].length;
  }
  for (let guard = 0; guard < MAX_SETTINGS; guard++) {
    // The first setting phrase that matches, in SETTING_RES order (one slice per step).
    const rest = masked.slice(pos, sent.end);
    let r: RegExpExecArray | null = null;
    for (const re of SETTING_RES) if ((r = re.exec(rest))) break;
    if (!r) break;
    pos += r[0].length;
  }
  const lead = /^\s*[,:]?\s*(?:that\b)?\s*[,:]?\s*/.exec(masked.slice(pos, sent.end));
  if (lead) pos += lead[0].length;
  let end = sent.end;
  const content = masked.slice(pos, end);
  const cut = PARTICIPLE_CUT.exec(content);
  if (cut) end = pos + cut.index;
  // "denied that Belarus would take part, and accused Western governments of …": a second verb
  // of the same speaker ends the reported words — a denial and an accusation are two lines.
  const second = coordinatedVerb(masked.slice(pos, end));
  if (second >= 0) end = pos + second;
  // Content that runs into a direct quote: keep the paraphrase before it, up to its last comma.
  const q = masked.slice(pos, end).search(/["“«‘\uE000]/);
  if (q >= 0) {
    const before = masked.slice(pos, pos + q);
    const comma = before.lastIndexOf(',');
    // "he spoke to X, and was assured that "…"": the paraphrase ends at the comma before the quote.
    if (comma >= 0) return clean(text, pos, pos + comma, MIN_CLAUSE_WORDS);
    // "Police say they have "adequate resources" to …": a quote embedded in a paraphrase belongs
    // to it, so the whole clause is the indirect quote. A quote that IS the content ("said X "…"")
    // is left to the direct quote alone.
    if (countWords(before) < 2) return null;
  }
  return clean(text, pos, end, MIN_CONTENT_WORDS);
}

/** Trim spaces, a final full stop and stray quote marks; drop contents too short to be speech. */
export function clean(text: string, start: number, end: number, minWords: number): Span | null {
  while (start < end && /[\s,:;]/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:!?]/.test(text[end - 1]!)) end--;
  if (end <= start || countWords(text.slice(start, end)) < minWords) return null;
  return { start, end };
}

const UPPER_START = /^\p{Lu}/u;
export function isHeadline(text: string, sent: Span): boolean {
  const words = text.slice(sent.start, sent.end).match(/\p{L}+/gu) ?? [];
  return words.length >= 3 && words.filter((w) => UPPER_START.test(w)).length >= HEADLINE_CAPITAL_SHARE * words.length;
}
