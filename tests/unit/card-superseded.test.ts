/** A role or a country's head a newer source supersedes: the card says so plainly, with no "since" that reads as current. */
import { describe, expect, it } from 'vitest';
import { buildCard } from '../../lib/card';
import type { DatasetEntity, Role } from '../../lib/types';

const sources = {
  ifg: { name: 'IfG Ministers Database', asOf: '2026-06-19', licence: 'CC BY' },
  fb: { name: 'CIA World Factbook', asOf: '2026-01-22', licence: 'PD' },
};
const newer = { source: 'Newer Leaders (snapshot)', asOf: '2026-08-22' };
const person = (roles: Role[]): DatasetEntity => ({ id: 'person:x', type: 'person', name: 'Bob Birch', aliases: [], facts: [], roles });
const pm: Role = {
  title: 'Prime Minister',
  of: 'country:nn',
  ofName: 'Narnia',
  since: '2024-07-05',
  source: 'ifg',
  asOf: '2026-06-19',
  office: 'hog:country:nn',
  status: 'as-of',
  supersededBy: newer,
};
const all = (e: DatasetEntity, publishedAt?: string) => {
  const c = buildCard(e, sources, { publishedAt });
  return { c, lines: c.groups?.flatMap((g) => g.lines) ?? c.lines };
};

describe('cards: a newer source lists another holder', () => {
  it('the role line: "from" its start, the newer source and its date, then the citation; the source is listed', () => {
    const { c } = all(person([pm]));
    expect(c.lines[0]).toBe(
      'Prime Minister of Narnia from 5 July 2024; a newer source (22 August 2026) lists another holder — as of June 2026, IfG Ministers Database',
    );
    expect(c.lines[0]).not.toMatch(/\bsince\b/);
    expect(c.sources).toContainEqual({ name: 'Newer Leaders (snapshot)', asOf: '2026-08-22' });
  });
  it('an article from before the change reads the same: the role is not shown as then-and-now current', () => {
    const { lines } = all(person([pm]), '2025-03-01');
    expect(lines.join('\n')).toContain('a newer source (22 August 2026) lists another holder');
    expect(lines.join('\n')).not.toMatch(/in office|\bsince\b/);
  });
  it("a minister after a new head of government: the line says so; a term's start reads 'term from'", () => {
    const min: Role = {
      ...pm,
      title: 'Minister of Finance',
      office: 'minister:finance:country:nn',
      term: true,
      supersededBy: { ...newer, headOfGovernment: true },
    };
    expect(all(person([min])).c.lines[0]).toBe(
      'Minister of Finance of Narnia, term from 5 July 2024; a newer source (22 August 2026) lists another head of government — as of June 2026, IfG Ministers Database',
    );
  });
  it('no start date: the role and the newer source', () => {
    const { since: _s, ...bare } = pm;
    expect(all(person([bare])).c.lines[0]).toBe(
      'Prime Minister of Narnia; a newer source (22 August 2026) lists another holder — as of June 2026, IfG Ministers Database',
    );
  });
  it('a long hover line keeps the note that a newer source lists another holder (the citation, then the start, go first)', () => {
    const long: Role = { ...pm, title: 'Secretary of State for Science, Innovation and Technology and Minister for Intergovernmental Relations' };
    const { c } = all(person([long]));
    expect(c.lines[0]!.length).toBeLessThanOrEqual(160);
    expect(c.lines[0]).toContain('; a newer source (22 August 2026) lists another holder');
  });
  it("a former holder's then-and-now line: the successor 'held' the office, and a newer source lists another holder", () => {
    const old: Role = {
      ...pm,
      since: '2019-01-01',
      until: '2024-07-05',
      status: 'former',
      supersededBy: undefined,
      successor: { name: 'Bob Birch', entityId: 'person:x', since: '2024-07-05', source: 'ifg', asOf: '2026-06-19', supersededBy: newer },
    };
    const { lines } = all({ ...person([old]), name: 'Ann Ash' }, '2021-05-01');
    expect(lines).toContain(
      'From 5 July 2024: Bob Birch held the office; a newer source (22 August 2026) lists another holder — as of June 2026, IfG Ministers Database',
    );
    expect(lines.join('\n')).not.toContain('holds the office');
  });
  it("the country's head of government line: 'from', dated, and the newer source", () => {
    const c = buildCard(
      {
        id: 'country:nn',
        type: 'country',
        name: 'Narnia',
        aliases: [],
        facts: [
          { label: 'Chief of state', value: 'Queen Eve Elm', source: 'fb', since: '2022-09-08' },
          { label: 'Head of government', value: 'Prime Minister Bob Birch', source: 'fb', since: '2024-07-05', asOf: '2026-01-22', supersededBy: newer },
        ],
      },
      sources,
    );
    expect(c.lines).toEqual([
      'Chief of state: Queen Eve Elm (since 8 September 2022)',
      'Head of government: Prime Minister Bob Birch (from 5 July 2024; as of January 2026); a newer source (22 August 2026) lists another holder',
    ]);
    expect(c.sources).toContainEqual({ name: 'Newer Leaders (snapshot)', asOf: '2026-08-22' });
  });
});
