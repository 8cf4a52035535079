import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

/**
 * A US state's bare name that the dataset gives to a city ("New York" is New York City there), in an article that names the
 * state at the name ("New York state", "the state of New York") and spells the city with "City" ("New York City"): the writer
 * tells the two apart, so the bare name is the state's and the city's card does not open (lib/entities/us-state-context.ts,
 * mostlyState). Sentences written for these tests, after a movers' page read in the session-27 link audit.
 */
async function idsAt(text: string, before: string, surface = 'New York'): Promise<string[]> {
  const start = text.indexOf(before + surface) + before.length;
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.fromDataset && e.mentions.some((m) => m.start === start && m.end === start + surface.length)).map((e) => e.id ?? '');
}

const MOVERS =
  'Whether you are moving across town in New York City, Brooklyn, or elsewhere in New York, a local mover is your best bet. ' +
  'We compared 133 local New York movers. The climate of New York state is cold in winter. ' +
  'Seka Moving, 48 Wall St, New York, NY 10005, packs pianos.';

describe('the state named at the name and the city spelt with "City"', () => {
  it('the bare name is the state: no city card', async () => {
    expect(await idsAt(MOVERS, 'elsewhere in ')).toEqual([]);
    expect(await idsAt(MOVERS, '133 local ')).toEqual([]);
    const stateOf = 'Rents in New York City rose again. Officials in the state of New York said that movers in New York need a licence.';
    expect(await idsAt(stateOf, 'movers in ')).toEqual([]);
  });
  it('but an address that spells the city ("New York, NY") keeps it', async () => {
    expect(await idsAt(MOVERS, 'Wall St, ')).toEqual(['place:new-york']);
  });
  it('and "upstate New York" does not name the state so: a city article keeps the city', async () => {
    const text =
      'The Michelin stars are back in New York, and the New York City honorees are many. Its vegetables come from a farm in upstate New York. ' +
      'Few places in New York serve such squid.';
    expect(await idsAt(text, 'back in ')).toEqual(['place:new-york']);
    expect(await idsAt(text, 'places in ')).toEqual(['place:new-york']);
  });
  it('nor the city spelt with "City" alone: no state named, the city stays', async () => {
    const text = 'New York City tourism grew. Hotels in New York were full all summer.';
    expect(await idsAt(text, 'Hotels in ')).toEqual(['place:new-york']);
  });
});
