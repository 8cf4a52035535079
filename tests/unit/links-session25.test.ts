import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

/** Issue 18, precision: kinds of error read in the seed-24 links audit (tests/fixtures/links-judged-2026-12-06-s24.json). */
const linked = async (text: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.fromDataset).flatMap((e) => e.mentions.map((m) => `${text.slice(m.start, m.end)}=${e.id}`));
};
const ids = async (text: string, surface: string) => (await linked(text)).filter((x) => x.startsWith(`${surface}=`));
/** The countries named first, so that a bare city's name has the evidence it links by. */
const NA = 'Hockey across the United States and Canada on Tuesday night. ';

describe("a city's name in a fixture, in a sentence of sport, is its team (us-state-context.ts)", () => {
  it.each([
    ['Stars 3, Oilers 2: Jason Robertson had two goals and an assist, and Dallas beat Edmonton for a third straight win.', 'Edmonton'],
    ['Stars 3, Oilers 2: Jason Robertson had two goals and an assist, and Dallas beat Edmonton for a third straight win.', 'Dallas'],
    ['Flames 4, Canucks 3: Nazem Kadri scored twice, and Calgary held on to beat Vancouver in overtime.', 'Calgary'],
    ['Mitch Marner and William Nylander also scored for Toronto, and Joseph Woll made 31 saves.', 'Toronto'],
    ['Kirill Kaprizov had a goal and two assists to lift Houston past the visitors in the playoffs.', 'Houston'],
    ['Aleksander Barkov had a goal and an assist to lift Florida. Sam Reinhart also scored.', 'Florida'],
  ])('no place: %s (%s)', async (text, surface) => {
    expect(await ids(NA + text, surface)).toEqual([]);
  });

  it('the place stays without a word of sport, away from the fixture, and a national side stays its country', async () => {
    expect(await ids(NA + 'Dallas beat Houston to host the convention next summer, the party said on Monday.', 'Dallas')).toContain('Dallas=place:dallas');
    expect(await ids(NA + 'Toronto beat Montreal in the race for the new headquarters, which will employ 2,000 people.', 'Montreal')).toContain(
      'Montreal=place:montreal',
    );
    expect(await ids(NA + 'The Oilers lost in Edmonton on Tuesday night after two goals in overtime.', 'Edmonton')).toContain('Edmonton=place:edmonton');
    expect(await ids('Australia beat Colombia behind two wins in the singles, and the coach praised the doubles pair.', 'Australia')).toContain(
      'Australia=country:as',
    );
  });
});

describe("a city's name in a list of grapes or wines is the grape's or the wine's (wine-names.ts)", () => {
  it.each([
    [
      'We import from France, Italy and Oman.\n\nPopular white wine varietals: Chardonnay, Riesling, Sauvignon Blanc, Moscato (Muscat), Pinot Grigio, Gewürztraminer\n\nRosé Wine',
      'Muscat',
    ],
    [
      'Wines of France and Spain.\n\nPopular red wine varietals: Cabernet Sauvignon, Merlot, Pinot Noir, Malbec, Syrah (also known as Shiraz), Bordeaux, Barbera',
      'Bordeaux',
    ],
    ['Our shop in France stocks many wines: Merlot, Bordeaux, Rioja, Chianti and Barolo, all under $20.', 'Bordeaux'],
  ])('no city: %s (%s)', async (text, surface) => {
    expect(await ids(text, surface)).toEqual([]);
  });

  it('the city stays among places, outside a list, and without a word of wine', async () => {
    expect(await ids('Wines of France. We tasted wines in Bordeaux, Lyon and Paris last year.', 'Bordeaux')).toContain('Bordeaux=place:bordeaux');
    expect(await ids('Wines of France. The best Cabernet Sauvignon comes from Bordeaux, our guide says.', 'Bordeaux')).toContain('Bordeaux=place:bordeaux');
    expect(await ids('Our firm in France has offices in Marseille, Bordeaux, Toulouse and Lille, the report says.', 'Bordeaux')).toContain(
      'Bordeaux=place:bordeaux',
    );
    expect(await ids('Ships from Oman. Sellers: Alpha Trading, Muscat, Beta Supplies, Gamma Foods, all importers of fine wine.', 'Muscat')).toContain(
      'Muscat=place:muscat',
    );
  });
});
