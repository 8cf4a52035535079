/** A start that begins a term, not a tenure: the Factbook's re-elections, and how cards say it. */
import { describe, expect, it } from 'vitest';
import { buildCard } from '../../lib/card/index';
import { isTermStart } from '../../lib/dataset/build/term-starts';
import type { Dataset, DatasetEntity } from '../../lib/types';

const results =
  '2023: Emmerson MNANGAGWA reelected president in first round; percent of vote - Emmerson MNANGAGWA (ZANU-PF) 52.6%, Nelson CHAMISA (CCC) 44%\n' +
  '2018: Emmerson MNANGAGWA elected president in first round; percent of vote - Emmerson MNANGAGWA (ZANU-PF) 50.7%';
const line = (display: string, since: string, title = 'President') => ({ title, given: [], surname: '', display, since });

describe('isTermStart: the Factbook says the holder was re-elected before the date', () => {
  it('a date after the latest re-election starts a term', () => {
    expect(isTermStart(results, line('Emmerson Mnangagwa', '2023-09-04'), 'country:zi')).toBe(true);
  });
  it('a date before the latest re-election is the tenure start (Putin since 2012, re-elected 2018 and 2024)', () => {
    expect(isTermStart(results, line('Emmerson Mnangagwa', '2017-11-24'), 'country:zi')).toBe(false);
  });
  it('someone else of the same surname, another office, or no re-election: no', () => {
    expect(isTermStart(results, line('Serdar Mnangagwa', '2023-09-04'), 'country:zi')).toBe(false);
    expect(isTermStart(results, line('Emmerson Mnangagwa', '2023-09-04', 'President of Council of Ministers'), 'country:zi')).toBe(false);
    expect(isTermStart(results, line('Nelson Chamisa', '2023-09-04'), 'country:zi')).toBe(false);
    expect(isTermStart(undefined, line('Emmerson Mnangagwa', '2023-09-04'), 'country:zi')).toBe(false);
  });
});

describe('cards: a term start reads "term since", never "in office since" nor "after this article"', () => {
  const sources: Dataset['sources'] = { factbook: { name: 'CIA World Factbook', asOf: '2026-01-22', licence: 'PD' } };
  const country: DatasetEntity = {
    id: 'country:nn',
    type: 'country',
    name: 'Narnia',
    aliases: ['Narnia'],
    facts: [{ label: 'Chief of state', value: 'President Dan Dale', source: 'factbook', since: '2023-09-04', term: true }],
  };
  const person: DatasetEntity = {
    id: 'person:dan-dale',
    type: 'person',
    name: 'Dan Dale',
    aliases: ['Dan Dale'],
    facts: [{ label: 'Country', value: 'Narnia', source: 'factbook' }],
    roles: [
      {
        title: 'President',
        of: 'country:nn',
        ofName: 'Narnia',
        source: 'factbook',
        asOf: '2026-01-22',
        office: 'hos:country:nn',
        since: '2023-09-04',
        term: true,
        status: 'current',
      },
    ],
  };
  const text = (e: DatasetEntity, publishedAt?: string) =>
    (buildCard(e, sources, { publishedAt }).groups?.flatMap((g) => g.lines) ?? buildCard(e, sources, { publishedAt }).lines).join('\n');
  it('country card', () => {
    expect(text(country)).toContain('Chief of state: President Dan Dale (term since 4 September 2023)');
    expect(text(country, '2022-06-01')).not.toContain('after this article');
    expect(text(country, '2026-12-05')).toContain('(term since 4 September 2023; as of January 2026)');
  });
  it('an older sighting before the term answers an article dated inside it, and only then', () => {
    const seen: DatasetEntity = {
      ...person,
      roles: [{ ...person.roles![0]!, title: 'Acting President', seen: { since: '2019-07-08', asOf: '2022-06-20', source: 'wikidata', title: 'President' } }],
    };
    const s2 = { ...sources, wikidata: { name: 'Wikidata officeholders', asOf: '2023-01-12', licence: 'CC0' } };
    const lines = (p?: string) =>
      (buildCard(seen, s2, { publishedAt: p }).groups?.flatMap((g) => g.lines) ?? buildCard(seen, s2, { publishedAt: p }).lines).join('\n');
    expect(lines('2022-06-01')).toContain('At the time of this article (1 June 2022): President of Narnia (since 8 July 2019) — as of June 2022, Wikidata');
    expect(lines('2022-12-01')).not.toContain('At the time of this article');
    expect(lines('2018-12-01')).not.toContain('At the time of this article');
    expect(lines()).not.toContain('8 July 2019');
  });
  it('person card', () => {
    expect(text(person)).toContain('President of Narnia, term since 4 September 2023');
    expect(text(person)).not.toContain('in office');
    expect(text(person, '2022-06-01')).not.toContain('after this article');
  });
});
