import type { Span, Speaker } from '../types';
import { countWords } from '../text/sentences';
import { WEEKDAYS } from '../text/words';
import { INVERTIBLE_SPEECH_VERBS, NOUN_LIKE_SPEECH_VERBS } from '../text/speech-verbs';
import {
  clean,
  forwardContent,
  INTRO_MAX_WORDS,
  isHeadline,
  isTail,
  LOOK_BEHIND_CHARS,
  MIN_CLAUSE_WORDS,
  MIN_CONTENT_WORDS,
  SOURCE_PHRASE_MAX_WORDS,
  trailingContent,
} from './content';
import { findCues, findTagVerbs, RELAY_VERBS, type CueMatch } from './cues';
import { classifyPhrase, leadingSubject, type SpeakerPhrase } from './phrase';
import type { SpeakerResolver } from './resolver';
import { lastIndexIn } from './spans';
import { subjectSlot, type SubjectSlot } from './subject';

/**
 * The speech cues of one sentence, each with its speaker and its reported content (indirect
 * speech). A cue preceded by ", SUBJECT" or by a closing quote and followed by nothing but a
 * hearer or a setting ("…, a U.S. official told reporters on Sunday.") is TRAILING: it attributes
 * the quote just before it, or the clause before the comma. Otherwise it is FORWARD: the content
 * is the clause after it (minus hearer, time, "that").
 */

export interface CueInfo {
  cue: CueMatch;
  phrase: SpeakerPhrase | null;
  speaker: Speaker | null;
  mode: 'trailing' | 'forward' | 'relay';
  /** Passive relay ("was assured that"): the speaker is someone else named in the sentence. */
  relay: boolean;
  relayBy?: Speaker | null;
  /** Where the subject phrase starts (trailing attribution: right after the quote/comma). */
  slotFrom: number;
  content: Span | null;
}

/**
 * How far back an appositive search goes for the subject ("Smith, 56, a lawyer for the family,
 * who has served …, said"): at most 3 comma- or dash-separated parts and 25 words between the
 * subject and the verb. Longer stretches were clauses of their own on polnear-dev.
 */
const APPOSITIVE_MAX_PARTS = 3;
const APPOSITIVE_MAX_WORDS = 25;
const UPPER_START = /^\p{Lu}/u;
const ABBREVIATED_PLACE = /^\p{Lu}[\p{L}.]*\.$/u;
const COMMA_LOWER = /^,\s+\p{Ll}/u;

/**
 * What may stand right before a participle cue that hangs on a clause: a comma, dash, bracket,
 * semicolon, closing quote, a conjunction or a time word ("tweeted Friday saying"). A participle
 * followed by "that" ("a sign saying that …") is speech wherever it stands.
 */
const PARTICIPLE_BOUNDARY = new RegExp(
  `(?:[,;(\u2014\u2013"”\uE000]|\\s-|\\b(?:and|but|while|also|then|even|again|when|repeatedly|publicly|later|often|now|still|today|yesterday|tonight|${WEEKDAYS.join('|')}))\\s*$`,
);
const INTRO_RE = /^\s*(?:In|On|At|As|During|After|Before|When|While|Since|With|Earlier|Later|Speaking|Asked)\b/;
const PROGRESSIVE_RE =
  /\b(?:is|are|was|were|been|be|am|isn['’]t|wasn['’]t|aren['’]t|weren['’]t|keeps?|kept|kept on|continues?|continued)\s+(?:[a-z]+ly\s+|not\s+|also\s+|now\s+|still\s+)*$/i;

