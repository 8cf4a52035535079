import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';

const people = (text: string) => mentionsOf('person', text, undefined, true);

describe('a title word that is a surname, after a given name (surname-heads.ts titleSurname)', () => {
  it('"Doreen King", "Marcus Bishop", "Walter Luther King Jr.": the name\'s last word, not a title', async () => {
    expect(await people('On Tuesday Doreen King told the council the budget was short.')).toEqual(['Doreen King']);
    expect(await people('Marcus Bishop, a teacher from Leeds, said the plan was late.')).toEqual(['Marcus Bishop']);
    expect(await people('Yesterday Walter Luther King Jr. spoke to the crowd.')).toEqual(['Walter Luther King Jr']);
  });
  it('not a place\'s title ("Virginia Judge Blocks …"), an office before "of", a shop\'s name', async () => {
    expect(await people('A Virginia Judge ruled on the case last week, the paper said.')).toEqual([]);
    expect(await people('They cheered when Edward Prince of Wales arrived at the hall.')).not.toContain('Edward Prince');
    expect(await people('We stopped at the Burger King on the ring road for lunch.')).toEqual([]);
  });
});

describe('a title-word surname named again (surname-after.ts notItsSurname)', () => {
  it('after an honorific it is the person ("Doreen King … Ms. King")', async () => {
    expect(await people('On Tuesday Doreen King told the council the budget was short. Later Ms. King said it would pass.')).toEqual(['Doreen King', 'King']);
  });
  it('not alone or before a name: a title there ("the King of Spain", "King Felipe", "Bishop Tutu")', async () => {
    const text = 'Marcus Bishop, a teacher from Leeds, said the plan was late. The Bishop of Leeds and Bishop Okoro disagreed; Bishop spoke last.';
    expect(await people(text)).not.toContain('Bishop');
  });
});

describe('an initialled name: its suffix, "of" after it (name-scan.ts)', () => {
  it('"Walter P. Brandt Jr." keeps its suffix', async () => {
    expect(await people('Chief Justice Walter P. Brandt Jr. spoke of the long history of the court.')).toEqual(['Walter P. Brandt Jr']);
  });
  it('"Dolores T. Varga of Ohio": "of" does not make the name a longer name\'s part', async () => {
    expect(await people('"It is too late," said Representative Dolores T. Varga of Ohio.')).toEqual(['Dolores T. Varga']);
  });
  it('a longer capitalised name still takes the initialled name in ("Philip K. Dick Award")', async () => {
    expect(await people('The Philip K. Dick Award went to a first novel this year.')).toEqual([]);
  });
});

describe('a title in the plural before given names (surname-heads.ts pluralTitle)', () => {
  it('"Senators Martha A. Quill … and Peter J. Oden"', async () => {
    const text = 'Critics of the plan, like Senators Martha A. Quill, Republican of Iowa, and Peter J. Oden, wrote to the agency.';
    expect(await people(text)).toEqual(['Martha A. Quill', 'Peter J. Oden']);
  });
  it('not a plural that is no title ("Rivers Cuomo" is a name)', async () => {
    expect(await people('Rivers Cuomo said the band would tour again.')).toEqual(['Rivers Cuomo']);
  });
});
