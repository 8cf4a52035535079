/**
 * Entities while the build assembles them: aliases carry a rank so that collisions can be settled
 * by a general rule. Rank 0 = the entity's own names; 1 = generated forms (romanisation variants,
 * abbreviations); 2 = loose forms (surname only, former names, local names); 3 = inherited forms
 * (a parent company's name on a secondary site); 4.x = cities, 5.x = administrative divisions (the
 * fraction orders namesakes by size, see places.ts).
 */
import type { DatasetEntity, Fact } from '../../types';
import { aliasKey } from '../alias-key';

export interface Draft extends Omit<DatasetEntity, 'aliases' | 'weakAliases' | 'acronyms' | 'everydayAliases'> {
  alias: Map<string, { surface: string; rank: number }>;
  weak: Set<string>;
  /** Per alias key: true while every surface seen for it is written in capitals ("CAR", "U.S."). */
  capitals: Map<string, boolean>;
  /**
   * A city or division: it yields a name to any entity that keeps it, without even a weak claim,
   * so that "Georgia" (the US state) never makes Georgia (the country) ambiguous to the linker.
   */
  minor?: boolean;
  /** A minor place's name when it lost its own to another entity and has no alias left ("Amazonas (department, Colombia)"). */
  fallbackName?: string;
  /**
   * Keys the entity claims against namesakes but keeps only as weak aliases (a division named like its
   * seat: "Kyoto"; division-seats.ts): linked only before the division's kind ("Kyoto prefecture") or
   * beside its full name (lib/entities/decide.ts).
   */
  claimOnly?: Set<string>;
  /**
   * A key the entity keeps only where a city takes its own name: a US state's "<X> State" ("New York
   * State" beside New York city), which elsewhere names the state's university or its team ("Ohio
   * State", "Georgia State"; places.ts).
   */
  besideCity?: string;
}

export function newDraft(id: string, type: DatasetEntity['type'], name: string): Draft {
  const d: Draft = { id, type, name, facts: [], alias: new Map(), weak: new Set(), capitals: new Map() };
  addAlias(d, name, 0);
  return d;
}

/**
 * An acronym as sources write it: 2–6 capital letters, dots allowed ("CAR", "U.S.", "NATO").
 * Look-up keys are lower-cased, so such an alias would otherwise match "car", "us", "as".
 */
export function isAcronymSurface(surface: string): boolean {
  const letters = surface.replace(/[.\s]/g, '');
  return /^\p{Lu}{2,6}$/u.test(letters) && /^[\p{Lu}.]+(?: [\p{Lu}.]+)*$/u.test(surface.trim());
}

function noteCase(d: Draft, key: string, surface: string): void {
  const acronym = isAcronymSurface(surface);
  d.capitals.set(key, (d.capitals.get(key) ?? true) && acronym);
}

export function addAlias(d: Draft, surface: string | undefined, rank: number): void {
  if (!surface) return;
  const clean = surface.replace(/\s+/g, ' ').trim();
  const key = aliasKey(clean);
  if (key.length < 2) return;
  noteCase(d, key, clean);
  const prev = d.alias.get(key);
  if (!prev || prev.rank > rank) d.alias.set(key, { surface: clean, rank });
}

/** A key the linker should only use with context (a surname shared by two people, "WHO"). */
export function addWeak(d: Draft, surface: string): void {
  const key = aliasKey(surface);
  if (key.length < 2) return;
  noteCase(d, key, surface);
  d.weak.add(key);
}

export function addFact(d: Draft, fact: Fact): void {
  if (!fact.value) return;
  // A card line is one line: a source's paragraphs or line breaks inside a value read "; " between.
  if (fact.value.includes('\n')) fact = { ...fact, value: fact.value.replace(/\s*\n+\s*/g, '; ') };
  if (d.facts.some((f) => f.label === fact.label && f.value === fact.value)) return;
  d.facts.push(fact);
}

export function slug(text: string): string {
  return aliasKey(text).replace(/\s+/g, '-').slice(0, 60) || 'x';
}

/** "United States" → "the United States"; "Belarus" → "Belarus". For "President of ..." lines. */
export function withArticle(countryName: string): string {
  if (/^the\s/i.test(countryName)) return countryName.replace(/^The\s/, 'the ');
  return /^(United|Republic|Kingdom|Federated|Commonwealth|Holy See)\b|\b(Republic|Kingdom|Union|Islands|States|Emirates|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Territories)\b/.test(
    countryName,
  )
    ? `the ${countryName}`
    : countryName;
}

export interface Collision {
  key: string;
  ids: string[];
  kept: string | null;
}

/** A single-word alias that is not the entity's own name and is an everyday English word. */
export interface CommonWordAlias {
  id: string;
  surface: string;
  /** People and outlets keep it as a weak alias (context can still pick "May" after "Theresa May",
   * "Guardian" on the Guardian's page); other entities lose it. */
  action: 'dropped' | 'weak';
}

export interface FinalizeOptions {
  /** Lower-case everyday English words (see common-words.ts). */
  isCommonWord?: (key: string) => boolean;
}

/**
 * Settles which entity an alias key links to: the single claimant with the lowest rank keeps it;
 * when several share the lowest rank, nobody keeps it and it becomes a weak alias of each.
 */
