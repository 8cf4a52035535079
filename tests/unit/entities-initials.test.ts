import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';
import { lookup } from './support/mention-at';

/**
 * Names written with initials (lib/entities/initials.ts), on sentences written for this file: initials
 * first, a middle initial after an unlisted given name or without its stop — and the look-alikes that
 * are no one's name (acronyms, streets, outlines, firms named after founders, reference lists).
 */
const people = (text: string) => mentionsOf('person', text, lookup);

describe('names with initials (issue 18)', () => {
  it('initials first make a name, and the surname follows', async () => {
    expect(await people('The novel was reviewed by K.T. Marwick last week. Marwick lives in Leeds.')).toEqual(['K.T. Marwick', 'Marwick']);
    expect(await people('The board appointed D. R. Ellwood to the post.')).toEqual(['D. R. Ellwood']);
    // A single initial and a listed given name before the surname.
    expect(await people('The court heard from B. Alice Thornbury on Tuesday.')).toEqual(['B. Alice Thornbury']);
  });

  it('a middle initial after a given name no list knows, or without its stop', async () => {
    expect(await people('The governor appointed Osvik T. Brannagh to the bench.')).toEqual(['Osvik T. Brannagh']);
    expect(await people('The letter was signed by Margaret T Pellow and two others.')).toEqual(['Margaret T Pellow']);
  });

  it('initials that are a country, a street side or an abbreviation make no name', async () => {
    expect(await people('Shares of U.S. Ironworks fell sharply.')).toEqual([]);
    expect(await people('The bakery opened at 220 W. Kettering St. last month.')).toEqual([]);
    expect(await people('Write to P.O. Box 1234 for details.')).toEqual([]);
    expect(await people('A. Background\nB. Methods\n')).toEqual([]);
  });

  it('an initialled name going on into a longer name, or a firm named after a founder, is no person', async () => {
    expect(await people('Astronomers used the W. P. Halloran Observatory in Chile.')).toEqual([]);
    expect(await people('The book came out from R. J. Thistle & Sons in 1950.')).toEqual([]);
    expect(await people('The analytics company K.L. Dorrance ranked the carriers again this year.')).toEqual([]);
  });

  it('an author, an initial and a title in a reference list is no name', async () => {
    expect(await people('3. Tanaka K, Osei B, Harlow M. Sleep patterns in older adults.')).not.toContain('Harlow M. Sleep');
  });
});
