import type { DatasetEntity, EntityResult, EntityType, Span } from '../../types';
import type { NameLexicon } from '../../text/name-lexicon';
import type { Token } from '../candidates';
import type { LexiconSets } from '../lexicon-sets';
import { tokenKey, type Found } from '../link';
import { OverlapIndex } from '../overlap';
import { firstTokenAt, isNameWord } from '../name-words';
import { NAME_PARTICLES } from '../../text/words';
import { startsSentence, type TokenEvidence } from './features';
import { notPerson, strictShape } from './vote';
import { spansOf, tagTokens, type NerTag, type Tagger, type Tagging } from './tagger';

/** The rules' findings, and what the learned tagger reads beside them (tokens, the look-up's answers, the word lists). */
export interface RuleFindings {
  entities: EntityResult[];
  records: Map<string, DatasetEntity>;
  adjectiveCountries: Map<string, Span[]>;
  text: string;
  tokens: Token[];
  found: Found;
  L: LexiconSets | null;
  lexicon: NameLexicon | undefined;
}

export const TAG_OF: Partial<Record<EntityType, NerTag>> = { person: 'PER', country: 'LOC', place: 'LOC', organization: 'ORG', outlet: 'ORG' };
const TYPE_OF: Record<NerTag, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place' };

const BEGIN: Record<NerTag, string> = { PER: 'B-PER', ORG: 'B-ORG', LOC: 'B-LOC' };
const INSIDE: Record<NerTag, string> = { PER: 'I-PER', ORG: 'I-ORG', LOC: 'I-LOC' };

/**
 * A person's name is made of name-shaped words ("Tax ID", "Lexus IS 300" and "Spanish" are not): it
 * opens and ends on a name word (isNameWord), with initials ("A.") and particles ("bin", "van") between.
 */
function nameShaped(tokens: Token[], s: Span): boolean {
  const from = firstTokenAt(tokens, s.start);
  let to = from;
  while (to + 1 < tokens.length && tokens[to + 1]!.end <= s.end) to++;
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    const ends = i === from || i === to;
    if (!(isNameWord(t) || (!ends && (/^\p{Lu}\.$/u.test(t.text) || NAME_PARTICLES.has(t.low))))) return false;
  }
  return true;
}

/** What the rules decided about each token, and the dataset's types for each one-word alias: the tagger's evidence. */
export function evidenceOf(r: RuleFindings): TokenEvidence {
  const n = r.tokens.length;
  const ev: TokenEvidence = {
    rule: new Array<string>(n).fill('O'),
    linked: new Array<boolean>(n).fill(false),
    why: new Array<string | undefined>(n),
    doc: [],
    alias: new Array<string | undefined>(n),
  };
  for (const e of r.entities) {
    const tag = TAG_OF[e.type];
    if (!tag) continue;
    const why = e.why?.split(' ').slice(0, 3).join(' ');
    for (const m of e.mentions)
      for (let i = firstTokenAt(r.tokens, m.start), first = true; i < n && r.tokens[i]!.end <= m.end; i++, first = false) {
        ev.rule[i] = first ? BEGIN[tag] : INSIDE[tag];
        ev.linked[i] = e.fromDataset;
        ev.why[i] = why;
      }
  }
  // What the rest of the document says about each capitalised word (capitalised tokens only: the rest read nothing).
  const opens: boolean[] = [];
  const caps = new Set<string>();
  const capMid = new Map<string, number>();
  const ruleOf = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const t = r.tokens[i]!;
    if (!t.cap) continue;
    caps.add(t.low);
    if (!(opens[i] = startsSentence(r.text, r.tokens, i))) capMid.set(t.low, (capMid.get(t.low) ?? 0) + 1);
    if (ev.rule[i] !== 'O' && !ruleOf.has(t.low)) ruleOf.set(t.low, ev.rule[i]!.slice(2));
  }
  const lower = new Set<string>();
  for (const t of r.tokens) if (!t.cap && caps.has(t.low)) lower.add(t.low);
  const aliasTypes = new Map<DatasetEntity[], string>();
  const none: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = r.tokens[i]!;
    if (!t.cap) {
      ev.doc[i] = none;
      continue;
    }
    const d: string[] = (ev.doc[i] = []);
    if (lower.has(t.low)) d.push('lowseen');
    if ((capMid.get(t.low) ?? 0) > (opens[i] ? 0 : 1)) d.push('capmid');
    const dr = ruleOf.get(t.low);
    if (dr) d.push('dr=' + dr);
    const hit = r.found.get(tokenKey(t));
    if (!hit?.length) continue;
    let types = aliasTypes.get(hit);
    if (types === undefined) aliasTypes.set(hit, (types = [...new Set(hit.map((e) => e.type))].sort().join('|')));
    ev.alias[i] = types;
  }
  return ev;
}

