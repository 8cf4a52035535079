import { NAME_PARTICLES, PORTFOLIO_WORDS, TITLE_WORDS } from '../text/words';

/**
 * Speaker phrases (part of ./speaker.ts): the words in front of a cue classified as a name
 * ("French President Emmanuel Macron" → the name "Emmanuel Macron"), an organisation, a pronoun,
 * an unnamed source ("a U.S. official") or a group ("protesters").
 */

/**
 * "do" and "y" are name particles elsewhere ("Lula da Silva", "Ortega y Gasset") but common
 * English words here ("Why do Americans say"), so a speaker's name never runs through them.
 */
const AMBIGUOUS_PARTICLES = new Set(['do', 'y']);
export const isParticle = (w: string) => NAME_PARTICLES.has(w) && !AMBIGUOUS_PARTICLES.has(w);
/** The particles as a regex alternation, for name-run patterns. */
export const PARTICLE_ALTERNATION = [...NAME_PARTICLES].filter((w) => !AMBIGUOUS_PARTICLES.has(w)).join('|');

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

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it']);
/** "We've", "I'd", "they're": a pronoun with its auxiliary. */
const PRONOUN_CONTRACTION = /^(?:he|she|they|i|we|it)['’](?:ve|d|ll|re|m|s)$/i;

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

/**
 * A capitalised word that is part of a title rather than a name ("President", "Sen.", "Foreign"
 * in "Foreign Minister"): the shared titles and honorifics, or a portfolio word of an office.
 */
const isTitle = (w: string) => {
  let b = w.toLowerCase();
  if (b.charCodeAt(b.length - 1) === 46 /* . */) b = b.slice(0, -1);
  return TITLE_WORDS.has(b) || PORTFOLIO_WORDS.has(b);
};

/** Capitalised words that make a phrase an organisation or outlet, not a person. */
export const ORG_WORDS = new Set(
  (
    'post times news agency department ministry committee campaign house party council commission office ' +
    'service association institute university network journal press reuters group company corp inc court ' +
    'senate congress kremlin pentagon government administration bureau foundation center centre union bank ' +
    'fund organization organisation police army forces board tribune herald gazette telegraph guardian ' +
    'magazine radio television tv channel media coalition alliance council authority authorities embassy ' +
    'parliament cabinet command club federation league movement institute poll survey report study'
  ).split(' '),
);

const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'another',
  'one',
  'no',
  'every',
  'each',
  'any',
  'such',
  'two',
  'three',
  'several',
  'some',
  'many',
  'most',
  'other',
  'both',
  'his',
  'her',
  'their',
  'its',
  'our',
  'this',
  'that',
  'these',
  'those',
]);
const STOP_LAST = new Set([
  ...DETERMINERS,
  'to',
  'of',
  'in',
  'on',
  'for',
  'with',
  'by',
  'at',
  'from',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'not',
  'who',
  'which',
  'what',
  'so',
  'also',
  'has',
  'have',
  'had',
  'it',
  'there',
  'as',
  'if',
  'then',
  'than',
  'just',
  'only',
  'all',
]);
const LEADING_NOISE = /^(?:(?:but|and|so|yet|meanwhile|still|however|now|instead|separately|also|then|later|earlier|indeed|in fact|still)\b[\s,]*)+/i;

interface Token {
  w: string;
  start: number;
  end: number;
}

