import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';

const people = (text: string) => namesOf('person', text);

describe('article-built people ending in an everyday word (lib/entities/thing-ends.ts)', () => {
  it('drops a three-word name whose last word is an everyday word', async () => {
    expect(await people('The paintings came on loan from the Marta Velloni Collection in the spring.')).toEqual([]);
    expect(await people('We booked the cabins through Julia Brennock Events for the weekend.')).toEqual([]);
  });

  it('keeps names with an initial or a particle in the middle, a person around them, or a short last word', async () => {
    expect(await people('Back then the ranch hosted Walter J. Bush for a week.')).toEqual(['Walter J. Bush']);
    expect(await people('Last spring the garden was redesigned by Edwina von Gal and her team.')).toContain('Edwina von Gal');
    expect(await people('Prices rose again, said Mara Quill Lovely, an economist at the bank.')).toEqual(['Mara Quill Lovely']);
  });
});
