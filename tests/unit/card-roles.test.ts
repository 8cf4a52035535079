import { describe, expect, it } from 'vitest';
import { balance, buildCard, clip, HOVER_LINES, ofPhrase } from '../../lib/card';
import type { DatasetEntity, Role } from '../../lib/types';

// Synthetic entities and sources: these pin the card rules, not the live dataset.
const sources = {
  fb: { name: 'CIA World Factbook', asOf: '2026-01-22', licence: 'PD' },
  wd: { name: 'Wikidata heads of state and government', asOf: '2022-10-09', licence: 'CC0' },
  wo: { name: 'Wikidata officeholders (snapshots)', asOf: '2023-03-01', licence: 'CC0' },
  wl: { name: 'World Leaders Current', asOf: '2026-08-01', licence: 'CC BY-SA' },
};
const person = (roles: Role[], extra: Partial<DatasetEntity> = {}): DatasetEntity => ({
  id: 'person:x',
  type: 'person',
  name: 'Ana Example',
  aliases: [],
  facts: [],
  roles,
  ...extra,
});
const text = (e: DatasetEntity, publishedAt?: string) => {
  const c = buildCard(e, sources, { publishedAt });
  return { c, all: (c.groups?.flatMap((g) => g.lines) ?? c.lines).join('\n') };
};

describe('roles by status', () => {
  it('current: "in office since" the start of tenure, with no as-of note', () => {
    const { c } = text(person([{ title: 'President', of: 'country:xx', ofName: 'Exampleland', since: '1994-07-20', source: 'fb', status: 'current' }]));
    expect(c.lines[0]).toBe('President of Exampleland, in office since 20 July 1994');
  });

  it('former with an unknown end: no end date, and by when a newer source names someone else', () => {
    const r: Role = {
      title: 'President',
      of: 'country:xx',
      ofName: 'Exampleland',
      since: '2019-01-19',
      source: 'wo',
      asOf: '2022-05-22',
      status: 'former',
      successor: { name: 'Bo Other', entityId: null, source: 'fb', asOf: '2026-01-22' },
    };
    const { c, all } = text(person([r]));
    // (Never "Former President since 2019": the date is when the office was taken, not when it was left.)
    expect(c.lines[0]).toBe('Former President of Exampleland (from 19 January 2019; no longer in office as of January 2026, CIA World Factbook)');
    expect(all).not.toMatch(/2019–2026/);
  });

  it('as-of (or no status): never reads as current, says its source and as-of date', () => {
    const r: Role = {
      title: 'Minister of Foreign Affairs',
      of: 'country:xx',
      ofName: 'Exampleland',
      since: '2004',
      source: 'wo',
      asOf: '2023-03-15',
      status: 'as-of',
    };
    for (const role of [r, { ...r, status: undefined }]) {
      const { c } = text(person([role]));
      expect(c.lines[0]).toBe('Minister of Foreign Affairs of Exampleland since 2004 — as of March 2023, Wikidata');
      expect(c.lines.join(' ')).not.toContain('in office');
    }
  });

  it('former: "Former …" with the years of the term; earlier terms listed as earlier terms', () => {
    const { c, all } = text(
      person([
        { title: 'Prime Minister', of: 'country:gb', ofName: 'United Kingdom', since: '2019-07-24', until: '2022-09-06', source: 'wl', status: 'former' },
        {
          title: 'President',
          of: 'country:xx',
          ofName: 'Exampleland',
          since: '2020-01-01',
          source: 'fb',
          status: 'current',
          earlierTerms: [{ since: '2008-01-01', until: '2012-01-01' }],
        },
      ]),
    );
    expect(c.lines).toContain('Former Prime Minister of the United Kingdom (2019–2022)');
    expect(all).toContain('President of Exampleland: earlier term 2008–2012');
  });

  it('a person who died holds no office: open roles are shown ended', () => {
    const { c, all } = text(person([{ title: 'President', of: 'country:ir', ofName: 'Iran', since: '2021-08-03', source: 'wd' }], { died: '2024-05-19' }));
    expect(c.lines[0]).toBe('Died 19 May 2024');
    expect(all).toContain('Former President of Iran (2021–2024)');
    expect(all).not.toMatch(/in office|as of/);
  });

  it('a death is no role: its line stands under "About", first, and cites its own source', () => {
    const dead = person(
      [{ title: 'Minister of Finance', of: 'country:xx', ofName: 'Exampleland', since: '2018-03-06', until: '2018-05-14', source: 'fb', status: 'former' }],
      {
        died: '2021-11-18',
        diedSource: 'wo',
      },
    );
    const { c } = text(dead);
    expect(c.groups?.map((g) => g.label)).toEqual(['About', 'Former roles']);
    expect(c.groups?.[0]?.lines).toEqual(['Died 18 November 2021']);
    expect(c.groups?.[1]?.lines).toEqual(['Former Minister of Finance of Exampleland (2018) — as of January 2026, CIA World Factbook']);
    expect(c.groups?.find((g) => g.label === 'Roles')).toBeUndefined();
    expect(c.sources.map((s) => s.name)).toContain('Wikidata officeholders (snapshots)');
  });

  it("a line from another source than the card's first cites its own row's as-of date, not its source's newest", () => {
    const r = (title: string, source: string, asOf: string): Role => ({
      title,
      of: 'country:xx',
      ofName: 'Exampleland',
      since: '2015',
      until: '2019',
      source,
      asOf,
      status: 'former',
    });
    const { all } = text(person([r('President', 'fb', '2026-01-22'), r('Minister of Defence', 'wo', '2022-07-20')]));
    expect(all).toContain('Former Minister of Defence of Exampleland (2015–2019) — as of July 2022, Wikidata');
    expect(all).not.toContain('March 2023');
  });
});

