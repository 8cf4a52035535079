/**
 * Speaker phrases (part of ./speaker.ts): the words in front of a cue classified as a name
 * ("French President Emmanuel Macron" → the name "Emmanuel Macron"), an organisation, a pronoun,
 * an unnamed source ("a U.S. official") or a group ("protesters"). The word lists and token
 * tests are in ./phrase-words.ts.
 */
import {
  DESCRIPTOR_PREPOSITIONS,
  DETERMINERS,
  LEADING_NOISE,
  MAX_NAME_WORDS,
  MAX_RUN_WORDS,
  ORG_WORDS,
  PRONOUN_CONTRACTION,
  PRONOUNS,
  RUN_CONNECTORS,
  STOP_LAST,
  bare,
  headWord,
  isCap,
  isHead,
  isParticle,
  isPluralHead,
  isPossessive,
  isTitle,
  tokens,
} from './phrase-words';

export { ORG_WORDS, PARTICLE_ALTERNATION, bare, isCap, isParticle, tokens } from './phrase-words';

export type PhraseKind = 'name' | 'org' | 'pronoun' | 'anon' | 'group' | 'other';

export interface SpeakerPhrase {
  kind: PhraseKind;
  /** The whole phrase, e.g. "Reuters' Jane Doe". */
  start: number;
  end: number;
  /** The name part ("Jane Doe"), or the whole phrase for unnamed sources. */
  nameStart: number;
  nameEnd: number;
  head?: string; // "official", "source": for resolving "the official" later
  definite?: boolean;
  /** A description with a name inside ("the foreign minister of France"): a name elsewhere wins. */
  descriptor?: boolean;
}

/**
 * Classify the phrase text[from, to) as a speaker. Returns null when the words cannot name a
 * speaker (a determiner alone, a preposition, a long clause).
 */
