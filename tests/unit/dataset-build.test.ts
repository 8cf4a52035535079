/** Unit tests of the dataset build's parsing and naming rules, on invented inputs. */
import { describe, expect, it } from 'vitest';
import { parseOfficeholders } from '../../lib/dataset/build/officeholders';
import { decodeEntities, htmlToText } from '../../lib/dataset/build/html';
import { parseFactbookDate } from '../../lib/dataset/build/dates';
import { registrableDomain } from '../../lib/dataset/domain';
import { nameSkeleton, normalCaseName, personNameVariants } from '../../lib/dataset/names';
import { finalize, newDraft, addAlias, addFact, isAcronymSurface } from '../../lib/dataset/build/draft';
import { parseAdminDivisions } from '../../lib/dataset/build/divisions';
import { metroParts, parseUrbanAreas } from '../../lib/dataset/build/urban';
import { PlaceIds, buildDivision, buildRegion, parseMapReferences } from '../../lib/dataset/build/places';
import { commonWordTest } from '../../lib/dataset/build/common-words';
import { aliasKey } from '../../lib/dataset/alias-key';
import { sameFullName } from '../../lib/dataset/build/people';
import { parseCapitals } from '../../lib/dataset/build/profiles';
import { unionOffices } from '../../lib/dataset/build/countries';
import { validateDataset } from '../../lib/dataset/validate';
import { jurisdictionOf, officeOf } from '../../lib/dataset/build/offices';
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
    expect(two.map((p) => [p.title, p.display])).toEqual([
      ['King', 'Edmund IV'],
      ['Governor General', 'Tom Baker'],
    ]);
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
    const html =
      'intro<br><em>Grand Council</em> - composed of ... <br><strong>president:</strong> Jana Novak (since 1 June 2022)<br><em>Other Body </em>- ...<strong>president:</strong> the presidency rotates';
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
    // Paragraphs are lines too (the EU's member states, then its overseas territories: "Sweden 13 overseas …" ran together).
    expect(htmlToText('<p>27 countries: Austria, Sweden</p> <p>13 overseas countries</p>')).toBe('27 countries: Austria, Sweden\n13 overseas countries');
  });
  it('a fact is one line: line breaks in a value read "; "', () => {
    const d = newDraft('org:x', 'organization', 'X');
    addFact(d, { label: 'Member states', value: '27 countries: Austria, Sweden\n13 overseas countries', source: 'f' });
    expect(d.facts[0]!.value).toBe('27 countries: Austria, Sweden; 13 overseas countries');
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
    const v = personNameVariants(['Alyaksandr'], 'Petrenka', 24, 'belarusian');
    expect(v).toContain('Alexander Petrenko');
    expect(v).toContain('Aleksandr Petrenka');
    expect(personNameVariants(['Volodymyr'], 'Ivanskyy', 24, 'east-slavic')).toContain('Vladimir Ivansky');
    // A name of no Slavic family gets no Slavic spellings (a Colombian "Gustavo Petro" is no "Pyotr").
    expect(personNameVariants(['Gustavo'], 'Petro', 24, undefined)).toEqual(['Gustavo Petro']);
    expect(personNameVariants(['Abdelaziz'], 'Bouteflika', 24, undefined)).toEqual(['Abdelaziz Bouteflika']);
  });
  it('matches one person across spellings, not relatives', () => {
    expect(nameSkeleton('Petrenka')).toBe(nameSkeleton('Petrenko'));
    // Belarusian romanisation families apply to Belarusians only; never surname + initial.
    expect(sameFullName('Alyaksandr Petrenka', 'Alexander Petrenko', 'belarusian')).toBe(true);
    expect(sameFullName('Alyaksandr Petrenka', 'Alexander Petrenko', undefined)).toBe(false);
    expect(sameFullName('Tan Wei', 'Tan Bo', undefined)).toBe(false);
    expect(sameFullName('Boris Petrenka', 'Alexander Petrenko', 'belarusian')).toBe(false);
    expect(sameFullName('Li Qiang', 'Li Keqiang', undefined)).toBe(false);
    expect(sameFullName('Kim Min-seok', 'Kim Moon-soo', undefined)).toBe(false);
    expect(sameFullName('Kim Jong Un', 'Kim Jong-un', undefined)).toBe(true);
    // Middle names dropped: the given name and the surname stay ("Benjamin Netanyahu", "Ursula Gertrud von der Leyen").
    expect(sameFullName('Ursula Gertrud von der Leyen', 'Ursula von der Leyen', undefined)).toBe(true);
    expect(sameFullName('Gustavo Francisco Petro Urrego', 'Gustavo Petro', undefined)).toBe(true);
    expect(sameFullName('Gustavo Francisco Petro Urrego', 'Gustavo Urrego', undefined)).toBe(true);
    expect(sameFullName('Gustavo Francisco Petro Urrego', 'Francisco Petro', undefined)).toBe(false);
    // ...but a patronymic chain is not a middle name: a son is not his father.
    expect(sameFullName('Muhammad bin Salman bin Abd al-Aziz Al Saud', 'Salman bin Abd al-Aziz Al Saud', undefined)).toBe(false);
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
      version: '1',
      builtAt: 'x',
      sources: {},
      entities: [
        {
          id: 'country:x',
          type: 'country' as const,
          name: 'Xland',
          aliases: ['Xland'],
          adjectives: ['Xish'],
          weakAliases: ['xl'],
          facts: [],
          domains: ['xland.gov'],
        },
      ],
    };
    const l = createMemoryLookup(ds);
    const r = await l.byAliases(['xland', 'xish', 'xl', 'nope']);
    expect(Object.keys(r).sort()).toEqual(['xish', 'xl', 'xland']);
    expect((await l.byDomain('www.xland.gov')).length).toBe(1);
  });
});

