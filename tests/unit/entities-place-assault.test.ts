import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';

const places = (text: string) => mentionsOf('place', text, undefined, true);

describe('what an armed operation is on, of or against is a place', () => {
  it('"the assault on Tarvessa", "the shelling of Kelbrin", and the name nearby after', async () => {
    expect(await places('Protests followed the assault on Tarvessa. Critics of the Tarvessa campaign marched.')).toEqual(['Tarvessa', 'Tarvessa']);
    expect(await places('Officials condemned the shelling of Kelbrin overnight.')).toEqual(['Kelbrin']);
    expect(await places('The army began an offensive against Vardo in May.')).toEqual(['Vardo']);
  });

  it('not an attack, a raid or strikes (a person or a firm suffers them too), not in a heading\u2019s capitals', async () => {
    expect(await places('Officials condemned the attack on Tarvessa overnight.')).toEqual([]);
    expect(await places('Police led a raid on Kelbrin last week.')).toEqual([]);
    expect(await places('Read: Assault On Vardo, a novel.')).toEqual([]);
  });
});
