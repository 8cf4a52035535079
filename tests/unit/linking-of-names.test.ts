import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

/** A place after "<Name> of": a word of the longer name (lib/entities/of-name.ts), unless an office, a person or the place's features are named. */
const linked = async (text: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.fromDataset).map((e) => e.id ?? '');
};

describe('a place inside "<Name> of <Place>"', () => {
  it('an organisation, an event or a landmark named so is not the place', async () => {
    expect(await linked('Her plan is run by Blue Cross Blue Shield of Michigan, the insurer said.')).not.toContain('place:michigan');
    expect(await linked('Napa wines won the Judgement of Paris in 1976.')).not.toContain('place:paris');
    expect(await linked('The painting hangs in the National Gallery of Canada in Ottawa.')).not.toContain('country:ca');
    expect(await linked('Tourists climbed the Great Wall of China last year.')).not.toContain('country:ch');
  });

  it('an office, a person of the place and the place’s features keep the place', async () => {
    expect(await linked('The Prime Minister of Japan met the Minister of Foreign Affairs of France.')).toEqual(
      expect.arrayContaining(['country:ja', 'country:fr']),
    );
    expect(await linked('She beat Yasutaka Uchiyama of Japan in straight sets.')).toContain('country:ja');
    expect(await linked('We hiked the White Mountains of New Hampshire in June.')).toContain('place:new-hampshire');
    expect(await linked('Most of London was dark after the storm.')).toContain('place:london');
  });
});

describe('a place named by a given name, after "from"', () => {
  it('is a maker or a person there; an everyday word after "from" and any after "in" stay places', async () => {
    expect(await linked('This insulated French press from Stanley keeps coffee hot for hours.')).not.toContain('place:stanley');
    expect(await linked('We spent a week in Stanley before the ferry.')).toContain('place:stanley');
    expect(await linked('The shop gets its butter from Cork every week.')).toContain('place:cork');
  });
});
