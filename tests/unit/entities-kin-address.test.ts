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
    expect(await people('Then Cousin Itt came to dinner.')).toEqual(['Cousin Itt']);
  });
});
