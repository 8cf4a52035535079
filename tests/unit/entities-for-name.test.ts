import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

/** A place after "<Noun> for", the noun capitalised inside a sentence: the last word of a body's name (lib/entities/of-name.ts). */
const linked = async (text: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.fromDataset).map((e) => e.id ?? '');
};

describe('a place inside "<Noun> for <Place>"', () => {
  it('a body named so, inside a sentence, is not the place', async () => {
    expect(await linked('A spokesman for Transport for London said the line would reopen on Monday.')).not.toContain('place:london');
    expect(await linked('She joined Teach for America after college and taught in Houston.')).not.toContain('country:us');
    expect(await linked('A report by Results for America found gaps in tutoring.')).not.toContain('country:us');
  });

  it('an office, a person, a month, a heading and a lower-case noun keep the place', async () => {
    expect(await linked('She was named Minister for Europe last year.')).toContain('place:europe');
    expect(await linked('He thanked Zelensky for Ukraine’s help.')).toContain('country:up');
    expect(await linked('The aid package for Ukraine was approved by parliament.')).toContain('country:up');
    expect(await linked('They came back in May for London’s marathon.')).toContain('place:london');
  });
});