describe('Factbook administrative divisions', () => {
  it('reads kinds from the header, asterisks, notes and alternative names', () => {
    const items = parseAdminDivisions('3 states and 1 district*; Alderia, Bexland (Bexia), Capital District*, Dunmore');
    expect(items.map((i) => [i.name, i.kind])).toEqual([
      ['Alderia', 'state'],
      ['Bexland', 'state'],
      ['Capital District', 'district'],
      ['Dunmore', 'state'],
    ]);
    expect(items[1]?.aliases).toEqual(['Bexia']);
  });
  it('keeps native kinds, skips counts and notes, and reads sub-group labels', () => {
    const items = parseAdminDivisions(
      '2 provinces (oblasti, singular - oblast), 1 city (misto) oblasts: Norvia, Ostrava (Ostrograd) cities: Velgrad; note - something else',
      'note: the administrative center name follows in parentheses',
    );
    expect(items.map((i) => [i.name, i.kind, i.nativeKind])).toEqual([
      ['Norvia', 'oblast', undefined],
      ['Ostrava', 'oblast', undefined],
      ['Velgrad', 'city', undefined],
    ]);
    // The parentheses hold the administrative centre, not another name.
    expect(items[1]?.aliases).toEqual([]);
    expect(parseAdminDivisions('5 regions (regiones, singular - region); Norte, Sur')[0]).toMatchObject({ kind: 'region', nativeKind: 'region' });
  });
  it('joins names of one division given in several languages', () => {
    const items = parseAdminDivisions('3 communities; Alta; Kaleria (Castilian), Kalerya (Catalan) [Kalery]; Bordo', '', (w) =>
      ['Castilian', 'Catalan'].includes(w),
    );
    expect(items.map((i) => i.name)).toEqual(['Alta', 'Kalery', 'Bordo']);
    expect(items[1]?.aliases).toEqual(['Kaleria', 'Kalerya']);
  });
  it('reads a capitalised heading before a colon as a section of its own, not the last item of the list before it', () => {
    // The shape of the UK's field: "<strong>Northern Ireland:</strong>" after England's last list.
    const text =
      'Norland: 2 counties, 1 borough\n\ncounties: Alder, Birch\n\nboroughs: Cedar; Dunmore\n\nSouthmark: 2 city councils\n\ncity councils: Elmer; Fenwick and Gale\n\nEastrey: 1 council area\n\ncouncil areas: Holm';
    const items = parseAdminDivisions(text);
    expect(items.map((i) => [i.name, i.kind ?? ''])).toEqual([
      ['Alder', 'county'],
      ['Birch', 'county'],
      ['Cedar', 'borough'],
      ['Dunmore', 'borough'],
      ['Elmer', 'city council'],
      ['Fenwick and Gale', 'city council'],
      ['Holm', 'council area'],
      ['Southmark', ''],
      ['Eastrey', ''],
    ]);
  });
  it('skips texts with no divisions and entries that are not clean names', () => {
    expect(parseAdminDivisions('none (territory of Narnia)')).toEqual([]);
    expect(parseAdminDivisions('no first-order administrative divisions as defined by the US government')).toEqual([]);
    expect(parseAdminDivisions('4 districts; Amber, 2 islands, the rest of it, Ub').map((i) => i.name)).toEqual(['Amber']);
  });
});

