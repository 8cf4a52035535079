import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * A place's name the sentence does not mean (issue 18; session 34, helper 229): a fixed compound made with it ("a cedar of
 * Lebanon", "a California king", "Ceylon tea", place-compounds.ts), a list of goods made with places (place-compounds.ts), a
 * region's adjective said of a shared town's name (region-towns.ts), and a seat of power's name before a neighbourhood's noun and
 * "in" another town (seat-elsewhere.ts). Sentences written for these tests, with other words than the trap fixtures'.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a fixed compound made with a place (place-compounds.ts)', () => {
  it('names a tree, a bed, a bread or a tea, not the place', async () => {
    for (const [text, word] of [
      ['A cedar of Lebanon planted in 1790 beside the rectory in Shropshire was felled after the storm, the parish council said.', 'Lebanon'],
      ['Two cedars of Lebanon planted in 1820 shade the lawn of the Surrey estate, the trust said on Monday.', 'Lebanon'],
      ["The hotel's best-selling bed, a California king with a memory-foam top, is made at its plant in Ohio, the firm said.", 'California'],
      ['CALIFORNIA KING BEDS SELL OUT AT OHIO FACTORY', 'CALIFORNIA'],
      ['Texas Toast Eating Contest: Student From Bristol Wins Title By Finishing 30 Slices Of Buttered Bread', 'Texas'],
      ["Ceylon tea sales earned Sri Lanka more than $1 billion in the year, the exporters' association said.", 'Ceylon'],
    ])
      expect(await linked(text!, word!), text).toEqual([]);
  });
  it('the place stays with another noun after it, or its fish', async () => {
    expect(await linked('Flights from Lebanon resumed on Tuesday, officials in Beirut said.', 'Lebanon')).toEqual(['country:le']);
    expect(await linked('Cedars grow well in Lebanon, the ministry said in Beirut.', 'Lebanon')).toEqual(['country:le']);
    expect(await linked('Fishermen said the California king salmon season was cancelled again.', 'California')).toEqual(['place:california']);
    expect(await linked('The California governor signed the bill in Sacramento.', 'California')).toEqual(['place:california']);
    expect(await linked('Texas lawmakers met in Austin on Monday.', 'Texas')).toEqual(['place:texas']);
  });
});

describe('a list of goods made with places (place-compounds.ts)', () => {
  it('types its member: a county listed beside cheeses is a cheese', async () => {
    expect(await linked('Sage Derby, Lancashire and Blue Stilton Top Cheese Sales in British Farm Shops', 'Lancashire')).toEqual([]);
    expect(await linked('Shoppers in British stores bought more Red Leicester, Lancashire and Double Gloucester this year.', 'Lancashire')).toEqual([]);
  });
  it('leaves places listed with places', async () => {
    expect(await linked('Floods hit Yorkshire, Lancashire and Cumbria on Sunday.', 'Lancashire')).toEqual(['place:lancashire']);
  });
});

describe("a region's adjective said of a shared town's name (region-towns.ts)", () => {
  it('places the town in that region’s country: not the dataset’s namesake abroad', async () => {
    expect(await linked('A Georgian townhouse in Perth, the Scottish city on the Tay, sold for twice its guide price.', 'Perth')).toEqual([]);
    expect(await linked('Hotels in Perth, the Scottish city, were full for the golf.', 'Perth')).toEqual([]);
    expect(await linked('In Córdoba, the Andalusian city famous for its patios, the flower festival opens in May.', 'Córdoba')).toEqual([]);
  });
  it('keeps the town where the region is its own country’s, or the adjective is no kind of town’s', async () => {
    expect(await linked('Flights to Glasgow, the Scottish city, were cancelled on Monday.', 'Glasgow')).toEqual(['place:glasgow']);
    expect(await linked('Flights to Barcelona, the Catalan capital, were cancelled on Monday.', 'Barcelona')).toEqual(['place:barcelona']);
    expect(await linked('Bushfires near Perth, the West Australian capital, forced evacuations.', 'Perth')).toEqual(['place:perth']);
    expect(await linked('He flew to Perth, the Scottish singer said on Monday.', 'Perth')).toEqual(['place:perth']);
  });
});

describe('a seat of power’s name before a neighbourhood’s noun and "in" another town (seat-elsewhere.ts)', () => {
  it('is that town’s district', async () => {
    expect(await linked('More than 50 cars were towed from Capitol Hill streets in Denver before the marathon, the city said.', 'Capitol Hill')).toEqual([]);
    expect(await linked('Police closed Capitol Hill bars in Seattle after the brawl.', 'Capitol Hill')).toEqual([]);
  });
  it('is the seat with its people, or its own capital', async () => {
    expect(await linked('Capitol Hill staffers in Denver met donors on Friday.', 'Capitol Hill')).toEqual(['place:capitol-hill']);
    expect(await linked('Capitol Hill streets in Washington were closed for the inauguration.', 'Capitol Hill')).toEqual(['place:capitol-hill']);
  });
});
