import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';

const people = (text: string) => mentionsOf('person', text, undefined, true);

describe('a title inside a capitalised run, before a given name (surname-heads.ts titleBeforeGiven)', () => {
  it('"Methodist Pastor Dana Kelbrin": the name after the title', async () => {
    expect(await people('When Methodist Pastor Dana Kelbrin talks about faith, the hall goes quiet.')).toEqual(['Dana Kelbrin']);
    expect(await people('Every week Lutheran Chaplain Maria Tolvesk visits the ward.')).toEqual(['Maria Tolvesk']);
  });
  it('clergy titles introduce a name as other titles do ("Imam Rashid Olberg")', async () => {
    expect(await people('The mosque was full when Imam Rashid Olberg arrived.')).toEqual(['Rashid Olberg']);
  });
});
