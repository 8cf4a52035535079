import type { EntityResult, QuoteResult, Span, Speaker } from '../types';
import { countWords, sentenceSpans } from '../text/sentences';
import { findQuoteMarks, normalizeMarks, type QuoteMarks } from './marks';
import { analyseCues, type CueInfo } from './attribution';
import { classifyPhrase } from './phrase';
import { nextNameRun, SpeakerResolver } from './resolver';
import { hideAbbreviationDots, maskQuotes, mergeAcrossQuotes, paragraphStarts, paraIndex } from './spans';

/**
 * Who said what. Direct quotes come from paired quotation marks; indirect speech from speech cues
 * ("said", "told", "according to") with the subject in front of them (or after them: "said X").
 * One pass over sentences, regexes only, so a long article stays in the low milliseconds.
 *
 * Rules, in short:
 * - A cue preceded by ", SUBJECT" or by a closing quote and followed by nothing but a hearer or a
 *   time phrase ("…, a U.S. official told reporters on Sunday.") is TRAILING: it attributes the
 *   quote just before it, or the clause before the comma (indirect).
 * - Otherwise the cue is FORWARD: the content is the clause after it (minus hearer, time, "that").
 * - A direct quote takes the cue right after it ("…," he said), else the nearest cue before it in
 *   its sentence, else a later cue in its sentence, else (a quote that is a whole sentence) the
 *   speaker of the previous quote in the same or previous paragraph.
 * - A passive relay cue ("was assured that") hands the quote to the last person named before it
 *   in the sentence, with the subject of the outer cue as `via`.
 * - Quotes of ≤ 4 words with no cue in their sentence are scare quotes or titles: omitted.
 *
 * Speaker spans: see ./speaker.ts (the words naming the speaker at this cue; `name` resolved).
 */