export function finalize(
  drafts: Draft[],
  looseWords: Set<string>,
  options: FinalizeOptions = {},
): { entities: DatasetEntity[]; collisions: Collision[]; commonWords: CommonWordAlias[] } {
  const commonWords = options.isCommonWord ? settleCommonWords(drafts, options.isCommonWord) : [];
  const claims = new Map<string, { d: Draft; rank: number }[]>();
  for (const d of drafts)
    for (const [key, a] of d.alias) {
      const list = claims.get(key) ?? [];
      list.push({ d, rank: a.rank });
      claims.set(key, list);
    }
  const strong = new Map<Draft, Set<string>>();
  const collisions: Collision[] = [];
  for (const [key, list] of claims) {
    let min = Math.min(...list.map((c) => c.rank));
    let best = list.filter((c) => c.rank === min);
    // Two people under one name: the one who holds an office now is the likelier reading (the
    // other keeps it as a weak alias, for context to pick).
    if (best.length > 1 && best.every((c) => c.d.type === 'person')) {
      const now = best.filter((c) => c.d.roles?.some((r) => r.status === 'current'));
      if (now.length === 1) {
        best = now;
        min = now[0]!.rank;
      }
    }
    // A loose form that is also an everyday word or a given name cannot link on its own (place
    // names from rank 4 on are the places' own names: "Virginia" is a state first).
    const loose = min >= 2 && min < 4 && looseWords.has(key);
    // A surname alone against a city or division of that name ("Houston"): neither is sure.
    const contested = min === 2 && best.every((c) => c.d.type === 'person') && list.some((c) => c.rank >= 4);
    const winner = best.length === 1 && !loose && !contested ? best[0]!.d : null;
    if (list.length > 1) collisions.push({ key, ids: list.map((c) => c.d.id), kept: winner?.id ?? null });
    for (const c of list) {
      if (c.d === winner) (strong.get(c.d) ?? strong.set(c.d, new Set()).get(c.d)!).add(key);
      else c.d.weak.add(key); // a city's or division's is dropped again below when another entity keeps it
    }
  }
  // A key claimed only against namesakes is the claimant's weak alias, and nobody's strong one.
  for (const d of drafts) for (const k of d.claimOnly ?? []) if (strong.get(d)?.delete(k)) d.weak.add(k);
  const holder = new Map<string, Draft>();
  for (const [d, keys] of strong) for (const k of keys) holder.set(k, d);
  for (const d of drafts) {
    const own = holder.get(aliasKey(d.name));
    if (d.besideCity && (own === d || own?.type !== 'place')) strong.get(d)?.delete(d.besideCity);
  }
  const strongKeys = new Set([...strong.values()].flatMap((keys) => [...keys]));
  const entities = drafts.map((d) => {
    const keys = strong.get(d) ?? new Set<string>();
    const { alias, weak, capitals, minor, fallbackName, claimOnly: _claimOnly, besideCity: _besideCity, ...rest } = d;
    const aliases = [...alias].filter(([k]) => keys.has(k)).map(([, a]) => a.surface);
    const own = aliasKey(d.name);
    // The name's key must stay among the entity's keys (the extension's database indexes names):
    // a city or division that lost its name to another entity is shown under its first own alias
    // ("Georgia State") or its fallback name ("Amazonas (department, Colombia)"), so it clouds no other name.
    const lost = minor && !keys.has(own) && strongKeys.has(own);
    if (lost && !aliases.length && fallbackName && !strongKeys.has(aliasKey(fallbackName))) {
      aliases.push(fallbackName);
      keys.add(aliasKey(fallbackName));
    }
    const renamed = lost && aliases.length ? aliases[0]! : undefined;
    const weakAliases = [...weak].filter((k) => !keys.has(k) && !(minor && strongKeys.has(k) && (renamed || k !== own))).sort();
    const e: DatasetEntity = { ...rest, aliases };
    if (renamed) e.name = renamed;
    if (weakAliases.length) e.weakAliases = weakAliases;
    // Which of them are everyday words ("brown", "plant"), not names that others share ("obama").
    const everydayAliases = weakAliases.filter((k) => !k.includes(' ') && !!options.isCommonWord?.(k));
    if (everydayAliases.length) e.everydayAliases = everydayAliases;
    const acronyms = [...keys, ...weakAliases].filter((k) => capitals.get(k) === true).sort();
    if (acronyms.length) e.acronyms = acronyms;
    return e;
  });
  return { entities, collisions, commonWords };
}

/**
 * Local names, inherited names and surnames that are everyday words ("Island", "Gold", "Man",
 * "May") would light up ordinary text. A single-word alias other than the entity's own name is
 * dropped when it is such a word; a person's or an outlet's becomes a weak alias (an outlet's own name too). Upper-case acronyms are left to
 * the `acronyms` rule.
 */
function settleCommonWords(drafts: Draft[], isCommonWord: (key: string) => boolean): CommonWordAlias[] {
  const out: CommonWordAlias[] = [];
  for (const d of drafts) {
    const own = aliasKey(d.name);
    for (const [key, a] of [...d.alias]) {
      // An outlet's own one-word name is no exception ("Focus", "Nature", "Index", "Dawn"): the
      // card keeps the name, the word links only where the article uses it as a medium's.
      if ((key === own && d.type !== 'outlet') || key.includes(' ') || d.capitals.get(key) || !isCommonWord(key)) continue;
      d.alias.delete(key);
      const keep = d.type === 'person' || d.type === 'outlet';
      if (keep) d.weak.add(key);
      out.push({ id: d.id, surface: a.surface, action: keep ? 'weak' : 'dropped' });
    }
  }
  return out;
}
