import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

/**
 * Rules whose patterns are asked only where what every match needs stands (read by hand first: longer-whole.ts conjunctEndBefore,
 * shouted.ts lowerInside): the rules read as before, white space of any kind included.
 */
const linked = async (text: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.fromDataset).flatMap((e) => e.mentions.map((m) => `${text.slice(m.start, m.end)}=${e.id}`));
};

describe('a conjunct of a country’s compound name, whatever white space stands before it (longer-whole.ts)', () => {
  it('"&" and a no-break space before the name', async () => {
    const ids = await linked('Cocoa exports from Sao Tome &\u00a0Principe doubled last year, the central bank said.');
    expect(ids).not.toContain('Principe=place:principe');
  });

  it('"and the" and a no-break space before the name', async () => {
    const ids = await linked('The new clinic in St Vincent and the\u00a0Grenadines opened on Monday.');
    expect(ids).not.toContain('Grenadines=place:grenadines');
  });

  it('a place after "and" that ends no country’s name stays the place', async () => {
    const ids = await linked('Talks in Geneva and Paris went on, the ministers said.');
    expect(ids).toEqual(['Geneva=place:geneve', 'Paris=place:paris']);
  });
});

describe('a country’s name in a headline shouted in capitals (shouted.ts)', () => {
  it('the country, in a line written in capitals', async () => {
    const ids = await linked('CHINA WARNS TAIWAN OVER ARMS DEAL\nOfficials met on Monday.');
    expect(ids).toEqual(['CHINA=country:ch', 'TAIWAN=country:tw']);
  });

  it('not a name in title case, whose line is no shouted headline', async () => {
    const ids = await linked('Brazil Nut Pesto Wins Over Judges At The Fair');
    expect(ids.some((s) => s.startsWith('Brazil='))).toBe(false);
  });
});