describe('then and now', () => {
  const kerry = person([
    {
      title: 'Secretary of State',
      of: 'country:us',
      ofName: 'United States',
      since: '2013-02-01',
      until: '2017-01-20',
      source: 'wl',
      status: 'former',
      successor: { name: 'Marco Example', entityId: 'person:m', since: '2025-01-21', source: 'wl', asOf: '2026-08-01' },
    },
  ]);

  it('an article from before the change: what the person was then, and who holds the office now, with source and date', () => {
    const { c } = text(kerry, '2016-06-03');
    expect(c.lines[0]).toBe('At the time of this article (3 June 2016): Secretary of State of the United States (2013–2017)');
    expect(c.lines[1]).toBe('Since 21 January 2025: Marco Example holds the office — as of August 2026, World Leaders Current');
    expect(c.lines).toHaveLength(2); // the then line carries the term's years: no separate "Former …" line
    expect(buildCard(kerry, sources, { publishedAt: '2016-06-03', mentions: 1 }).groups?.[0]?.label).toBe('Then and now');
  });

  it('an article from after the change, or with no date, says nothing about "the time of this article"', () => {
    for (const d of ['2018-01-01', undefined]) {
      const { all } = text(kerry, d);
      expect(all).not.toContain('At the time of this article');
      expect(all).toContain('Former Secretary of State of the United States (2013–2017)');
    }
  });

  it('an ended role with no successor known says when it ended', () => {
    const { c } = text(person([{ ...kerry.roles![0]!, successor: undefined }]), '2016-06-03');
    expect(c.lines).toEqual(['At the time of this article (3 June 2016): Secretary of State of the United States, until 20 January 2017']);
  });

  it('several offices held then: the head of government leads, each "now" names its office, the rest wait in the popup', () => {
    const e = person([
      {
        title: 'Minister for Women',
        of: 'country:gb',
        ofName: 'United Kingdom',
        since: '2019-09-10',
        until: '2022-09-06',
        source: 'wl',
        status: 'former',
        successor: { name: 'B', entityId: null, since: '2024-07-05', source: 'wl' },
      },
      {
        title: 'Prime Minister',
        of: 'country:gb',
        ofName: 'United Kingdom',
        since: '2019-07-24',
        until: '2022-09-06',
        source: 'wl',
        status: 'former',
        office: 'hog:country:gb',
        successor: { name: 'C', entityId: null, since: '2026-07-20', source: 'wl' },
      },
      { title: 'Foreign Secretary', of: 'country:gb', ofName: 'United Kingdom', since: '2022-09-06', until: '2022-10-25', source: 'wl', status: 'former' },
    ]);
    const { c, all } = text(e, '2021-03-10');
    expect(c.lines.slice(0, 2)).toEqual([
      'At the time of this article (10 March 2021): Prime Minister of the United Kingdom (2019–2022)',
      'Since 20 July 2026: C holds the office of Prime Minister — as of August 2026, World Leaders Current',
    ]);
    expect(all).toContain('Also then: Minister for Women of the United Kingdom (2019–2022)');
    expect(all).toContain('Former Foreign Secretary of the United Kingdom (2022, after this article)');
  });

  it('an article inside an earlier term says so', () => {
    const { c } = text(
      person([
        {
          title: 'President',
          of: 'country:us',
          ofName: 'United States',
          since: '2025-01-20',
          source: 'wl',
          status: 'current',
          earlierTerms: [{ since: '2017-01-20', until: '2021-01-20' }],
        },
      ]),
      '2018-05-01',
    );
    expect(c.lines[0]).toBe('At the time of this article (1 May 2018): President of the United States (an earlier term, 2017–2021)');
    expect(c.lines).toContain('President of the United States, in office since 20 January 2025 (after this article)');
    expect(c.lines.join(' ')).not.toMatch(/\) \(/); // one parenthesis per line part
  });

  it('an article newer than the source: a current role reads "as of" the source date', () => {
    const r: Role = { title: 'President', of: 'country:xx', ofName: 'Exampleland', since: '1994-07-20', source: 'fb', status: 'current' };
    expect(text(person([r]), '2026-11-01').c.lines[0]).toBe('President of Exampleland since 20 July 1994 — as of January 2026, CIA World Factbook');
    expect(text(person([r]), '2025-11-01').c.lines[0]).toBe('President of Exampleland, in office since 20 July 1994');
  });
});

