/**
 * A minister an older source saw, in a state whose head of government a newer source has in office only
 * from a later day: the role stays "as of" its date, and the card says that a newer source lists a new
 * head of government, and since when (lib/dataset/build/new-government.ts, lib/card/superseded.ts).
 * Invented people and sources.
 */
import { describe, expect, it } from 'vitest';
import { PeopleBuilder, type Claim } from '../../lib/dataset/build/people';
import { claim } from './support/narnia-claim';
import { reconcileRoles } from '../../lib/dataset/build/reconcile';
import { buildCard } from '../../lib/card';
import type { DatasetEntity } from '../../lib/types';
import { personSummary } from '../../lib/dataset/build/person-summary';

const sourceNames = { fb: 'CIA World Factbook', wd: 'Wikidata' };
const sources = {
  fb: { name: 'CIA World Factbook', asOf: '2026-01-22', licence: '' },
  wd: { name: 'Wikidata', asOf: '2023-01-12', licence: '' },
};

/** Narnia: a prime minister per the Factbook (January 2026), and a finance minister per a Wikidata snapshot of May 2022. */
function narnia(head: Partial<Claim> = {}, minister: Partial<Claim> = {}) {
  const b = new PeopleBuilder();
  const pm = b.person('Pat Pine', 'country:nn', undefined, 'fb');
  b.addClaim(pm, claim({ office: 'hog:country:nn', kind: 'hog', title: 'Prime Minister', since: '2024-07-05', source: 'fb', asOf: '2026-01-22', ...head }));
  const fin = b.person('Fay Fern', 'country:nn', undefined, 'wd');
  b.addClaim(
    fin,
    claim({
      office: 'minister:finance:country:nn',
      kind: 'minister',
      title: 'Minister of Finance',
      since: '2019-03-01',
      source: 'wd',
      asOf: '2022-05-14',
      ...minister,
    }),
  );
  return { b, pm, fin };
}
const settle = (b: PeopleBuilder) => reconcileRoles(b.people, { currentSources: new Set(['fb']), sourceNames }).roles;

