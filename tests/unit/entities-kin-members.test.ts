import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * A surname with kin in the plural after it (lib/entities/thing-cues.ts familyAfter), and a place's name after "members of" or a
 * band member's noun (lib/entities/named-by.ts bandBilled). Sentences written for these tests, not taken from the trap fixture.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('kin named together by a surname', () => {
  it('the <surname> sisters, twins, brothers-in-law: not the leader', async () => {
    expect(await linked('The Meloni sisters run a bakery in Rome and say they get her post.', 'Meloni')).toEqual([]);
    expect(await linked('The Starmer twins, who farm near Leeds, won a prize in London.', 'Starmer')).toEqual([]);
    expect(await linked('In Washington, the Biden brothers-in-law sued the paper.', 'Biden')).toEqual([]);
  });
  it('the leader and his brothers, or a place before cousins: as they were', async () => {
    expect(await linked("Britain's Starmer and his brothers met in London.", 'Starmer')).toEqual(['person:keir-starmer']);
    expect(await linked('My Ohio cousins drove up for the wedding.', 'Ohio')).toEqual(['place:ohio']);
  });
});

describe("a band's members", () => {
  it('the members of <place>, its lead singer: no place', async () => {
    expect(await linked('The minibus took the members of Europe to the arena in Oslo.', 'Europe')).toEqual([]);
    expect(await linked('Police escorted the lead singer of Alabama, who had lost his passport, to the airport.', 'Alabama')).toEqual([]);
  });
  it("a possessive after the name, or a country's members: the place", async () => {
    expect(await linked("Members of Texas's delegation met in Austin.", 'Texas')).toEqual(['place:texas']);
    expect(await linked("The members of Japan's squad landed in Doha.", 'Japan')).toEqual(['country:ja']);
  });
});