describe('card text', () => {
  it('country names take "the" where English needs it; titles are never doubled', () => {
    expect(ofPhrase('President', 'United States', 'country:us')).toBe(' of the United States');
    expect(ofPhrase('Prime Minister', 'Netherlands', 'country:nl')).toBe(' of the Netherlands');
    expect(ofPhrase('President', 'Philippines', 'country:ph')).toBe(' of the Philippines');
    expect(ofPhrase('President', 'Belarus', 'country:by')).toBe(' of Belarus');
    expect(ofPhrase('President of Ireland', 'Republic of Ireland', 'country:ie')).toBe('');
    expect(ofPhrase('Federal Chancellor of Germany', 'Germany', 'country:de')).toBe('');
    expect(ofPhrase('President', 'European Commission', 'org:ec')).toBe(' of the European Commission');
    expect(ofPhrase('Secretary General', 'NATO', 'org:nato')).toBe(' of NATO');
    // A post its chamber names is placed by it: "of the United States" would make a party's post in the Senate read as a national office.
    expect(ofPhrase('Senate Democratic Outreach Chair', 'United States', 'country:us')).toBe('');
    expect(ofPhrase('Assistant House Minority Leader', 'United States', 'country:us')).toBe('');
    expect(ofPhrase('Speaker of the House', 'United States', 'country:us')).toBe(' of the United States');
  });

  it('the hover card has at most 6 lines; the popup groups get them all; no line repeats', () => {
    const roles: Role[] = Array.from({ length: 9 }, (_, i) => ({
      title: `Minister ${i}`,
      of: 'country:xx',
      ofName: 'Exampleland',
      since: `200${i}`,
      until: `201${i}`,
      source: 'wd',
      status: 'former' as const,
    }));
    const e = person(roles, {
      facts: [
        { label: 'Party', value: 'Example Party', source: 'fb' },
        { label: 'Party', value: 'Example Party', source: 'fb' },
      ],
    });
    const c = buildCard(e, sources, { mentions: 2 });
    expect(c.lines.length).toBe(HOVER_LINES);
    const all = c.groups!.flatMap((g) => g.lines);
    expect(all.length).toBe(11);
    expect(new Set(all).size).toBe(all.length);
    expect(c.lines).toContain('In this article: mentioned 2 times');
  });

  it('a card mixing sources: each line from another source says its source and as-of date', () => {
    const e = person([{ title: 'President', of: 'country:xx', ofName: 'Exampleland', since: '2019', source: 'fb', status: 'current' }], {
      facts: [{ label: 'Party', value: 'Example Party', source: 'wd' }],
    });
    expect(buildCard(e, sources).lines).toEqual(['President of Exampleland, in office since 2019', 'Party: Example Party — as of October 2022, Wikidata']);
  });

  it('country cards: no raw acronym lists, no fact the summary already says, one line for a shared value', () => {
    const c = buildCard(
      {
        id: 'country:xx',
        type: 'country',
        name: 'Exampleland',
        aliases: [],
        summary: 'Exampleland: presidential republic in Central Europe; capital Exampleville; population 9.1 million (2025 est.)',
        facts: [
          { label: 'Capital', value: 'Exampleville', source: 'fb' },
          { label: 'Government type', value: 'presidential republic', source: 'fb' },
          { label: 'Population', value: '9,100,000 (2025 est.)', source: 'fb' },
          { label: 'Chief of state', value: 'President Ana Example', source: 'fb', since: '2019' },
          { label: 'Head of government', value: 'President Ana Example', source: 'fb', since: '2019' },
          { label: 'Member of', value: 'ANZUS, APEC, Arctic Council, ARF, Australia Group, BIS, CD, EU, G-20, NATO, UN, WTO', source: 'fb' },
        ],
      },
      sources,
    );
    expect(c.lines).toEqual([
      'presidential republic in Central Europe; capital Exampleville; population 9.1 million (2025 est.)',
      'Chief of state and head of government: President Ana Example (since 2019)',
      'Member of 12 international organisations, including UN, EU, NATO, G-20',
    ]);
  });

  it('a head of government a newer source says has changed is dated ("as of"), never shown as current', () => {
    const c = buildCard(
      {
        id: 'country:xx',
        type: 'country',
        name: 'Exampleland',
        aliases: [],
        facts: [
          { label: 'Chief of state', value: 'King Ex', source: 'fb', since: '2022-09-08' },
          { label: 'Head of government', value: 'Prime Minister Ana Example', source: 'fb', since: '2024-07-05', asOf: '2026-01-22' },
        ],
      },
      sources,
    );
    expect(c.lines).toEqual([
      'Chief of state: King Ex (since 8 September 2022)',
      'Head of government: Prime Minister Ana Example (since 5 July 2024; as of January 2026)',
    ]);
  });

  it('a long list is cut at an item boundary on the hover card and kept whole in the popup', () => {
    const names = Array.from({ length: 27 }, (_, i) => `Country${i}`).join(', ');
    const c = buildCard(
      { id: 'org:x', type: 'organization', name: 'Union', aliases: [], facts: [{ label: 'Member states', value: `27 countries: ${names}`, source: 'fb' }] },
      sources,
      { mentions: 1 },
    );
    const line = c.lines[0]!;
    expect(line.length).toBeLessThanOrEqual(160);
    expect(line).toMatch(/^Member states: 27 countries: Country0, .*Country\d+, …$/);
    expect(c.groups!.flatMap((g) => g.lines)).toContain(`Member states: 27 countries: ${names}`);
    expect(clip('a (b, c, d', 8)).toBe('a (b, …)');
  });

  it('a long line with no item boundary is cut between words, never inside one', () => {
    const owner = `owner ${'Groupe holding company controls the title '.repeat(6)}`;
    const line = clip(owner);
    expect(line.length).toBeLessThanOrEqual(160);
    expect(line).toMatch(/ (?:Groupe|holding|company|controls|the|title) …$/);
  });

  it('a card whose facts the summary says in full still cites them: no line without a source', () => {
    const place: DatasetEntity = {
      id: 'place:x',
      type: 'place',
      name: 'Exampleton',
      aliases: [],
      summary: 'Exampleton: city in Exampleland; urban area population 979,000 (2023)',
      facts: [
        { label: 'Country', value: 'Exampleland', source: 'fb' },
        { label: 'Urban area population', value: '979,000 (2023)', source: 'fb' },
      ],
    };
    const c = buildCard(place, sources);
    expect(c.lines).toEqual(['city in Exampleland; urban area population 979,000 (2023)']);
    expect(c.sources).toEqual([{ name: 'CIA World Factbook', asOf: '2026-01-22' }]);
  });

  it('parentheses are balanced; a run-off result keeps its round', () => {
    expect(balance('86.8% (first round')).toBe('86.8% (first round)');
    expect(balance('a) b (c) d)')).toBe('a b (c) d');
    const e = person([], {
      facts: [{ label: 'Candidate', value: '58.5% in the second round of the 2022 Exampleland presidential election', source: 'fb', since: '2022' }],
    });
    expect(buildCard(e, sources).lines[0]).toBe('Candidate: 58.5% in the second round of the 2022 Exampleland presidential election');
  });
});

