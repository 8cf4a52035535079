import { HONORIFICS, NAME_PARTICLES, TITLE_WORDS } from '../../text/words';
import { SPEECH_VERB_FORMS } from '../../text/speech-verbs';
import type { Token } from '../candidates';
import type { LexiconSets } from '../lexicon-sets';

/**
 * Features of the learned name tagger (tagger.ts), shared by the trainer and the tagger so that
 * both read a token the same way. Only "candidate" tokens are tagged (capitalised words, and the
 * particles and connectors between two of them); every other token is O without being read, which
 * keeps the tagger's cost to the capitalised part of an article.
 */

/** What the rules and the dataset say about each token, computed by the entity stage. */
export interface TokenEvidence {
  /** The rules' tag for the token ("B-PER", "I-ORG", "O"). */
  rule: string[];
  /** The rules' mention there is a dataset link. */
  linked: boolean[];
  /** The rules' reason for the entity there, its first words ("article-built: speech"). */
  why: (string | undefined)[];
  /** What the rest of the document says about the same word: "lowseen" (written in lower case elsewhere), "capmid" (capitalised inside a sentence elsewhere), "dr=PER" (the rules' type for it elsewhere). */
  doc: string[][];
  /** Types of the dataset entries whose alias is this one word ("person", "place"…), joined. */
  alias: (string | undefined)[];
}

const CONNECT: ReadonlySet<string> = new Set([...NAME_PARTICLES, 'of', 'and', 'the', 'for', 'on', 'upon', 'y', 'i', 'e', 'et']);

/** Words that open sentences and are never names: read as context only. */
const FUNCTION: ReadonlySet<string> = new Set(
  'the a an he she it they we you his her its their our my your this that these those but and or if in on at by for with from to of as after before when while there here what who which however also so then yet not no'.split(
    ' ',
  ),
);

/** Which tokens the tagger reads: capitalised words (not a function word opening a sentence, not "I"), and connectors right between two of them. */
export function candidates(text: string, tokens: Token[]): boolean[] {
  const out = tokens.map((t, i) => t.cap && t.text !== 'I' && !(FUNCTION.has(t.low) && startsSentence(text, tokens, i)));
  for (let i = 1; i + 1 < tokens.length; i++) if (!out[i] && tokens[i - 1]!.cap && tokens[i + 1]!.cap && CONNECT.has(tokens[i]!.low)) out[i] = true;
  return out;
}

/** Token i may continue the name of token i - 1: only spaces between them (no comma, full stop, bracket or line break). */
export function joins(text: string, tokens: Token[], i: number): boolean {
  if (i === 0) return false;
  for (let k = tokens[i - 1]!.end; k < tokens[i]!.start; k++) if (text.charCodeAt(k) !== 32) return false;
  return true;
}

const shapes = new Map<string, string>();
/** Word shape with runs collapsed: "McGregor" → "XxXx", "U.S." → "X.X.", "2019" → "d". */
export function shape(w: string): string {
  let s = shapes.get(w);
  if (s !== undefined) return s;
  s = '';
  let last = '';
  for (const ch of w) {
    const c = ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    if (c !== last) s += c;
    last = c;
  }
  if (shapes.size > 20_000) shapes.clear();
  shapes.set(w, s);
  return s;
}

/** Sentence start before token i: the text's start, a line break or a sentence's final mark (quotes and brackets skipped). */
export function startsSentence(text: string, tokens: Token[], i: number): boolean {
  const g = i ? gap(text, tokens[i - 1]!.end, tokens[i]!.start) : 'NL';
  return g === 'NL' || g === '.';
}

/** The punctuation between two tokens, reduced to one mark: "," "." "(" '"' "\n" or "" (a space). */
function gap(text: string, from: number, to: number): string {
  let g = '';
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '\n') return 'NL';
    if (c === ' ' || c === '\t') continue;
    g = c === '\u201c' || c === '\u201d' ? '"' : c === '\u2018' || c === '\u2019' ? "'" : c === '\u2014' || c === '\u2013' ? '-' : c;
    if (c === '.' || c === '!' || c === '?' || c === ':') return '.';
  }
  return g;
}

const low = (t: Token | undefined) => (t ? (t.low.endsWith('.') ? t.low.slice(0, -1) : t.low) : '<s>');

