/** Unit tests of the dataset build's parsing and naming rules, on invented inputs. */
import { describe, expect, it } from 'vitest';
import { parseOfficeholders } from '../../lib/dataset/build/officeholders';
import { decodeEntities, htmlToText } from '../../lib/dataset/build/html';
import { parseFactbookDate } from '../../lib/dataset/build/dates';
import { registrableDomain } from '../../lib/dataset/domain';
import { nameSkeleton, normalCaseName, personNameVariants } from '../../lib/dataset/names';
import { finalize, newDraft, addAlias, addFact } from '../../lib/dataset/build/draft';
import { sameName } from '../../lib/dataset/build/people';
import { parseCapitals } from '../../lib/dataset/build/profiles';
import { unionOffices } from '../../lib/dataset/build/countries';
import { validateDataset } from '../../lib/dataset/validate';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';

describe('officeholder lines', () => {
  it('parses title, name and start date', () => {
    const [p] = parseOfficeholders('President Ivan PETRENKA (since 3 March 2001)');
    expect(p).toMatchObject({ title: 'President', given: ['Ivan'], surname: 'Petrenka', display: 'Ivan Petrenka', since: '2001-03-03' });
  });
  it('handles surname-first names, particles, honorifics and representatives', () => {
    expect(parseOfficeholders('Premier WU Chenglin (since 5 May 2020)')[0]).toMatchObject({ title: 'Premier', display: 'Wu Chenglin', surname: 'Wu' });
    expect(parseOfficeholders('Prime Minister Karim al-HADDAD (since 2 June 2021)')[0]?.display).toBe('Karim al-Haddad');
    const two = parseOfficeholders('King EDMUND IV (since 1 May 2001); represented by Governor General Sir Tom BAKER (since 4 April 2019)');
    expect(two.map((p) => [p.title, p.display])).toEqual([['King', 'Edmund IV'], ['Governor General', 'Tom Baker']]);
    expect(parseOfficeholders('President of Narnia XI Wen (since 2013)')[0]).toMatchObject({ title: 'President of Narnia', display: 'Xi Wen' });
  });
  it('skips notes rather than inventing people', () => {
    expect(parseOfficeholders('former President Anton GREY was overthrown on 8 May 2020')).toEqual([]);
    expect(parseOfficeholders('President (vacant)')).toEqual([]);
  });
  it('reads names without capitals when a start date follows', () => {
    expect(parseOfficeholders('Maria van den Berg (since 1 January 2020)')[0]).toMatchObject({ surname: 'van den Berg', since: '2020-01-01' });
  });
});

describe('EU-style executive blocks', () => {
  it('finds each institution and its president', () => {
    const html = 'intro<br><em>Grand Council</em> - composed of ... <br><strong>president:</strong> Jana Novak (since 1 June 2022)<br><em>Other Body </em>- ...<strong>president:</strong> the presidency rotates';
    const offices = unionOffices(html);
    expect(offices).toHaveLength(1);
    expect(offices[0]?.institution).toBe('Grand Council');
    expect(offices[0]?.holder).toMatchObject({ display: 'Jana Novak', since: '2022-06-01' });
  });
});

describe('text helpers', () => {
  it('decodes entities and strips tags', () => {
    expect(decodeEntities('Jos&eacute; &amp; Fran&ccedil;ois')).toBe('José & François');
    expect(htmlToText('<em>2020:</em> a<br><br>b&nbsp;c')).toBe('2020: a\nb c');
  });
  it('parses Factbook dates', () => {
    expect(parseFactbookDate('20 July 1994')).toBe('1994-07-20');
    expect(parseFactbookDate('5 Sep 2025')).toBe('2025-09-05');
    expect(parseFactbookDate('April 2018')).toBe('2018-04');
    expect(parseFactbookDate('1997')).toBe('1997');
  });
  it('parses capitals with qualifiers and alternative names', () => {
    expect(parseCapitals('Alpha (administrative capital); Beta (legislative capital)').map((c) => [c.name, c.qualifier])).toEqual([
      ['Alpha', 'administrative capital'],
      ['Beta', 'legislative capital'],
    ]);
    expect(parseCapitals('Gammagrad (Gamma is the transliteration from Elvish)')[0]?.aliases).toEqual(['Gamma']);
    expect(parseCapitals('Port Town, D.C.')[0]?.name).toBe('Port Town, D.C.');
  });
  it('reduces hosts to registrable domains', () => {
    expect(registrableDomain('https://feeds.example.com/rss')).toBe('example.com');
    expect(registrableDomain('www.news.co.uk')).toBe('news.co.uk');
    expect(registrableDomain('http://m.paper.com.au/x')).toBe('paper.com.au');
    expect(registrableDomain('example.org')).toBe('example.org');
  });
});

