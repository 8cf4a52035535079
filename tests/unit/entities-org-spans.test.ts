import { describe, expect, it } from 'vitest';
import { typedMentions } from './support/typed-mentions';
import { findEntities } from '../../lib/entities';
import { createMemoryLookup } from '../../lib/dataset/memory-lookup';
import { loadBundledDataset } from '../../lib/tools/load-dataset';
import { listsOnly } from './support/lists-only';

describe('organisation spans (lib/entities/org-spans.ts)', () => {
  it('keeps "for" inside an institution’s name, with "the" and an "and" part after it', async () => {
    expect(await typedMentions('A study by the Institute for Coastal Farming was published on Monday.')).toEqual([
      'organization Institute for Coastal Farming',
    ]);
    expect(await typedMentions('She joined the Front for the Liberation of Moravia last year.')).toEqual(['organization Front for the Liberation of Moravia']);
    expect(await typedMentions('He wrote to the Agency for Rural Roads and Bridges about it.')).toEqual(['organization Agency for Rural Roads and Bridges']);
    // A word of an event or a disease in the "for" part names the institution's field ("Centre for Disease Control").
    expect(await typedMentions('A warning came from the Centre for Disease Research on Friday.')).toEqual(['organization Centre for Disease Research']);
  });

  it('does not join "for" after an offer’s head word, before a possessive, or before an institution of its own', async () => {
    expect(await typedMentions('We compared Cloud Solutions for Gaming Studios with others.')).not.toContain('organization Cloud Solutions for Gaming Studios');
    expect(await typedMentions('It is the Right Service for Your Business, they said.')).not.toContain('organization Right Service for Your Business');
    expect(await typedMentions('A grant from the Council for the University of Leeds arrived.')).not.toContain(
      'organization Council for the University of Leeds',
    );
  });

  it('keeps "of the" inside an institution’s name, a place after it part of the name', async () => {
    expect(await typedMentions('He clerked at the High Court of the Eastern Marches for a year.')).toEqual(['organization High Court of the Eastern Marches']);
    expect(await typedMentions('She studied at the Institute of the Moving Image in town.')).toEqual(['organization Institute of the Moving Image']);
    const lookup = createMemoryLookup(loadBundledDataset());
    const { entities } = await findEntities('He studied at the University of the Philippines for a year.', lookup);
    expect(entities.map((e) => `${e.type} ${e.name}`)).toEqual(['organization University of the Philippines']);
    // Not after a role ("the President of the Philippines" names the country).
    const role = await findEntities('He met the President of the Philippines on Monday.', lookup);
    expect(role.entities.map((e) => e.type)).toContain('country');
  });

  it('keeps an adjective that opens a sentence in an institution’s name that follows it', async () => {
    expect(await typedMentions('National Institute of Wetland Research has new figures.')).toEqual(['organization National Institute of Wetland Research']);
    expect(await typedMentions('Source: Federal Bureau of Kite Safety. 2019.')).toEqual(['organization Federal Bureau of Kite Safety']);
    // Not a list item's heading ("Improved Trust: …"), nor an adjective before no institution.
    expect(await typedMentions('Improved Trust: better confidence among buyers.')).toEqual([]);
    expect(await typedMentions('British officials met on Monday.')).toEqual([]);
  });

  it('reads a plural head after "the" as an institution’s, and a name before "in" as ended', async () => {
    expect(await typedMentions('He worked at the Centers for Marsh Ecology and Restoration in Pinehurst.')).toEqual([
      'organization Centers for Marsh Ecology and Restoration',
      'place Pinehurst',
    ]);
    expect(await typedMentions('A grant came from the National Institutes of Kite Safety last year.')).toEqual([
      'organization National Institutes of Kite Safety',
    ]);
    // A plural with no "the", or in a listicle's heading, is a kind.
    expect(await typedMentions('Firms now invest in Cloud Centers of Excellence and more.')).toEqual([]);
    expect(await typedMentions('Read the 10 Best Marketing Agencies for Small Businesses here.')).toEqual([]);
  });

  it('reads a trade’s noun after a name as a firm’s name, not a person’s', async () => {
    expect(await typedMentions('Calls now go to Dunmore Baxter Motorsports down the road.')).toEqual(['organization Dunmore Baxter Motorsports']);
    expect(await typedMentions('We booked through Quellwood Insurance last spring.')).toEqual(['organization Quellwood Insurance']);
    // A nation's adjective, a word the article writes in lower case, or a heading's verb make a kind, not a firm.
    expect(await typedMentions('It is the best Italian Restaurant on the street.')).toEqual([]);
    expect(await typedMentions('We want clean power. Clean Energy costs less now.')).not.toContain('organization Clean Energy');
    expect(await typedMentions('When to Buy Insurance is a question for June.')).not.toContain('organization Buy Insurance');
  });

  it('reads a firm’s own name alone as the firm named once with its legal form', async () => {
    const text = 'Quorvex Corp. cut its forecast. Later the board of Quorvex met, and Quorvex Labs grew.';
    const { entities } = await findEntities(text, listsOnly);
    const firm = entities.find((e) => e.name === 'Quorvex Corp')!;
    expect(firm.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Quorvex Corp.', 'Quorvex']);
    // Not a word the article writes in lower case ("Moving & Storage Co." names no "Storage").
    const moving = await typedMentions('Hudson Moving & Storage Co. is cheap. We need storage. Storage costs rise.');
    expect(moving).not.toContain('organization Storage');
  });
  it('reads a one-word firm the sentence made one as that firm at its other mentions, even where typed once in lower case', async () => {
    const text = 'There is talk of Brenna acquiring Quillfox.\nMy work on Quillfox goes on.\nI remain devoted to Quillfox and quillfox fans.';
    expect((await typedMentions(text)).filter((m) => m.endsWith('Quillfox'))).toEqual([
      'organization Quillfox',
      'organization Quillfox',
      'organization Quillfox',
    ]);
  });
  it('reads an acronym in parentheses after an organisation’s name as its short name, at every mention', async () => {
    const text = 'A survey by the World Fungus Union (IWFU) came out. Later IWFU said more, and the IWFU board met.';
    const { entities } = await findEntities(text, listsOnly);
    const org = entities.find((e) => e.name === 'World Fungus Union')!;
    expect(org.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['World Fungus Union', 'IWFU', 'IWFU', 'IWFU']);
    // Not a ticker after a one-word firm, nor a practice's acronym, nor letters that are not the name's.
    expect(await typedMentions('Shares of Zorblax (ZRBX) rose, and ZRBX fell again.')).not.toContain('organization ZRBX');
    expect(await typedMentions('We bought Ledger Relationship Management (LRX) tools; LRX helps.')).not.toContain('organization LRX');
    expect(await typedMentions('Fans of the Buffalo Wings (QXZ) cheered, and QXZ games sold out.')).not.toContain('organization QXZ');
    // A technology named like a firm, no body's head word in it nor a legal form: its acronym is no organisation's.
    expect(await typedMentions('The tag speaks Zigbee Mesh Energy (ZME) to the hub; ZME needs no pairing.')).not.toContain('organization ZME');
  });
  it('leaves a bare number before an organisation’s name out of it: a rank, a note’s number or a year', async () => {
    expect(await typedMentions('Our ranking:\n#3 Quellmoor State University\nOur pick for value.')).toContain('organization Quellmoor State University');
    expect(await typedMentions('He was the first pick of the 2019 National Kite League draft.')).toEqual(['organization National Kite League']);
    expect(await typedMentions('Sources: 4 Brindle Tax Foundation, “Rates,” May 2025.')).toContain('organization Brindle Tax Foundation');
    // A head word left alone names nothing ("11 Center on …" cut by a full stop).
    expect(await typedMentions('Notes: 12 Center. A grant was paid.')).toEqual([]);
    // A street's number stays in an address.
    expect(await typedMentions('The shop is at 42 Marlow Avenue in town.')).toContain('place 42 Marlow Avenue');
  });
  it('reads praise or blame before a head word as a review’s heading or a ranking’s category, not a name', async () => {
    expect(await typedMentions('Lovely Stay\nExcellent Bakery!!\nWe went twice.')).toEqual([]);
    expect(await typedMentions('Terrible Service\nThey lost our bags.')).toEqual([]);
    expect(await typedMentions('The studio won Best Video Marketing Agency at the fair.')).toEqual([]);
    // A legal form last keeps the firm.
    expect(await typedMentions('We hired Awesome Kite Works LLC for the show.')).toContain('organization Awesome Kite Works LLC');
  });
  it('keeps a firm’s legal forms in its name: two in a row, LLP, S.A., N.V. and L.P.', async () => {
    expect(await typedMentions('A deal with Quorvel Gases Pvt. Ltd. was signed.')).toEqual(['organization Quorvel Gases Pvt. Ltd.']);
    expect(await typedMentions('Made by Brindlewood Co., Ltd. in 2019.')).toEqual(['organization Brindlewood Co., Ltd.']);
    expect(await typedMentions('She is a partner at Hallam Voss LLP now.')).toEqual(['organization Hallam Voss LLP']);
    expect(await typedMentions('He works for Quistara S.A. now.')).toEqual(['organization Quistara S.A.']);
    expect(await typedMentions('The buyer is Zelvor Partners, L.P. this time.')).toContain('organization Zelvor Partners, L.P.');
  });
});
