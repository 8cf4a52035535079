import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

/** A full name, an age and a private life told in a relative clause: a private namesake (lib/entities/namesakes.ts RELATIVE_PRIVATE). */
const people = async (text: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.fromDataset && e.type === 'person').map((e) => e.id ?? '');
};

describe('an age, then what the person has done for years', () => {
  it('is somebody private', async () => {
    expect(await people('James Murray, 67, who has run the same round in Kirklees for 40 years, was made an MBE.')).toEqual([]);
    expect(await people('Andrew Bailey, 45, who has driven a taxi in Leeds for 20 years, said fares were up.')).toEqual([]);
    expect(await people('James Murray, 58, who had owned the corner shop since 1990, sold it last week.')).toEqual([]);
  });

  it('not without the age and the private life', async () => {
    expect(await people('James Murray, who has worked in the Treasury for years, said the budget was fair.')).toEqual(['person:james-murray']);
    expect(await people('Andrew Bailey, the Governor of the Bank of England, who has run the bank since 2020, said rates would fall.')).toEqual([
      'person:andrew-bailey',
    ]);
  });
});
