import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * A one-word place placed by a preposition of route or of a coast (lib/text/place-words.ts TRAVEL_PREPOSITIONS "through";
 * lib/entities/place-evidence.ts OFF_COAST_END), and a country by "the whole of" (country-evidence.ts STATE_BEFORE). Sentences
 * written for these tests, not taken from the trap fixtures.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('prepositions of route and of a coast', () => {
  it('"through" a place, as "via" it', async () => {
    expect(await linked('Pilgrims walking through Lisbon this spring found the old gate closed.', 'Lisbon')).toEqual(['place:lisbon']);
    expect(await linked('The relay passed through Leeds on its way north.', 'Leeds')).toEqual(['place:leeds']);
  });
  it('"off" a coast, the clause going on with its verb', async () => {
    expect(await linked('Two kayakers off Cornwall spotted a basking shark on Sunday.', 'Cornwall')).toEqual(['place:cornwall']);
  });
  it('a country after "the whole of"', async () => {
    expect(await linked('The region grows more wheat than the whole of Portugal.', 'Portugal')).toEqual(['country:po']);
  });
  it('not "off" a club in a table, nor a person after "through"', async () => {
    expect(await linked('Rovers took three points off Leeds.', 'Leeds')).toEqual([]);
    expect(await linked('The deal came through Jordan Belfort, the broker said.', 'Jordan')).toEqual([]);
  });
});