/** A word's own features and its context features as strings, built once per word (the tagger asks them for every capitalised token). */
interface WordInfo {
  w: string;
  sh: string;
  own: string[];
  given: boolean;
}
const infos = new Map<string, WordInfo>();
let infosOf: LexiconSets | null = null;
function info(t: Token, L: LexiconSets | null): WordInfo {
  if (infosOf !== L || infos.size > 20_000) {
    infos.clear();
    infosOf = L;
  }
  let x = infos.get(t.text);
  if (x) return x;
  const w = low(t);
  const sh = shape(t.text);
  const own = ['w=' + w, 'sh=' + sh, 'p3=' + w.slice(0, 3), 's3=' + w.slice(-3), 's2=' + w.slice(-2)];
  const given = !!L?.givenNames.has(w);
  if (L) {
    if (given) own.push('given');
    if (L.knownOrgs.has(w)) own.push('korg');
    if (L.knownPlaces.has(w)) own.push('kplace');
    if (L.orgHeads.has(w)) own.push('orghead');
    if (L.placeHeads.has(w)) own.push('placehead');
    if (L.otherHeads.has(w)) own.push('otherhead');
    if (L.lead.has(w)) own.push('lead');
  }
  x = { w, sh, own, given };
  infos.set(t.text, x);
  return x;
}

/** Where features go: joined into strings (training) or hashed piece by piece without building them (tagging). */
export interface Sink {
  add(a: string, b?: string, c?: string, d?: string, e?: string): void;
}
export class StringSink implements Sink {
  out: string[] = [];
  add(a: string, b = '', c = '', d = '', e = ''): void {
    this.out.push(a + b + c + d + e);
  }
}
const FNV_OFFSET = 0x811c9dc5 | 0;
/** FNV-1a over the UTF-16 code units of s, continued from h: fnv(fnv(h, a), b) === fnv(h, a + b). */
export function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}
/** The hash of a whole feature string (the weights file's keys are hashed with it on loading). */
export const featureHash = (s: string) => fnv(FNV_OFFSET, s);
export class HashSink implements Sink {
  out: number[] = [];
  add(a: string, b?: string, c?: string, d?: string, e?: string): void {
    let h = fnv(FNV_OFFSET, a);
    if (b) h = fnv(h, b);
    if (c) h = fnv(h, c);
    if (d) h = fnv(h, d);
    if (e) h = fnv(h, e);
    this.out.push(h);
  }
}

/** The features of token i as strings (the trainer's form). */
export function tokenFeatures(text: string, tokens: Token[], i: number, ev: TokenEvidence, L: LexiconSets | null): string[] {
  const sink = new StringSink();
  writeFeatures(text, tokens, i, ev, L, sink);
  return sink.out;
}

/**
 * The features of token i, without the previous tag (the tagger adds "pt=" features as it decodes).
 * L may be null (a bare look-up): the lexicon features are then absent, as in training they never are.
 */
export function writeFeatures(text: string, tokens: Token[], i: number, ev: TokenEvidence, L: LexiconSets | null, f: Sink): void {
  const t = tokens[i]!;
  const p = tokens[i - 1];
  const n = tokens[i + 1];
  const me = info(t, L);
  const pi = p ? info(p, L) : null;
  const ni = n ? info(n, L) : null;
  const gb = p ? gap(text, p.end, t.start) : 'NL';
  const ga = n ? gap(text, t.end, n.start) : 'NL';
  const pw = gb === '' || gb === ',' ? (pi?.w ?? '<s>') : gb;
  const nw = ga === '' || ga === ',' ? (ni?.w ?? '<s>') : ga;
  const rule = ev.rule[i]!;
  f.add('b');
  for (const x of me.own) f.add(x);
  f.add('gb=', gb);
  f.add('ga=', ga);
  f.add('pw=', pw);
  f.add('nw=', nw);
  f.add('pw2=', p ? low(tokens[i - 2]) : '<s>', '_', pw);
  f.add('nw2=', nw, '_', n ? low(tokens[i + 2]) : '</s>');
  f.add('psh=', pi ? pi.sh : '<s>');
  f.add('nsh=', ni ? ni.sh : '</s>');
  f.add('sh_nsh=', me.sh, '_', ni ? ni.sh : '</s>', ga);
  f.add('r=', rule);
  f.add('r_sh=', rule, me.sh);
  f.add('rn=', n ? ev.rule[i + 1] : '</s>');
  f.add('rp=', p ? ev.rule[i - 1] : '<s>');
  if (ev.linked[i]) f.add('rd=', rule);
  if (ev.why[i]) f.add('rw=', ev.why[i]);
  for (const x of ev.doc[i]!) {
    f.add(x);
    f.add(x, '_', rule);
  }
  const a = ev.alias[i];
  if (a) {
    f.add('al=', a);
    f.add('al_gb=', a, gb);
  }
  if (gb === '.' || gb === 'NL' || !p) {
    f.add('start');
    f.add('start_w=', me.w);
  }
  if (SPEECH_VERB_FORMS.has(nw) || SPEECH_VERB_FORMS.has(pw)) f.add('speech');
  if (HONORIFICS.has(pw) || TITLE_WORDS.has(pw)) f.add('title_before');
  if (L) {
    if (pi?.given) f.add('given_before');
    if (L.titles.has(pw)) f.add('ltitle_before');
  }
}