describe('Factbook major urban areas', () => {
  it('reads populations, the capital in capitals and hyphenated metro names', () => {
    const areas = parseUrbanAreas(
      '18.937 million Port Alder-Newbury, 2.1 million Mbuji-Mayi, 936,000 Oranville, 5.490 million WESTFORD, D.C. (capital) (2023)',
    );
    expect(areas.map((a) => [a.name, a.metro, a.isCapital, a.population, a.year])).toEqual([
      ['Port Alder', 'Port Alder-Newbury', false, 18_937_000, '2023'],
      ['Mbuji-Mayi', undefined, false, 2_100_000, '2023'],
      ['Oranville', undefined, false, 936_000, '2023'],
      ['Westford, D.C.', undefined, true, 5_490_000, '2023'],
    ]);
  });
  it('splits a metro only where two cities meet', () => {
    expect(metroParts('Dallas-Fort Worth')).toEqual(['Dallas', 'Fort Worth']);
    expect(metroParts('Kitakyushu-Fukuoka')).toEqual(['Kitakyushu', 'Fukuoka']);
    expect(metroParts('Pointe-Noire')).toEqual(['Pointe-Noire']);
  });
  it("takes each segment's own year", () => {
    const areas = parseUrbanAreas('285,000 ALDERTON (capital) (2018); 1.253 million Bexham (2022)');
    expect(areas.map((a) => [a.name, a.year])).toEqual([
      ['Alderton', '2018'],
      ['Bexham', '2022'],
    ]);
  });
});

describe('Factbook map references', () => {
  it('reads regions, the first labelled part and lost line breaks', () => {
    expect(parseMapReferences('Central America and the Caribbean')).toEqual(['Central America and the Caribbean']);
    expect(parseMapReferences('AsiaEurope')).toEqual(['Asia', 'Europe']);
    expect(parseMapReferences('metropolitan Narnia: Europe\nNarnian Guiana: South America')).toEqual(['Europe']);
    expect(parseMapReferences('Political Map of the World')).toEqual([]);
  });
  it('gives a compound region its parts as aliases', () => {
    const d = buildRegion('Central America and the Caribbean', [{ name: 'Alderia' }, { name: 'Bexland' }], 'place:x', 'factbook');
    expect([...d.alias.values()].map((a) => a.surface)).toEqual(['Central America and the Caribbean', 'Central America', 'Caribbean']);
    expect(d.facts.find((f) => f.label === 'Countries (Factbook map reference)')?.value).toBe('2');
  });
});

describe('places yield names to countries', () => {
  const never = () => false;
  it('a division named like a country leaves the country its bare name, with no weak claim', () => {
    const country = newDraft('country:ga', 'country', 'Georgia');
    const ids = new PlaceIds(['country:ga']);
    const state = buildDivision(
      { name: 'Georgia', aliases: [], kind: 'state' },
      { id: 'country:us', name: 'United States', population: 3e8 },
      'us',
      ids,
      'factbook',
      never,
    );
    const { entities } = finalize([country, state], new Set());
    const [c, s] = entities;
    expect(c?.aliases).toContain('Georgia');
    expect(c?.weakAliases ?? []).not.toContain('georgia');
    // "Georgia State" is the university's name: the state, its bare name lost to the country, is called by its fallback name.
    expect(s?.aliases).toEqual(['Georgia (state, United States)']);
    expect(s?.weakAliases ?? []).not.toContain('georgia');
  });
  it('a US state keeps "<X> State" only where a city takes its bare name', () => {
    const us = { id: 'country:us', name: 'United States', population: 3e8 };
    const ids = new PlaceIds([]);
    const city = newDraft('place:new-york', 'place', 'New York');
    const newYork = buildDivision({ name: 'New York', aliases: [], kind: 'state' }, us, 'us', ids, 'factbook', never);
    const ohio = buildDivision({ name: 'Ohio', aliases: [], kind: 'state' }, us, 'us', ids, 'factbook', never);
    const osun = buildDivision(
      { name: 'Osun', aliases: [], kind: 'state' },
      { id: 'country:ni', name: 'Nigeria', population: 2e8 },
      'ni',
      ids,
      'factbook',
      never,
    );
    const [, ny, oh, os] = finalize([city, newYork, ohio, osun], new Set()).entities;
    expect(ny?.aliases).toEqual(['New York State']);
    expect(oh?.aliases).toEqual(['Ohio']);
    expect(os?.aliases).toEqual(['Osun', 'Osun State']);
  });
  it('namesake divisions go to the much larger country, else to nobody', () => {
    const ids = new PlaceIds([]);
    const big = buildDivision({ name: 'Maryland', aliases: [] }, { id: 'country:a', name: 'A', population: 3e8 }, 'a', ids, 'factbook', never);
    const small = buildDivision({ name: 'Maryland', aliases: [] }, { id: 'country:b', name: 'B', population: 5e6 }, 'b', ids, 'factbook', never);
    const peerA = buildDivision({ name: 'Santa Cruz', aliases: [] }, { id: 'country:c', name: 'C', population: 4e7 }, 'c', ids, 'factbook', never);
    const peerB = buildDivision({ name: 'Santa Cruz', aliases: [] }, { id: 'country:d', name: 'D', population: 1.2e7 }, 'd', ids, 'factbook', never);
    const { entities } = finalize([big, small, peerA, peerB], new Set());
    expect(entities[0]?.aliases).toContain('Maryland');
    expect(entities[1]?.aliases).not.toContain('Maryland');
    expect(entities[2]?.weakAliases).toContain('santa cruz');
    expect(entities[3]?.weakAliases).toContain('santa cruz');
  });
  it('a descriptive division name links only with context', () => {
    const d = buildDivision(
      { name: 'North East', aliases: ['West'], kind: 'district' },
      { id: 'country:a', name: 'A', population: 1e6 },
      'a',
      new PlaceIds([]),
      'factbook',
      never,
    );
    const { entities } = finalize([d], new Set());
    expect(entities[0]?.aliases).toEqual(['North East District']);
    expect(entities[0]?.weakAliases).toEqual(['north east']);
  });
});