describe('name rules', () => {
  it('normal-cases capitalised surnames', () => {
    expect(normalCaseName('Ivan PETRENKA')).toBe('Ivan Petrenka');
    expect(normalCaseName('Anna SMITH-JONES')).toBe('Anna Smith-Jones');
  });
  it('generates romanisation variants', () => {
    const v = personNameVariants(['Alyaksandr'], 'Petrenka');
    expect(v).toContain('Alexander Petrenko');
    expect(v).toContain('Aleksandr Petrenka');
    expect(personNameVariants(['Volodymyr'], 'Ivanskyy')).toContain('Vladimir Ivansky');
  });
  it('matches one person across spellings, not relatives', () => {
    expect(nameSkeleton('Petrenka')).toBe(nameSkeleton('Petrenko'));
    expect(sameName({ given: ['Alyaksandr'], surname: 'Petrenka' }, 'Alexander Petrenko')).toBe(true);
    expect(sameName({ given: [], surname: 'Tan Wei' }, 'Tan Bo')).toBe(false);
    expect(sameName({ given: ['Boris'], surname: 'Petrenka' }, 'Alexander Petrenko')).toBe(false);
  });
});

describe('alias collisions', () => {
  it('keeps a key for the single strongest claimant and makes ties weak', () => {
    const a = newDraft('person:a', 'person', 'Anna Grey');
    addAlias(a, 'Grey', 2);
    const b = newDraft('person:b', 'person', 'Boris Grey');
    addAlias(b, 'Grey', 2);
    const c = newDraft('country:g', 'country', 'Greyland');
    addAlias(c, 'Anna Grey', 2);
    for (const d of [a, b, c]) addFact(d, { label: 'x', value: 'y', source: 's' });
    const { entities } = finalize([a, b, c], new Set());
    const byId = Object.fromEntries(entities.map((e) => [e.id, e]));
    expect(byId['person:a']?.aliases).toEqual(['Anna Grey']);
    expect(byId['person:a']?.weakAliases).toEqual(['grey']);
    expect(byId['person:b']?.weakAliases).toEqual(['grey']);
    expect(byId['country:g']?.aliases).toEqual(['Greyland']);
    const ds = { version: '1', builtAt: '2026-01-01', sources: { s: { name: 'S', asOf: '2026-01-01', licence: 'CC0' } }, entities };
    expect(validateDataset(ds)).toEqual([]);
  });
  it('validation reports a strong alias shared by two entities', () => {
    const e = (id: string) => ({ id, type: 'person', name: 'X', aliases: ['Same'], facts: [{ label: 'a', value: 'b', source: 's' }] });
    const ds = { version: '1', builtAt: 'x', sources: { s: { name: 'S', asOf: '2026-01', licence: 'x' } }, entities: [e('p:1'), e('p:2')] };
    expect(validateDataset(ds).join('\n')).toMatch(/strong for both/);
    expect(validateDataset({})).not.toEqual([]);
  });
  it('memory lookup returns weak and adjective keys too', async () => {
    const ds = {
      version: '1', builtAt: 'x', sources: {},
      entities: [{ id: 'country:x', type: 'country' as const, name: 'Xland', aliases: ['Xland'], adjectives: ['Xish'], weakAliases: ['xl'], facts: [], domains: ['xland.gov'] }],
    };
    const l = createMemoryLookup(ds);
    const r = await l.byAliases(['xland', 'xish', 'xl', 'nope']);
    expect(Object.keys(r).sort()).toEqual(['xish', 'xl', 'xland']);
    expect((await l.byDomain('www.xland.gov')).length).toBe(1);
  });
});
