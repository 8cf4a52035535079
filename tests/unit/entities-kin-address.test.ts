import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';
import { lookup } from './support/mention-at';

/** A word kin are called by before a given name is no part of the name (lib/entities/classify-name.ts), on lines written for this file. */
const people = (text: string) => mentionsOf('person', text, lookup);

describe('"Aunt Toni" names Toni (issue 18)', () => {
  it('the given name after aunt, uncle, cousin or grandma is the person', async () => {
    expect(await people('Your father never listens.\nAny news on Aunt Toni?')).toEqual(['Toni']);
    expect(await people('The recipe evokes the spirit of her Grandma Julia and her kitchen.')).toEqual(['Julia']);
  });

  it('not before a word no given-name list knows', async () => {
    // "Itt" is no given name, so the kin word does not introduce it; and since 70f9497 a name typed a person by
    // shape alone whose first word is an everyday word ("Cousin") gets no person card: nothing is said.
    const found = await people('Then Cousin Itt came to dinner.');
    expect(found).not.toContain('Itt');
    expect(found).toEqual([]);
  });
});
