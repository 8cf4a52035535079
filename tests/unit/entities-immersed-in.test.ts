import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * A place's name after "in" following a verb of dipping, soaking or marinating, in a sentence of food or drink
 * (lib/entities/immersed-in.ts). Sentences written for these tests, not taken from the trap fixture.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('what a thing was dipped or soaked in', () => {
  it('a dish or a drink immersed in a name: no place', async () => {
    expect(await linked('Strawberries steeped in Madeira were served for dessert at the lunch in Lisbon.', 'Madeira')).toEqual([]);
    expect(await linked('At the festival in Leeds, a woman who ate a ghost pepper dipped in Tabasco was taken to hospital.', 'Tabasco')).toEqual([]);
    expect(await linked('The pudding, drizzled with Madeira, was the best dish at the lunch in Lisbon.', 'Madeira')).toEqual([]);
  });
  it('a fall of a measure, a verb of where it was done, no food or drink: the place', async () => {
    expect(await linked('Temperatures dipped in Chicago overnight, and the chef closed the kitchen.', 'Chicago')).toEqual(['place:chicago']);
    expect(await linked('Covid cases spiked in Texas as the restaurants reopened.', 'Texas')).toEqual(['place:texas']);
    expect(await linked('Fans were drenched in Chicago on Sunday.', 'Chicago')).toEqual(['place:chicago']);
    expect(await linked('The meal was cooked in Lyon by a chef from Paris.', 'Lyon')).toEqual(['place:lyon']);
    expect(await linked('Campers were drenched in Madeira when the storm broke over the island.', 'Madeira')).toEqual(['place:madeira']);
  });
});
