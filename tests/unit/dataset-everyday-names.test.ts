import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { newDraft, type Draft } from '../../lib/dataset/build/draft';
import { buildDivision, PlaceIds, type LooseWordTest } from '../../lib/dataset/build/places';
import { phraseNamedOutlets } from '../../lib/dataset/build/outlet-names';
import { lookup } from './support/mention-at';

/** Aliases that were everyday words or phrases, a company's name or an adjective, and made wrong cards on real pages (helper h69's audit). */
const linked = async (text: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.fromDataset).map((e) => e.id ?? '');
};

const EVERYDAY = new Set(['rest', 'world', 'new', 'vision', 'live', 'science', 'foreign', 'policy', 'daily', 'times', 'point', 'jewish', 'le']);
const everyday: LooseWordTest = Object.assign((k: string) => EVERYDAY.has(k), { oneWord: (k: string) => EVERYDAY.has(k) });

const outlet = (name: string, ...aliases: string[]): Draft => {
  const d = newDraft(`outlet:${name.toLowerCase().replace(/\W+/g, '')}`, 'outlet', name);
  for (const a of [name, ...aliases]) d.alias.set(a.toLowerCase(), { surface: a, rank: 0 });
  return d;
};

describe('an outlet named by an everyday phrase links only as a medium', () => {
  it('the build makes such a name weak; a medium word, a capitalised "The", an acronym or a foreign article keeps it', () => {
    const [row, vision, times, point, rt] = phraseNamedOutlets(
      [outlet('Rest of World'), outlet('The New Vision', 'New Vision'), outlet('Daily Times'), outlet('Le Point'), outlet('RT', 'RT Live')],
      everyday,
    );
    expect(row!.alias.has('rest of world')).toBe(false);
    expect(row!.weak.has('rest of world')).toBe(true);
    expect(vision!.alias.has('the new vision')).toBe(true);
    expect(vision!.weak.has('new vision')).toBe(true);
    expect(times!.alias.has('daily times')).toBe(true);
    expect(point!.alias.has('le point')).toBe(true);
    expect(rt!.alias.has('rt live')).toBe(true);
  });

  it('the phrase in running text opens no outlet; as a medium it does', async () => {
    expect(await linked('We work with marketing agencies in the US and the Rest of World on social campaigns.')).not.toContain('outlet:restofworld.org');
    expect(await linked('Do You Have a New Vision for Your Kitchen? Start with the layout.')).not.toContain('outlet:newvision.co.ug');
    expect(await linked('The study was first published on Live Science in March.')).toContain('outlet:livescience.com');
    expect(await linked('The singer said in a statement to Rolling Stone that the tour would go ahead.')).toContain('outlet:rollingstone.com');
  });
});

describe('an airline is not its country, an adjective is not a place', () => {
  it('"Emirates" is the Dubai airline; the country is named in full', async () => {
    const ids = await linked('Emirates ordered thirty more jets at the air show, and Emirates President Tim Clark said the fleet would grow.');
    expect(ids).not.toContain('country:ae');
    expect(await linked('The United Arab Emirates signed the treaty on Monday.')).toContain('country:ae');
  });

  it('"Jewish" opens no card for Russia’s autonomous oblast, even with Russia named', async () => {
    const ids = await linked('Russia and Iran criticised the decision, while the Jewish state’s premier welcomed it.');
    expect(ids).toContain('country:rs');
    expect(ids).not.toContain('place:jewish');
  });

  it('the build names such a division by its fallback name and gives it no alias the text can match', () => {
    const d = buildDivision(
      { name: 'Jewish', aliases: ['Yevreyskaya'], kind: 'autonomous province' },
      { id: 'country:rs', name: 'Russia', population: 1.4e8 },
      'rs',
      new PlaceIds([]),
      'factbook',
      everyday,
    );
    expect(d.name).toBe('Jewish (autonomous province, Russia)');
    expect(d.alias.has('jewish')).toBe(false);
    expect(d.weak.has('jewish')).toBe(false);
    expect(d.alias.has('yevreyskaya')).toBe(true);
  });
});

describe('a US state\'s "<X> State" is the state only beside a city of its name', () => {
  it('"Georgia State" and "Ohio State" are universities; "New York State" is the state', async () => {
    expect(await linked('Georgia State beat Georgia Tech 31-20 on Saturday.')).not.toContain('place:georgia');
    expect(await linked('She studied at Ohio State before moving to Texas.')).not.toContain('place:ohio');
    expect(await linked('The New York State Attorney General is investigating the firm.')).toContain('place:new-york-us');
  });
});
