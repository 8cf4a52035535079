/**
 * A role an older source saw before the person's own newer head-of-state or -government role began
 * ("Minister of Defence … — as of July 2022" beside "President … since 20 October 2024") reads as an
 * earlier role, never as a second current office: "from" its start, under "Earlier roles", in the
 * summary "earlier …". Invented people and sources.
 */
import { describe, expect, it } from 'vitest';
import { buildCard } from '../../lib/card';
import { laterHead } from '../../lib/card/superseded';
import { personSummary } from '../../lib/dataset/build/person-summary';
import type { DatasetEntity, Role } from '../../lib/types';

const sources = {
  fb: { name: 'CIA World Factbook', asOf: '2026-01-22', licence: 'PD' },
  wd: { name: 'Wikidata', asOf: '2022-07-05', licence: 'CC0' },
};
const president: Role = {
  title: 'President',
  of: 'country:nn',
  ofName: 'Narnia',
  since: '2024-10-20',
  source: 'fb',
  asOf: '2026-01-22',
  office: 'hos:country:nn',
  status: 'current',
};
const minister: Role = {
  title: 'Minister of Defence',
  of: 'country:nn',
  ofName: 'Narnia',
  since: '2019-10-23',
  source: 'wd',
  asOf: '2022-07-05',
  office: 'minister:defence:country:nn',
  status: 'as-of',
};
const person = (roles: Role[]): DatasetEntity => ({ id: 'person:x', type: 'person', name: 'Bob Birch', aliases: [], facts: [], roles });
const groups = (roles: Role[]) => buildCard(person(roles), sources, { mentions: 1 }).groups ?? [];

describe("an older role beside the person's newer head-of-state or -government role", () => {
  it('reads "from" its start, with its source\'s date, under "Earlier roles", never as a second current role', () => {
    const g = groups([president, minister]);
    expect(g.find((x) => x.label === 'Roles')?.lines).toEqual(['President of Narnia, in office since 20 October 2024']);
    expect(g.find((x) => x.label === 'Earlier roles')?.lines).toEqual(['Minister of Defence of Narnia from 23 October 2019 — as of July 2022, Wikidata']);
    expect(g.map((x) => x.label).indexOf('Earlier roles')).toBe(g.map((x) => x.label).indexOf('Roles') + 1);
  });

  it('the summary says "earlier"', () => {
    expect(personSummary('Bob Birch', [president, minister], (r) => r.asOf ?? '')).toBe(
      'Bob Birch: President of Narnia since 2024; earlier Minister of Defence (as of 2022-07-05)',
    );
  });

  it('a vice-president or the other head counts too; a deputy of another state does not', () => {
    expect(laterHead({ ...minister, title: 'Vice President', office: 'vp:country:nn' }, [president])).toBe(president);
    expect(laterHead({ ...minister, title: 'Prime Minister', office: 'hog:country:nn' }, [president])).toBe(president);
    expect(laterHead({ ...minister, of: 'country:oo', ofName: 'Oz', office: 'minister:defence:country:oo' }, [president])).toBeUndefined();
  });

  it("stays as it was where the head role began before the older source's date, starts a term only, or is itself older", () => {
    const r = [minister];
    // In office as head already when the older source saw the minister: both held at once.
    expect(laterHead(minister, [{ ...president, since: '2021-01-01' }, ...r])).toBeUndefined();
    // A re-election's term: the person may have been head before.
    expect(laterHead(minister, [{ ...president, term: true }, ...r])).toBeUndefined();
    // Only the year is known, or the head role is itself from an older source.
    expect(laterHead(minister, [{ ...president, since: '2024' }, ...r])).toBeUndefined();
    expect(laterHead(minister, [{ ...president, asOf: '2022-01-01' }, ...r])).toBeUndefined();
    // The other role is current or former, or a newer source already says another holder: not this rule.
    expect(laterHead({ ...minister, status: 'current' }, [president])).toBeUndefined();
    expect(laterHead({ ...minister, status: 'former', until: '2024-10-20' }, [president])).toBeUndefined();
    const g = groups([{ ...president, since: '2021-01-01' }, minister]);
    expect(g.find((x) => x.label === 'Roles')?.lines).toContain('Minister of Defence of Narnia since 23 October 2019 — as of July 2022, Wikidata');
  });
});
