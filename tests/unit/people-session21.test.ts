import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';
import { lookup } from './support/mention-at';

/** Person evidence of the twenty-first session (issue 18), on sentences written for this file. Each test failed before its rule. */
const people = (text: string) => mentionsOf('person', text, lookup, true);

describe('a possessive that owns nothing after "to", "at" or "from"', () => {
  it('names a shop or a restaurant, not a person — who stays one where the possessive owns a noun', async () => {
    expect(await people('On Friday we are going to Corwin Hale’s for dinner.')).toEqual([]);
    expect(await people('We had lunch at Tamsin’s on Saturday.')).toEqual([]);
    expect(await people('They drove home from Orla Finch’s.')).toEqual([]);
    expect(await people('On Friday we are going to Corwin Hale’s house for dinner.')).toEqual(['Corwin Hale']);
    expect(await people('The trophy is Tamsin’s, and Tamsin said so.')).toEqual(['Tamsin', 'Tamsin']);
  });
});

describe('the one a message is passed or spoken to, by a one-word name', () => {
  it('is a person — not an everyday word, a known place, organisation or company', async () => {
    expect(await people('The draft is done. Please forward it to Tovah when you can.')).toEqual(['Tovah']);
    expect(await people('Before you sign anything, talk to Okonkwo.')).toEqual(['Okonkwo']);
    expect(await people('Please forward it to Sales when you can.')).toEqual([]);
    expect(await people('We sent the parcels to Chicago on Monday.')).toEqual([]);
  });
});
