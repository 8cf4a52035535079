import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * Another country's party whose name ends in an American party's word ("Liberal Democrats", "Social Democrats") does not set the
 * article in the United States: a place of the same name there and in Britain keeps its British card (lib/entities/us-words.ts).
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a party word after another country’s qualifier', () => {
  it('is no American word: the British county links', async () => {
    expect(await linked('The Liberal Democrats took the council seat in Norfolk after two recounts.', 'Norfolk')).toEqual(['place:norfolk']);
    expect(await linked('Christian Democrats held a rally in Norfolk to launch the campaign.', 'Norfolk')).toEqual(['place:norfolk']);
  });
  it('an American qualifier or the word alone stays American: the county is not taken for sure', async () => {
    expect(await linked('Senate Democrats took the council seat in Norfolk after two recounts.', 'Norfolk')).toEqual([]);
    expect(await linked('Democrats took the council seat in Norfolk after two recounts.', 'Norfolk')).toEqual([]);
  });
});
