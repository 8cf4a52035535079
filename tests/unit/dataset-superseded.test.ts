/**
 * A role a newer build-time source demotes says so (Role.supersededBy): the fact of the change, the
 * source's name and its date, never the other holder's name. Small invented inputs; then the built dataset.
 */
import { describe, expect, it } from 'vitest';
import { PeopleBuilder } from '../../lib/dataset/build/people';
import { claim } from './support/narnia-claim';
import { reconcileRoles, type NewerHolder } from '../../lib/dataset/build/reconcile';
import { personSummary } from '../../lib/dataset/build/person-summary';
import { validateDataset } from '../../lib/dataset/validate';
import { auditDataset } from '../../lib/dataset/audit';
import type { DatasetEntity, Role } from '../../lib/types';
import { loadBundledDataset } from '../../lib/tools/load-dataset';

const build = () => {
  const b = new PeopleBuilder();
  const old = b.person('Ann Ash', 'country:nn', undefined, 'f');
  b.addClaim(
    old,
    claim({
      office: 'hog:country:nn',
      kind: 'hog',
      title: 'Prime Minister',
      since: '2019-01-01',
      until: '2024-07-05',
      source: 'f',
      asOf: '2026-06-19',
      current: false,
    }),
  );
  const pm = b.person('Bob Birch', 'country:nn', undefined, 'f');
  b.addClaim(pm, claim({ office: 'hog:country:nn', kind: 'hog', title: 'Prime Minister', since: '2024-07-05', source: 'f', asOf: '2026-06-19' }));
  const min = b.person('Dee Dove', 'country:nn', undefined, 'f');
  b.addClaim(
    min,
    claim({ office: 'minister:finance:country:nn', kind: 'minister', title: 'Minister of Finance', since: '2024-07-05', source: 'f', asOf: '2026-06-19' }),
  );
  const king = b.person('Eve Elm', 'country:nn', undefined, 'f');
  b.addClaim(king, claim({ office: 'hos:country:nn', kind: 'hos', title: 'Queen', since: '2022-09-08', source: 'f', asOf: '2026-06-19' }));
  return { b, old, pm, min, king };
};
const newer = (name: string, since: string): Map<string, NewerHolder> =>
  new Map([['hog:country:nn', { name, since, asOf: '2026-08-22', source: 'n', sourceName: 'Newer Leaders (snapshot)' }]]);

describe('a role a newer source supersedes says so', () => {
  it('the holder a newer source contradicts: its source name and date, no other holder named', () => {
    const { b, pm } = build();
    const { roles } = reconcileRoles(b.people, { currentSources: new Set(['f']), newer: newer('Cid Cedar', '2026-07-20') });
    const r = roles.get(pm)![0]!;
    expect(r.status).toBe('as-of');
    expect(r.supersededBy).toEqual({ source: 'Newer Leaders (snapshot)', asOf: '2026-08-22' });
    expect(JSON.stringify(r)).not.toContain('Cid Cedar');
  });
  it("the ministers of that state: a newer source lists another head of government; the head of state's role is untouched", () => {
    const { b, min, king } = build();
    const { roles } = reconcileRoles(b.people, { currentSources: new Set(['f']), newer: newer('Cid Cedar', '2026-07-20') });
    expect(roles.get(min)![0]).toMatchObject({
      status: 'as-of',
      supersededBy: { source: 'Newer Leaders (snapshot)', asOf: '2026-08-22', headOfGovernment: true },
    });
    expect(roles.get(king)![0]!.status).toBe('current');
    expect(roles.get(king)![0]!.supersededBy).toBeUndefined();
  });
  it("a former holder's successor line: the successor is superseded too", () => {
    const { b, old } = build();
    const { roles } = reconcileRoles(b.people, { currentSources: new Set(['f']), newer: newer('Cid Cedar', '2026-07-20') });
    expect(roles.get(old)![0]!.successor).toMatchObject({ name: 'Bob Birch', supersededBy: { asOf: '2026-08-22' } });
  });
  it('no mark where the newer source names the same holder, or another one whose tenure began before our source date', () => {
    for (const [name, since] of [
      ['Bob Birch', '2026-07-20'],
      ['Cid Cedar', '2020-01-01'],
    ] as const) {
      const { b, pm, min } = build();
      const { roles } = reconcileRoles(b.people, { currentSources: new Set(['f']), newer: newer(name, since) });
      expect(roles.get(pm)![0]!.supersededBy, name).toBeUndefined();
      expect(roles.get(min)![0]!.supersededBy, name).toBeUndefined();
    }
  });
  it('the summary says it too: "(as of …)" alone reads as still in office', () => {
    const { b, pm, min } = build();
    const { roles } = reconcileRoles(b.people, { currentSources: new Set(['f']), newer: newer('Cid Cedar', '2026-07-20') });
    const fmt = (r: { asOf?: string }) => r.asOf ?? '';
    expect(personSummary('Bob Birch', roles.get(pm)!, fmt)).toBe(
      'Bob Birch: Prime Minister of Narnia (as of 2026-06-19; a newer source of 2026-08-22 lists another holder)',
    );
    expect(personSummary('Dee Dove', roles.get(min)!, fmt)).toMatch(/a newer source of 2026-08-22 lists another head of government\)$/);
  });
  it('the validator: name and date only, never on a current role', () => {
    const base = { version: 'v', builtAt: '2026-01-01', sources: { s: { name: 'S', asOf: '2026-01-01', licence: 'CC0' } } };
    const ds = (r: Record<string, unknown>, f: Record<string, unknown> = {}) => ({
      ...base,
      entities: [
        {
          id: 'person:a',
          type: 'person',
          name: 'Ann Ash',
          aliases: ['Ann Ash'],
          facts: [{ label: 'x', value: 'y', source: 's', ...f }],
          roles: [{ title: 'President', of: null, ofName: null, source: 's', ...r }],
        },
      ],
    });
    const s = { source: 'Newer', asOf: '2026-08-22' };
    expect(validateDataset(ds({ status: 'as-of', supersededBy: s }, { asOf: '2026-01-01', supersededBy: s }))).toEqual([]);
    expect(validateDataset(ds({ status: 'as-of', supersededBy: { ...s, name: 'Cid Cedar' } })).join()).toMatch(/supersededBy/);
    expect(validateDataset(ds({ status: 'as-of', supersededBy: { ...s, asOf: 'August' } })).join()).toMatch(/supersededBy/);
    expect(validateDataset(ds({ status: 'current', supersededBy: s })).join()).toMatch(/current role a newer source supersedes/);
    expect(validateDataset(ds({ status: 'as-of' }, { supersededBy: s })).join()).toMatch(/supersededBy/);
  });
});