describe('speaker cards', () => {
  it('a quoted dataset person: the "In this article" line counts the quotes once, and the card stays within 6 lines', async () => {
    const { speakerCard } = await import('../../lib/card/view');
    const text = '"We are ready," Ana Example said.';
    const roles: Role[] = Array.from({ length: 8 }, (_, i) => ({
      title: `Minister ${i}`,
      of: null,
      ofName: null,
      since: `200${i}`,
      until: `201${i}`,
      source: 'wd',
      status: 'former' as const,
    }));
    const card = buildCard(person(roles), sources, { mentions: 1, quotes: 1 });
    const speaker = { name: 'Ana Example', start: 15, end: 26, entityId: 'person:x', anonymous: false };
    const a = {
      text,
      entities: [{ id: 'person:x', name: 'Ana Example', type: 'person', fromDataset: true, mentions: [{ start: 15, end: 26 }], card }],
      quotes: [{ start: 0, end: 14, kind: 'direct' as const, speaker, cue: null }],
      claims: [],
    };
    const c = speakerCard(a as never, a.quotes[0]!);
    expect(c.lines.length).toBeLessThanOrEqual(6);
    expect(c.lines.filter((l) => /quoted/i.test(l))).toEqual(['In this article: mentioned 1 time, quoted 1 time']);
  });
});

