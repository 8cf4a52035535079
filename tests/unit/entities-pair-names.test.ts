import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * Two people sharing a surname after a noun of a pair ("a couple from Ankara, Emre and Sabah Demir,"): the second given name is
 * no outlet, place or country (lib/entities/kin-names.ts). Sentences written for these tests, not taken from the trap fixture.
 */
const linked = async (text: string, name: string) => (await mentionAt(text, name)).datasetInside.map((e) => e.id);

describe('a given name of two who share a surname', () => {
  it('"the twins from Ankara, Emre and Sabah Demir,": no outlet', async () => {
    expect(await linked('The twins from Ankara, Emre and Sabah Demir, opened a bakery on the old square.', 'Sabah')).toEqual([]);
  });
  it('a list of places after a pair, or no surname after the name: left alone', async () => {
    expect(await linked('The couple toured Paris, Rome and Venice in May.', 'Rome')).toEqual(['place:rome']);
    expect(await linked('The couple flew home from Ankara, Izmir and Istanbul on Sunday.', 'Istanbul')).toEqual(
      await linked('They flew home from Ankara, Izmir and Istanbul on Sunday.', 'Istanbul'),
    );
  });
});
