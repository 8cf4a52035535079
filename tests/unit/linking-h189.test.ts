import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';
import { lexiconSets } from '../../lib/entities/lexicon-sets';
import { NAME_LEXICON } from '../../lib/text/name-lexicon';

/**
 * A dataset place's name that its own sentence places in a division of another country (issue 18; session 29, helper 189;
 * sentence-region.ts): that country's town, an article-built place, not the dataset card. Sentences written for these tests with
 * other words than the trap fixtures'.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);
const built = async (text: string, word: string) => {
  const m = await mentionAt(text, word);
  return m.e && !m.e.fromDataset ? m.e.type : null;
};

describe('a name the sentence places in a division of another country (sentence-region.ts, names.json abroadTowns)', () => {
  it('is that country’s town: Florida’s Naples, Kent’s Canterbury, Scotland’s Perth, California’s Ontario', async () => {
    const naples = 'Orange growers in Florida say the groves outside Naples lost half their fruit to the freeze.';
    expect(await linked(naples, 'Naples')).toEqual([]);
    expect(await built(naples, 'Naples')).toBe('place');
    expect(await linked('After a wet summer in Kent, hop farmers near Canterbury expect a thin harvest.', 'Canterbury')).toEqual([]);
    expect(await linked('Pipers from across Scotland gathered at a showground near Perth on Saturday.', 'Perth')).toEqual([]);
    expect(await linked('Wildfires in California forced evacuations near Ontario on Monday.', 'Ontario')).toEqual([]);
  });
  it('not where the name’s own address says its country', async () => {
    expect(await linked('Naples, Italy, welcomed fans who had flown in from Florida.', 'Naples')).toEqual(['place:naples']);
    expect(await linked('A heatwave in Scotland made headlines, but Perth, Western Australia, was hotter still.', 'Perth')).toEqual(['place:perth']);
    expect(await linked('Canterbury, New Zealand, and Kent were twinned in 1950.', 'Canterbury')).toEqual(['place:canterbury']);
  });
  it('not a trip’s end, two places side by side, another sentence, or an article naming the dataset place’s country', async () => {
    expect(await linked('Fans flew from Florida to Naples for the Serie A match.', 'Naples')).toEqual(['place:naples']);
    expect(await linked('Tourists from Florida crowded the waterfront in Naples.', 'Naples')).toEqual(['place:naples']);
    expect(await linked('Heavy snow in Ontario closed schools, and in London the buses stopped.', 'London')).toEqual(['place:london']);
    expect(await linked('Insurers in Florida raised premiums. In Naples, the pizza makers met on Monday.', 'Naples')).toEqual(['place:naples']);
    expect(await linked('Italy’s tourism minister, on a trip to Florida, praised the hotels in Naples.', 'Naples')).toEqual(['place:naples']);
  });
  it('reads the towns from names.json: GeoNames places of 10,000 people or more in another dataset country', () => {
    const L = lexiconSets(NAME_LEXICON);
    expect(L.abroadTowns.get('place:naples')).toEqual(['country:us']);
    expect(L.abroadTowns.get('place:canterbury')).toEqual(['country:uk']);
    expect(L.abroadTowns.has('place:kent')).toBe(true); // (Kent, Washington)
  });
});
