import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';
import { lookup } from './support/mention-at';

/**
 * Article-built people that the words around every mention make a thing's (lib/entities/built-person-things.ts): no card rather
 * than a wrong card. Own sentences, after the kinds the built-people audits (seeds 29, 30 and 32) found.
 */
const people = (text: string) => namesOf('person', text, lookup);

describe('the words around a built name make it a thing (issue 18)', () => {
  it("a greeting opening the name is a device's wake words", async () => {
    expect(await people('My favourite command is "Hey Corvana, dim the lights" before bed.')).not.toContain('Hey Corvana');
  });

  it("a call's bracket right after the name is code", async () => {
    expect(await people('client.BaseAddress = new Uri("https://example.org"); return client;')).not.toContain('Uri');
  });

  it('"by" and a full name after it make a work\'s title; the author keeps the person', async () => {
    const found = await people('My picks this year: Annie Bot by Sierra Greer and a memoir I loved.');
    expect(found).not.toContain('Annie Bot');
    expect(found).toContain('Sierra Greer');
  });

  it("a version's number after it is a product's release", async () => {
    expect(await people('I had Claude Opus 4.5 on hand while I wrote the plan.')).not.toContain('Claude Opus');
  });

  it('"the" before a name that ends its phrase is a thing; a name used as an adjective or a kind keeps the person', async () => {
    expect(await people('Few paintings are as famous as the Mona Lisa was in that century.')).not.toContain('Mona Lisa');
    expect(await people('He trained in the Joël Robuchon empire before opening his own place.')).toContain('Joël Robuchon');
    expect(await people('Who is the Jane Austen of automotive design?')).toContain('Jane Austen');
  });

  it('a one-word name that beats a town is a team', async () => {
    expect(await people('Martin Necas had a goal and an assist, and Carolina beat Chicago for a fourth straight win.')).not.toContain('Carolina');
    expect(await people('Carolina told reporters she was pleased with the result.')).toContain('Carolina');
  });
});

describe("a thing's or a firm's noun at one mention makes the name a thing (issue 18)", () => {
  it("a thing's noun after the name, or a firm's after its possessive", async () => {
    expect(await people('I have used some Korvalla Tenn sewing machines and they sewed great.')).not.toContain('Korvalla Tenn');
    expect(await people('The team ran Monte Carlo simulations of varying sophistication.')).not.toContain('Monte Carlo');
    expect(await people("Read about Belle Vardon's winemaker owner, who started in 1982. Belle Vardon is in the valley.")).not.toContain('Belle Vardon');
  });

  it("a firm's kind before the name, but a person's role keeps it", async () => {
    expect(await people('Patients enrol in programmes run by the drugs’ manufacturers, Elias Marrow and Quennet, to buy the medicines.')).not.toContain(
      'Elias Marrow',
    );
    expect(await people('A charging provider, such as Volten Ameri or EVgo, lets you pay for the electricity.')).not.toContain('Volten Ameri');
    expect(await people('Sales were led by the publisher Elias Marrow, who said the year was strong.')).toContain('Elias Marrow');
  });
});

describe("a district's word before a known town is the place (issue 18)", () => {
  it('"Downtown" before a town, but a state\'s name as a given name keeps the person', async () => {
    expect(await people('New cafés are opening, bringing fresh energy to Downtown Phoenix, says the guide.')).not.toContain('Downtown Phoenix');
    expect(await people('“It is done,” Virginia Maddox said before the interview.')).toContain('Virginia Maddox');
  });
});

describe('a name of two words listed between things is a thing (issue 18)', () => {
  it('an organisation or a place on both sides, not on one side only', async () => {
    expect(await people('Customers including Google, Vantro Nast, Amazon and Microsoft rely on the platform.')).not.toContain('Vantro Nast');
    expect(await people('The President of the Senate, Bukola Saraki, and Senator Dino Melaye went to court.')).toContain('Bukola Saraki');
  });
});
