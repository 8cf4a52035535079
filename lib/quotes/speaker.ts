import type { EntityResult, Speaker, Span } from '../types';

/**
 * Who is speaking: the noun phrase in front of a speech cue ("Ukrainian President Volodymyr
 * Macron said", "a U.S. official told", "sources familiar with the matter said"), reduced to
 * the person's name, and resolved against earlier mentions when it is a surname, a pronoun or a
 * definite description ("the official").
 *
 * Span convention: `start`/`end` of a Speaker are the span of the words that name the speaker AT
 * THIS CUE (the name inside "French President Emmanuel Macron", the surname "Macron",
 * the pronoun "he", the description "the official"); `name` is the resolved full name or, for an
 * unnamed source, its first description ("a U.S. official").
 */

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
}

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it']);

/** People-nouns that make an unnamed individual source. */
const ANON_HEADS = new Set(
  (
    'official source spokesperson spokesman spokeswoman aide diplomat adviser advisor analyst expert officer ' +
    'person insider lawmaker legislator staffer employee witness resident member representative minister ' +
    'executive investigator researcher economist strategist operative consultant insider commander ' +
    'negotiator observer scholar professor doctor lawyer attorney official-in-charge governor senator ' +
    'congressman congresswoman diplomat envoy ambassador delegate manager director president chairman ' +
    'candidate nominee campaign-aide volunteer organizer organiser activist supporter critic voter pollster ' +
    'prosecutor judge man woman protester demonstrator student worker farmer parent teacher veteran'
  ).split(' '),
);

/** Collective nouns and plurals that make a group source. */
const GROUP_HEADS = new Set(
  (
    'people community authorities police government administration campaign public crowd ' +
    'majority minority leadership military ministry media press opposition'
  ).split(' '),
);

/** Words that, capitalised, are part of a title rather than a name ("President", "Sen."). */
const TITLES = new Set(
  (
    'president vice prime minister secretary chancellor senator sen. rep. representative gov. governor mayor ' +
    'king queen prince princess pope general gen. chairman chairwoman chair ceo director spokesman spokeswoman ' +
    'spokesperson ambassador judge justice speaker leader commissioner premier deputy attorney officer dr. ' +
    'mr. mrs. ms. miss lt. col. capt. adm. sgt. sheikh foreign defense defence chief candidate nominee ' +
    'rev. sir dame lord lady professor prof. commander colonel captain admiral sergeant lieutenant ' +
    'minority majority whip head founder editor correspondent columnist reporter analyst economist ' +
    'executive manager coach spokesman-in-chief emir ayatollah patriarch archbishop bishop cardinal ' +
    'state treasury interior economy finance health justice homeland commerce labor energy'
  ).split(' '),
);

/** Capitalised words that make a phrase an organisation or outlet, not a person. */
const ORG_WORDS = new Set(
  (
    'post times news agency department ministry committee campaign house party council commission office ' +
    'service association institute university network journal press reuters group company corp inc court ' +
    'senate congress kremlin pentagon government administration bureau foundation center centre union bank ' +
    'fund organization organisation police army forces board tribune herald gazette telegraph guardian ' +
    'magazine radio television tv channel media coalition alliance council authority authorities embassy ' +
    'parliament cabinet command club federation league movement institute poll survey report study'
  ).split(' '),
);