describe('a country card read against the article date', () => {
  const land: DatasetEntity = {
    id: 'country:xx',
    type: 'country',
    name: 'Exampleland',
    aliases: [],
    facts: [
      { label: 'Chief of state', value: 'President Ana Example', source: 'fb', since: '2023-05-20' },
      { label: 'Population', value: '600,000 (2024 est.)', source: 'fb', since: '2024' },
    ],
  };
  const lines = (P?: string) => buildCard(land, sources, { publishedAt: P }).lines;
  it('an article newer than the source: the holder is "as of" the source, not current', () => {
    expect(lines('2026-12-05')).toContain('Chief of state: President Ana Example (since 20 May 2023; as of January 2026)');
    expect(lines()).toContain('Chief of state: President Ana Example (since 20 May 2023)');
    // A yearly estimate is no tenure: it gets no as-of of its own.
    expect(lines('2026-12-05')).toContain('Population: 600,000 (2024 est.)');
  });
  it('an article older than the tenure: the start is after the article, and the card says so', () => {
    expect(lines('2022-06-01')).toContain('Chief of state: President Ana Example (since 20 May 2023, after this article)');
  });
});

describe('a former role whose end is unknown', () => {
  const r: Role = {
    title: 'Prime Minister',
    of: 'country:xx',
    ofName: 'Exampleland',
    since: '2017-06-29',
    source: 'wo',
    asOf: '2022-07-04',
    status: 'former',
    successor: { name: 'Dju Mac', entityId: null, since: '2025-04-16', source: 'fb', asOf: '2026-01-22' },
  };
  it('an article its source saw the person in office after: then and now, with no end date made up', () => {
    const { c, all } = text(person([r]), '2022-06-01');
    expect(c.lines[0]).toBe('At the time of this article (1 June 2022): Prime Minister of Exampleland (since 29 June 2017)');
    expect(c.lines[1]).toBe('Since 16 April 2025: Dju Mac holds the office — as of January 2026, CIA World Factbook');
    expect(all).not.toMatch(/2017–2025/);
  });
  it('a later article: no longer in office by the newer source\'s date, not "at the time"', () => {
    const { c } = text(person([r]), '2023-06-01');
    expect(c.lines[0]).toBe('Former Prime Minister of Exampleland (from 29 June 2017; no longer in office as of January 2026, CIA World Factbook)');
  });
});
