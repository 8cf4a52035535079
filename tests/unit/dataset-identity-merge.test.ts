/**
 * One person split into two records (a Wikidata record of an older office, a Factbook record of the
 * office held now, without a QID): merged only where a newer source identifies its holder by the QID the
 * other record carries, under the same full name, in that country. Namesakes stay apart. Invented people.
 */
import { describe, expect, it } from 'vitest';
import { PeopleBuilder, type Claim } from '../../lib/dataset/build/people';
import { mergeByNewerIdentity } from '../../lib/dataset/build/identity-merge';

const claim = (c: Partial<Claim> & Pick<Claim, 'office' | 'kind' | 'title' | 'source' | 'asOf' | 'of'>): Claim => ({
  single: true,
  ofName: null,
  current: true,
  ...c,
});
const countryIdOf = (n: string) => ({ Narnia: 'country:nn', Oz: 'country:oz' })[n];

const build = () => {
  const b = new PeopleBuilder();
  const banker = b.person('Max Moor', 'country:oz', 'Q1', 'wd');
  b.addClaim(
    banker,
    claim({ office: 'central-bank:country:oz', kind: 'central-bank', title: 'Governor', of: 'country:oz', source: 'wd', asOf: '2022-07-23', current: false }),
  );
  const pm = b.person('Max Moor', 'country:nn', undefined, 'fb');
  b.addClaim(
    pm,
    claim({ office: 'hog:country:nn', kind: 'hog', title: 'Prime Minister', of: 'country:nn', since: '2025-03-14', source: 'fb', asOf: '2026-01-22' }),
  );
  return { b, banker, pm };
};

describe('one person in two records', () => {
  it('merged where a newer source gives the holder the QID of the other record under the same full name', () => {
    const { b, banker, pm } = build();
    const merges = mergeByNewerIdentity(b, [{ name: 'Max Moor', qid: 'Q1', country: 'Narnia' }], countryIdOf, new Map());
    expect(merges).toHaveLength(1);
    expect(b.people).toContain(banker);
    expect(b.people).not.toContain(pm);
    expect(banker.claims.map((c) => c.office).sort()).toEqual(['central-bank:country:oz', 'hog:country:nn']);
  });

  it('namesakes stay apart: another QID, another country, another name', () => {
    for (const id of [
      { name: 'Max Moor', qid: 'Q2', country: 'Narnia' },
      { name: 'Max Moor', qid: 'Q1', country: 'Oz' },
      { name: 'Maxim Moor', qid: 'Q1', country: 'Narnia' },
    ]) {
      const { b } = build();
      expect(mergeByNewerIdentity(b, [id], countryIdOf, new Map()), JSON.stringify(id)).toEqual([]);
      expect(b.people).toHaveLength(2);
    }
  });
});
