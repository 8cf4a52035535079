import { aliasKey, aliasKeyMemo } from '../dataset/alias-key';
import type { DatasetEntity, DatasetLookup, EntityResult, Span } from '../types';
import { capitalisedRuns, subRuns, tokenize, type Run, type SubRun, type Token } from './candidates';
import { findArticlePeople, isNameWord, TITLE_WORDS } from './article-people';
import { OverlapIndex } from './overlap';
import { findOtherNames, lexiconSets, type LexiconSets } from './other-names';

export interface EntityFindings {
  entities: EntityResult[];
  /** Dataset records of every linked entity, by id (cards, claims and the popup read them). */
  records: Map<string, DatasetEntity>;
  /** Country ids named by adjective ("Belarusian President …"): context, not mentions. */
  adjectiveCountries: Map<string, Span[]>;
}

interface Hit {
  span: Span;
  key: string;
  candidates: DatasetEntity[];
  tokens: number;
}

/**
 * Finds the dataset's entities in a body text and the people the dataset does not know.
 *
 * Order of decisions, and why:
 * 1. Longest alias wins inside a capitalised run ("The Washington Post" over "Washington").
 * 2. An alias shared by several entities (a weak alias: a surname two leaders share) is linked only
 *    when context picks one — an earlier full-name mention, or the entity's country named in the
 *    article — and otherwise left unlinked rather than guessed.
 * 3. A bare surname after a full name resolves to that person even where the dataset has no
 *    surname alias for them.
 */
export async function findEntities(text: string, lookup: DatasetLookup): Promise<EntityFindings> {
  const tokens = tokenize(text);
  const runs = capitalisedRuns(text, tokens);

  // Sub-runs and their keys are computed once per run and reused by the matching below.
  const subs = runs.map((run) => subRuns(run, tokenKey));
  const keys = new Set<string>();
  for (const list of subs) for (const sr of list) keys.add(sr.key);
  // The name finder's word lists come with the look-up (one message per page in the extension).
  const [found, lex] = await Promise.all([keys.size ? lookup.byAliases([...keys]) : {}, lookup.lexicon?.()]);
  const L = lex ? lexiconSets(lex) : null;

  const hits: Hit[] = [];
  const adjectiveCountries = new Map<string, Span[]>();
  for (let r = 0; r < runs.length; r++) matchRun(runs[r]!, subs[r]!, found, hits, adjectiveCountries, L);
  // Runs are in text order and hits never overlap, so one sort at the end orders them all.
  hits.sort((x, y) => x.span.start - y.span.start);

  // Context: what the article names unambiguously.
  const sure = new Map<string, DatasetEntity>();
  for (const h of hits) if (h.candidates.length === 1 && !isWeak(h)) sure.set(h.candidates[0]!.id, h.candidates[0]!);
  const countriesInText = new Set<string>([...adjectiveCountries.keys()]);
  for (const e of sure.values()) if (e.type === 'country') countriesInText.add(e.id);

  const byId = new Map<string, { record: DatasetEntity; mentions: Span[] }>();
  const surnameOf = new Map<string, string>(); // last-name key → person id (from full mentions)
  const add = (record: DatasetEntity, span: Span) => {
    let e = byId.get(record.id);
    if (!e) byId.set(record.id, (e = { record, mentions: [] }));
    e.mentions.push(span);
  };

  for (const h of hits) {
    let pick: DatasetEntity | undefined;
    const earlier = surnameOf.get(h.key);
    if (earlier) pick = h.candidates.find((c) => c.id === earlier) ?? byId.get(earlier)?.record;
    if (!pick && h.candidates.length === 1 && !isWeak(h)) pick = h.candidates[0];
    if (!pick) pick = disambiguate(h, sure, countriesInText);
    // A key strong for one entity and weak for others ("Jordan": the country, and a surname) names
    // the one that carries it as a name of its own when context picks none.
    if (!pick && isWeak(h)) {
      const strong = h.candidates.filter((c) => !c.weakAliases?.includes(h.key));
      if (strong.length === 1) pick = strong[0];
    }
    if (!pick) continue;
    add(pick, h.span);
    if (pick.type === 'person' && h.tokens >= 2) {
      const last = aliasKeyMemo(text.slice(h.span.start, h.span.end)).split(' ').pop()!;
      surnameOf.set(last, pick.id);
    }
  }

  // Bare surnames of people named in full earlier, where the dataset had no alias for them
  // (no full name of a person, no pass over the tokens).
  if (surnameOf.size) {
    const claimed = new OverlapIndex(hits.map((h) => h.span));
    for (const t of tokens) {
      if (!t.cap) continue;
      const id = surnameOf.get(tokenKey(t));
      if (!id || claimed.overlaps(t)) continue;
      if (!isAfterFullMention(byId.get(id)!.mentions, t)) continue;
      add(byId.get(id)!.record, { start: t.start, end: t.end });
    }
  }

  const entities: EntityResult[] = [];
  const records = new Map<string, DatasetEntity>();
  for (const { record, mentions } of byId.values()) {
    mentions.sort((a, b) => a.start - b.start);
    records.set(record.id, record);
    entities.push({
      id: record.id,
      name: record.name,
      type: record.type,
      fromDataset: true,
      mentions: dedupe(mentions),
      card: { title: record.name, lines: [], sources: [] }, // filled by lib/card
    });
  }

  const taken: Span[] = [];
  for (const e of entities) for (const m of e.mentions) taken.push(m);
  const people = findArticlePeople(text, tokens, runs, taken);
  entities.push(...people);
  for (const p of people) for (const m of p.mentions) taken.push(m);
  // Without a lexicon (a bare look-up) only dataset names and introduced people are found.
  if (L) entities.push(...findOtherNames(text, tokens, runs, taken, L));
  entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return { entities, records, adjectiveCountries };
}