export function classifyPhrase(text: string, from: number, to: number): SpeakerPhrase | null {
  let toks = tokens(text, from, to);
  // Drop sentence-level noise ("But a source said").
  // (Loops and the helpers below instead of slice-per-word, findIndex, every and some: this is
  // one of the functions compiled while the first long articles are read, and those forms made
  // its compile job one of the largest.)
  let drop = 0;
  while (toks.length - drop > 1 && LEADING_NOISE.test(toks[drop]!.w)) drop++;
  if (drop) toks = toks.slice(drop);
  if (!toks.length) return null;
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;
  const start = first.start;
  const end = last.end;
  if (STOP_LAST.has(last.w.toLowerCase()) && !(toks.length === 1 && PRONOUNS.has(last.w.toLowerCase()))) return null;
  if (/^\d/.test(last.w)) return null;

  if (toks.length === 1 && (PRONOUNS.has(first.w.toLowerCase()) || PRONOUN_CONTRACTION.test(first.w))) {
    return { kind: 'pronoun', start, end, nameStart: start, nameEnd: end };
  }

  // Unnamed sources: a people-noun anywhere in a short lowercase-headed phrase.
  const headIdx = headAt(toks, toks.length);
  // "Protesters said", "Senior officials said": capitalised only because the sentence starts there.
  const sentenceCase = isCap(first.w) && !capAfterFirst(toks) && isHead(last.w);
  const lastIsCap = !sentenceCase && (isCap(last.w) || /^[\p{Lu}]/u.test(last.w.replace(/^['’"“]/, '')));
  if (!lastIsCap && headIdx >= 0 && toks.length <= 9) {
    const head = toks[headIdx]!;
    const definite = /^(the|those|these|that|this)$/i.test(first.w) && toks.length > 1;
    const kind: PhraseKind = isPluralHead(head.w) ? 'group' : 'anon';
    return { kind, start, end, nameStart: start, nameEnd: end, head: headWord(head.w), definite };
  }

  if (lastIsCap) return namedPhrase(toks, first, last, start, end);

  // Any other short phrase ("the statement", "the report"): a non-person source.
  if (toks.length <= 4 && DETERMINERS.has(first.w.toLowerCase()) && toks.length >= 2) {
    return { kind: 'other', start, end, nameStart: start, nameEnd: end };
  }
  return null;
}

type PhraseToken = ReturnType<typeof tokens>[number];

/**
 * classifyPhrase for a phrase ending in a capitalised word: a name, an organisation, a description, or null. (A function of its
 * own: classifyPhrase, whole, was one of the longest compilation jobs beside the first long articles' analyses; see analyzeBody.)
 */
function namedPhrase(toks: PhraseToken[], first: PhraseToken, last: PhraseToken, start: number, end: number): SpeakerPhrase | null {
  // The last run of capitalised words (with name particles, and "of"/"on"/"for"/"&" between
  // capitalised words: "Commission on Presidential Debates") is the name, titles stripped.
  let i = toks.length - 1;
  while (i > 0 && (isCap(toks[i - 1]!.w) || isParticle(toks[i - 1]!.w) || (RUN_CONNECTORS.has(toks[i - 1]!.w) && i > 1 && isCap(toks[i - 2]!.w)))) i--;
  if (toks.length - i > MAX_RUN_WORDS) i = toks.length - MAX_RUN_WORDS;
  const run = toks.slice(i);
  const beforeRun = i > 0 ? toks[i - 1]!.w.toLowerCase() : '';
  // "a spokesman for the New Zealand Department of Conservation": the preposition before "the".
  const prepBeforeThe = beforeRun === 'the' && i >= 3 && DESCRIPTOR_PREPOSITIONS.has(toks[i - 2]!.w.toLowerCase());
  // "the foreign minister of France", "a spokesperson for Inherent Resolve", "Senator from
  // Texas": a name after a preposition, with words before it, describes the speaker; it is not
  // the speaker's name. The caller may find the name elsewhere (an appositive's other side).
  if ((i >= 2 && DESCRIPTOR_PREPOSITIONS.has(beforeRun)) || prepBeforeThe) {
    const hi = headOrTitleAt(toks, prepBeforeThe ? i - 2 : i - 1);
    if (hi < 0) return null;
    const head = toks[hi]!;
    return {
      kind: 'anon',
      start,
      end,
      nameStart: start,
      nameEnd: end,
      head: headWord(head.w),
      definite: /^(the|that|this)$/i.test(first.w),
      descriptor: true,
    };
  }
  // "a step the Baltic Security Forum has urged": a noun phrase, then "the …" — a relative
  // clause without "that", whose subject is not the speaker of the sentence.
  if (beforeRun === 'the' && i >= 2 && !allTitled(toks, i - 1)) return null;
  const theBefore = beforeRun === 'the' || /^the$/i.test(run[0]!.w);
  const orgStart = beforeRun === 'the' ? toks[i - 1]!.start : run[0]!.start;
  // "The International Atomic Energy Agency", "the Federal Bureau of Prisons": an organisation
  // word ends the run, or stands before its first connector — the whole run is the name.
  const conn = connectorAt(run);
  const left = conn > 0 ? run.slice(0, conn) : run;
  if (ORG_WORDS.has(bare(last.w)) || (conn > 0 && someOrgWord(left))) {
    return { kind: 'org', start, end, nameStart: orgStart, nameEnd: end };
  }
  // "Gov. Mike Pence of Indiana": a person's name before "of" — the place after it is not the name.
  if (conn > 0) {
    let ln = 0;
    for (let k = 0; k < left.length; k++) if (isPossessive(left[k]!.w) || isTitle(left[k]!.w)) ln = k + 1;
    const leftName = left.slice(ln);
    if (leftName.length && leftName.length <= MAX_NAME_WORDS && !theBefore) {
      return { kind: 'name', start, end, nameStart: leftName[0]!.start, nameEnd: leftName[leftName.length - 1]!.end };
    }
  }
  const anyOrg = someOrgWord(run) || theBefore;
  // Name starts after the last possessive, title or demonym.
  let n = 0;
  for (let k = 0; k < run.length - 1; k++) {
    const w = run[k]!.w;
    if (isPossessive(w) || isTitle(w) || RUN_CONNECTORS.has(w)) n = k + 1;
    if (RUN_CONNECTORS.has(w) && k + 1 < run.length - 1) n = k + 2; // "Secretary of State John Kerry"
  }
  // Organisation ("The New York Post", "the Kremlin") unless a person's name follows a possessive/title.
  const nameToks = run.slice(n);
  if (anyOrg && n === 0) return { kind: 'org', start, end, nameStart: orgStart, nameEnd: end };
  if (!nameToks.length || nameToks.length > MAX_NAME_WORDS) return null;
  if (someOrgWord(nameToks)) return { kind: 'org', start, end, nameStart: nameToks[0]!.start, nameEnd: end };
  // A possessive at the end ("Trump's") is not a speaker.
  if (isPossessive(last.w)) return null;
  // The title before the name ("Sen." → senator), so "the senator" can find this speaker later.
  const title = n > 0 && isTitle(run[n - 1]!.w) ? headWord(run[n - 1]!.w) : undefined;
  return { kind: 'name', start, end, nameStart: nameToks[0]!.start, nameEnd: nameToks[nameToks.length - 1]!.end, head: title };
}

/** toks.slice(0, to).findIndex((t) => isHead(t.w)) */
function headAt(toks: PhraseToken[], to: number): number {
  for (let k = 0; k < to; k++) if (isHead(toks[k]!.w)) return k;
  return -1;
}

/** toks.slice(0, to).findIndex((t) => isHead(t.w) || isTitle(t.w)) */
function headOrTitleAt(toks: PhraseToken[], to: number): number {
  for (let k = 0; k < to && k < toks.length; k++) if (isHead(toks[k]!.w) || isTitle(toks[k]!.w)) return k;
  return -1;
}

/** !toks.slice(1).every((t) => !isCap(t.w)) */
function capAfterFirst(toks: PhraseToken[]): boolean {
  for (let k = 1; k < toks.length; k++) if (isCap(toks[k]!.w)) return true;
  return false;
}

/** toks.slice(0, to).every((t) => isTitle(t.w) || isPossessive(t.w) || isCap(t.w)) */
function allTitled(toks: PhraseToken[], to: number): boolean {
  for (let k = 0; k < to && k < toks.length; k++) {
    const w = toks[k]!.w;
    if (!(isTitle(w) || isPossessive(w) || isCap(w))) return false;
  }
  return true;
}

/** toks.findIndex((t) => RUN_CONNECTORS.has(t.w)) */
function connectorAt(toks: PhraseToken[]): number {
  for (let k = 0; k < toks.length; k++) if (RUN_CONNECTORS.has(toks[k]!.w)) return k;
  return -1;
}

/** toks.some((t) => ORG_WORDS.has(bare(t.w))) */
function someOrgWord(toks: PhraseToken[]): boolean {
  for (let k = 0; k < toks.length; k++) if (ORG_WORDS.has(bare(toks[k]!.w))) return true;
  return false;
}

/** A phrase with an organisation word in it ("Department", "Post") is not a person's name. */
export function notAName(s: string): boolean {
  return s.split(/\s+/).some((w) => ORG_WORDS.has(bare(w)));
}

const LEADING_SETTING = /^(?:(?:on|in|at|during|after|before|earlier|later|meanwhile|speaking|asked|however|but|and|still|yet)\b[^,]{0,60},\s*)/i;

/**
 * The subject at the start of a clause ("Trump unleashed tweets …, saying …"): the longest run of
 * up to 8 leading words that names a speaker and is followed by a lowercase word (the verb).
 */
export function leadingSubject(text: string, from: number, to: number): SpeakerPhrase | null {
  const lead = LEADING_SETTING.exec(text.slice(from, to));
  if (lead) from += lead[0].length;
  const toks = tokens(text, from, to).slice(0, 9);
  for (let k = Math.min(8, toks.length - 1); k >= 1; k--) {
    const next = toks[k]!;
    if (isCap(next.w) || isParticle(next.w)) continue;
    const p = classifyPhrase(text, toks[0]!.start, toks[k - 1]!.end);
    // An unnamed subject ends on its head noun ("Senior officials"); "One campaign video featured
    // a series" is a clause, not a subject.
    if (p && (p.kind === 'anon' || p.kind === 'group') && !isHead(toks[k - 1]!.w)) continue;
    if (p && p.kind !== 'other') return p;
  }
  return null;
}
