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

/**
 * A capitalised word that is part of a title rather than a name ("President", "Sen.", "Foreign"
 * in "Foreign Minister"): the shared titles and honorifics, or a portfolio word of an office.
 */
const isTitle = (w: string) => {
  const b = w.toLowerCase().replace(/\.$/, '');
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
  const headIdx = toks.findIndex((t) => isHead(t.w));
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
    while (i > 0 && (isCap(toks[i - 1]!.w) || isParticle(toks[i - 1]!.w) || (toks[i - 1]!.w === 'of' && i > 1 && isCap(toks[i - 2]!.w)))) i--;
    if (toks.length - i > 9) i = toks.length - 9;
    const run = toks.slice(i);
    const anyOrg = run.some((t) => ORG_WORDS.has(bare(t.w))) || /^the$/i.test(run[0]!.w) || (i > 0 && /^the$/i.test(toks[i - 1]!.w));
    // Name starts after the last possessive, title or demonym.
    let n = 0;
    for (let k = 0; k < run.length - 1; k++) {
      const w = run[k]!.w;
      if (isPossessive(w) || isTitle(w) || w === 'of') n = k + 1;
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
    if (p && p.kind !== 'other') return p;
  }
  return null;
}
