import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * A venue named after a place, standing in another place the article names (lib/entities/venue-namesake.ts). Sentences written
 * for these tests, not taken from the trap fixture.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('"the <Place> pub in <Town>"', () => {
  it('the venue named after the first place: no place; the town it stands in still links', async () => {
    expect(await linked('Police were called to the Dublin pub in Leeds after a fight.', 'Dublin')).toEqual([]);
    expect(await linked('Police were called to the Dublin pub in Leeds after a fight.', 'Leeds')).toEqual(['place:leeds']);
    expect(await linked('The Havana bar in Salford reopened after a flood.', 'Havana')).toEqual([]);
    expect(await linked('Fans gathered at the Glasgow bar in Madrid, where Celtic supporters meet before games.', 'Glasgow')).toEqual([]);
  });
  it('its own country, or a phrase going on: the place', async () => {
    expect(await linked('The Bolton pub in England closed its doors.', 'Bolton')).toEqual(['place:bolton']);
    expect(await linked('The Manchester pub in Salford town centre was closed.', 'Manchester')).toEqual(['place:manchester-uk']);
  });
});
