import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';
import { lookup } from './support/mention-at';

/**
 * Article-built people that what stands by the name shows to be a thing (lib/entities/built-person-lists.ts,
 * lib/entities/built-person-neighbours.ts, lib/entities/built-person-context.ts): one item of a list of things, a model's code after
 * it, a hyphenated word's piece, a place's kind after it or last in it, a platform's words before it. Own sentences of each kind,
 * and people of the same shapes that keep their cards.
 */
const people = (text: string) => namesOf('person', text, lookup);

describe('one item of a list whose other items are things is a thing (issue 18)', () => {
  it('a firm, a band, a product or a wine among others of its kind gets no person card', async () => {
    expect(await people('The stick works with Steam Link, Parsec Cloud, Stella, Moonlight, and others.')).not.toContain('Stella');
    expect(await people('Growers worth a visit: Oakbank, Hillcrest, Marrow Vale, Thomas Reed - all near the coast.')).not.toContain('Thomas Reed');
    expect(await people('The label signed Velvet Hammers, Crow Static, Lumens, and Doro Pike this spring.')).not.toContain('Doro Pike');
  });

  it('a list of people, a list with a person in it, and a name first before its roles stay people', async () => {
    expect(await people('Goals came from Jonathan Huberdeau, Colton Sceviour and Mike Hoffman as Florida won.')).toContain('Colton Sceviour');
    expect(await people('Volunteers Anna de Vries and Harm, Robin and Seppe all completed the quest in the same week.')).toContain('Robin');
    expect(await people('“Podcasts help me think,” – Dana Kirsch, CISO, Northwind Bank, Ohio.')).toContain('Dana Kirsch');
    expect(await people('The panel had doctors from Boston General Hospital, and Gil Omenn, Associate Professor of Informatics.')).toContain('Gil Omenn');
  });

  it("a place and its country before a clause's subject are no list", async () => {
    expect(await people('Born on March 3, 1961 in Cluj, Romania, Ionescu graduated from the university in Cluj in 1984.')).toContain('Ionescu');
    expect(await people('Raised in Lyon, France, Duverneuil studied law in Paris.')).toContain('Duverneuil');
  });

  it("a reference's authors are people", async () => {
    expect(await people('See the review (Dietrichson, Bøg, Filges, Klint Jørgensen, 2017) for the effect sizes.')).toContain('Klint Jørgensen');
  });
});

describe("a model's code after the name makes it a brand's or a product line's", () => {
  it('gets no person card', async () => {
    expect(await people('At under $40, the indoor Wyze Cam v4 is one of the cheapest cameras.')).not.toContain('Wyze Cam');
    expect(await people('For flat fields, the Morgan Optics FLAT73 flattener does the job.')).not.toContain('Morgan Optics');
    expect(await people('My favourite is the Walter Audio X200, which ships this week.')).not.toContain('Walter Audio');
  });

  it('an ordinal, a score, or an office code on the next line under a signature is no code', async () => {
    expect(await people('Please see the draft below.\nDebra Perlingiere\n4105SF\nCall me with questions.\nThanks,\nDebra Perlingiere\nLegal')).toContain(
      'Debra Perlingiere',
    );
    expect(await people('Opelka edged past Taylor Fritz 7-6, 6-3 on Wednesday night.')).toContain('Taylor Fritz');
  });
});

describe('a mention right after a letter and a hyphen is a piece of a longer word or name', () => {
  it('gets no card of its own', async () => {
    expect(await people('The film follows her daughters, college-aged I‑Ann and five-year-old I‑Jing, in Taipei.')).not.toContain('Jing');
  });
});

describe("the words by the name make it a place's or a product's (built-person-context.ts)", () => {
  it('a place named after a person, a landform, a region, a platform software is integrated with get no person card', async () => {
    expect(await people('She was taken to John Muir hospital in Walnut Creek after the fall.')).not.toContain('John Muir');
    expect(await people('Hikers reach Kelly Canyon after two hours on the trail.')).not.toContain('Kelly Canyon');
    expect(await people('In the report, Asia Pacific is the fastest-growing region, ahead of Europe and North America.')).not.toContain('Asia Pacific');
    expect(await people('The lock syncs with Alexa, so you can open it by voice.')).not.toContain('Alexa');
  });

  it('the person the place is named after, one worked with, and one who built a thing stay people', async () => {
    expect(await people('Walter Reed, the army surgeon, showed that mosquitoes carry yellow fever. He died in 1902.')).toContain('Walter Reed');
    expect(await people('She worked with Carmen on the book for two years.')).toContain('Carmen');
    expect(await people('The lock was built by Marcus Reid, who said it took a year.')).toContain('Marcus Reid');
  });
});