describe('alias hygiene', () => {
  it('lists the keys of aliases written in capitals as acronyms', () => {
    expect(isAcronymSurface('CAR')).toBe(true);
    expect(isAcronymSurface('U.S.')).toBe(true);
    expect(isAcronymSurface('Nato')).toBe(false);
    expect(isAcronymSurface('UNITEDSTATES')).toBe(false);
    const car = newDraft('country:ct', 'country', 'Central African Republic');
    addAlias(car, 'CAR', 1);
    const us = newDraft('country:us', 'country', 'United States');
    addAlias(us, 'U.S.', 0);
    addAlias(us, 'US', 0);
    const nato = newDraft('org:nato', 'organization', 'NATO');
    addAlias(nato, 'Nato', 0); // the British press writes it as a word: not capitals-only
    const { entities } = finalize([car, us, nato], new Set());
    expect(entities[0]?.acronyms).toEqual(['car']);
    expect(entities[1]?.acronyms).toEqual([aliasKey('U.S.'), 'us'].sort());
    expect(entities[2]?.acronyms).toBeUndefined();
  });
  it("drops everyday-word aliases, keeps own names, and keeps people's as weak", () => {
    const isCommon = commonWordTest([{ word: 'island' }, { word: 'Paris' }, { word: 'may' }], { western: 'Adjective', georgia: ['Region', 'ProperNoun'] });
    expect(['island', 'paris', 'may', 'western', 'georgia'].map(isCommon)).toEqual([true, false, true, true, false]);
    const iceland = newDraft('country:ic', 'country', 'Iceland');
    addAlias(iceland, 'Island', 2);
    const may = newDraft('person:t-may', 'person', 'Teresa May');
    addAlias(may, 'May', 2);
    const west = newDraft('place:western', 'place', 'Western');
    const { entities, commonWords } = finalize([iceland, may, west], new Set(), { isCommonWord: isCommon });
    expect(entities[0]?.aliases).toEqual(['Iceland']);
    expect(entities[0]?.weakAliases).toBeUndefined();
    expect(entities[1]?.weakAliases).toEqual(['may']);
    expect(entities[2]?.aliases).toEqual(['Western']);
    expect(commonWords.map((c) => [c.id, c.action])).toEqual([
      ['country:ic', 'dropped'],
      ['person:t-may', 'weak'],
    ]);
  });
});

describe('one domain function for pages and dataset outlets', () => {
  it('resolves subdomains to the outlet', async () => {
    const { registrableDomain: pageDomain } = await import('../../lib/publisher');
    for (const [u, d] of [
      ['https://www3.nhk.or.jp/nhkworld/x', 'nhk.or.jp'],
      ['http://english.news.cn/a', 'news.cn'],
      ['https://www.bbc.co.uk/news', 'bbc.co.uk'],
    ] as const) {
      expect(pageDomain(u)).toBe(d);
      expect(registrableDomain(u)).toBe(d);
    }
  });
});