describe('a minister seen before the head of government changed', () => {
  it('stays as of its date, and says that a newer source lists a new head of government since the head took office', () => {
    const { b, fin } = narnia();
    const r = settle(b).get(fin)![0]!;
    expect(r.status).toBe('as-of');
    expect(r.supersededBy).toEqual({ source: 'CIA World Factbook', asOf: '2026-01-22', headOfGovernment: true, headSince: '2024-07-05' });
    const e: DatasetEntity = { id: 'person:fay-fern', type: 'person', name: 'Fay Fern', aliases: [], facts: [], roles: [r] };
    expect(buildCard(e, sources).lines).toEqual([
      'Minister of Finance of Narnia from 1 March 2019; a newer source (22 January 2026) lists a new head of government since 5 July 2024 — as of May 2022, Wikidata',
    ]);
  });

  it("the person's summary says it in short, with the new head's start", () => {
    const { b, fin } = narnia();
    const rs = settle(b).get(fin)!;
    expect(personSummary('Fay Fern', rs, (r) => r.asOf ?? '')).toBe(
      'Fay Fern: Minister of Finance (as of 2022-05-14; a new head of government since 2024-07-05)',
    );
  });

  it('a deputy prime minister too', () => {
    const { b, fin } = narnia({}, { office: 'deputy-pm:country:nn', kind: 'deputy-pm', title: 'Deputy Prime Minister', single: false });
    expect(settle(b).get(fin)![0]!.supersededBy?.headSince).toBe('2024-07-05');
  });

  it('not when the head took office before the minister was seen, nor when only a term started (a re-elected head)', () => {
    for (const head of [{ since: '2020-01-10' }, { since: '2024-07-05', term: true }]) {
      const { b, fin } = narnia(head);
      expect(settle(b).get(fin)![0]!.supersededBy, JSON.stringify(head)).toBeUndefined();
    }
  });

  it('not when an older source saw the same head in office on the minister’s date (a new term, dated as a tenure)', () => {
    const { b, pm, fin } = narnia();
    b.addClaim(pm, claim({ office: 'hog:country:nn', kind: 'hog', title: 'Prime Minister', since: '2018-02-15', source: 'wd', asOf: '2022-05-23' }));
    const roles = settle(b);
    expect(roles.get(fin)![0]!.supersededBy).toBeUndefined();
  });

  it("not a central bank's governor, whose tenure runs on its own", () => {
    const { b, fin } = narnia({}, { office: 'central-bank:country:nn', kind: 'central-bank', title: 'Governor of the Central Bank' });
    expect(settle(b).get(fin)![0]!.supersededBy).toBeUndefined();
  });

  it('not a deputy the newer source lists beside the head ("Vice President" on the head-of-government line)', () => {
    const { b, fin } = narnia({ title: 'Vice President', office: 'hog:country:nn' });
    expect(settle(b).get(fin)![0]!.supersededBy).toBeUndefined();
  });

  it('not a portfolio the head of state holds himself, nor the minister who became the new head', () => {
    const a = narnia();
    a.b.addClaim(a.fin, claim({ office: 'hos:country:nn', kind: 'hos', title: 'President', since: '2019-01-01', source: 'fb', asOf: '2026-01-22' }));
    expect(
      settle(a.b)
        .get(a.fin)!
        .find((r) => r.office === 'minister:finance:country:nn')!.supersededBy,
    ).toBeUndefined();
    const c = new PeopleBuilder();
    const p = c.person('Pat Pine', 'country:nn', undefined, 'fb');
    c.addClaim(p, claim({ office: 'hog:country:nn', kind: 'hog', title: 'Prime Minister', since: '2024-07-05', source: 'fb', asOf: '2026-01-22' }));
    c.addClaim(
      p,
      claim({ office: 'minister:finance:country:nn', kind: 'minister', title: 'Minister of Finance', since: '2019-03-01', source: 'wd', asOf: '2022-05-14' }),
    );
    const r = settle(c)
      .get(p)!
      .find((x) => x.office === 'minister:finance:country:nn')!;
    expect(r.supersededBy).toBeUndefined();
  });
});

describe('a head under a status title (caretaker, acting, interim): its start dates the status, not the tenure', () => {
  it('another head seen on the minister’s date: the card says a newer source lists another head of government, undated', () => {
    const { b, fin } = narnia({ title: 'Caretaker Prime Minister', since: '2025-06-03' });
    const old = b.person('Rob Rush', 'country:nn', undefined, 'wd');
    b.addClaim(old, claim({ office: 'hog:country:nn', kind: 'hog', title: 'Prime Minister', since: '2010-10-14', source: 'wd', asOf: '2022-05-23' }));
    const r = settle(b).get(fin)![0]!;
    expect(r.supersededBy).toEqual({ source: 'CIA World Factbook', asOf: '2026-01-22', headOfGovernment: true });
    const e: DatasetEntity = { id: 'person:fay-fern', type: 'person', name: 'Fay Fern', aliases: [], facts: [], roles: [r] };
    expect(buildCard(e, sources).lines).toEqual([
      'Minister of Finance of Narnia from 1 March 2019; a newer source (22 January 2026) lists another head of government — as of May 2022, Wikidata',
    ]);
    expect(buildCard(e, sources).lines.join(' ')).not.toMatch(/since 3 June 2025/);
  });
  it('nobody else known to have headed the government then: nothing said (the caretaker may have led it all along)', () => {
    for (const title of ['Caretaker Prime Minister', 'Acting Prime Minister', 'Interim Prime Minister']) {
      const { b, fin } = narnia({ title, since: '2025-06-03' });
      expect(settle(b).get(fin)![0]!.supersededBy).toBeUndefined();
    }
  });
});
