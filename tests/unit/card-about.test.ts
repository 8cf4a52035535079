/** The About line cites every source it draws on; an outlet's state-media label is said once. */
import { describe, expect, it } from 'vitest';
import { buildCard } from '../../lib/card/index';
import type { Dataset, DatasetEntity } from '../../lib/types';

const sources: Dataset['sources'] = {
  kagi: { name: 'Kagi News media data', asOf: '2026-03-17', licence: 'MIT' },
  smm: { name: 'State Media Monitor (MJRC) via ASD State Media Profiles', asOf: '2023-08', licence: 'MIT' },
};
const all = (e: DatasetEntity) => {
  const c = buildCard(e, sources, {});
  return (c.groups?.flatMap((g) => g.lines) ?? c.lines).join('\n');
};

describe('outlet cards', () => {
  const rt: DatasetEntity = {
    id: 'outlet:rt.example',
    type: 'outlet',
    name: 'RTX',
    aliases: ['RTX'],
    summary: 'RTX: news outlet, Russia; state-controlled media',
    facts: [
      { label: 'Country', value: 'Russia', source: 'kagi' },
      { label: 'State Media Monitor', value: 'state-controlled media (SC)', source: 'smm' },
      { label: 'Type', value: 'State Funded Media', source: 'kagi' },
      { label: 'Type', value: 'Private Media', source: 'smm' },
    ],
    stateLabels: [
      { label: 'state-controlled media', code: 'SC', source: 'smm' },
      { label: 'State Funded Media', source: 'kagi' },
    ],
  };
  it('say a state-media label once, with its source', () => {
    const text = all(rt);
    expect(text.match(/state-controlled/g)).toHaveLength(1);
    expect(text).toContain('Labelled state-controlled media by State Media Monitor');
    expect(text.match(/State Funded Media/g)).toHaveLength(1);
    expect(text).toContain('news outlet, Russia');
    // A fact that is no label's stays.
    expect(text).toContain('Type: Private Media');
  });
});

describe('About lines', () => {
  it('name every source of the facts they say', () => {
    const place: DatasetEntity = {
      id: 'place:x',
      type: 'place',
      name: 'Xville',
      aliases: ['Xville'],
      summary: 'Xville: capital of Narnia; population 12,000',
      facts: [
        { label: 'Official name', value: 'City of Xville', source: 'kagi' },
        { label: 'Capital of', value: 'Narnia', source: 'kagi' },
        { label: 'Population', value: '12,000', source: 'smm' },
      ],
    };
    const c = buildCard(place, sources, {});
    const about = c.groups!.find((g) => g.label === 'About')!.lines[0]!;
    expect(about).toBe('capital of Narnia; population 12,000 — Kagi News, State Media Monitor');
  });
  it('from one source: cited as the card cites its main source (not at all)', () => {
    const one: DatasetEntity = {
      id: 'place:y',
      type: 'place',
      name: 'Yville',
      aliases: ['Yville'],
      summary: 'Yville: population 9,000',
      facts: [
        { label: 'Official name', value: 'Town of Yville', source: 'kagi' },
        { label: 'Population', value: '9,000', source: 'smm' },
      ],
    };
    const c = buildCard(one, sources, {});
    // The line says the population only: State Media Monitor's (the card's first source), not the first
    // fact's Kagi, whose line names its own.
    expect(c.groups!.find((g) => g.label === 'About')!.lines[0]).toBe('population 9,000');
    expect(c.groups!.flatMap((g) => g.lines)).toContain('Official name: Town of Yville — as of March 2026, Kagi News');
    expect(c.sources.map((x) => x.name)).toEqual([sources.smm!.name, sources.kagi!.name]);
  });
});
