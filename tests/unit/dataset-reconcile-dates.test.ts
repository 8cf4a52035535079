/** Reconcile: one start under two conventions; another jurisdiction's post filed under an office's key. */
import { describe, expect, it } from 'vitest';
import { PeopleBuilder, type Claim } from '../../lib/dataset/build/people';
import { reconcileRoles } from '../../lib/dataset/build/reconcile';

const claim = (over: Partial<Claim>): Claim => ({
  office: 'hos:country:nn',
  kind: 'hos',
  single: true,
  title: 'President',
  of: 'country:nn',
  ofName: 'Narnia',
  source: 'w',
  asOf: '2022-07-01',
  current: true,
  ...over,
});

describe('one start under two conventions', () => {
  it("the newer source's start wins within half a year (elected 2 June, sworn in 7 July); the precise day over a bare year", () => {
    const b = new PeopleBuilder();
    const p = b.person('Ike Hertz', 'country:nn', 'Q1', 'w');
    b.addClaim(p, claim({ since: '2021-06-02' }));
    b.addClaim(p, claim({ since: '2021-07-07', source: 'f', asOf: '2026-01-22' }));
    const r = reconcileRoles(b.people, { currentSources: new Set(['f']) }).roles.get(p)![0]!;
    expect(r).toMatchObject({ since: '2021-07-07', status: 'current' });
    expect(r.sinceSource).toBeUndefined();
    p.claims[0]!.since = '2021';
    expect(reconcileRoles(b.people, { currentSources: new Set(['f']) }).roles.get(p)![0]!.since).toBe('2021-07-07');
  });
  it('an older start years before is kept (seen in office after the newer date)', () => {
    const b = new PeopleBuilder();
    const p = b.person('Ike Hertz', 'country:nn', 'Q1', 'w');
    b.addClaim(p, claim({ since: '2018-05-08' }));
    b.addClaim(p, claim({ since: '2021-09-10', source: 'f', asOf: '2026-01-22' }));
    expect(reconcileRoles(b.people, { currentSources: new Set(['f']) }).roles.get(p)![0]).toMatchObject({ since: '2018-05-08', sinceSource: 'w' });
  });
});

describe('a post of another title under a one-holder office key', () => {
  it("is not shown when the holder took the office years before it ended (a region's finance minister in the state's snapshot)", () => {
    const b = new PeopleBuilder();
    const region = b.person('Vic Sol', 'country:nn', 'Q1', 'w');
    b.addClaim(
      region,
      claim({
        office: 'minister:finance:country:nn',
        kind: 'minister',
        title: 'Minister of Finance and Economic Model',
        since: '2015-06-29',
        until: '2022-05-15',
        current: false,
      }),
    );
    const state = b.person('Maria Mont', 'country:nn', 'Q2', 'w');
    b.addClaim(state, claim({ office: 'minister:finance:country:nn', kind: 'minister', title: 'Minister of the Treasury', since: '2018-06-07' }));
    const prev = b.person('Cris Mont', 'country:nn', 'Q3', 'w');
    b.addClaim(
      prev,
      claim({
        office: 'minister:finance:country:nn',
        kind: 'minister',
        title: 'Minister of the Treasury',
        since: '2011-12-22',
        until: '2018-06-07',
        current: false,
      }),
    );
    const { roles, notes } = reconcileRoles(b.people, { currentSources: new Set(['f']) });
    expect(roles.get(region)).toEqual([]);
    expect(notes.some((n) => /Vic Sol .*another office, not shown/.test(n.note))).toBe(true);
    // The predecessor of the same title keeps the role and the successor.
    expect(roles.get(prev)![0]).toMatchObject({ status: 'former', until: '2018-06-07', successor: { name: 'Maria Mont' } });
  });
});
