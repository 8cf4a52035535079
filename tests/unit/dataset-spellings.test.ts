/** One person under two spellings in two sources: merged conservatively at build time. */
import { describe, expect, it } from 'vitest';
import { PeopleBuilder, type Claim } from '../../lib/dataset/build/people';
import { mergeSpellings, oneOfficeKey, sameSpelling } from '../../lib/dataset/build/spelling-merge';
import { reconcileRoles } from '../../lib/dataset/build/reconcile';
import { loadBundledDataset } from '../../lib/tools/load-dataset';

describe('sameSpelling: the same full name in another spelling, word by word', () => {
  it('spellings of one name', () => {
    expect(sameSpelling('Constantine Chiwenga', 'Constantino Chiwenga')).toBe(true);
    expect(sameSpelling('Haybatullah Akhundzada', 'Hibatullah Akhundzada')).toBe(true);
    expect(sameSpelling('Khaltmaa Battulga', 'Khaltmaagiin Battulga')).toBe(true);
    expect(sameSpelling('Guðni Th. Jóhannesson', 'Gudni Thorlacius Johannesson')).toBe(true);
    expect(sameSpelling('Bronisław Komorowski', 'Bronislaw Komorowski')).toBe(true);
    expect(sameSpelling('Nuno Gomez Nabiam', 'Nuno Gomes Nabiam')).toBe(true);
  });
  it('not another person: a short word of another, a dropped word, another given name, relatives', () => {
    expect(sameSpelling('Kim Jong-il', 'Kim Yong-il')).toBe(false);
    expect(sameSpelling('Abdoulaye Maïga', 'Abdoulaye Idrissa Maïga')).toBe(false);
    expect(sameSpelling('Serdar Berdimuhamedov', 'Gurbanguly Berdimuhamedov')).toBe(false);
    expect(sameSpelling('Ahmad Al Khalid Al Sabah', 'Ahmad Mansour Al-Ahmad Al-Sabah')).toBe(false);
    expect(sameSpelling('Mary Miller', 'Max Miller')).toBe(false);
    expect(sameSpelling('Xanana Gusmão', 'Kay Rala Xanana Gusmao')).toBe(false);
  });
});

const claim = (over: Partial<Claim>): Claim => ({
  office: 'vp:country:zi',
  kind: 'vp',
  single: true,
  title: 'Vice President',
  of: 'country:zi',
  ofName: 'Zimbabwe',
  source: 'w',
  asOf: '2022-03-21',
  current: true,
  ...over,
});

describe('mergeSpellings and oneOfficeKey', () => {
  it('a Factbook head of government and the Wikidata vice president of one name become one person with one office', () => {
    const b = new PeopleBuilder();
    const w = b.person('Constantine Chiwenga', 'country:zi', 'Q381334', 'w');
    b.addClaim(w, claim({ since: '2017-12-28' }));
    const f = b.person('Constantino Chiwenga', 'country:zi', undefined, 'factbook');
    b.addClaim(f, claim({ office: 'hog:country:zi', kind: 'hog', source: 'factbook', asOf: '2026-01-22', since: '2023-09-11' }));
    const personOf = new Map([[{ title: 'Vice President', given: [], surname: '', display: 'Constantino Chiwenga' }, f.draft]]);
    expect(mergeSpellings(b, personOf)).toHaveLength(1);
    expect(b.people).toEqual([w]);
    expect([...personOf.values()]).toEqual([w.draft]);
    expect(w.draft.alias.has('constantino chiwenga')).toBe(true);
    expect(oneOfficeKey(b)).toBe(1);
    const roles = reconcileRoles(b.people, { currentSources: new Set(['factbook']) }).roles.get(w)!;
    // One role: the Factbook's, current; its start a term's (Wikidata last saw him in March 2022).
    expect(roles).toHaveLength(1);
    expect(roles[0]).toMatchObject({ office: 'vp:country:zi', status: 'current', since: '2023-09-11', term: true });
  });
  it('no merge: two Wikidata items, one source listing both, or no office or candidacy in common', () => {
    const b = new PeopleBuilder();
    const a = b.person('Dendev Terbishdagva', 'country:mg', 'Q1', 'w');
    b.addClaim(a, claim({ office: 'hog:country:mg', of: 'country:mg' }));
    const c = b.person('Dendeviin Terbishdagva', 'country:mg', 'Q2', 'w');
    b.addClaim(c, claim({ office: 'hog:country:mg', of: 'country:mg' }));
    const d = b.person('Nuno Gomez Nabiam', 'country:pu', undefined, 'f');
    b.addClaim(d, claim({ office: 'hog:country:pu', of: 'country:pu', source: 'f' }));
    const e = b.person('Nuno Gomes Nabiam', 'country:pu', undefined, 'f');
    b.addClaim(e, claim({ office: 'hog:country:pu', of: 'country:pu', source: 'f', since: '2020-02-28' }));
    const g = b.person('Hamza Lorensz', 'country:pu', 'Q3', 'w');
    b.addClaim(g, claim({ office: 'minister:health:country:pu', title: 'Minister of Health', of: 'country:pu' }));
    const h = b.person('Hamza Lorentz', 'country:pu', undefined, 'f');
    b.addClaim(h, claim({ office: 'minister:finance:country:pu', title: 'Minister of Finance', of: 'country:pu', source: 'f' }));
    expect(mergeSpellings(b, new Map())).toEqual([]);
    expect(b.people).toHaveLength(6);
  });
});

describe('the built dataset', () => {
  it('Chiwenga is one person; no card says "since 2023" of his vice presidency', () => {
    const people = loadBundledDataset().entities.filter((e) => /Chiwenga$/.test(e.name));
    expect(people.map((p) => p.id)).toEqual(['person:constantine-chiwenga']);
    expect(people[0]!.aliases).toContain('Constantino Chiwenga');
    const vp = people[0]!.roles!.filter((r) => r.title === 'Vice President');
    expect(vp).toHaveLength(1);
    expect(vp[0]).toMatchObject({ status: 'current', term: true });
  });
});