describe('outlet owners', () => {
  it('are parsed whole: abbreviations do not end the first sentence', async () => {
    const { shortOwner } = await import('../../lib/dataset/build/outlets');
    expect(shortOwner('U.S. Agency for Global Media. Funded by Congress.')).toBe('U.S. Agency for Global Media');
    expect(shortOwner('Bloomberg L.P.; privately held.')).toBe('Bloomberg L.P.');
    expect(shortOwner('Acme Media Inc. owns it; since 2001.')).toBe('Acme Media Inc. owns it');
  });
  it('a long owner is cut between words, never inside one', async () => {
    const { shortOwner } = await import('../../lib/dataset/build/outlets');
    const long = shortOwner(`Le Monde Group is held by: ${'the holding company Le Monde Libre up to 75%, '.repeat(4)}`);
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long).toMatch(/ (?:the|holding|company|Le|Monde|Libre|up|to|75%) …$/);
  });
});

describe('election results', () => {
  it('say which round a share is from: the round named last before the figure', async () => {
    const { PeopleBuilder } = await import('../../lib/dataset/build/people');
    const b = new PeopleBuilder();
    b.addCandidates(
      { id: 'country:nn', name: 'Narnia', isDependency: false },
      '2019: Ivan PETRENKA elected president in second round; percent of vote in first round - Ivan PETRENKA (Our Party) 30.2%, Oleh SYDORENKA (Their Party) 15.6%; percent of vote in the second round - Ivan PETRENKA 73.2%',
      'factbook',
    );
    const ivan = b.people.find((p) => p.draft.name === 'Ivan Petrenka')!;
    expect(ivan.draft.facts[0]?.value).toBe('30.2% in the first round of the 2019 Narnia presidential election (Our Party)');
  });
});

describe('office keys', () => {
  it("a junior post of a portfolio is its own office, not the minister's", () => {
    const uk = 'country:uk';
    expect(officeOf('Minister of Finance', uk).key).toBe('minister:finance:country:uk');
    for (const junior of ['Economic Secretary to the Treasury', 'Financial Secretary to the Treasury'])
      expect(officeOf(junior, uk)).toMatchObject({ key: `minister:finance:${junior.toLowerCase().replace(/ /g, '-')}:country:uk`, single: true });
    expect(officeOf('State Secretary for Finance', 'country:nl').key).toBe('minister:finance:state-secretary-for-finance:country:nl');
    expect(officeOf('Minister Delegate for Foreign Affairs', 'country:ct').key).toBe(
      'minister:foreign-affairs:minister-delegate-for-foreign-affairs:country:ct',
    );
    expect(officeOf('Minister of Foreign Affairs', 'country:ct').key).toBe('minister:foreign-affairs:country:ct');
    expect(jurisdictionOf(officeOf('State Secretary for Defence', 'country:nl').key)).toBe('country:nl');
    // War is the defence portfolio only as the ministry's name, not war veterans' or a past war's affairs.
    expect(officeOf('Secretary of War', 'country:us').key).toBe('minister:defence:country:us');
    expect(officeOf('Minister of War Veterans', 'country:ao').key).not.toMatch(/defence/);
    expect(officeOf('Minister of Liberation War Affairs', 'country:bg').key).not.toMatch(/defence/);
  });

  it("a state minister, an associate minister, a minister in a ministry or a secretary of state to a minister holds a junior post, not the portfolio's head", () => {
    const ug = 'country:ug';
    const head = officeOf('Minister of Foreign Affairs', ug).key;
    expect(head).toBe('minister:foreign-affairs:country:ug');
    for (const junior of [
      'State Minister of Foreign Affairs for International Affairs',
      'Associate Minister of Foreign Affairs',
      'Minister in the Ministry of Foreign Affairs',
      'Secretary of State to the Minister of Foreign Affairs in charge of Cooperation',
    ]) {
      const o = officeOf(junior, ug);
      expect(o.key, junior).not.toBe(head);
      expect(jurisdictionOf(o.key)).toBe(ug);
    }
    // Two junior posts of one portfolio are two offices too.
    expect(officeOf('State Minister for Defence', ug).key).not.toBe(officeOf('Minister of Defence', ug).key);
    expect(officeOf("Head of the Minister of Defence's military cabinet", 'country:fr').key).not.toMatch(/^minister:defence:country/);
  });

  it("a portfolio's word that names another portfolio with the next word (foreign trade, defence industry, social justice) is not that portfolio", () => {
    const cases: [string, string][] = [
      ['Minister of Foreign Trade', 'minister:foreign-affairs:'],
      ['Minister of Industry and Foreign Trade', 'minister:foreign-affairs:'],
      ['Minister for Foreign Trade and Development Cooperation', 'minister:foreign-affairs:'],
      ['Minister of Defence Industry', 'minister:defence:'],
      ['Federal Minister of Defence Production', 'minister:defence:'],
      ['Minister for Defence Materiel', 'minister:defence:'],
      ['Minister for Defence Equipment, Support and Technology', 'minister:defence:'],
      ['Minister for Defence Science and Personnel', 'minister:defence:'],
      ['Minister of Social Justice and Empowerment', 'minister:justice:'],
    ];
    for (const [label, not] of cases) expect(officeOf(label, 'country:xx').key, label).not.toBe(`${not}country:xx`);
    // The portfolio still names the office when it is there on its own too.
    expect(officeOf('Minister of Foreign Affairs and Foreign Trade', 'country:bb').key).toBe('minister:foreign-affairs:country:bb');
    expect(officeOf('Minister of Defence and Veterans Affairs', 'country:ug').key).toBe('minister:defence:country:ug');
    expect(officeOf('Minister of Law and Justice', 'country:in').key).toBe('minister:justice:country:in');
  });

  it('"Secretary of State" alone is the foreign ministry only in the United States; elsewhere it is a junior rank', () => {
    expect(officeOf('Secretary of State', 'country:us').key).toBe('minister:foreign-affairs:country:us');
    expect(officeOf('Secretary of State', 'country:be').key).not.toBe('minister:foreign-affairs:country:be');
  });
});

