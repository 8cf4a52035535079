import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';
import { lookup } from './support/mention-at';

/** One the writer names beside "I" ("Peder and I were …"), lib/entities/name-scan.ts, on sentences written for this file. */
const people = (text: string) => mentionsOf('person', text, lookup);

describe('a name before "and I" (issue 18)', () => {
  it('is a person, and so are its later mentions', async () => {
    expect(await people('In fact Brisbo and I were remarking on how agreeable they are.')).toEqual(['Brisbo']);
    expect(await people('Quennell and I walked at night. Later Quennell left.')).toEqual(['Quennell', 'Quennell']);
    expect(await people('My name is Orvik and me, I write here.')).toEqual(['Orvik']);
  });

  it('not kin, a god, a word after a possessive or a preposition of place, nor a regnal number', async () => {
    expect(await people('Mom and I went out. God and I talk.')).toEqual([]);
    expect(await people('Have you heard of it?\n...Nope and I am proud of it.')).toEqual([]);
    expect(await people('I called a friend on Martha’s Vineyard and I said hello.')).toEqual([]);
    expect(await people('We went to Lisbonne and I liked it.')).toEqual([]);
    expect(await people('He read Volume II and I liked it.')).toEqual([]);
  });
});
