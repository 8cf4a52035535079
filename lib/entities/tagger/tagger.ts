import type { Span } from '../../types';
import type { Token } from '../candidates';
import type { LexiconSets } from '../lexicon-sets';
import { candidates, featureHash, HashSink, joins, shape, writeFeatures, type TokenEvidence } from './features';

/**
 * The learned name tagger: an averaged perceptron over BIO tags (PER, ORG, LOC), read greedily left
 * to right (trained by lib/entities/train/train-tagger.ts; weights in assets/ner/tagger.json).
 * The weights reach the entity stage with the name finder's word lists (DatasetLookup.lexicon), in
 * the background only; a missing or damaged weights file means no tagger (the rules alone), never an error.
 */

/** The weights file: labels, one scale, and per feature its quantised weights, one per label, comma-separated ("" = 0). */
export interface TaggerWeights {
  about: string;
  labels: string[];
  scale: number;
  weights: Record<string, string>;
}

export interface Tagger {
  labels: string[];
  /** By the FNV-1a hash of the feature's string (features.ts): tagging never builds the strings. */
  weights: Map<number, Float32Array>;
}

export type NerTag = 'PER' | 'ORG' | 'LOC';
export interface TaggedSpan extends Span {
  type: NerTag;
}

const loaded = new WeakMap<object, Tagger | null>();

/** The tagger of a weights file, or null when the file is missing or malformed (checked whole, once per object). */
export function loadTagger(raw: unknown): Tagger | null {
  if (!raw || typeof raw !== 'object') return null;
  if (loaded.has(raw)) return loaded.get(raw)!;
  let out: Tagger | null = null;
  try {
    out = parse(raw as Partial<TaggerWeights>);
  } catch {
    out = null;
  }
  loaded.set(raw, out);
  return out;
}

function parse(raw: Partial<TaggerWeights>): Tagger | null {
  const { labels, scale, weights } = raw;
  if (!Array.isArray(labels) || labels[0] !== 'O' || !labels.every((l) => typeof l === 'string' && /^(?:O|[BI]-(?:PER|ORG|LOC))$/.test(l))) return null;
  if (typeof scale !== 'number' || !(scale > 0) || !weights || typeof weights !== 'object') return null;
  const map = new Map<number, Float32Array>();
  for (const [f, v] of Object.entries(weights)) {
    if (typeof v !== 'string') return null;
    const parts = v.split(',');
    if (parts.length !== labels.length) return null;
    const a = new Float32Array(labels.length);
    for (let k = 0; k < parts.length; k++) {
      const x = parts[k] ? Number(parts[k]) : 0;
      if (!Number.isFinite(x)) return null;
      a[k] = x / scale;
    }
    map.set(featureHash(f), a);
  }
  return map.size ? { labels, weights: map } : null;
}

/** I-X may only follow B-X or I-X, with only spaces between the two words (`joined`). */
export const allowed = (labels: string[], k: number, prev: string, joined: boolean) =>
  labels[k]![0] !== 'I' || (joined && prev.slice(2) === labels[k]!.slice(2));

/** Scores of every label for the features `f` (unknown features weigh nothing), into `s`. */
export function scores<K>(weights: Map<K, ArrayLike<number>>, n: number, f: K[], s = new Float64Array(n)): Float64Array {
  s.fill(0);
  for (const x of f) {
    const w = weights.get(x);
    if (w) for (let k = 0; k < n; k++) s[k]! += w[k]!;
  }
  return s;
}

/** The previous-tag features, added to a token's own while decoding (training reads them the same way). */
export const historyFeatures = (prev: string, tok: Token) => ['pt=' + prev, 'pt_sh=' + prev + shape(tok.text)];

/** The tagger's reading: a BIO tag per token (O for those it does not read) and, for those it reads, every label's score (when asked for). */
export interface Tagging {
  tags: string[];
  scores: (Float64Array | undefined)[];
}

/**
 * `keepRules`: where the rules' mentions are kept whatever the tagger says (Mode.keep 'all'), their
 * tokens take the rules' tags unread, and only the rest of the article is scored.
 */
export function tagTokens(tg: Tagger, text: string, tokens: Token[], ev: TokenEvidence, L: LexiconSets | null, keepRules = false, keepScores = false): Tagging {
  const read = candidates(text, tokens);
  const out: string[] = new Array<string>(tokens.length).fill('O');
  const all = new Array<Float64Array | undefined>(tokens.length);
  let prev = 'O';
  const buffer = new Float64Array(tg.labels.length);
  const sink = new HashSink();
  for (let i = 0; i < tokens.length; i++) {
    if (!read[i]) {
      prev = 'O';
      continue;
    }
    if (keepRules && ev.rule[i] !== 'O') {
      out[i] = prev = ev.rule[i]!;
      continue;
    }
    sink.out.length = 0;
    writeFeatures(text, tokens, i, ev, L, sink);
    sink.add('pt=', prev); // = historyFeatures(prev, token)
    sink.add('pt_sh=', prev, shape(tokens[i]!.text));
    const s = scores(tg.weights, tg.labels.length, sink.out, buffer);
    const joined = joins(text, tokens, i);
    let best = 0;
    for (let k = 1; k < s.length; k++) if (s[k]! > s[best]! && allowed(tg.labels, k, prev, joined)) best = k;
    out[i] = prev = tg.labels[best]!;
    if (keepScores) all[i] = s.slice();
  }
  return { tags: out, scores: all };
}

/** Spans of BIO tags; a span never ends on a connector ("of", "and"). */
export function spansOf(tokens: Token[], tags: string[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let open: { from: number; to: number; type: NerTag } | null = null;
  const close = () => {
    if (!open) return;
    let to = open.to;
    while (to > open.from && !tokens[to]!.cap) to--;
    if (tokens[open.from]!.cap || to > open.from) out.push({ start: tokens[open.from]!.start, end: tokens[to]!.end, type: open.type });
    open = null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tags[i]!;
    if (t[0] === 'B' || (t[0] === 'I' && !open)) {
      close();
      open = { from: i, to: i, type: t.slice(2) as NerTag };
    } else if (t[0] === 'I' && open) open.to = i;
    else close();
  }
  close();
  return out;
}