export function findQuotes(text: string, entities: EntityResult[]): QuoteResult[] {
  const marks = findQuoteMarks(text);
  const masked = hideAbbreviationDots(maskQuotes(normalizeMarks(text), marks));
  const resolver = new SpeakerResolver(text, entities);
  const paraStarts = paragraphStarts(text);
  const out: QuoteResult[] = [];
  const st: DirectState = { lastDirect: null, pendingColon: null };
  let qi = 0;

  // (Index loops and hand-written searches instead of for…of, spreads, filter, find and some:
  // this function is compiled while the first long articles are read, and those forms made it
  // one of the largest compile jobs of the analysis.)
  const sents = mergeAcrossQuotes(sentenceSpans(text), marks);
  for (let si = 0; si < sents.length; si++) {
    const sent = sents[si]!;
    const quotes: QuoteMarks[] = [];
    while (qi < marks.length && marks[qi]!.open < sent.end) {
      if (marks[qi]!.open >= sent.start) quotes.push(marks[qi]!);
      qi++;
    }
    const cues = analyseCues(text, masked, sent, resolver);

    // Indirect speech: trailing cues first, then forward ones not nested in accepted content.
    const taken: Span[] = [];
    const ordered: CueInfo[] = [];
    for (let k = 0; k < cues.length; k++) if (cues[k]!.mode === 'trailing') ordered.push(cues[k]!);
    for (let k = 0; k < cues.length; k++) if (cues[k]!.mode !== 'trailing') ordered.push(cues[k]!);
    for (let k = 0; k < ordered.length; k++) {
      const c = ordered[k]!;
      if (!c.speaker || c.relay || !c.content) continue;
      if (inSomeSpan(taken, c.cue.start)) continue;
      taken.push(c.content);
      // Spelled out, not spread (`{ ...c.content }`): content spans are always { start, end }.
      out.push({ start: c.content.start, end: c.content.end, kind: 'indirect', speaker: c.speaker, cue: { start: c.cue.start, end: c.cue.end } });
    }

    // Direct quotes.
    for (let k = 0; k < quotes.length; k++) directQuote(text, masked, quotes[k]!, sent, cues, resolver, paraStarts, st, out);
    // A sentence that ends on "said:" hands its speaker to a quote opening the next sentence.
    const colon = endsOnColon(masked, sent) ? lastSpeakingCueBefore(cues, Infinity) : null;
    st.pendingColon = colon?.speaker ? { speaker: colon.speaker, cue: { start: colon.cue.start, end: colon.cue.end } } : null;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** What a direct quote may take from the quotes and sentences before it. */
interface DirectState {
  lastDirect: { speaker: Speaker; para: number; cue: Span | null; end: number } | null;
  /** The speaker of a sentence ending on "said:", for a quote opening the next one. */
  pendingColon: { speaker: Speaker; cue: Span } | null;
}

/**
 * Attributes the direct quote `q` of sentence `sent` and adds it to `out` (or leaves a title or a scare quote out).
 * (A function of its own, not a part of findQuotes' loop: most sentences hold no quote, and findQuotes, shorter, is optimised
 * sooner and in a shorter compilation job; see analyzeBody.)
 */
function directQuote(
  text: string,
  masked: string,
  q: QuoteMarks,
  sent: Span,
  cues: CueInfo[],
  resolver: SpeakerResolver,
  paraStarts: number[],
  st: DirectState,
  out: QuoteResult[],
): void {
  const words = countWords(text.slice(q.start, q.end));
  const pick = attributeDirect(q, cues, masked);
  // "Fox News Sunday", "A Change Is Gonna Come", "Oxy Pure": a short title-case quote is the
  // title of a work, a show or a name — nobody says it — unless a cue follows it directly
  // ("'Not Again,' she said").
  if (
    words <= TITLE_MAX_WORDS &&
    isTitleCase(text.slice(q.start, q.end)) &&
    !(pick && pick.cue.start > q.close && /^[\s,.!?;:—–-]*$/.test(masked.slice(q.close + 1, pick.slotFrom)))
  )
    return;
  let speaker: Speaker | null = null;
  let cue: Span | null = null;
  if (pick) {
    cue = { start: pick.cue.start, end: pick.cue.end };
    if (pick.relay) {
      const outer = lastSpeakingCueBefore(cues, pick.cue.start);
      const original = pick.relayBy ?? resolver.lastPersonIn(outer ? outer.cue.end : sent.start, pick.cue.start, outer?.speaker?.name ?? null);
      if (original && outer?.speaker) speaker = { ...original, via: viaOf(outer.speaker) };
      else speaker = original ?? outer?.speaker ?? null;
    } else {
      speaker = pick.speaker;
      const outer = forwardCueAround(cues, pick);
      if (speaker && outer?.speaker && outer.speaker.name !== speaker.name) speaker = { ...speaker, via: viaOf(outer.speaker) };
    }
  } else if (st.pendingColon && q.open - sent.start <= 1) {
    // "The governor added:" ⏎ "It's typical …" — the quote opens the next paragraph.
    speaker = st.pendingColon.speaker;
    cue = st.pendingColon.cue;
  } else {
    const para = paraIndex(paraStarts, q.start);
    const wholeSentence = q.end - q.start >= WHOLE_SENTENCE_SHARE * (sent.end - sent.start);
    if (
      wholeSentence &&
      words >= CARRY_MIN_WORDS &&
      st.lastDirect &&
      para - st.lastDirect.para <= 1 &&
      !namesSomeoneElse(text, masked, st.lastDirect.end, q.open, st.lastDirect.speaker)
    ) {
      speaker = st.lastDirect.speaker;
    } else if (words <= SCARE_MAX_WORDS) {
      return; // scare quote, epithet or title: nobody says it
    }
  }
  out.push({ start: q.start, end: q.end, kind: 'direct', speaker, cue });
  if (speaker) st.lastDirect = { speaker, para: paraIndex(paraStarts, q.start), cue, end: q.close };
}

/**
 * Direct quotes without a cue in their sentence (the numbers set on polnear-dev and the seed by the
 * first sessions; rechecked on the polnear-dev tuning half on 2026-12-04: WHOLE_SENTENCE_SHARE
 * 0.5 or 0.7, CARRY_MIN_WORDS 4 or 6 and TITLE_MAX_WORDS 5 or 8 change precision, recall and
 * speaker by at most 1 of 888 / 632 / 568; SCARE_MAX_WORDS 3 adds 6 predicted quotes and loses a
 * speaker, 5 loses a real attribution):
 * - a quote taking ≥ 60 % of its sentence (WHOLE_SENTENCE_SHARE) and ≥ 5 words (CARRY_MIN_WORDS)
 *   goes on the previous direct quote's speaker, in the same or the next paragraph: the newspaper
 *   habit of a speaker's second paragraph of quotes. Shorter or partial quotes are not carried
 *   ("a "great success"" inside narration is nobody's second quote);
 * - one of ≤ 4 words (SCARE_MAX_WORDS) is a scare quote, epithet or title and is dropped;
 * - one of ≤ 6 words in title case (TITLE_MAX_WORDS) is a title ("Face the Nation", "A Change Is
 *   Gonna Come") even with a cue in the sentence; on the tuning half every such quote was a title.
 */
const WHOLE_SENTENCE_SHARE = 0.6;
const CARRY_MIN_WORDS = 5;
const SCARE_MAX_WORDS = 4;
const TITLE_MAX_WORDS = 6;

const UPPER_START = /^\p{Lu}/u;
/** Every word of four letters or more capitalised, and the first word too: "Legend in the Coal Fields." */
function isTitleCase(s: string): boolean {
  const words = s.match(/[\p{L}][\p{L}'’-]*/gu);
  if (!words || !UPPER_START.test(words[0]!)) return false;
  return words.every((w) => w.length < 4 || UPPER_START.test(w));
}

/**
 * Between the previous quote and this one, someone else is introduced by full name ("… said
 * Smith. ⏎ Jane Doe, a lawyer for the family, disagreed. ⏎ "It is …""): the carried speaker would
 * be the wrong person.
 */
function namesSomeoneElse(text: string, masked: string, from: number, to: number, speaker: Speaker): boolean {
  const own = new Set(speaker.name.split(/\s+/));
  // Names in the narration only (quotes are masked), introduced: at a paragraph's start or with an
  // appositive (", a lawyer for …").
  // Scanned in the stretch only (a slice: nextNameRun would otherwise run on to the next name
  // anywhere after it, and a page of carried quotes would cost quadratic time).
  const stretch = masked.slice(Math.max(0, from - 1), to);
  const off = Math.max(0, from - 1);
  for (let m = nextNameRun(stretch, 1); m; m = nextNameRun(stretch, m.index + m[0].length)) {
    const at = off + m.index;
    const introduced = masked[at - 1] === '\n' || /^,\s+(?:a|an|the|who)\s/.test(masked.slice(at + m[0].length, at + m[0].length + 6));
    if (!introduced) continue;
    const p = classifyPhrase(text, at, Math.min(to, at + m[0].length));
    if (p?.kind !== 'name') continue;
    const name = text.slice(p.nameStart, p.nameEnd).split(/\s+/);
    if (name.length >= 2 && !name.some((w) => own.has(w))) return true;
  }
  return false;
}

const SPACE = /\s/;
/** /:\s*$/.test(masked.slice(sent.start, sent.end)), read backwards from the end: no copy, and no search from every ":". */
function endsOnColon(masked: string, sent: Span): boolean {
  let e = sent.end;
  for (; e > sent.start; e--) {
    const c = masked.charCodeAt(e - 1);
    if (c < 128 ? c !== 32 && (c < 9 || c > 13) : !SPACE.test(masked[e - 1]!)) break;
  }
  return e > sent.start && masked.charCodeAt(e - 1) === 58;
}

/** Some span of `spans` holds position `at`. */
function inSomeSpan(spans: Span[], at: number): boolean {
  // (The index steps before the test: on short pages the first span always held `at`, so a step after it never ran, and the
  // long page that first took it threw away the compiled findQuotes, into which this is inlined, for want of its feedback.)
  for (let k = 0; k < spans.length;) {
    const s = spans[k++]!;
    if (at >= s.start && at < s.end) return true;
  }
  return false;
}

/** The last cue ending at or before `at` with a speaker of its own (no relay), or null. */
function lastSpeakingCueBefore(cues: CueInfo[], at: number): CueInfo | null {
  for (let k = cues.length - 1; k >= 0; k--) {
    const c = cues[k]!;
    if (c.cue.end <= at && c.speaker && !c.relay) return c;
  }
  return null;
}

/** The first other forward cue with a speaker whose reported content holds `pick`'s cue, or undefined. */
function forwardCueAround(cues: CueInfo[], pick: CueInfo): CueInfo | undefined {
  const at = pick.cue.start;
  for (let k = 0; k < cues.length; k++) {
    const c = cues[k]!;
    if (c !== pick && c.mode === 'forward' && c.speaker && !c.relay && c.content && at >= c.content.start && at < c.content.end) return c;
  }
  return undefined;
}

function attributeDirect(q: QuoteMarks, cues: CueInfo[], masked: string): CueInfo | null {
  const usable = cues.filter((c) => c.speaker || c.relay);
  // "…," the official added. / "…," said Smith.
  const right = usable.find((c) => c.cue.start > q.close && /^[\s,.!?;:—–-]*$/.test(masked.slice(q.close + 1, c.slotFrom)));
  if (right && !right.relay) return right;
  const before = usable.filter((c) => c.cue.end <= q.open);
  if (before.length) return before[before.length - 1]!;
  return usable.find((c) => c.cue.start > q.close && c.mode === 'trailing') ?? null;
}

function viaOf(s: Speaker): NonNullable<Speaker['via']> {
  return { name: s.name, start: s.start, end: s.end, entityId: s.entityId };
}

/** Trim spaces, a final full stop and stray quote marks; drop contents too short to be speech. */
