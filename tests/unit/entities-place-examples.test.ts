import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';

/** Names given as examples of a kind of place (place-examples.ts). */
const places = (text: string) => namesOf('place', text);

describe('a name given as an example of a kind of place', () => {
  it('after "<plural> such as / like / including", through the list', async () => {
    expect(await places('The tour stops in coastal towns such as Quenby, Tarvessa and Kelbrook.')).toEqual(['Quenby', 'Tarvessa', 'Kelbrook']);
    expect(await places('Neighborhoods like Velmora are getting new bike lanes.')).toEqual(['Velmora']);
  });

  it('before "and other [adjective] <plural>"', async () => {
    expect(await places('If Brelton and other northern cities are any guide, the unrest will last.')).toEqual(['Brelton']);
  });

  it('not an example of firms or people, nor an adjective', async () => {
    expect(await places('Firms such as Zorvex and Quist are hiring again.')).toEqual([]);
    expect(await places('Iraqi and other Arab states sent envoys.')).toEqual([]);
  });
});
