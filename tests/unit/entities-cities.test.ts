import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { listsOnly } from './support/lists-only';

/** No dataset: only the name finder's lists. */
const lookup = listsOnly;

async function places(text: string): Promise<Record<string, string[]>> {
  const { entities } = await findEntities(text, lookup);
  const out: Record<string, string[]> = {};
  for (const e of entities) if (e.type === 'place') out[e.name] = e.mentions.map((m) => text.slice(m.start, m.end));
  return out;
}

describe('cities the other lists lack (GeoNames, 100,000 people or more)', () => {
  it('a city of several words is a place wherever it stands', async () => {
    expect(await places('The conference returns to the Las Vegas convention centre next May.')).toHaveProperty('Las Vegas');
  });

  it('a one-word city the article places once is a place at every mention', async () => {
    const text = 'Guerrillas detonated a car bomb in Baqubah on Tuesday. Baqubah police said seven people died.';
    expect((await places(text)).Baqubah).toEqual(['Baqubah', 'Baqubah']);
    expect((await places('The company moved to Noida, India, last year. Noida offices opened in May.')).Noida).toEqual(['Noida', 'Noida']);
  });

  it('a one-word city the article never places is none ("Concordia" the board game, "Fuji" colours)', async () => {
    const list = await places('My verdict: Concordia is an elegant strategy game. Concordia rewards planning, and its Fuji colors look great.');
    expect(list).not.toHaveProperty('Concordia');
    expect(list).not.toHaveProperty('Fuji');
  });

  it('nor one the article also writes in lower case, nor one in odd case', async () => {
    expect(await places('Tyre prices rose again in Tampa, and a new tyre costs more.')).not.toHaveProperty('Tyre');
    expect(await places('Fighting spread from Tyre, Lebanon, to the hills.')).toHaveProperty('Tyre');
    expect(await places('We tested GPU operators, mainly HAMi, in Bellevue.')).not.toHaveProperty('HAMi');
  });
});

describe('companies the other lists lack (cspell company names, one word)', () => {
  const types = async (text: string) => {
    const { entities } = await findEntities(text, lookup);
    return Object.fromEntries(entities.map((e) => [e.name, e.type]));
  };

  it('a listed company is an organisation, and one-word evidence makes it no person', async () => {
    const found = await types('Accenture said on Monday that it would hire more staff. Shopify and Instagram grew too.');
    expect(found).toMatchObject({ Accenture: 'organization', Shopify: 'organization', Instagram: 'organization' });
  });

  it('but for the surname of a person the article names', async () => {
    const found = await types('Paris Hilton arrived on Monday. Hilton said she was happy. Carl Icahn sold his shares; Icahn declined to comment.');
    expect(found).not.toHaveProperty('Hilton', 'organization');
    expect(found.Icahn).toBeUndefined();
  });
});

describe("a firm's context around an unknown one-word name", () => {
  const types = async (text: string) => {
    const { entities } = await findEntities(text, lookup);
    return Object.fromEntries(entities.map((e) => [e.name, e.type]));
  };

  it('shares, acquisitions, workplaces, founders and chief executives make it an organisation', async () => {
    const found = await types('JumpCloud has acquired Breez this week. She worked at Hatsuhana for years. Zorblax shares closed up 2%.');
    expect(found).toMatchObject({ Breez: 'organization', Hatsuhana: 'organization', Zorblax: 'organization' });
  });

  it('not a verb ("Wilgus shares"), nor the end of a longer name ("Home Depot")', async () => {
    const found = await types('"You can feel results immediately," Wilgus shares. Home Depot shares are up 40%.');
    expect(found.Wilgus).not.toBe('organization');
    expect(found).not.toHaveProperty('Depot');
  });
});

describe('a kind of place and "of" before a name', () => {
  it('"the district of Fontvieille", "the pass of Thermopylae" are places', async () => {
    const list = await places('Projects include extending the district of Fontvieille. The army advanced to the pass of Thermopylae.');
    expect(list).toHaveProperty('Fontvieille');
    expect(list).toHaveProperty('Thermopylae');
    expect(await places('The Director of Zorbin Holdings spoke.')).not.toHaveProperty('Zorbin Holdings');
  });
});
