import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/** A site or land after a place's name in a Title Case headline (lib/entities/truecase.ts siteAfterPlace). Sentences written for these tests. */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a site or land after a place the Title Case line places is read in lower case', () => {
  it('after a preposition of place ("Across Somerset Farms", "Into Calgary Mall")', async () => {
    expect(await linked('Hailstorm Flattens Barley Crops Across Somerset Farms Overnight', 'Somerset')).toEqual(['place:somerset']);
    expect(await linked('Animatronic Dinosaur Roars Into Calgary Mall, Sending Toddlers Running For Cover', 'Calgary')).toEqual(['place:calgary']);
  });
  it('not a place a given name or a weak alias names ("To Victoria Park")', async () => {
    expect(await linked('Summer Concerts Return To Victoria Park With Three Free Shows For Families', 'Victoria')).toEqual([]);
  });
  it('not a country’s name, nor a site a town’s name names as often ("From Holland Park", "In Greenwich Village")', async () => {
    expect(await linked('Lifeguard From Holland Park Pulls Three Swimmers From Rough Surf Off Bondi', 'Holland')).toEqual([]);
    expect(await linked('Jazz Club Reopens In Greenwich Village After Two Years Of Silence', 'Greenwich')).toEqual([]);
  });
});
