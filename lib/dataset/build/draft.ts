/**
 * Entities while the build assembles them: aliases carry a rank so that collisions can be settled
 * by a general rule. Rank 0 = the entity's own names; 1 = generated forms (romanisation variants,
 * abbreviations); 2 = loose forms (surname only, former names, local names); 3 = inherited forms
 * (a parent company's name on a secondary site).
 */
import type { DatasetEntity, Fact } from '../../types';
import { aliasKey } from '../alias-key';

export interface Draft extends Omit<DatasetEntity, 'aliases' | 'weakAliases'> {
  alias: Map<string, { surface: string; rank: number }>;
  weak: Set<string>;
}

export function newDraft(id: string, type: DatasetEntity['type'], name: string): Draft {
  const d: Draft = { id, type, name, facts: [], alias: new Map(), weak: new Set() };
  addAlias(d, name, 0);
  return d;
}

export function addAlias(d: Draft, surface: string | undefined, rank: number): void {
  if (!surface) return;
  const clean = surface.replace(/\s+/g, ' ').trim();
  const key = aliasKey(clean);
  if (key.length < 2) return;
  const prev = d.alias.get(key);
  if (!prev || prev.rank > rank) d.alias.set(key, { surface: clean, rank });
}

/** A key the linker should only use with context (a surname shared by two people, "WHO"). */
export function addWeak(d: Draft, surface: string): void {
  const key = aliasKey(surface);
  if (key.length >= 2) d.weak.add(key);
}

export function addFact(d: Draft, fact: Fact): void {
  if (!fact.value) return;
  if (d.facts.some((f) => f.label === fact.label && f.value === fact.value)) return;
  d.facts.push(fact);
}

export function slug(text: string): string {
  return aliasKey(text).replace(/\s+/g, '-').slice(0, 60) || 'x';
}

/** "United States" → "the United States"; "Belarus" → "Belarus". For "President of ..." lines. */
export function withArticle(countryName: string): string {
  if (/^the\s/i.test(countryName)) return countryName.replace(/^The\s/, 'the ');
  return /^(United|Republic|Kingdom|Federated|Commonwealth|Holy See)\b|\b(Republic|Kingdom|Union|Islands|States|Emirates|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Territories)\b/.test(countryName)
    ? `the ${countryName}`
    : countryName;
}

export interface Collision {
  key: string;
  ids: string[];
  kept: string | null;
}

/**
 * Settles which entity an alias key links to: the single claimant with the lowest rank keeps it;
 * when several share the lowest rank, nobody keeps it and it becomes a weak alias of each.
 */
export function finalize(drafts: Draft[], looseWords: Set<string>): { entities: DatasetEntity[]; collisions: Collision[] } {
  const claims = new Map<string, { d: Draft; rank: number }[]>();
  for (const d of drafts) for (const [key, a] of d.alias) {
    const list = claims.get(key) ?? [];
    list.push({ d, rank: a.rank });
    claims.set(key, list);
  }
  const strong = new Map<Draft, Set<string>>();
  const collisions: Collision[] = [];
  for (const [key, list] of claims) {
    const min = Math.min(...list.map((c) => c.rank));
    const best = list.filter((c) => c.rank === min);
    // A loose form that is also an everyday word or a given name cannot link on its own.
    const loose = min >= 2 && looseWords.has(key);
    const winner = best.length === 1 && !loose ? best[0]!.d : null;
    if (list.length > 1) collisions.push({ key, ids: list.map((c) => c.d.id), kept: winner?.id ?? null });
    for (const c of list) {
      if (c.d === winner) (strong.get(c.d) ?? strong.set(c.d, new Set()).get(c.d)!).add(key);
      else c.d.weak.add(key);
    }
  }
  const entities = drafts.map((d) => {
    const keys = strong.get(d) ?? new Set<string>();
    const { alias, weak, ...rest } = d;
    const aliases = [...alias].filter(([k]) => keys.has(k)).map(([, a]) => a.surface);
    const weakAliases = [...weak].filter((k) => !keys.has(k)).sort();
    const e: DatasetEntity = { ...rest, aliases };
    if (weakAliases.length) e.weakAliases = weakAliases;
    return e;
  });
  return { entities, collisions };
}
