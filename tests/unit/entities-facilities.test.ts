import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';

/** Buildings and venues named by a head word (FACILITY_HEADS; name-shapes.ts placeByHeads): places, UNER's LOC. */
const places = (text: string) => namesOf('place', text);
const people = (text: string) => namesOf('person', text);

describe('a building or a venue named by its head word', () => {
  it('is a place', async () => {
    expect(await places('The quartet played two nights at Dunmore Hall before the tour moved on.')).toEqual(['Dunmore Hall']);
    expect(await places('Fans queued outside Brackwell Stadium from early morning.')).toEqual(['Brackwell Stadium']);
    expect(await places('Trains to the coast leave from Harlow Street Station every hour.')).toEqual(['Harlow Street Station']);
    // (an event word inside does not make it an event: "Symphony", "Festival")
    expect(await places('The mayor opened the renovated Symphony Auditorium on Friday.')).toEqual(['Symphony Auditorium']);
  });

  it('not after a given name or an initial: a person', async () => {
    expect(await places('Stuart Hall wrote the essay in 1973.')).toEqual([]);
    expect(await people('Stuart Hall wrote the essay in 1973.')).toEqual(['Stuart Hall']);
    expect(await places('The editor thanked Varo K. Castle for the last chapter.')).toEqual([]);
  });

  it('not after a word the article writes in lower case: a product or a dish', async () => {
    expect(await places('A sturdy power rack helps, and the Vorta Power Tower costs $199 with free power cables.')).toEqual([]);
    expect(await places('Guests loved the Pasta Station; the pasta was fresh.')).toEqual([]);
  });
});