const tokenKey = (t: Token): string => aliasKeyMemo(t.text);

/** Alias keys of an entity's adjectives ("Belarusian"), computed once per record. */
const adjectiveKeys = new WeakMap<DatasetEntity, string[]>();
function adjectiveKeysOf(e: DatasetEntity): string[] {
  let keys = adjectiveKeys.get(e);
  if (!keys) adjectiveKeys.set(e, (keys = (e.adjectives ?? []).map(aliasKey)));
  return keys;
}

function isWeak(h: Hit): boolean {
  return h.candidates.some((c) => c.weakAliases?.includes(h.key));
}

function matchRun(run: Run, subs: SubRun[], found: Record<string, DatasetEntity[]>, hits: Hit[], adjectives: Map<string, Span[]>, L: LexiconSets | null) {
  const used = new Array<boolean>(run.tokens.length).fill(false);
  for (const { a, b, key } of subs) {
    if (anyUsed(used, a, b)) continue;
    const raw = found[key];
    if (!raw?.length) continue;
    // An acronym alias ("AS", "CAR") names its entity only when written in capitals: "As the day
    // ended" is not American Samoa.
    const caps = isCapitals(run.tokens, a, b);
    const list = raw.filter((e, i) => raw.findIndex((o) => o.id === e.id) === i && (caps || !e.acronyms?.includes(key)));
    if (!list.length) continue;
    const span = { start: run.tokens[a]!.start, end: run.tokens[b - 1]!.end };
    // A country adjective ("Belarusian") is context, not a mention of the country.
    // A country adjective ("Russian") is context, not a mention — even where some outlet's asset list
    // happens to carry the same word as a name.
    const isAdjective = list.some((e) => adjectiveKeysOf(e).includes(key));
    const named = isAdjective ? [] : list;
    if (!named.length) {
      for (const c of list) {
        const spans = adjectives.get(c.id) ?? [];
        spans.push(span);
        adjectives.set(c.id, spans);
      }
      for (let i = a; i < b; i++) used[i] = true;
      continue;
    }
    // "Northern Ireland", "East Africa", "New France" are other places than Ireland, Africa and
    // France: a place qualified by a compass word in the same run is left to the name finder.
    if (a > 0 && named.every((e) => e.type === 'country' || e.type === 'place') && L?.qualifiers.has(run.tokens[a - 1]!.text.toLowerCase())) continue;
    // "Maria Garcia" is not the dataset's Alan Garcia: a person alias that sits next to another
    // given-name-like word in the same run names somebody else.
    if (named.every((e) => e.type === 'person') && (nameNeighbour(a > 0 ? run.tokens[a - 1] : undefined, found) || nameNeighbour(run.tokens[b], found))) continue;
    for (let i = a; i < b; i++) used[i] = true;
    hits.push({ span, key, candidates: named, tokens: b - a });
  }
}

function isCapitals(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (tokens[i]!.text !== tokens[i]!.text.toUpperCase()) return false;
  return true;
}

function anyUsed(used: boolean[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (used[i]) return true;
  return false;
}

function nameNeighbour(t: Token | undefined, found: Record<string, DatasetEntity[]>): boolean {
  if (!t || !isNameWord(t)) return false;
  const k = tokenKey(t);
  return !TITLE_WORDS.has(k) && !found[k];
}

function disambiguate(h: Hit, sure: Map<string, DatasetEntity>, countries: Set<string>): DatasetEntity | undefined {
  const named = h.candidates.filter((c) => sure.has(c.id));
  if (named.length === 1) return named[0];
  const local = h.candidates.filter((c) => c.countryId && countries.has(c.countryId));
  if (local.length === 1) return local[0];
  return undefined;
}

function isAfterFullMention(mentions: Span[], t: Token): boolean {
  return mentions.some((m) => m.end <= t.start);
}

function dedupe(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}
