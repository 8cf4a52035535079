import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { bandSeen } from '../../lib/entities/band-named';
import { lookup } from './support/mention-at';

/** A place's name that fans go to see, in a sentence naming the band: the band (lib/entities/band-named.ts bandSeen). */
const linked = async (text: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.fromDataset).map((e) => e.id ?? '');
};
const seen = (text: string, name: string) => {
  const start = text.indexOf(name);
  return bandSeen(text, { start, end: start + name.length });
};

describe('a band called after a place', () => {
  it('seen or heard, with the band in the sentence', async () => {
    expect(seen('Fans queued all night for tickets to see Texas on the band’s anniversary tour.', 'Texas')).toBe(true);
    expect(seen('Thousands came to hear Europe play their hits, and the band obliged with an encore.', 'Europe')).toBe(true);
    expect(await linked('Fans queued outside a stadium in Manchester for tickets to see Texas on the band’s anniversary tour.')).not.toContain('place:texas');
  });

  it('a place seen, or a band not named, stays the place', async () => {
    expect(seen('We flew out to see Texas in May.', 'Texas')).toBe(false);
    expect(seen('Fans of the band travelled to Texas for the tour.', 'Texas')).toBe(false);
    expect(await linked('Every spring thousands drive out to see Texas in bloom.')).toContain('place:texas');
  });
});