describe('the self-audit', () => {
  it('a role "as of" its source whose office a newer source gives to someone else since later, and that does not say so, fails the build', () => {
    const role: Role = {
      title: 'Prime Minister',
      of: 'country:nn',
      ofName: 'Narnia',
      source: 'f',
      asOf: '2026-06-19',
      office: 'hog:country:nn',
      status: 'as-of',
    };
    const e = (r: Role): DatasetEntity => ({ id: 'person:b', type: 'person', name: 'Bob Birch', aliases: ['Bob Birch'], facts: [], roles: [r] });
    const newerMap = (name: string) => new Map([['hog:country:nn', { name, asOf: '2026-08-22', since: '2026-07-20' }]]);
    const rules = (r: Role, name = 'Cid Cedar') => auditDataset({ entities: [e(r)] }, newerMap(name)).map((p) => p.rule);
    expect(rules(role)).toContain('unmarked-superseded');
    expect(rules({ ...role, supersededBy: { source: 'N', asOf: '2026-08-22' } })).not.toContain('unmarked-superseded');
    expect(rules(role, 'Bob Birch')).not.toContain('unmarked-superseded');
    expect(rules({ ...role, asOf: '2026-07-21' })).not.toContain('unmarked-superseded');
  });
});

describe('the built dataset', () => {
  const d = loadBundledDataset();
  it("every office a newer build-time source says changed hands: its holder's role says so, and the country's line", () => {
    const starmer = d.entities.find((e) => e.id === 'person:keir-starmer')!;
    const pm = starmer.roles!.find((r) => r.office === 'hog:country:uk')!;
    expect(pm).toMatchObject({ status: 'as-of', supersededBy: { asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } });
    expect(pm.supersededBy!.headOfGovernment).toBeUndefined();
    const uk = d.entities.find((e) => e.id === 'country:uk')!;
    expect(uk.facts.find((f) => f.label === 'Head of government')!.supersededBy).toEqual(pm.supersededBy);
    // No role a newer source supersedes reads as current; none ships more than the source's name and date.
    const marked = d.entities.flatMap((e) => (e.roles ?? []).filter((r) => r.supersededBy));
    expect(marked.filter((r) => r.status === 'current')).toEqual([]);
    // (A new head of government's start, headSince, only from a shipped source's own line: never from world-leaders-current.)
    for (const r of marked)
      expect(Object.keys(r.supersededBy!).sort()).toEqual(
        !r.supersededBy!.headOfGovernment
          ? ['asOf', 'source']
          : r.supersededBy!.source.startsWith('World Leaders Current') || !r.supersededBy!.headSince
            ? ['asOf', 'headOfGovernment', 'source']
            : ['asOf', 'headOfGovernment', 'headSince', 'source'],
      );
    // (No new head's start that dates a status, "Caretaker Prime Minister … since 3 June 2025", is told as the government's change.)
    const statusStarts = new Set(
      d.entities.flatMap((e) =>
        (e.roles ?? []).filter((r) => /^(?:caretaker|acting|interim|transitional)\b/i.test(r.title) && r.since).map((r) => `${r.of}@${r.since}`),
      ),
    );
    expect(statusStarts.size).toBeGreaterThan(3);
    expect(marked.filter((r) => r.supersededBy!.headSince && statusStarts.has(`${r.of}@${r.supersededBy!.headSince}`))).toEqual([]);
    expect(marked.filter((r) => r.supersededBy!.headOfGovernment && !r.supersededBy!.headSince && r.of === 'country:nl').length).toBeGreaterThan(5);
    // The IfG ministers after the change of prime minister: each says a newer source lists another head of government.
    const ifg = d.entities.flatMap((e) => (e.roles ?? []).filter((r) => r.source === 'ifg-ministers' && r.status === 'as-of' && r.office !== 'hog:country:uk'));
    expect(ifg.length).toBeGreaterThan(10);
    for (const r of ifg) expect(r.supersededBy?.headOfGovernment, r.title).toBe(true);
  });
});
