import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * A place's name before "in" and a capitalised everyday word: an unquoted title's first words (lib/entities/in-title.ts, asked by
 * meant-else.ts). Sentences written for these tests, not taken from the trap fixture.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('"<Place> in <Word>" as a title', () => {
  it('a capitalised everyday word after "in": the title', async () => {
    expect(await linked('Judges from Britain in Bloom toured the village gardens on Tuesday.', 'Britain')).toEqual([]);
    expect(await linked('The festival’s Germany in Focus strand screens six documentaries this week.', 'Germany')).toEqual([]);
  });
  it('a place, a month, a body, or a heading in title case after "in": the place', async () => {
    expect(await linked('The U.S. in Iraq spent billions on contractors.', 'U.S.')).toEqual(['country:us']);
    expect(await linked('Sales in Texas in March rose by a tenth.', 'Texas')).toEqual(['place:texas']);
    expect(await linked('Protests Grow in Iran in Response to Fuel Prices', 'Iran')).toEqual(['country:ir']);
    expect(await linked('Voters in Ohio in Spring elections backed the levy.', 'Ohio')).toEqual(['place:ohio']);
    expect(await linked('She named Ulaanbaatar as the capital of Mongolia in Final Jeopardy on Tuesday.', 'Mongolia')).toEqual(['country:mg']);
  });
});