/**
 * How far the tagger is from reading the mention m as `tag`: over m's tokens it reads, the largest gap
 * between its best label's score and the score of the mention's own label there (0 = it reads it so).
 */
function doubt(r: RuleFindings, tg: Tagger, t: Tagging, m: Span, tag: NerTag): number {
  let worst = 0;
  for (let i = firstTokenAt(r.tokens, m.start), first = true; i < r.tokens.length && r.tokens[i]!.end <= m.end; i++, first = false) {
    const s = t.scores[i];
    if (!s) continue;
    const ownAt = tg.labels.indexOf((first ? 'B-' : 'I-') + tag);
    // Its best reading among what may stand there: O, a new name, or the mention's own label.
    let best = s[0]!;
    tg.labels.forEach((l, k) => (l[0] === 'B' || k === ownAt) && (best = Math.max(best, s[k]!)));
    worst = Math.max(worst, best - s[ownAt]!);
  }
  return worst;
}

/** How sure the tagger is of its span: the least margin of its label over O on the span's tokens. */
function sureness(r: RuleFindings, tg: Tagger, t: Tagging, m: Span): number {
  let least = Infinity;
  for (let i = firstTokenAt(r.tokens, m.start); i < r.tokens.length && r.tokens[i]!.end <= m.end; i++) {
    const s = t.scores[i];
    if (s) least = Math.min(least, s[tg.labels.indexOf(t.tags[i]!)]! - s[0]!);
  }
  return least;
}

/** Which rule-built mentions stay (all; those the tagger agrees with; those it agrees with or says nothing about) and which tagger spans are added. */
export interface Mode {
  keep: 'all' | 'agree' | 'defer';
  add: 'all' | 'PER' | 'none';
  /** A rule-built mention also stays when the tagger's best reading beats the mention's by at most this much. */
  slack?: number;
  /** Add one-word tagger spans that open a sentence too (off by default). */
  openers?: boolean;
  /** Add tagger people whose words are not name-shaped too (off by default). */
  anyShape?: boolean;
  /** A tagger span is added only when its label beats O by at least this much on each of its words. */
  margin?: number;
  /**
   * The tagger as a second vote on people only (vote.ts): a span it reads as a person is added where
   * the rules found nothing, when it is two words or more, or one word that is the surname of a
   * person the article names in full before it, and no word of it is listed (a company, city, place
   * or organisation) or written in lower case elsewhere in the article.
   */
  vote?: boolean;
  /** With vote: a one-word span that is a given name the word lists know ("Debra", "Dan") is added too. */
  voteGiven?: boolean;
  /** With vote: only the stricter shapes of a person's name (vote.ts, strictShape). */
  strict?: boolean;
}

/**
 * The rules and the tagger together. Dataset links stay the rules' (a link needs the rules'
 * evidence, so a trap never becomes a link through the tagger). The article-built names are the
 * tagger's: a rule-built mention is kept where the tagger found the same span with the same type,
 * and the tagger's other spans that overlap no kept mention become article-built entities (one per
 * name and type; a lone surname joins the article person named in full before it).
 */
