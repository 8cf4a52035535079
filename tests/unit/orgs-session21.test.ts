import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';

/**
 * Organisations by kinds of evidence added in session 21 (issue 18), after reading half of the tuning part of uner-ewt dev;
 * sentences and names invented for these tests.
 */
describe('where somebody works: a job, its time or its people at the name, or work for it', () => {
  it('"my six years at Velquist", "here at Velquist", "the staff at Velquist", "works for Velquist", "a position with Velquist"', async () => {
    expect(await mentionsOf('organization', 'I spent six years at Velquist before moving to the coast.')).toEqual(['Velquist']);
    expect(await mentionsOf('organization', 'Today is my last day here at Ormanet, and I will miss you all.')).toEqual(['Ormanet']);
    expect(await mentionsOf('organization', 'The staff at Tervolo were friendly and quick.')).toEqual(['Tervolo']);
    expect(await mentionsOf('organization', 'She works for Brannock Haulage in the sales office.')).toEqual(['Brannock Haulage']);
    expect(await mentionsOf('organization', 'He took a position with Quillmark last spring.')).toEqual(['Quillmark']);
    // (not a name that owns a capitalised word there: "my tenure at Strider’s Weekly" names the magazine)
    expect(await mentionsOf('organization', 'During my tenure at Strider’s Weekly, we tested sixty shoes.')).not.toContain('Strider');
  });
});

describe('one of a kind of organisation, in the plural, after the name', () => {
  it('"Torvane Dynamics, one of the companies hoping to …"', async () => {
    expect(await mentionsOf('organization', 'The deal went to Torvane Dynamics, one of the companies hoping to build the new station.')).toEqual([
      'Torvane Dynamics',
    ]);
    expect(await mentionsOf('organization', 'The loan came through Brellum, one of the largest Dutch banks, last year.')).toEqual(['Brellum']);
    // (not a people among groups: "the Vashi, one of the dominant groups in the valley")
    expect(await mentionsOf('organization', 'The name derives from the Vashi, one of the dominant groups in the valley.')).toEqual([]);
  });
});

describe('the owner of a web or mail domain the text gives', () => {
  it('a name the text also writes as a domain’s label: "Corvath" and corvath.com, "Quistel" and jo@quistel.com', async () => {
    expect(await mentionsOf('organization', 'The campaign page is on Corvath’s site. Type corvath.com in the address field.')).toEqual(['Corvath']);
    expect(await mentionsOf('organization', 'Write to anna.morrow@quistel.com with questions; Quistel will reply within a day.')).toEqual(['Quistel']);
    expect(await mentionsOf('organization', 'Visit www.pellowtires.com today: Pellow Tires has you covered.')).toEqual(['Pellow Tires']);
    // (not a product with a capital inside a word, everyday words alone, nor a mail address's local part)
    expect(await mentionsOf('organization', 'Install StackBrine from stackbrine.org and run StackBrine once.')).toEqual([]);
    expect(await mentionsOf('organization', 'You can search Clinical Trials at clinicaltrials.gov for studies near you.')).toEqual([]);
    expect(await mentionsOf('organization', 'Mail tarrow@gmail.com and ask Tarrow about it.')).not.toContain('Tarrow');
  });
});

describe('an organisation after a person’s name and "of"', () => {
  it('"Jim Brantley of Velmore Institute": the organisation without "of"', async () => {
    expect(await mentionsOf('organization', 'Yesterday Jim Brantley of Velmore Institute said the data were wrong.')).toEqual(['Velmore Institute']);
    expect(await mentionsOf('organization', 'Kelly Marsh of Brantwell, Inc. called me about the contract.')).toEqual(['Brantwell, Inc.']);
  });
});

describe('a legal form after a role’s "of"', () => {
  it('"Senior Vice President of TRNQ, Inc.": the firm with its form', async () => {
    expect(await mentionsOf('organization', 'Dana Kell, Senior Vice President of TRNQ, Inc. (555) 123-4567, called me on Friday.')).toEqual(['TRNQ, Inc.']);
    expect(await mentionsOf('organization', 'She is now Chief Executive of Morrow Freight Ltd. and lives in the north.')).toEqual(['Morrow Freight Ltd.']);
  });
});

describe('a word in capitals after a person’s name or a member’s word and "of"', () => {
  it('"Ed Marr of the QTB", "a former director of the QRSA": the body; not before "and" ("director of QAT and QCT programs")', async () => {
    expect(await mentionsOf('organization', 'The intrepid Ed Marr of the QTB has more on the boycott.')).toEqual(['QTB']);
    expect(await mentionsOf('organization', 'He is a former director of the QRSA and lives in town.')).toEqual(['QRSA']);
    expect(await mentionsOf('organization', 'She is the director of QAT and QCT programs at a school.')).toEqual([]);
  });
});
