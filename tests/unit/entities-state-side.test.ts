import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { stateSideBefore } from '../../lib/entities/state-side';
import { lookup } from './support/mention-at';

/** A side named for a US state sets its sentence in the United States (lib/entities/state-side.ts, sentence-region.ts). */
const linked = async (text: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.fromDataset).map((e) => e.id ?? '');
};
const states = new Set(['georgia', 'ohio', 'texas', 'new york', 'indiana']);
const side = (text: string) => stateSideBefore(text, 0, text.length, states);

describe('a side named for a US state', () => {
  it('"the" and the state before a plural nickname', () => {
    expect(side('The Georgia Bulldogs climbed to third in the rankings')).toBe('georgia');
    expect(side('Fans of the Ohio State Buckeyes gathered')).toBe('ohio');
    expect(side('a night out with the New York Yankees fans')).toBe('new york');
  });
  it('"a" and the state before a noun of its people, courts or local bodies', () => {
    expect(side('A Georgia jury convicted the former county clerk')).toBe('georgia');
    expect(side('police said a Texas man was held')).toBe('texas');
    expect(side('A Georgian court fined the man')).toBe(null);
    expect(side('a Georgia win over Romania in the rugby')).toBe(null);
  });
  it('not a firm, a person, another place’s side or a bare state', () => {
    expect(side('Shares in Texas Instruments rose sharply')).toBe(null);
    expect(side('a new film about Indiana Jones opened')).toBe(null);
    expect(side('The Chicago Bulls won again last night')).toBe(null);
    expect(side('The Georgia government said on Monday')).toBe(null);
  });

  it('makes a town with an American namesake that town, not the dataset city abroad', async () => {
    expect(await linked('The Georgia Bulldogs climbed to third in the college football rankings after a 31-10 win in Athens on Saturday.')).not.toContain(
      'place:athens',
    );
    expect(await linked('A Georgia jury convicted the former county clerk of embezzling $1.2 million from the city of Athens.')).not.toContain('place:athens');
    expect(await linked('Georgia beat Romania in Tbilisi, and fans celebrated in Athens on Saturday.')).toContain('place:athens');
    expect(await linked('A Georgian court in Tbilisi fined a man from Athens.')).toContain('place:athens');
    expect(await linked('A Greek court in Athens fined the shipowner on Monday.')).toContain('place:athens');
  });
});
