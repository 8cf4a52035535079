import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';
import { lookup } from './support/mention-at';

/** A name that owns an "its" and is never "he" or "she" (ownsIts, lib/entities/not-people.ts), on sentences written for this file. */
const people = (text: string) => namesOf('person', text, lookup);

describe('a name the article calls "its" owner is no person (issue 18)', () => {
  it('the subject of a verb whose object is "its"', async () => {
    expect(await people('Quorvane said the results were strong. Quorvane also expanded its warehouse in Leeds last year.')).not.toContain('Quorvane');
    expect(await people('Brelton Vask is known for its quiet keyboards and long battery life.')).not.toContain('Brelton Vask');
  });

  it('a "he" or "she" after any mention keeps the person', async () => {
    const text = 'Dalia Ostrava said the results were strong. Dalia Ostrava expanded its lead, and she thanked voters.';
    expect(await people(text)).toContain('Dalia Ostrava');
    expect(await people('Dalia Ostrava said the results were strong. Dalia Ostrava expanded its lead in the polls.')).not.toContain('Dalia Ostrava');
  });

  it('a title before the name keeps the person', async () => {
    expect(await people('Mayor Quorvane announced its budget on Monday.')).toContain('Quorvane');
  });
});