export function analyseCues(text: string, masked: string, sent: Span, resolver: SpeakerResolver): CueInfo[] {
  const out: CueInfo[] = [];
  let headline: boolean | undefined; // computed on the first capitalised cue only
  const listed = findCues(text, masked, sent.start, sent.end);
  const tagged = findTagVerbs(text, masked, sent.start, sent.end);
  const cues = tagged.length ? listed.concat(tagged).sort((a, b) => a.start - b.start) : listed;
  // (An index loop and a hand-written search, not for…of and [...out].reverse().find(): this
  // function is compiled while the first long articles are read; those forms enlarged the job.)
  for (let ci = 0; ci < cues.length; ci++) {
    const cue = cues[ci]!;
    // "the United States", "Reports": a capitalised cue is a name or a title word, except at the
    // start of a sentence or in a title-case headline.
    if (UPPER_START.test(text[cue.start]!) && cue.start !== sent.start && !(headline ??= isHeadline(text, sent))) continue;
    if (cue.base === 'according to') {
      out.push(accordingTo(text, masked, sent, cue, resolver));
      continue;
    }
    const before = masked.slice(Math.max(sent.start, cue.start - LOOK_BEHIND_CHARS), cue.start);
    if (/\bto\s*$/i.test(before)) continue; // "to say", "declined to comment"
    // "is saying", "keeps saying": a progressive, not a participle hanging on another clause.
    const participle = cue.participle && !PROGRESSIVE_RE.test(before);
    if (cue.participle && /^\s+by\b/.test(masked.slice(cue.end, cue.end + 5))) continue; // "Reporting by …" credits
    // A participle hangs on a clause only after a clause boundary (", saying", "and adding",
    // "— insisting"); elsewhere the -ing word is a noun or a gerund ("fast charging support",
    // "before adding the pectin", "an object boasting lakes"). "with Audi suggesting that":
    // the absolute construction names its own subject.
    let withSubject: SpeakerPhrase | null = null;
    if (participle) {
      const w = /\bwith\s+([^,;:()\uE000]{1,40}?)\s*$/i.exec(before);
      const ws = w ? cue.start - before.length + w.index + w[0].indexOf(w[1]!) : -1;
      const p = w ? classifyPhrase(text, ws, ws + w[1]!.length) : null;
      if (p && p.kind !== 'other' && p.kind !== 'pronoun') withSubject = p;
      else if (!PARTICIPLE_BOUNDARY.test(before) && !/^\s+that\b/.test(masked.slice(cue.end, cue.end + 6))) continue;
    }
    const slot = subjectSlot(masked, sent.start, cue.start);
    let phrase = slot.to > slot.from && !participle ? classifyPhrase(text, slot.from, slot.to) : null;
    let slotFrom = slot.from;
    let boundary = slot.boundary;
    let emptySlot = slot.to <= slot.from;
    // "… to the test and warned North Korea …": a verb coordinated with the previous one, its
    // subject the same (the slot ends on the conjunction itself).
    if (!phrase && slot.to > slot.from && /\b(?:and|but)$/.test(masked.slice(slot.from, slot.to))) {
      slotFrom = slot.to;
      boundary = 'conj';
      emptySlot = true;
    }
    let inverted = false;

    if (slot.passive && !cue.participle) {
      if (!RELAY_VERBS.has(cue.base)) continue; // "was reported", "is claimed": no speaker
      out.push(relayCue(text, masked, sent, cue, resolver, slotFrom));
      continue;
    }

    if (!phrase && !participle && slot.to <= slot.from && boundary === 'comma') {
      // Appositive: "Smith, a spokesman for the campaign, said" / "Schiff, 56, who has served …, told".
      const a = appositiveSubject(text, masked, sent, slot.from);
      if (a) {
        phrase = a.p;
        slotFrom = a.from;
        boundary = a.boundary;
      }
    }
    if (!phrase && !participle && slot.to <= slot.from && (boundary === 'comma' || boundary === 'quote') && INVERTIBLE_SPEECH_VERBS.has(cue.base)) {
      // Inverted: "…," said John Smith, a spokesman.
      phrase = invertedSubject(text, masked, sent, cue);
      if (phrase) {
        inverted = true;
        slotFrom = cue.start;
      }
    }
    if (!phrase && !participle && boundary === 'conj' && /\bwho\s*$/i.test(masked.slice(sent.start, slot.from))) {
      // "Smith, who chairs the panel, said" has been handled above; "… Smith, who said …": the antecedent.
      phrase = whoAntecedent(text, masked, sent, slot.from);
    }

    if (withSubject) phrase = withSubject;
    // "we confirmed that", "I asked him": outside quotation marks, I and we are the writer — a
    // narrator's clause, not a source's words.
    if (phrase?.kind === 'pronoun' && /^(?:i|we)(?:['’]\w+)?$/i.test(text.slice(phrase.nameStart, phrase.nameEnd))) continue;
    let speaker: Speaker | null = null;
    if (phrase) speaker = resolver.resolve(phrase, phrase.nameStart);
    else if (participle || (emptySlot && boundary === 'conj')) {
      // ", saying …" / "and added that …": the subject of the clause it hangs on.
      const prev = lastSpeaking(out);
      if (prev) speaker = prev.speaker;
      else {
        const lead = leadingSubject(text, sent.start, cue.start);
        if (lead) speaker = resolver.resolve(lead, lead.nameStart);
      }
    }
    if (!speaker) continue;

    const info = withContent(text, masked, sent, cue, phrase, speaker, inverted || boundary === 'quote', boundary === 'comma', slotFrom);
    if (info) out.push(info);
  }
  return out;
}

/**
 * A cue with its speaker, trailing (after the words it attributes) or forward, and its reported content; null for a
 * verb that is also a noun and reports nothing here. `tailed` (inverted, or after a quote) and `comma` (the slot opens on one)
 * come from the subject's slot.
 */
function withContent(
  text: string,
  masked: string,
  sent: Span,
  cue: CueMatch,
  phrase: SpeakerPhrase | null,
  speaker: Speaker,
  tailed: boolean,
  comma: boolean,
  slotFrom: number,
): CueInfo | null {
  const rest = masked.slice(cue.end, sent.end);
  let tail = tailed || (comma && isTail(rest, cue.base));
  // "In one tweet Friday, Trump said …": an opening setting, not reported words.
  if (tail && comma && INTRO_RE.test(text.slice(sent.start, slotFrom)) && countWords(text.slice(sent.start, slotFrom)) <= INTRO_MAX_WORDS) tail = false;
  // "The oxygen bar charges Rs 299", "key states like Ohio": verbs that are also nouns, or mean
  // something else without a clause, report speech forward only with "that", a colon or a quote.
  if (!tail && NOUN_LIKE_SPEECH_VERBS.has(cue.base) && !/^[^.;!?]{0,60}?\bthat\b|^\s*[:"“\uE000]/.test(rest)) return null;
  const info: CueInfo = { cue, phrase, speaker, mode: tail ? 'trailing' : 'forward', relay: false, slotFrom, content: null };
  info.content = tail ? trailingContent(text, masked, sent, slotFrom) : forwardContent(text, masked, sent, cue);
  // "The museum, Mr. Obama said, would make visitors …": a parenthetical attribution; the
  // reported words are the whole sentence around it.
  if (tail && !info.content && COMMA_LOWER.test(rest) && !/["”»\uE000]/.test(masked[slotFrom - 2] ?? ''))
    info.content = clean(text, sent.start, sent.end, MIN_CLAUSE_WORDS);
  return info;
}

// The rarer readings below are functions of their own, not inline in analyseCues: V8 marks a function for optimisation
// after work in proportion to its bytecode's length, and analyseCues, hot only on long articles, was compiled in one
// large job during the first analyses of a long page; its own loop is now short (the cue loop) and each reading small.

/** A passive relay ("was assured that …" / "was told by X that …"): the speaker is someone the sentence names after "by", if any. */
function relayCue(text: string, masked: string, sent: Span, cue: CueMatch, resolver: SpeakerResolver, slotFrom: number): CueInfo {
  const by = /^\s+by\s+([^,.;:"“]{2,60}?)(?=\s+(?:that|to|on|in)\b|[,.;:"“]|$)/u.exec(masked.slice(cue.end, sent.end));
  let relayBy: Speaker | null = null;
  if (by) {
    const s = cue.end + by.index + by[0].indexOf(by[1]!);
    const p = classifyPhrase(text, s, s + by[1]!.length);
    if (p) relayBy = resolver.resolve(p, s);
  }
  return { cue, phrase: null, speaker: null, mode: 'relay', relay: true, relayBy, slotFrom, content: null };
}

/** The subject before an appositive that ends at `from` ("Smith, a spokesman for the campaign, said"), with its slot, or null. */
function appositiveSubject(
  text: string,
  masked: string,
  sent: Span,
  from: number,
): { p: SpeakerPhrase; from: number; boundary: SubjectSlot['boundary'] } | null {
  let comma = masked.lastIndexOf(',', from - 1);
  // A description ("the foreign minister of France") is kept only if no name stands further back.
  let described: { p: SpeakerPhrase; from: number; boundary: SubjectSlot['boundary'] } | null = null;
  for (let k = 0; k < APPOSITIVE_MAX_PARTS; k++) {
    // Only marks inside the sentence count (anything before it ends the search), so the
    // backward searches stop at the sentence start instead of running back through the text.
    const prevComma = lastIndexIn(masked, ',', comma - 1, sent.start);
    const dash = Math.max(lastIndexIn(masked, '—', comma - 1, sent.start), lastIndexIn(masked, '--', comma - 1, sent.start));
    const c2 = Math.max(prevComma, dash);
    if (c2 < sent.start || countWords(text.slice(c2, from)) > APPOSITIVE_MAX_WORDS) break;
    const s2 = subjectSlot(masked, sent.start, c2);
    const p2 = s2.to > s2.from ? classifyPhrase(text, s2.from, s2.to) : null;
    // "…, 59, of Ashton, Md., who …": places inside the appositive are not the speaker.
    const place = /^(?:of|in|from|at)\s/i.test(text.slice(s2.from, s2.to)) || ABBREVIATED_PLACE.test(text.slice(s2.from, s2.to));
    if (p2 && !place && p2.kind !== 'other' && p2.kind !== 'pronoun') {
      if (!p2.descriptor) return { p: p2, from: s2.from, boundary: s2.boundary };
      described ??= { p: p2, from: s2.from, boundary: s2.boundary };
    }
    comma = c2;
  }
  return described;
}

/** The speaker after an inverted cue ("…," said John Smith, a spokesman), or null. */
function invertedSubject(text: string, masked: string, sent: Span, cue: CueMatch): SpeakerPhrase | null {
  const rest = masked.slice(cue.end, sent.end);
  const m = /^\s+([^,.;:!?"“”\uE000]{1,80}?)\s*(?=[,.;:!?"“”]|$)/u.exec(rest);
  if (!m || /^(?:that|to|in|on|at|for|with|it|this)\b/i.test(m[1]!)) return null;
  const s = cue.end + m[0].indexOf(m[1]!);
  const p = classifyPhrase(text, s, s + m[1]!.length);
  return p && p.kind !== 'other' && countWords(m[1]!) <= SOURCE_PHRASE_MAX_WORDS ? p : null;
}

/** The antecedent of "who" ending the stretch before `from` ("… Smith, who said …"), or null. */
function whoAntecedent(text: string, masked: string, sent: Span, from: number): SpeakerPhrase | null {
  // Only one "who" can end the stretch, so searching from the sentence (one character of
  // context for \b) finds the same one as searching from the text start — in constant time.
  const lo = Math.max(0, sent.start - 1);
  const who = lo + masked.slice(lo, from).search(/\bwho\s*$/i);
  const s2 = subjectSlot(masked, sent.start, who);
  const p2 = s2.to > s2.from ? classifyPhrase(text, s2.from, s2.to) : null;
  return p2 && p2.kind !== 'other' ? p2 : null;
}

/** The last cue of `out` with a speaker of its own (no relay), or null. */
function lastSpeaking(out: CueInfo[]): CueInfo | null {
  for (let k = out.length - 1; k >= 0; k--) if (out[k]!.speaker && !out[k]!.relay) return out[k]!;
  return null;
}

function accordingTo(text: string, masked: string, sent: Span, cue: CueMatch, resolver: SpeakerResolver): CueInfo {
  const after = masked.slice(cue.end, sent.end);
  const m = /^\s+([^,.;:!?"“\uE000]{1,100}?)\s*(?=[,.;:!?"“\uE000]|$)/u.exec(after);
  let phrase: SpeakerPhrase | null = null;
  let speaker: Speaker | null = null;
  let phraseEnd = cue.end;
  if (m) {
    const s = cue.end + m[0].indexOf(m[1]!);
    phraseEnd = s + m[1]!.length;
    phrase = classifyPhrase(text, s, phraseEnd);
    // "according to the report by X": any noun phrase is a source here.
    if (!phrase && countWords(m[1]!) <= SOURCE_PHRASE_MAX_WORDS) phrase = { kind: 'other', start: s, end: phraseEnd, nameStart: s, nameEnd: phraseEnd };
    if (phrase) speaker = resolver.resolve(phrase, s);
  }
  const lead = masked.slice(sent.start, cue.start).trim() === '';
  let content: Span | null;
  if (lead) {
    const c = masked.indexOf(',', phraseEnd);
    content = c >= 0 && c < sent.end ? clean(text, c + 1, sent.end, MIN_CONTENT_WORDS) : null;
  } else {
    let end = cue.start;
    while (end > sent.start && /[\s,(—–-]/.test(masked[end - 1]!)) end--;
    content = /["”»\uE000]/.test(masked[end - 1] ?? '') ? null : clean(text, sent.start, end, MIN_CONTENT_WORDS);
  }
  return { cue, phrase, speaker, mode: lead ? 'forward' : 'trailing', relay: false, slotFrom: cue.start, content };
}