export function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const re = /[^\s,;:()]+/g;
  const s = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push({ w: m[0], start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

const UPPER_START = /^\p{Lu}/u;
/** /^\p{Lu}/u.test(w), ASCII first (asked for every word of every phrase). */
export const isCap = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(w);
};
/** Marks `bare` strips from a word's end: ’ ' " “ ” . */
const isTrailMark = (c: number) => c === 0x2019 || c === 39 || c === 34 || c === 0x201c || c === 0x201d || c === 46;
/**
 * w.toLowerCase().replace(/['’]s$/, '').replace(/[’'"“”.]+$/, ''), by char codes: a possessive
 * "'s", then any run of closing marks and full stops.
 */
export const bare = (w: string) => {
  const b = w.toLowerCase();
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

/** A head noun's singular, for matching "the official" to "a U.S. official" ("officials" → official). */
const headWord = (w: string) => {
  const b = bare(w).replace(/\.$/, '');
  return (
    ABBREVIATED_TITLES[b] ??
    b
      .replace(/(?:ies)$/, 'y')
      .replace(/men$/, 'man')
      .replace(/s$/, '')
  );
};
/** Title abbreviations read as their head noun ("Sen." → senator), so "the senator" can find "Sen. Smith". */
const ABBREVIATED_TITLES: Record<string, string> = {
  sen: 'senator',
  rep: 'representative',
  gov: 'governor',
  gen: 'general',
  pres: 'president',
  prof: 'professor',
  dr: 'doctor',
};
/** Lower-case words that join the parts of one capitalised name ("Bureau of Prisons", "Center for American Progress"). */
const RUN_CONNECTORS = new Set(['of', 'on', 'for', '&']);
/** Prepositions that make a following name a description of the speaker ("minister of France"). */
const DESCRIPTOR_PREPOSITIONS = new Set(['of', 'for', 'from', 'at', 'in', 'with', 'against', 'to', 'on', 'by']);
/**
 * The longest capitalised run read as one name (9: "the Cook Political Report's House editor
 * David Wasserman" fits, a title-case headline does not), and the most words a person's name has
 * (5: "Cornell William Brooks", "Ursula von der Leyen").
 */
const MAX_RUN_WORDS = 9;
const MAX_NAME_WORDS = 5;

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

  if (toks.length === 1 && (PRONOUNS.has(first.w.toLowerCase()) || PRONOUN_CONTRACTION.test(first.w))) {
    return { kind: 'pronoun', start, end, nameStart: start, nameEnd: end };
  }

  // Unnamed sources: a people-noun anywhere in a short lowercase-headed phrase.
  const headIdx = toks.findIndex((t) => isHead(t.w));
  // "Protesters said", "Senior officials said": capitalised only because the sentence starts there.
  const sentenceCase = isCap(first.w) && toks.slice(1).every((t) => !isCap(t.w)) && isHead(last.w);
  const lastIsCap = !sentenceCase && (isCap(last.w) || /^[\p{Lu}]/u.test(last.w.replace(/^['’"“]/, '')));
  if (!lastIsCap && headIdx >= 0 && toks.length <= 9) {
    const head = toks[headIdx]!;
    const definite = /^(the|those|these|that|this)$/i.test(first.w) && toks.length > 1;
    const kind: PhraseKind = isPluralHead(head.w) ? 'group' : 'anon';
    return { kind, start, end, nameStart: start, nameEnd: end, head: headWord(head.w), definite };
  }

  if (lastIsCap) {
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
      const hi = toks.slice(0, prepBeforeThe ? i - 2 : i - 1).findIndex((t) => isHead(t.w) || isTitle(t.w));
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
    if (beforeRun === 'the' && i >= 2 && !toks.slice(0, i - 1).every((t) => isTitle(t.w) || isPossessive(t.w) || isCap(t.w))) return null;
    const theBefore = beforeRun === 'the' || /^the$/i.test(run[0]!.w);
    const orgStart = () => (beforeRun === 'the' ? toks[i - 1]!.start : run[0]!.start);
    // "The International Atomic Energy Agency", "the Federal Bureau of Prisons": an organisation
    // word ends the run, or stands before its first connector — the whole run is the name.
    const conn = run.findIndex((t) => RUN_CONNECTORS.has(t.w));
    const left = conn > 0 ? run.slice(0, conn) : run;
    if (ORG_WORDS.has(bare(last.w)) || (conn > 0 && left.some((t) => ORG_WORDS.has(bare(t.w))))) {
      return { kind: 'org', start, end, nameStart: orgStart(), nameEnd: end };
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
    const anyOrg = run.some((t) => ORG_WORDS.has(bare(t.w))) || theBefore;
    // Name starts after the last possessive, title or demonym.
    let n = 0;
    for (let k = 0; k < run.length - 1; k++) {
      const w = run[k]!.w;
      if (isPossessive(w) || isTitle(w) || RUN_CONNECTORS.has(w)) n = k + 1;
      if (RUN_CONNECTORS.has(w) && k + 1 < run.length - 1) n = k + 2; // "Secretary of State John Kerry"
    }
    // Organisation ("The New York Post", "the Kremlin") unless a person's name follows a possessive/title.
    const nameToks = run.slice(n);
    if (anyOrg && n === 0) return { kind: 'org', start, end, nameStart: orgStart(), nameEnd: end };
    if (!nameToks.length || nameToks.length > MAX_NAME_WORDS) return null;
    if (nameToks.some((t) => ORG_WORDS.has(bare(t.w)))) return { kind: 'org', start, end, nameStart: nameToks[0]!.start, nameEnd: end };
    // A possessive at the end ("Trump's") is not a speaker.
    if (isPossessive(last.w)) return null;
    // The title before the name ("Sen." → senator), so "the senator" can find this speaker later.
    const title = n > 0 && isTitle(run[n - 1]!.w) ? headWord(run[n - 1]!.w) : undefined;
    return { kind: 'name', start, end, nameStart: nameToks[0]!.start, nameEnd: nameToks[nameToks.length - 1]!.end, head: title };
  }

  // Any other short phrase ("the statement", "the report"): a non-person source.
  if (toks.length <= 4 && DETERMINERS.has(first.w.toLowerCase()) && toks.length >= 2) {
    return { kind: 'other', start, end, nameStart: start, nameEnd: end };
  }
  return null;
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
