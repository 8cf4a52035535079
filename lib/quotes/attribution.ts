import type { Span, Speaker } from '../types';
import { countWords } from '../text/sentences';
import { SPEECH_VERB_FORMS, WEEKDAY_ALTERNATION, WEEKDAYS } from '../text/words';
import { findCues, findTagVerbs, HEARER_VERBS, RELAY_VERBS, type CueMatch } from './cues';
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
const MIN_CONTENT_WORDS = 3;
const MIN_CLAUSE_WORDS = 4;
const LAST_CLAUSE_MIN_WORDS = 4;
const TAIL_MAX_WORDS = 14;
const SOURCE_PHRASE_MAX_WORDS = 8;
const INTRO_MAX_WORDS = 7;
const LOOK_BEHIND_CHARS = 40;
const MAX_SETTINGS = 4;
const HEADLINE_CAPITAL_SHARE = 0.7;

/**
 * How far back an appositive search goes for the subject ("Smith, 56, a lawyer for the family,
 * who has served …, said"): at most 3 comma- or dash-separated parts and 25 words between the
 * subject and the verb. Longer stretches were clauses of their own on polnear-dev.
 */
const APPOSITIVE_MAX_PARTS = 3;
const APPOSITIVE_MAX_WORDS = 25;

const HEARER_RE =
  /^\s+(?:him|her|them|us|me|reporters|journalists|lawmakers|supporters|the press|(?:the\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:of\s+|the\s+|and\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*)*(?:\s+\p{Ll}+(?=\s+that\b))?|(?:the|a|an|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+(?=\s+(?:that|on|in|at|during|last|this)\b|\s*[,:])|(?:[\p{Ll}'’-]+\s+){0,2}[\p{Ll}'’-]+(?=\s+that\b))/u;
const SETTING_RES = [
  new RegExp(`^\\s*,?\\s+(?:on\\s+|late\\s+|early\\s+|late on\\s+|early on\\s+)?${WEEKDAY_ALTERNATION}(?:\\s+(?:morning|afternoon|evening|night))?`, 'u'),
  /^\s+(?:last|this|on)\s+(?:week|month|year|weekend|night|morning|evening|afternoon)/u,
  /^\s+(?:in|during|at|on|via|through)\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,4}?(?:statement|interview|speech|conference|briefing|hearing|call|post|tweet|email|letter|op-ed|address|rally|meeting|event|appearance|hall|show|release|remarks|session|video|message|debate)(?:\s+(?:with|on|to|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)?/u,
  /^\s+(?:yesterday|today|tonight|earlier|later|again|also|repeatedly|publicly|privately|recently|previously|last night|in a statement|in an interview)\b/u,
  /^\s+(?:in|from|at)\s+\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+)*/u,
  /^\s+(?:to|on)\s+(?:reporters|journalists|(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:['’]s\s+["“]?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)?)/u,
];
/**
 * What may stand right before a participle cue that hangs on a clause: a comma, dash, bracket,
 * semicolon, closing quote, a conjunction or a time word ("tweeted Friday saying"). A participle
 * followed by "that" ("a sign saying that …") is speech wherever it stands.
 */
const PARTICIPLE_BOUNDARY = new RegExp(`(?:[,;(\u2014\u2013"”\uE000]|\\s-|\\b(?:and|but|while|also|then|even|again|when|repeatedly|publicly|later|often|now|still|today|yesterday|tonight|${WEEKDAYS.join('|')}))\\s*$`);
const INTRO_RE = /^\s*(?:In|On|At|As|During|After|Before|When|While|Since|With|Earlier|Later|Speaking|Asked)\b/;
const PROGRESSIVE_RE = /\b(?:is|are|was|were|been|be|am|isn['’]t|wasn['’]t|aren['’]t|weren['’]t|keeps?|kept|kept on|continues?|continued)\s+(?:[a-z]+ly\s+|not\s+|also\s+|now\s+|still\s+)*$/i;
/** Verbs that put the speaker after them in news copy ("…," said Smith). */
const INVERTIBLE = new Set(['say', 'add', 'write', 'continue', 'ask', 'explain', 'note', 'reply', 'respond', 'insist', 'declare', 'warn', 'argue', 'recall', 'tell', 'state', 'claim', 'announce', 'conclude', 'remark', 'observe', 'quip', 'joke', 'retort']);
const PARTICIPLE_CUT = /,\s+(?:saying|adding|noting|arguing|insisting|warning|explaining|claiming|stressing|according to)\b/;
const PREPOSITION_START = new RegExp(`^\\s*(?:$|[,.;:!?]|(?:on|in|at|during|to|last|this|late|early|earlier|after|before|while|when|from|via|with|through|of|citing|since|yesterday|today|tonight|${WEEKDAYS.join('|')}|in a|according)\\b)`);

export function analyseCues(text: string, masked: string, sent: Span, resolver: SpeakerResolver): CueInfo[] {
  const out: CueInfo[] = [];
  let headline: boolean | undefined; // computed on the first capitalised cue only
  const listed = findCues(masked, sent.start, sent.end);
  const tagged = findTagVerbs(text, masked, sent.start, sent.end);
  const cues = tagged.length ? [...listed, ...tagged].sort((a, b) => a.start - b.start) : listed;
  for (const cue of cues) {
    // "the United States", "Reports": a capitalised cue is a name or a title word, except at the
    // start of a sentence or in a title-case headline.
    if (/^\p{Lu}/u.test(text[cue.start]!) && cue.start !== sent.start && !(headline ??= isHeadline(text, sent))) continue;
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
      // "was assured that …" / "was told by X that …"
      const by = /^\s+by\s+([^,.;:"“]{2,60}?)(?=\s+(?:that|to|on|in)\b|[,.;:"“]|$)/u.exec(masked.slice(cue.end, sent.end));
      let relayBy: Speaker | null = null;
      if (by) {
        const s = cue.end + by.index + by[0].indexOf(by[1]!);
        const p = classifyPhrase(text, s, s + by[1]!.length);
        if (p) relayBy = resolver.resolve(p, s);
      }
      out.push({ cue, phrase: null, speaker: null, mode: 'relay', relay: true, relayBy, slotFrom, content: null });
      continue;
    }

    if (!phrase && !participle && slot.to <= slot.from && boundary === 'comma') {
      // Appositive: "Smith, a spokesman for the campaign, said" / "Schiff, 56, who has served …, told".
      let comma = masked.lastIndexOf(',', slot.from - 1);
      // A description ("the foreign minister of France") is kept only if no name stands further back.
      let described: { p: SpeakerPhrase; from: number; boundary: SubjectSlot['boundary'] } | null = null;
      for (let k = 0; k < APPOSITIVE_MAX_PARTS && !phrase; k++) {
        // Only marks inside the sentence count (anything before it ends the search), so the
        // backward searches stop at the sentence start instead of running back through the text.
        const prevComma = lastIndexIn(masked, ',', comma - 1, sent.start);
        const dash = Math.max(lastIndexIn(masked, '—', comma - 1, sent.start), lastIndexIn(masked, '--', comma - 1, sent.start));
        const c2 = Math.max(prevComma, dash);
        if (c2 < sent.start || countWords(text.slice(c2, slot.from)) > APPOSITIVE_MAX_WORDS) break;
        const s2 = subjectSlot(masked, sent.start, c2);
        const p2 = s2.to > s2.from ? classifyPhrase(text, s2.from, s2.to) : null;
        // "…, 59, of Ashton, Md., who …": places inside the appositive are not the speaker.
        const place = /^(?:of|in|from|at)\s/i.test(text.slice(s2.from, s2.to)) || /^\p{Lu}[\p{L}.]*\.$/u.test(text.slice(s2.from, s2.to));
        if (p2 && !place && p2.kind !== 'other' && p2.kind !== 'pronoun') {
          if (p2.descriptor) described ??= { p: p2, from: s2.from, boundary: s2.boundary };
          else {
            phrase = p2;
            slotFrom = s2.from;
            boundary = s2.boundary;
          }
        }
        comma = c2;
      }
      if (!phrase && described) {
        phrase = described.p;
        slotFrom = described.from;
        boundary = described.boundary;
      }
    }
    if (!phrase && !participle && slot.to <= slot.from && (boundary === 'comma' || boundary === 'quote') && INVERTIBLE.has(cue.base)) {
      // Inverted: "…," said John Smith, a spokesman.
      const rest = masked.slice(cue.end, sent.end);
      const m = /^\s+([^,.;:!?"“”\uE000]{1,80}?)\s*(?=[,.;:!?"“”]|$)/u.exec(rest);
      if (m && !/^(?:that|to|in|on|at|for|with|it|this)\b/i.test(m[1]!)) {
        const s = cue.end + m[0].indexOf(m[1]!);
        const p = classifyPhrase(text, s, s + m[1]!.length);
        if (p && p.kind !== 'other' && countWords(m[1]!) <= SOURCE_PHRASE_MAX_WORDS) {
          phrase = p;
          inverted = true;
          slotFrom = cue.start;
        }
      }
    }
    if (!phrase && !participle && boundary === 'conj' && /\bwho\s*$/i.test(masked.slice(sent.start, slot.from))) {
      // "Smith, who chairs the panel, said" has been handled above; "… Smith, who said …": the antecedent.
      // Only one "who" can end the stretch, so searching from the sentence (one character of
      // context for \b) finds the same one as searching from the text start — in constant time.
      const lo = Math.max(0, sent.start - 1);
      const who = lo + masked.slice(lo, slot.from).search(/\bwho\s*$/i);
      const s2 = subjectSlot(masked, sent.start, who);
      const p2 = s2.to > s2.from ? classifyPhrase(text, s2.from, s2.to) : null;
      if (p2 && p2.kind !== 'other') phrase = p2;
    }

    if (withSubject) phrase = withSubject;
    // "we confirmed that", "I asked him": outside quotation marks, I and we are the writer — a
    // narrator's clause, not a source's words.
    if (phrase?.kind === 'pronoun' && /^(?:i|we)(?:['’]\w+)?$/i.test(text.slice(phrase.nameStart, phrase.nameEnd))) continue;
    let speaker: Speaker | null = null;
    if (phrase) speaker = resolver.resolve(phrase, phrase.nameStart);
    else if (participle || (emptySlot && boundary === 'conj')) {
      // ", saying …" / "and added that …": the subject of the clause it hangs on.
      const prev = [...out].reverse().find((c) => c.speaker && !c.relay);
      if (prev) speaker = prev.speaker;
      else {
        const lead = leadingSubject(text, sent.start, cue.start);
        if (lead) speaker = resolver.resolve(lead, lead.nameStart);
      }
    }
    if (!speaker) continue;

    const rest = masked.slice(cue.end, sent.end);
    let tail = inverted || boundary === 'quote' || (boundary === 'comma' && isTail(rest, cue.base));
    // "In one tweet Friday, Trump said …": an opening setting, not reported words.
    if (tail && boundary === 'comma' && INTRO_RE.test(text.slice(sent.start, slotFrom)) && countWords(text.slice(sent.start, slotFrom)) <= INTRO_MAX_WORDS) tail = false;
    // "The oxygen bar charges Rs 299", "key states like Ohio": verbs that are also nouns, or mean
    // something else without a clause, report speech forward only with "that", a colon or a quote.
    if (!tail && NEEDS_THAT.has(cue.base) && !/^[^.;!?]{0,60}?\bthat\b|^\s*[:"“\uE000]/.test(rest)) continue;
    const info: CueInfo = { cue, phrase, speaker, mode: tail ? 'trailing' : 'forward', relay: false, slotFrom, content: null };
    info.content = tail ? trailingContent(text, masked, sent, slotFrom) : forwardContent(text, masked, sent, cue);
    // "The museum, Mr. Obama said, would make visitors …": a parenthetical attribution; the
    // reported words are the whole sentence around it.
    if (tail && !info.content && /^,\s+\p{Ll}/u.test(rest) && !/["”»\uE000]/.test(masked[slotFrom - 2] ?? '')) info.content = clean(text, sent.start, sent.end, MIN_CLAUSE_WORDS);
    out.push(info);
  }
  return out;
}

/** After a trailing cue only a hearer or a setting may follow ("told reporters on Sunday."). */

function isTail(rest: string, base: string): boolean {
  if (/\bthat\b/.test(rest)) return false;
  const upToQuote = rest.split(/["“«\uE000]/)[0]!;
  if (countWords(upToQuote) > TAIL_MAX_WORDS) return false;
  if (PREPOSITION_START.test(upToQuote)) return true;
  if (HEARER_VERBS.has(base) && HEARER_RE.test(upToQuote)) return true;
  return /^\s*[.!?]?\s*$/.test(upToQuote);
}

function trailingContent(text: string, masked: string, sent: Span, slotFrom: number): Span | null {
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

/**
 * Speech verbs whose forms are also common nouns or other senses ("charges", "states",
 * "comments", "counters", "continues", "promises"): forward reported speech needs "that", a colon
 * or a quote after them. "said", "told", "added" need nothing; nor do "reported" and "noted",
 * which news copy uses without "that" (on the polnear-dev tuning half, requiring it lost 3 real
 * attributions and gained nothing).
 */
const NEEDS_THAT = new Set('charge state comment remark counter continue maintain observe mention caution recall promise pledge vow boast lament'.split(' '));

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

function forwardContent(text: string, masked: string, sent: Span, cue: CueMatch): Span | null {
  let pos = cue.end;
  const at = () => masked.slice(pos, sent.end);
  if (HEARER_VERBS.has(cue.base)) {
    const h = HEARER_RE.exec(at());
    if (h) pos += h[0].length;
  }
  for (let guard = 0; guard < MAX_SETTINGS; guard++) {
    // The first setting phrase that matches, in SETTING_RES order (one slice per step).
    const rest = at();
    let r: RegExpExecArray | null = null;
    for (const re of SETTING_RES) if ((r = re.exec(rest))) break;
    if (!r) break;
    pos += r[0].length;
  }
  const lead = /^\s*[,:]?\s*(?:that\b)?\s*[,:]?\s*/.exec(at());
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

/** Pick the cue that speaks a direct quote. */

export function clean(text: string, start: number, end: number, minWords: number): Span | null {
  while (start < end && /[\s,:;]/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:!?]/.test(text[end - 1]!)) end--;
  if (end <= start || countWords(text.slice(start, end)) < minWords) return null;
  return { start, end };
}

function isHeadline(text: string, sent: Span): boolean {
  const words = text.slice(sent.start, sent.end).match(/\p{L}+/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= HEADLINE_CAPITAL_SHARE * words.length;
}