const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'al', 'bin', 'ben', 'el', 'ibn', 'dos', 'del']);
const DETERMINERS = new Set(['a', 'an', 'the', 'another', 'one', 'two', 'three', 'several', 'some', 'many', 'most', 'other', 'both', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those']);
const STOP_LAST = new Set([
  ...DETERMINERS,
  'to', 'of', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'is', 'was', 'are', 'were', 'be', 'been', 'not', 'who', 'which',
  'what', 'so', 'also', 'has', 'have', 'had', 'it', 'there', 'as', 'if', 'then', 'than', 'just', 'only', 'all',
]);
const LEADING_NOISE = /^(?:(?:but|and|so|yet|meanwhile|still|however|now|instead|separately|also|then|later|earlier|indeed|in fact|still)\b[\s,]*)+/i;

interface Token {
  w: string;
  start: number;
  end: number;
}

function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const re = /[^\s,;:()]+/g;
  const s = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push({ w: m[0], start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

const UPPER_START = /^\p{Lu}/u;
/** /^\p{Lu}/u.test(w), ASCII first (asked for every word of every phrase). */
const isCap = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(w);
};
/** Marks `bare` strips from a word's end: ’ ' " “ ” . */
const isTrailMark = (c: number) => c === 0x2019 || c === 39 || c === 34 || c === 0x201c || c === 0x201d || c === 46;
/**
 * w.toLowerCase().replace(/['’]s$/, '').replace(/[’'"“”.]+$/, ''), by char codes: a possessive
 * "'s", then any run of closing marks and full stops.
 */
const bare = (w: string) => {
  let b = w.toLowerCase();
  let n = b.length;
  if (n >= 2 && b.charCodeAt(n - 1) === 115 /* s */ && (b.charCodeAt(n - 2) === 39 || b.charCodeAt(n - 2) === 0x2019)) n -= 2;
  while (n > 0 && isTrailMark(b.charCodeAt(n - 1))) n--;
  return n === b.length ? b : b.slice(0, n);
};
const isPossessive = (w: string) => /\p{L}['’]s?$/u.test(w) && /['’]s?$/.test(w) && !/^[\p{Lu}]['’]/u.test(w);
const isHead = (w: string) => {
  const b = bare(w);
  if (ANON_HEADS.has(b) || GROUP_HEADS.has(b)) return true;
  return b.endsWith('s') && (ANON_HEADS.has(b.slice(0, -1)) || ANON_HEADS.has(b.replace(/ies$/, 'y')) || ANON_HEADS.has(b.replace(/men$/, 'man')));
};
const isPluralHead = (w: string) => {
  const b = bare(w);
  return GROUP_HEADS.has(b) || (!ANON_HEADS.has(b) && (b.endsWith('s') || b.endsWith('men') || b === 'people'));
};

/**
 * Classify the phrase text[from, to) as a speaker. Returns null when the words cannot name a
 * speaker (a determiner alone, a preposition, a long clause).
 */
export function classifyPhrase(text: string, from: number, to: number): SpeakerPhrase | null {
  let toks = tokens(text, from, to);
  // Drop sentence-level noise ("But a source said").
  while (toks.length && LEADING_NOISE.test(toks[0]!.w) && toks.length > 1) toks = toks.slice(1);
  if (!toks.length) return null;
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;
  const start = first.start;
  const end = last.end;
  if (STOP_LAST.has(last.w.toLowerCase()) && !(toks.length === 1 && PRONOUNS.has(last.w.toLowerCase()))) return null;
  if (/^\d/.test(last.w)) return null;

  if (toks.length === 1 && PRONOUNS.has(first.w.toLowerCase())) {
    return { kind: 'pronoun', start, end, nameStart: start, nameEnd: end };
  }

  // Unnamed sources: a people-noun anywhere in a short lowercase-headed phrase.
  const headIdx = toks.findIndex((t, i) => isHead(t.w) && !(isCap(t.w) && i > 0 && toks.length > 1 && i === toks.length - 1 && false));
  // "Protesters said", "Senior officials said": capitalised only because the sentence starts there.
  const sentenceCase = isCap(first.w) && toks.slice(1).every((t) => !isCap(t.w)) && isHead(last.w);
  const lastIsCap = !sentenceCase && (isCap(last.w) || /^[\p{Lu}]/u.test(last.w.replace(/^['’"“]/, '')));
  if (!lastIsCap && headIdx >= 0 && toks.length <= 9) {
    const head = toks[headIdx]!;
    const definite = /^(the|those|these|that|this)$/i.test(first.w) && toks.length > 1;
    const kind: PhraseKind = isPluralHead(head.w) ? 'group' : 'anon';
    return { kind, start, end, nameStart: start, nameEnd: end, head: bare(head.w).replace(/(?:ies)$/, 'y').replace(/men$/, 'man').replace(/s$/, ''), definite };
  }

  if (lastIsCap) {
    // The last run of capitalised words (with name particles) is the name, titles stripped.
    let i = toks.length - 1;
    while (i > 0 && (isCap(toks[i - 1]!.w) || PARTICLES.has(toks[i - 1]!.w) || (toks[i - 1]!.w === 'of' && i > 1 && isCap(toks[i - 2]!.w)))) i--;
    if (toks.length - i > 9) i = toks.length - 9;
    const run = toks.slice(i);
    const anyOrg = run.some((t) => ORG_WORDS.has(bare(t.w))) || /^the$/i.test(run[0]!.w) || (i > 0 && /^the$/i.test(toks[i - 1]!.w));
    // Name starts after the last possessive, title or demonym.
    let n = 0;
    for (let k = 0; k < run.length - 1; k++) {
      const w = run[k]!.w;
      if (isPossessive(w) || TITLES.has(w.toLowerCase()) || w === 'of') n = k + 1;
      if (w === 'of' && k + 1 < run.length - 1) n = k + 2; // "Secretary of State John Kerry"
    }
    // Organisation ("The New York Post", "the Kremlin") unless a person's name follows a possessive/title.
    const nameToks = run.slice(n);
    if (anyOrg && n === 0) {
      const s = i > 0 && /^the$/i.test(toks[i - 1]!.w) ? toks[i - 1]!.start : run[0]!.start;
      return { kind: 'org', start, end, nameStart: s, nameEnd: end };
    }
    if (!nameToks.length || nameToks.length > 5) return null;
    if (nameToks.some((t) => ORG_WORDS.has(bare(t.w)))) return { kind: 'org', start, end, nameStart: nameToks[0]!.start, nameEnd: end };
    // A possessive at the end ("Trump's") is not a speaker.
    if (isPossessive(last.w)) return null;
    return { kind: 'name', start, end, nameStart: nameToks[0]!.start, nameEnd: nameToks[nameToks.length - 1]!.end };
  }

  // Any other short phrase ("the statement", "the report"): a non-person source.
  if (toks.length <= 4 && DETERMINERS.has(first.w.toLowerCase()) && toks.length >= 2) {
    return { kind: 'other', start, end, nameStart: start, nameEnd: end };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Finding the phrase in front of a cue
// ---------------------------------------------------------------------------------------------

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** Things that stand between a subject and its verb: adverbs, auxiliaries, "on Sunday". */
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

/**
 * The last words BETWEEN_RE and PASSIVE_RE can end on. Every alternative of both ends on one of
 * these words (or on "[a-z]+ly", or BETWEEN_RE on ")"), with whitespace right before it, so a
 * stretch whose last whitespace-free run is none of them matches neither regex, and the regexes
 * (which try every position of the stretch) are not run at all. Kept in step with the sources.
 */
const BETWEEN_LAST = new Set(
  (
    "also later previously earlier again then once recently often long now first always usually never ever since just isn't wasn't " +
    "aren't weren't doesn't didn't don't won't hasn't haven't hadn't is are was were repeatedly publicly privately reportedly allegedly " +
    'simply only still already even has have had would will could can may might did does do not ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday morning afternoon evening night week month year weekend ' +
    'yesterday today tonight statement interview post tweet speech letter email'
  ).split(' '),
);
const PASSIVE_LAST = new Set('was were been being is are be get got'.split(' '));
const LY_WORD = /^[a-z]+ly$/;
const SPACE = /\s/u;

/** The run of non-whitespace characters that ends s (/\S+$/u), found from the end. */
function lastRun(s: string): string {
  let i = s.length;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(s[i - 1]!)) break;
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

/** The words between the previous boundary and the cue, after skipping adverbs and "on Sunday". */
export function subjectSlot(masked: string, lo: number, cueStart: number): SubjectSlot {
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
  let boundary: SubjectSlot['boundary'] = i < lo ? 'start' : 'other';
  if (i >= lo) {
    const ch = masked[i]!;
    if (ch === ',') boundary = 'comma';
    else if (/["\u201d\u00bb\uE000]/.test(ch)) boundary = 'quote';
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

// ---------------------------------------------------------------------------------------------
// Resolution against earlier mentions
// ---------------------------------------------------------------------------------------------

interface NameMention extends Span {
  name: string;
  entityId: string | null;
  /** The name's last word, for "surname → full name" (split once, not per look-up). */
  last: string;
}

/** Capitalised runs of two or more words: candidate full names, for "surname → full name". */
export const NAME_RUN_RE = /\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:(?:von|van|der|den|de|da|di|du|la|le|al|bin|ibn|el)[ \t]+)*\p{Lu}[\p{L}'’.-]*)+/gu;

const NAME_RUN_AT = new RegExp(NAME_RUN_RE.source, 'uy');
const UPPER = /^\p{Lu}$/u;
const LETTER = /^\p{L}$/u;

/**
 * The code point at i (1 or 2 units) tested with `re`; ASCII by the caller. General punctuation
 * (U+2000-U+206F: curly quotes, dashes, ellipsis), the commonest non-ASCII in news text, holds no
 * letter: answered without building a string and running a regex on it.
 */
function codePointIs(re: RegExp, text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x2000 && c <= 0x206f) return false;
  const cp = text.codePointAt(i);
  return cp !== undefined && re.test(String.fromCodePoint(cp));
}
const unitsAt = (text: string, i: number) => ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);

/**
 * NAME_RUN_RE.exec(text) from `from` — the same match — with most capitalised words ruled out
 * before the regex runs: a run can only go on where the capitalised word (all of it: the letters
 * class never holds a space) is followed by spaces and then a capital or a name particle. The
 * regex scanning every position of a long article was the quotes stage's largest cost.
 */
export function nextNameRun(text: string, from: number): RegExpExecArray | null {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    const upper = c < 128 ? c >= 65 && c <= 90 : codePointIs(UPPER, text, i);
    if (!upper) {
      i += c < 128 ? 1 : unitsAt(text, i);
      continue;
    }
    // The word's end: [\p{L}'’.-]* after the capital. A capital later in the same word ("McDonald")
    // reaches the same end, so it cannot start a match where this one cannot.
    const p = i;
    i += unitsAt(text, i);
    for (;;) {
      const d = text.charCodeAt(i);
      if (d < 128 ? (d | 32) >= 97 && (d | 32) <= 122 || d === 39 || d === 46 || d === 45 : d === 0x2019 || codePointIs(LETTER, text, i)) i += d < 128 ? 1 : unitsAt(text, i);
      else break;
    }
    let k = i;
    while (text[k] === ' ' || text[k] === '\t') k++;
    if (k === i || k >= n) continue;
    const next = text.charCodeAt(k);
    // Next word: a capital, or the first letter of a particle (von van der den de da di du la le al bin ibn el).
    const maybe = next < 128 ? (next >= 65 && next <= 90) || 'vdlabie'.includes(text[k]!) : codePointIs(UPPER, text, k);
    if (!maybe) continue;
    NAME_RUN_AT.lastIndex = p;
    const m = NAME_RUN_AT.exec(text);
    if (m) return m;
  }
  return null;
}

interface RawRun extends Span {
  /** The run's last word. */
  last: string;
  /** The run classified: a full name, or null; undefined until needed. */
  name?: NameMention | null;
}

export class SpeakerResolver {
  private persons: { span: Span; entity: EntityResult }[] = [];
  /** Speakers already resolved, in text order, for pronouns and "the official". */
  private history: { pos: number; speaker: Speaker; head?: string; kind: PhraseKind }[] = [];

  constructor(
    private readonly text: string,
    entities: EntityResult[],
  ) {
    for (const e of entities) {
      if (e.type !== 'person') continue;
      for (const m of e.mentions) this.persons.push({ span: m, entity: e });
    }
    this.persons.sort((a, b) => a.span.start - b.span.start);
    let max = -Infinity;
    for (const p of this.persons) this.maxEnd.push((max = Math.max(max, p.span.end)));
  }

  /**
   * The earliest full name (two or more words) before `before` whose last word is `surname`.
   * Capitalised runs are found only as far into the text as asked, and a run is classified only
   * when its last word is the surname: a classified name ends where its run ends, so the run's
   * last word is the name's last word.
   */
  private fullNameFor(surname: string, before: number): NameMention | null {
    this.scanRunsBefore(before);
    for (const raw of this.runsByLast.get(surname) ?? []) {
      if (raw.start >= before) return null; // a name starts inside its run
      if (raw.name === undefined) raw.name = this.classifyRun(raw);
      const r = raw.name;
      if (r && r.start < before && r.last === surname) return r;
    }
    return null;
  }

  /** Capitalised runs (NAME_RUN_RE) by last word, in text order; scanned on demand. */
  private runsByLast = new Map<string, RawRun[]>();
  private rawScan = 0;
  private rawDone = false;

  /** Scan on until a run starting at or after `pos` has been seen (or the text ends). */
  private scanRunsBefore(pos: number): void {
    while (!this.rawDone && this.rawScan <= pos) {
      const m = nextNameRun(this.text, this.rawScan);
      if (!m) {
        this.rawDone = true;
        break;
      }
      this.rawScan = m.index + m[0].length;
      const end = m.index + m[0].length;
      const cut = Math.max(m[0].lastIndexOf(' '), m[0].lastIndexOf('\t'));
      const raw: RawRun = { start: m.index, end, last: m[0].slice(cut + 1) };
      const list = this.runsByLast.get(raw.last);
      if (list) list.push(raw);
      else this.runsByLast.set(raw.last, [raw]);
      if (m.index >= pos) break;
    }
  }

  private classifyRun(raw: RawRun): NameMention | null {
    const p = classifyPhrase(this.text, raw.start, raw.end);
    if (!p || p.kind !== 'name') return null;
    const name = this.text.slice(p.nameStart, p.nameEnd);
    if (!/\s/.test(name)) return null;
    return { start: p.nameStart, end: p.nameEnd, name, entityId: null, last: name.split(/\s+/).pop()! };
  }

  /** Running maximum of the persons' span ends (persons sorted by start), for personAt. */
  private maxEnd: number[] = [];

  /**
   * The first person mention (in start order) that overlaps [start, end). The first mention
   * ending after `start` is where the running maximum of ends first exceeds `start`: found by
   * binary search instead of a scan from the text's start per question.
   */
  private personAt(start: number, end: number): EntityResult | null {
    const ends = this.maxEnd;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! > start) hi = mid;
      else lo = mid + 1;
    }
    const p = this.persons[lo];
    return p && p.span.start < end ? p.entity : null;
  }

  private fullNames = new Map<EntityResult, string>();

  /** The fullest surface form of an entity in this text ("Emmanuel Macron" over "Macron"); once per entity. */
  private fullName(e: EntityResult): string {
    let name = this.fullNames.get(e);
    if (name !== undefined) return name;
    let best = '';
    for (const m of e.mentions) {
      const s = this.text.slice(m.start, m.end).replace(/['’]s$/, '');
      if (s.length > best.length) best = s;
    }
    name = best || e.name;
    this.fullNames.set(e, name);
    return name;
  }

  private named(start: number, end: number): Speaker {
    const surface = this.text.slice(start, end).replace(/['’]s$/, '');
    let entity = this.personAt(start, end);
    let name = surface;
    const tokensN = surface.split(/\s+/);
    if (tokensN.length === 1) {
      // A surname: the earliest full name in the text that ends with it.
      const full = this.fullNameFor(surface, start);
      if (full) {
        name = full.name;
        entity ??= this.personAt(full.start, full.end);
      }
    }
    if (entity) {
      const full = this.fullName(entity);
      if (full.split(/\s+/).length > name.split(/\s+/).length) name = full;
    }
    return { name, start, end, entityId: entity?.id ?? null, anonymous: false };
  }

  /** Turn a classified phrase into a Speaker, resolving pronouns and definite descriptions. */
  resolve(p: SpeakerPhrase, pos: number): Speaker | null {
    const surface = this.text.slice(p.nameStart, p.nameEnd);
    let speaker: Speaker | null = null;
    switch (p.kind) {
      case 'name':
        speaker = this.named(p.nameStart, p.nameEnd);
        break;
      case 'org':
        speaker = { name: surface, start: p.nameStart, end: p.nameEnd, entityId: null, anonymous: false };
        break;
      case 'pronoun': {
        const lower = surface.toLowerCase();
        const plural = lower === 'they' || lower === 'we';
        const prev = [...this.history].reverse().find((h) => h.pos < pos && (plural ? h.kind === 'group' : h.kind === 'name' || (lower !== 'it' && h.kind === 'anon') || (lower === 'it' && h.kind === 'org')));
        if (prev) speaker = { ...prev.speaker, start: p.nameStart, end: p.nameEnd, via: undefined };
        else if (!plural && lower !== 'it') {
          const before = this.persons.filter((x) => x.span.end <= pos).pop();
          if (before) speaker = { name: this.fullName(before.entity), start: p.nameStart, end: p.nameEnd, entityId: before.entity.id, anonymous: false };
        }
        if (!speaker) speaker = { name: surface, start: p.nameStart, end: p.nameEnd, entityId: null, anonymous: true, group: plural || undefined };
        break;
      }
      case 'anon':
      case 'group': {
        if (p.definite && p.head) {
          const prev = [...this.history].reverse().find((h) => h.pos < pos && h.head === p.head && h.kind === p.kind);
          if (prev) {
            speaker = { ...prev.speaker, start: p.nameStart, end: p.nameEnd, via: undefined };
            break;
          }
        }
        speaker = { name: surface, start: p.nameStart, end: p.nameEnd, entityId: null, anonymous: true };
        if (p.kind === 'group') speaker.group = true;
        break;
      }
      case 'other':
        speaker = { name: surface, start: p.nameStart, end: p.nameEnd, entityId: null, anonymous: false };
        break;
    }
    if (speaker) {
      const kind = p.kind === 'pronoun' ? (speaker.group ? 'group' : speaker.anonymous ? 'anon' : 'name') : p.kind;
      this.history.push({ pos, speaker, head: p.head, kind });
    }
    if (speaker && speaker.via === undefined) delete speaker.via;
    return speaker;
  }

  /** The last person named in text[from, to) other than `not` ("he spoke to X ... was assured"). */
  lastPersonIn(from: number, to: number, not: string | null): Speaker | null {
    let best: Speaker | null = null;
    const ents = this.persons.filter((p) => p.span.start >= from && p.span.end <= to);
    for (const p of ents) {
      const s = this.named(p.span.start, p.span.end);
      if (s.name !== not) best = s;
    }
    if (best) return best;
    const re = /\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:(?:von|van|der|de|al|bin)[ \t]+)*\p{Lu}[\p{L}'’-]+)*/gu;
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.text)) && m.index < to) {
      const end = Math.min(m.index + m[0].length, to);
      const p = classifyPhrase(this.text, m.index, end);
      if (!p || p.kind !== 'name') continue;
      const s = this.named(p.nameStart, p.nameEnd);
      // Only names we know as people: an entity, or a surname of an earlier full name.
      if (s.name !== not && (s.entityId || s.name.includes(' ')) && !notAName(s.name)) best = s;
    }
    return best;
  }
}

function notAName(s: string): boolean {
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
    if (isCap(next.w) || PARTICLES.has(next.w)) continue;
    const p = classifyPhrase(text, toks[0]!.start, toks[k - 1]!.end);
    if (p && p.kind !== 'other') return p;
  }
  return null;
}
