import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';
import { lookup } from './support/mention-at';

/** A one-word name said to be a kind only people are (lib/entities/person-evidence.ts PERSON_NOUN_AFTER), on lines written for this file. */
const people = (text: string) => mentionsOf('person', text, lookup);

describe('a name said to be a person (issue 18)', () => {
  it('"<Name> is a <trade, kin or word for a person>", a few words of description between', async () => {
    expect(await people('Quennell is a hairdresser and has just moved in.')).toEqual(['Quennell']);
    expect(await people('Great shop.\nBrisbo was such a sweetheart to us.')).toEqual(['Brisbo']);
  });

  it('"<Name> - the owner," or "- our stylist -": a dash, the kind or the owner, then a comma or a dash', async () => {
    expect(await people('Quennell - the owner, knows exactly what suits you.')).toEqual(['Quennell']);
    expect(await people('Great place.\nBrisbo - our stylist - was great.')).toEqual(['Brisbo']);
    expect(await people('Zorvik - the owner of the site, said nothing.')).toEqual([]);
  });

  it('a kind of thing, a word that goes on into a compound or a possessive: no person', async () => {
    expect(await people("Zorvik is a man-made lake.\nQuillon is a great language.\nVantrel is a doctor's office.")).toEqual([]);
  });
});

describe('a listed given name after "and", then a plural verb (issue 18)', () => {
  it('"<Name> and <given name> are …": both are people', async () => {
    expect(await people('The shop is good.\nQuennell and Dan are very thorough.')).toEqual(['Quennell', 'Dan']);
  });

  it('a singular verb, no verb, or after a preposition: no people ("Pratt and Whitney builds", "like Fortress and Alden")', async () => {
    expect(await people('Quennell and Whitney builds engines.\nWe shop at Zorvik and Spencer every week.')).toEqual([]);
    expect(await people('Players like Vantrel and Alden are making money.')).toEqual([]);
  });
});

describe("an Irish O' surname counts as a listed given name (issue 18)", () => {
  it('mid-sentence, or after "for", "to" or "from" at a phrase\'s end', async () => {
    expect(await people("They named a replacement for O'Quennell, the board said nothing.")).toEqual(["O'Quennell"]);
  });

  it('not before a possessive "s", nor after "with" or "by" (firms so named)', async () => {
    expect(await people("We ate at O'Brisbo's last night.\nShe wrote a book with O'Vantrel.")).toEqual([]);
  });
});

describe('a name opened by a patronymic particle, "bin" or "ibn" (issue 18)', () => {
  it("the particle and one or two name words are a person's name", async () => {
    expect(await people('Young men may look to bin Quennell for inspiration.')).toEqual(['bin Quennell']);
    expect(await people('The forces of ibn Vantrel took the city.')).toEqual(['ibn Vantrel']);
  });

  it('"bin" the English noun, after a determiner or a container\'s word, or before a weekday: no name', async () => {
    expect(await people('Throw it in the bin Monday morning.\nEmpty the recycle bin Quennell left.')).toEqual([]);
  });
});

describe('"the best therapist", "my dentist"; a trade in a place is no place (issue 18)', () => {
  it('"<Name> is the … <kind>" or "is my <kind>": the same kinds after "the" or a possessive pronoun', async () => {
    expect(await people('Great service.\nQuennell was the best massage therapist we have had.')).toEqual(['Quennell']);
    expect(await people('Brisbo is my dentist and she is gentle.')).toEqual(['Brisbo']);
  });

  it('"a teacher in the village": the place after a preposition is another phrase, the name is the teacher', async () => {
    expect(await people('Quennell was a teacher in the village before the war.')).toEqual(['Quennell']);
    expect(await people('Brisbo is a nurse at the hotel on the corner.')).toEqual(['Brisbo']);
  });

  it('still no person where the name itself is said to be a place or a firm', async () => {
    expect(await people('Zorvik is a quiet village in the valley.')).toEqual([]);
    expect(await people('Zorvik was a small company in the 1990s.')).toEqual([]);
    expect(await people('Zorvik is the musician’s friend.')).toEqual([]);
  });
});
