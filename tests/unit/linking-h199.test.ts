import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * The wrong place of the same name (issue 18, "never link the wrong one"; session 30, helper 199): a seat of power named with
 * "in" and a town that is not its country's capital is that town's namesake (seat-elsewhere.ts). Sentences written for these
 * tests with other towns and words than the trap fixtures'.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a seat of power followed by "in" and another town (seat-elsewhere.ts)', () => {
  it('is not the seat: the town’s own neighbourhood or building', async () => {
    expect(await linked('Rents on Capitol Hill in Denver have doubled since 2015.', 'Capitol Hill')).toEqual([]);
    expect(await linked('Tourists queue at the Kremlin in Kazan every summer.', 'Kremlin')).toEqual([]);
  });
  it('is the seat in its own capital or country, or with no town after "in"', async () => {
    expect(await linked('Lawmakers on Capitol Hill in Washington said no.', 'Capitol Hill')).toEqual(['place:capitol-hill']);
    expect(await linked('Officials at the Kremlin in Moscow declined to comment.', 'Kremlin')).toEqual(['place:kremlin']);
    expect(await linked('Officials at the Kremlin in Russia’s capital said the talks were over.', 'Kremlin')).toEqual(['place:kremlin']);
    expect(await linked('Aides at Downing Street in London said no.', 'Downing Street')).toEqual(['place:downing-street']);
    expect(await linked('Lawmakers on Capitol Hill in January passed the bill.', 'Capitol Hill')).toEqual(['place:capitol-hill']);
    expect(await linked('Reporters waited outside Downing Street in the rain.', 'Downing Street')).toEqual(['place:downing-street']);
  });
});
