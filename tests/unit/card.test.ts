import { describe, expect, it } from 'vitest';
import { buildCard, flagEmoji, formatDate } from '../../lib/card';
import type { DatasetEntity } from '../../lib/types';

const sources = {
  fb: { name: 'CIA World Factbook', asOf: '2026-01-22', licence: 'PD' },
  smm: { name: 'State Media Monitor', asOf: '2023-08', licence: 'MIT' },
};

describe('cards from dataset facts', () => {
  it('a person: role with its start date first, no repeated country, newest candidacy only, sources with dates', () => {
    const p: DatasetEntity = {
      id: 'person:x',
      type: 'person',
      name: 'Ana Example',
      aliases: [],
      roles: [{ title: 'President', of: 'country:xx', ofName: 'Exampleland', since: '2019-05-20', source: 'fb', status: 'current' }],
      facts: [
        { label: 'Role', value: 'President of Exampleland', source: 'fb', since: '2019-05-20' },
        { label: 'Candidate', value: '73.2% in the 2019 Exampleland presidential election', source: 'fb', since: '2019' },
        { label: 'Candidate', value: '30.2% in the 2014 Exampleland presidential election', source: 'fb', since: '2014' },
        { label: 'Country', value: 'Exampleland', source: 'fb' },
      ],
    };
    const c = buildCard(p, sources, {
      mentions: 3,
      quotes: 1,
      related: ['Exampleland'],
      country: { id: 'country:xx', type: 'country', name: 'Exampleland', aliases: [], facts: [], code: 'UA' },
    });
    expect(c.title).toBe('Ana Example');
    expect(c.lines[0]).toBe('President of Exampleland, in office since 20 May 2019');
    expect(c.lines.filter((l) => l.startsWith('Candidate'))).toEqual(['Candidate: 73.2% in the 2019 Exampleland presidential election']);
    expect(c.lines.some((l) => l.startsWith('Country'))).toBe(false);
    expect(c.lines).toContain('In this article: mentioned 3 times, quoted 1 time');
    expect(c.sources).toEqual([{ name: 'CIA World Factbook', asOf: '2026-01-22' }]);
    expect(c.flag).toBe('🇺🇦');
  });

  it('an outlet: its facts and every source’s state-media label, attributed', () => {
    const o: DatasetEntity = {
      id: 'outlet:x.example',
      type: 'outlet',
      name: 'X News',
      aliases: [],
      facts: [{ label: 'Country', value: 'Exampleland', source: 'fb' }],
      stateLabels: [{ label: 'state-controlled media', code: 'SC', source: 'smm' }],
    };
    const c = buildCard(o, sources);
    expect(c.lines).toEqual(['Country: Exampleland', 'Labelled state-controlled media by State Media Monitor']);
    expect(c.sources.map((s) => s.name).sort()).toEqual(['CIA World Factbook', 'State Media Monitor']);
  });

  it('dates and flags', () => {
    expect(formatDate('1994-07-20')).toBe('20 July 1994');
    expect(formatDate('2023-08')).toBe('August 2023');
    expect(formatDate('2022')).toBe('2022');
    expect(formatDate('soon')).toBe('soon');
    expect(flagEmoji('by')).toBe('🇧🇾');
    expect(flagEmoji('xyz')).toBeUndefined();
    expect(flagEmoji(undefined)).toBeUndefined();
  });
});

describe('quotes in cards and the popup', () => {
  it('puts a direct quote in quotation marks once, and reported speech after its verb, unquoted', async () => {
    const { quoteLine, speakerCard } = await import('../../lib/card/view');
    expect(quoteLine('direct', '“We will not go.”', 'said')).toBe('“We will not go.”');
    expect(quoteLine('direct', 'We will not go.', null)).toBe('“We will not go.”');
    expect(quoteLine('indirect', 'the troops would not take part', 'Denied')).toBe('denied: the troops would not take part');
    expect(quoteLine('indirect', 'the talks had stalled', null)).toBe('the talks had stalled');

    const text = 'The minister denied that the army would cross the border. "We are ready," the minister said.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const speaker = { name: 'the minister', start: 0, end: 12, entityId: null, anonymous: false };
    const a = {
      text,
      entities: [],
      quotes: [
        { ...at('the army would cross the border'), kind: 'indirect' as const, speaker, cue: at('denied') },
        { ...at('We are ready,'), kind: 'direct' as const, speaker, cue: at('said') },
      ],
      claims: [],
    };
    const card = speakerCard(a as never, a.quotes[0]!);
    expect(card.quotes).toEqual(['denied: the army would cross the border', '“We are ready,”']);
  });
});