export function withTagger(r: RuleFindings, tg: Tagger, L: LexiconSets, mode: Mode = { keep: 'all', add: 'PER' }): EntityResult[] {
  const tagging = tagTokens(tg, r.text, r.tokens, evidenceOf(r), L, mode.keep === 'all', !!(mode.slack || mode.margin));
  const spans = spansOf(r.tokens, tagging.tags);
  // The tagger's type by span (start, length), and its spans for overlap questions.
  const typeAt = new Map<number, NerTag>(spans.map((s) => [s.start * 65536 + (s.end - s.start), s.type]));
  const tagged = new OverlapIndex(spans);
  const kept: EntityResult[] = [];
  const claimed: Span[] = [];
  for (const e of r.entities) {
    if (e.fromDataset) {
      kept.push(e);
      claimed.push(...e.mentions);
      continue;
    }
    const tag = TAG_OF[e.type];
    const agrees = (m: Span) =>
      mode.keep === 'all' ||
      typeAt.get(m.start * 65536 + (m.end - m.start)) === tag ||
      (mode.keep === 'defer' && !tagged.overlaps(m)) ||
      (!!mode.slack && doubt(r, tg, tagging, m, tag!) <= mode.slack);
    const mentions = e.mentions.filter(agrees);
    if (!mentions.length) continue;
    kept.push({ ...e, mentions }); // a copy: later surnames join it, never the rules' own entity
    claimed.push(...mentions);
  }
  const taken = new OverlapIndex(claimed);
  const byName = new Map<string, EntityResult>();
  for (const e of kept) if (!e.fromDataset) byName.set(`${e.type}:${e.name.toLowerCase()}`, e);
  const added: EntityResult[] = [];
  const lower = new Set<string>();
  if (mode.vote) for (const t of r.tokens) if (!t.cap) lower.add(t.low);
  for (const s of spans) {
    if (mode.add === 'none' || (mode.add === 'PER' && s.type !== 'PER')) continue;
    if (mode.margin && sureness(r, tg, tagging, s) < mode.margin) continue;
    if (taken.overlaps(s)) continue;
    const name = r.text.slice(s.start, s.end);
    // One capitalised word opening a sentence says little by itself ("Grace is a virtue"): the rules decide those.
    if (!mode.openers && !name.includes(' ') && startsSentence(r.text, r.tokens, firstTokenAt(r.tokens, s.start))) continue;
    if (s.type === 'PER' && !mode.anyShape && !nameShaped(r.tokens, s)) continue;
    if (mode.vote && (s.type !== 'PER' || notPerson(r, L, lower, s))) continue;
    const type = TYPE_OF[s.type];
    let e = byName.get(`${type}:${name.toLowerCase()}`);
    if (!e && type === 'person' && !name.includes(' '))
      e = [...byName.values()].find((x) => x.type === 'person' && x.name.endsWith(' ' + name) && x.mentions[0]!.start < s.start);
    if (mode.vote && !name.includes(' ') && !e?.name.includes(' ') && !(mode.voteGiven && L.givenNames.has(name.toLowerCase()))) continue;
    if (mode.strict && !strictShape(r, L, s, e)) continue;
    if (e) {
      e.mentions = [...e.mentions, { start: s.start, end: s.end }].sort((a, b) => a.start - b.start);
      continue;
    }
    e = {
      id: null,
      name,
      type,
      fromDataset: false,
      mentions: [{ start: s.start, end: s.end }],
      card: { title: name, lines: ['From this article — not in the Backstory dataset'], sources: [], fromArticle: true },
      why: 'article-built: found by the learned name tagger',
    };
    byName.set(`${type}:${name.toLowerCase()}`, e);
    added.push(e);
  }
  for (const e of added) {
    const n = e.mentions.length;
    const label = { person: 'Person', organization: 'Organisation', place: 'Place' }[e.type as 'person'] ?? 'Name';
    e.card.lines.push(`${label} named ${n} time${n === 1 ? '' : 's'} in this article`);
  }
  return [...kept, ...added].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
