/**
 * Two holders of one office across sources. (1) A prime minister beside a president who heads the
 * government (the newest source gives both its lines to the president) held another office: moved to
 * its own key, the prime minister reads as its source says, a former one's successor is no president,
 * and a president who took office after the prime minister's source date makes the card say that a
 * newer source lists another head of government. (2) An older source's holder whom the newer source's
 * holder, in office already that day, contradicts: the newer source wins, and the card says so.
 * Invented people and sources.
 */
import { describe, expect, it } from 'vitest';
import { PeopleBuilder } from '../../lib/dataset/build/people';
import { claim } from './support/narnia-claim';
import { reconcileRoles } from '../../lib/dataset/build/reconcile';
import { splitPrimeMinisters } from '../../lib/dataset/build/office-split';
import { markAfterNewPresident } from '../../lib/dataset/build/new-head';
import { shareName } from '../../lib/dataset/build/person-names';

const names = (k: string) => ({ fb: 'CIA World Factbook', wd: 'Wikidata' })[k] ?? k;

const build = (presidentSince: string, presidentHeads = true) => {
  const b = new PeopleBuilder();
  const pres = b.person('Sam Sun', 'country:nn', undefined, 'fb');
  b.addClaim(pres, claim({ office: 'hos:country:nn', kind: 'hos', title: 'President', since: presidentSince, source: 'fb', asOf: '2026-01-22' }));
  b.addClaim(
    pres,
    presidentHeads
      ? claim({ office: 'hog:country:nn', kind: 'hog', title: 'President', since: presidentSince, source: 'fb', asOf: '2026-01-22' })
      : claim({ office: 'hos:country:nn', kind: 'hos', title: 'President', since: presidentSince, source: 'fb', asOf: '2026-01-22' }),
  );
  const old = b.person('Ann Ash', 'country:nn', undefined, 'wd');
  b.addClaim(
    old,
    claim({
      office: 'hog:country:nn',
      kind: 'hog',
      title: 'Prime Minister',
      since: '2008-02-09',
      until: '2015-11-05',
      source: 'wd',
      asOf: '2022-05-14',
      current: false,
    }),
  );
  const pm = b.person('Kay Kite', 'country:nn', undefined, 'wd');
  b.addClaim(pm, claim({ office: 'hog:country:nn', kind: 'hog', title: 'Prime Minister', since: '2015-11-20', source: 'wd', asOf: '2022-05-14' }));
  return { b, pres, old, pm };
};
const settle = (b: PeopleBuilder) => reconcileRoles(b.people, { currentSources: new Set(['fb']), sourceNames: { fb: names('fb'), wd: names('wd') } });

describe('a prime minister beside a president who heads the government', () => {
  it('is another office: the prime minister reads as of its source, the former one with no president as successor', () => {
    const { b, old, pm } = build('2021-03-19');
    expect(splitPrimeMinisters(b, 'fb')).toBe(2);
    const { roles, notes } = settle(b);
    const r = roles.get(pm)![0]!;
    expect(r).toMatchObject({ office: 'pm:country:nn', status: 'as-of', since: '2015-11-20' });
    expect(r.supersededBy).toBeUndefined();
    const o = roles.get(old)![0]!;
    expect(o.status).toBe('former');
    expect(o.successor?.name).not.toBe('Sam Sun');
    expect(notes.some((n) => /overlap/.test(n.note))).toBe(false);
    expect(markAfterNewPresident(roles, names, 'fb')).toBe(0);
  });

  it("a president who took office after the prime minister's source date: a newer source lists another head of government", () => {
    const { b, pm } = build('2025-03-21');
    splitPrimeMinisters(b, 'fb');
    const { roles } = settle(b);
    expect(markAfterNewPresident(roles, names, 'fb')).toBe(1);
    expect(roles.get(pm)![0]!.supersededBy).toEqual({ source: 'CIA World Factbook', asOf: '2026-01-22', headOfGovernment: true, headSince: '2025-03-21' });
  });

  it('not where the newest source gives the government to a prime minister of its own', () => {
    const { b } = build('2021-03-19', false);
    expect(splitPrimeMinisters(b, 'fb')).toBe(0);
  });
});

describe("an older source's holder whom the newer source's holder, already in office that day, contradicts", () => {
  it('stays as of its date and says that a newer source lists another holder', () => {
    const b = new PeopleBuilder();
    const chair = b.person('Rex Reed', 'country:nn', undefined, 'fb');
    b.addClaim(chair, claim({ office: 'hos:country:nn', kind: 'hos', title: 'Council Chairperson', since: '2022-04-19', source: 'fb', asOf: '2026-01-22' }));
    const rival = b.person('Mo Moss', 'country:nn', undefined, 'wd');
    b.addClaim(rival, claim({ office: 'hos:country:nn', kind: 'hos', title: 'President', since: '2018-04-25', source: 'wd', asOf: '2022-12-07' }));
    const { roles } = settle(b);
    const r = roles.get(rival)![0]!;
    expect(r.status).toBe('as-of');
    expect(r.successor).toBeUndefined();
    expect(r.supersededBy).toEqual({ source: 'CIA World Factbook', asOf: '2026-01-22' });
  });

  it('two spellings that share a name are not said to be another holder', () => {
    expect(shareName('Kim Jong Un', 'Kim Jong-un')).toBe(true);
    expect(shareName('Mahmoud Abbas', 'Mahmud Abbas')).toBe(true);
    expect(shareName('Mahdi al-Mashat', 'Rashad Muhammad al-Alimi')).toBe(false);
  });
});
