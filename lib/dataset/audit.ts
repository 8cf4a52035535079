/**
 * The dataset's self-audit: contradictions that must fail the build (`npm run dataset` exits
 * non-zero on any not listed, with a reason, in assets/curated/audit-exceptions.json).
 *
 * - an office with two current holders (offices held by one person at a time);
 * - a person current in two offices that exclude each other;
 * - a dead person in office;
 * - a role marked current whose source is older than another source covering the same office
 *   (in the dataset, or a newer build-time source given in `newer`);
 * - a role still held "as of" its source whose office a newer build-time source gives to someone
 *   else since a later date, and that does not say so (Role.supersededBy): "as of" alone reads as current;
 * - two people with the same Wikidata id, or the same full name and country;
 * - a card-ready fact line repeated on one entity.
 */
import type { Dataset, DatasetEntity, Role } from '../types';
import { aliasKey } from './alias-key';
import { exclusive } from './build/offices';
import { dayOf } from './build/reconcile';
import { sameFullName } from './build/people';

export type AuditRule =
  | 'two-current-holders'
  | 'exclusive-offices'
  | 'dead-in-office'
  | 'stale-current'
  | 'unmarked-superseded'
  | 'duplicate-qid'
  | 'duplicate-name'
  | 'repeated-line';

export interface AuditProblem {
  rule: AuditRule;
  /** The office key, entity id or QID the problem is about (what an exception names). */
  subject: string;
  detail: string;
}

export interface AuditException {
  rule: AuditRule;
  subject: string;
  reason: string;
}

/** Offices that several people hold at once by design are not keyed as single offices. */
const SINGLE = /^(?:(?:hos|hog|vp|central-bank|head|leader):(?:country|org):[^:]+|minister:[^:]+:(?:country|org):[^:]+)$/;

const live = (r: Role) => r.status === 'current';
const holding = (r: Role) => r.status === 'current' || r.status === 'as-of' || r.status === undefined;

export function auditDataset(d: Pick<Dataset, 'entities'>, newer: Map<string, { asOf: string; name: string; since?: string }> = new Map()): AuditProblem[] {
  const out: AuditProblem[] = [];
  const people = d.entities.filter((e) => e.type === 'person');
  const byOffice = new Map<string, { e: DatasetEntity; r: Role }[]>();
  for (const e of people)
    for (const r of e.roles ?? [])
      if (r.office) {
        const l = byOffice.get(r.office) ?? [];
        l.push({ e, r });
        byOffice.set(r.office, l);
      }
  for (const [office, list] of byOffice) {
    const cur = list.filter((x) => live(x.r));
    if (SINGLE.test(office) && new Set(cur.map((x) => x.e.id)).size > 1) {
      out.push({
        rule: 'two-current-holders',
        subject: office,
        detail: `${office}: ${cur.map((x) => `${x.e.name} (${x.r.source} ${x.r.asOf ?? ''})`).join(' and ')} both current`,
      });
    }
    const newest = list.filter((x) => holding(x.r)).reduce((m, x) => Math.max(m, dayOf(x.r.asOf)), -Infinity);
    const ext = newer.get(office);
    for (const x of list)
      if (ext?.since && x.r.status === 'as-of' && !x.r.supersededBy && dayOf(ext.since) > dayOf(x.r.asOf) && !namedBy(ext.name, x.e))
        out.push({
          rule: 'unmarked-superseded',
          subject: office,
          detail: `${x.e.name}: as of ${x.r.source} (${x.r.asOf}) though a newer build-time source (${ext.asOf}) lists another holder, and the role does not say so`,
        });
    for (const x of cur) {
      if (dayOf(x.r.asOf) < newest)
        out.push({
          rule: 'stale-current',
          subject: office,
          detail: `${x.e.name}: current from ${x.r.source} (${x.r.asOf}) though a newer source covers ${office}`,
        });
      // A newer build-time source that names someone else, whose tenure began after this role's source date.
      const other = ext && !namedBy(ext.name, x.e);
      if (ext && other && ext.since && dayOf(ext.since) > dayOf(x.r.asOf))
        out.push({
          rule: 'stale-current',
          subject: office,
          detail: `${x.e.name}: current from ${x.r.source} (${x.r.asOf}) though a newer build-time source (${ext.asOf}) names ${ext.name}`,
        });
    }
  }
  const byQid = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const e of people) {
    const cur = (e.roles ?? []).filter(live);
    for (let i = 0; i < cur.length; i++)
      for (let j = i + 1; j < cur.length; j++) {
        if (exclusive(cur[i]!.office ?? '', cur[j]!.office ?? ''))
          out.push({ rule: 'exclusive-offices', subject: e.id, detail: `${e.name}: current in ${cur[i]!.office} and ${cur[j]!.office}` });
      }
    if (e.died && (e.roles ?? []).some(holding))
      out.push({
        rule: 'dead-in-office',
        subject: e.id,
        detail: `${e.name} (died ${e.died}) holds ${(e.roles ?? [])
          .filter(holding)
          .map((r) => r.office ?? r.title)
          .join(', ')}`,
      });
    if (e.wikidata) {
      const prev = byQid.get(e.wikidata);
      if (prev) out.push({ rule: 'duplicate-qid', subject: e.wikidata, detail: `${prev} and ${e.id} share ${e.wikidata}` });
      byQid.set(e.wikidata, e.id);
    }
    const nk = `${aliasKey(e.name)}|${e.countryId ?? ''}`;
    const prevN = byName.get(nk);
    if (prevN) out.push({ rule: 'duplicate-name', subject: e.id, detail: `${prevN} and ${e.id}: same name "${e.name}" and country ${e.countryId ?? '-'}` });
    byName.set(nk, e.id);
  }
  for (const e of d.entities) {
    const seen = new Set<string>();
    for (const f of e.facts) {
      const line = `${f.label}: ${f.value}`;
      if (seen.has(line)) out.push({ rule: 'repeated-line', subject: e.id, detail: `${e.id}: "${line}" twice` });
      seen.add(line);
    }
    const offices = new Set<string>();
    for (const r of e.roles ?? []) {
      const k = r.office ?? `${r.title}|${r.of}|${r.since}|${r.until}`;
      if (offices.has(k)) out.push({ rule: 'repeated-line', subject: e.id, detail: `${e.id}: office ${k} on two roles` });
      offices.add(k);
      for (const f of e.facts)
        if (/role/i.test(f.label) && aliasKey(f.value) === aliasKey(`${r.title} of ${r.ofName ?? ''}`)) {
          out.push({ rule: 'repeated-line', subject: e.id, detail: `${e.id}: role "${f.value}" both as a role and as a fact` });
        }
    }
  }
  return out;
}

/** Problems not covered by an exception (same rule and subject). */
export function unexcused(problems: AuditProblem[], exceptions: AuditException[]): AuditProblem[] {
  return problems.filter((p) => !exceptions.some((x) => x.rule === p.rule && x.subject === p.subject));
}

/** The newer source's holder is this person (by full name or an alias). */
const namedBy = (name: string, e: DatasetEntity): boolean => sameFullName(name, e.name, undefined) || e.aliases.some((a) => sameFullName(name, a, undefined));