describe('US presidents and vice presidents (executive.yaml)', () => {
  it('keeps every term of a news-era office-holder, so a tenure starts at its first continuous term', async () => {
    const { executiveTerms } = await import('../../lib/dataset/build/us-claims');
    const two = [
      { type: 'prez', start: '1993-01-20', end: '1997-01-20' },
      { type: 'prez', start: '1997-01-20', end: '2001-01-20' },
    ];
    expect(executiveTerms(two)).toEqual(two);
    // Before the news era altogether: none.
    expect(executiveTerms([{ type: 'viceprez', start: '1981-01-20', end: '1989-01-20' }])).toEqual([]);
  });
});

describe('a Representative whose district changed (us-claims houseSince)', () => {
  const rep = (start: string, end: string, district: number, state = 'XA') => ({ type: 'rep', start, end, state, district });
  it('says since when the member has sat for the state, unbroken, when that is before the district', async () => {
    const { houseSince } = await import('../../lib/dataset/build/us-claims');
    // Renumbered after a census: in the House since 2011, for this district since 2023.
    expect(houseSince([rep('2011-01-05', '2013-01-03', 8), rep('2013-01-03', '2023-01-03', 12), rep('2023-01-03', '2027-01-03', 11)])).toBe('2011-01-05');
  });
  it('says nothing when the district is the whole unbroken service, or the service was broken, or another state came before', async () => {
    const { houseSince } = await import('../../lib/dataset/build/us-claims');
    expect(houseSince([rep('2015-01-06', '2017-01-03', 4), rep('2017-01-03', '2027-01-03', 4)])).toBeUndefined();
    expect(houseSince([rep('2001-01-03', '2005-01-03', 2), rep('2019-01-03', '2027-01-03', 3)])).toBeUndefined();
    expect(houseSince([rep('2001-01-03', '2005-01-03', 2, 'XB'), rep('2005-01-03', '2027-01-03', 3)])).toBeUndefined();
    expect(houseSince([{ type: 'sen', start: '2019-01-03', end: '2025-01-03', state: 'XA' }])).toBeUndefined();
  });
});

describe("a country summary's government type and region (countries.ts governmentWhere)", () => {
  it('puts the region after a one-clause type, and before a type of several clauses, never inside its last clause', async () => {
    const { governmentWhere } = await import('../../lib/dataset/build/countries');
    expect(governmentWhere('presidential republic', 'Central Africa')).toBe('presidential republic in Central Africa');
    expect(governmentWhere('military junta; the Northland Council does not recognize the regime', 'Western Exampleland')).toBe(
      'Western Exampleland; military junta; the Northland Council does not recognize the regime',
    );
    expect(governmentWhere('parliamentary republic', undefined)).toBe('parliamentary republic');
  });
});
