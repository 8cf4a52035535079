/**
 * Checks a dataset's shape and invariants; returns the problems found (empty when valid). Used by
 * tests, by the build, and by the background before trusting stored data.
 */
import { aliasKey } from './alias-key';

const TYPES = new Set(['person', 'organization', 'country', 'place', 'outlet', 'other']);
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
/**
 * Role/Fact.supersededBy: a newer, unshipped source's name and date, and whether it lists another head of
 * government: no other key, so that nothing else of that source (the other holder's name) is shipped.
 */
const SUPERSEDED_KEYS = new Set(['source', 'asOf', 'headOfGovernment', 'headSince']);
const badSuperseded = (s: unknown): boolean =>
  !isObj(s) || !isStr(s.source) || !isStr(s.asOf) || !/^\d{4}(-\d{2}){0,2}$/.test(s.asOf) || Object.keys(s).some((k) => !SUPERSEDED_KEYS.has(k));

export function validateDataset(d: unknown): string[] {
  const problems: string[] = [];
  if (!isObj(d)) return ['dataset is not an object'];
  if (!isStr(d.version)) problems.push('version missing');
  if (!isStr(d.builtAt)) problems.push('builtAt missing');
  if (!isObj(d.sources)) return [...problems, 'sources missing'];
  for (const [k, s] of Object.entries(d.sources)) {
    if (!isObj(s) || !isStr(s.name) || !isStr(s.asOf) || !isStr(s.licence)) problems.push(`source ${k}: needs name, asOf, licence`);
    else if (!/^\d{4}(-\d{2}){0,2}$/.test(s.asOf)) problems.push(`source ${k}: asOf "${s.asOf}" is not an ISO date`);
  }
  if (!Array.isArray(d.entities)) return [...problems, 'entities missing'];
  const ids = new Set<string>();
  const strongOwner = new Map<string, string>();
  for (const [i, e] of d.entities.entries()) {
    if (!isObj(e)) {
      problems.push(`entity ${i}: not an object`);
      continue;
    }
    const where = isStr(e.id) ? e.id : `entity ${i}`;
    if (!isStr(e.id) || !e.id) problems.push(`${where}: id missing`);
    else if (ids.has(e.id)) problems.push(`${where}: duplicate id`);
    else ids.add(e.id);
    if (!isStr(e.type) || !TYPES.has(e.type)) problems.push(`${where}: bad type ${String(e.type)}`);
    if (!isStr(e.name) || !e.name.trim()) problems.push(`${where}: name missing`);
    if (!Array.isArray(e.aliases) || !e.aliases.every(isStr)) problems.push(`${where}: aliases must be strings`);
    if (!Array.isArray(e.facts) || e.facts.length === 0) problems.push(`${where}: needs at least one fact`);
    else
      for (const f of e.facts) {
        if (!isObj(f) || !isStr(f.label) || !isStr(f.value) || !isStr(f.source) || (f.asOf !== undefined && !isStr(f.asOf)))
          problems.push(`${where}: malformed fact`);
        else if (!(f.source in (d.sources as object))) problems.push(`${where}: fact source "${f.source}" not in sources`);
        else if (f.supersededBy !== undefined && (badSuperseded(f.supersededBy) || f.asOf === undefined)) problems.push(`${where}: malformed supersededBy`);
      }
    if (e.weakAliases !== undefined && (!Array.isArray(e.weakAliases) || !e.weakAliases.every(isStr))) problems.push(`${where}: weakAliases must be strings`);
    if (e.everydayAliases !== undefined && (!Array.isArray(e.everydayAliases) || !e.everydayAliases.every(isStr)))
      problems.push(`${where}: everydayAliases must be strings`);
    if (e.acronyms !== undefined && (!Array.isArray(e.acronyms) || !e.acronyms.every(isStr))) problems.push(`${where}: acronyms must be strings`);
    // Look-ups index an entity's name too: its key must be one the build settled (strong or weak).
    if (isStr(e.name) && Array.isArray(e.aliases) && e.aliases.every(isStr)) {
      const own = aliasKey(e.name);
      const keys = new Set([...(e.aliases as string[]).map(aliasKey), ...(Array.isArray(e.weakAliases) ? (e.weakAliases as string[]) : [])]);
      if (own && !keys.has(own)) problems.push(`${where}: name "${e.name}" is neither an alias nor a weak alias`);
    }
    if (e.adjectives !== undefined && (!Array.isArray(e.adjectives) || !e.adjectives.every(isStr))) problems.push(`${where}: adjectives must be strings`);
    if (e.domains !== undefined && (!Array.isArray(e.domains) || !e.domains.every(isStr))) problems.push(`${where}: domains must be strings`);
    if (e.roles !== undefined) {
      if (!Array.isArray(e.roles)) problems.push(`${where}: roles must be an array`);
      else
        for (const r of e.roles) {
          if (!isObj(r) || !isStr(r.title) || !isStr(r.source)) {
            problems.push(`${where}: malformed role`);
            continue;
          }
          if (r.status !== undefined && !['current', 'as-of', 'former'].includes(r.status as string))
            problems.push(`${where}: role status "${String(r.status)}"`);
          for (const k of ['since', 'until', 'asOf'] as const)
            if (r[k] !== undefined && (!isStr(r[k]) || !/^\d{4}(-\d{2}){0,2}$/.test(r[k] as string)))
              problems.push(`${where}: role ${k} "${String(r[k])}" is not an ISO date`);
          if (r.status === 'current' && r.until !== undefined) problems.push(`${where}: a current role with an end date`);
          if (r.successor !== undefined && (!isObj(r.successor) || !isStr(r.successor.name) || !isStr(r.successor.source)))
            problems.push(`${where}: malformed successor`);
          // A newer source that lists another holder: its name and ISO date only, and the role is not current.
          for (const s of [r.supersededBy, isObj(r.successor) ? r.successor.supersededBy : undefined])
            if (s !== undefined && badSuperseded(s)) problems.push(`${where}: malformed supersededBy`);
          if (r.supersededBy !== undefined && r.status === 'current') problems.push(`${where}: a current role a newer source supersedes`);
        }
    }
    // A strong alias links on its own, so it may belong to one entity only.
    if (Array.isArray(e.aliases))
      for (const a of e.aliases) {
        if (!isStr(a)) continue;
        const key = aliasKey(a);
        const owner = strongOwner.get(key);
        if (owner && owner !== e.id) problems.push(`alias "${key}" is strong for both ${owner} and ${where}`);
        else strongOwner.set(key, where);
      }
  }
  return problems;
}
