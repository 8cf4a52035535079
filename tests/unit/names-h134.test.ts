import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';
import { lookup } from './support/mention-at';

/** Article-built names that name a kind of thing, not one (names-judged-2026-12-06-s58 kinds); sentences written for these tests. */
const orgs = (text: string) => namesOf('organization', text, lookup);

describe('a field of work or an offer is no organisation (issue 18)', () => {
  it('an offer head after everyday words, one written in lower case too, names a field or a service', async () => {
    expect(await orgs('Our team covers budgeting, hiring and Risk Management for clinics that dread risk.')).not.toContain('Risk Management');
    expect(await orgs('Step 4: Inventory Management keeps the shelves full. Count the inventory each week.')).toEqual([]);
    expect(await orgs('They also offer House Cleaning Services at a flat rate. A house this size takes a day.')).toEqual([]);
    expect(await orgs('Most buyers pick Data Storage Solutions that grow with the business and its data.')).toEqual([]);
  });

  it("a firm's own word, or an everyday word the article never writes in lower case, keeps the name a firm's", async () => {
    expect(await orgs('Analysts at Velmoran Asset Management expect a rise in asset prices.')).toContain('Velmoran Asset Management');
    expect(await orgs('The contract went to Kessendorf Consulting in March.')).toContain('Kessendorf Consulting');
    expect(await orgs('She studied at the Graduate School of Management in Lyon.')).toContain('Graduate School of Management');
    expect(await orgs('The rivals were Korvane, Lantern Systems and Pellix, all based in Ohio.')).toContain('Lantern Systems');
  });
});

const people = (text: string) => namesOf('person', text, lookup);

describe("a list's item typed by its shape alone is no person (issue 18)", () => {
  it('a bullet or a rank before two capitalised words alone on their line', async () => {
    expect(await people('Where we ate on the trip:\n- Café Ondrave\n- Vorrel Hollow\n- Pie Brackley\nAll three take bookings.')).toEqual([]);
    expect(await people('My games of the year.\n\n4 - Mythic Varnholt\n\nI ran a long campaign of it with friends.')).toEqual([]);
    expect(await people('Top picks.\n12. Ossery Quint\nA quiet place for a long lunch.')).toEqual([]);
  });

  it('a given name first, or words around the name on its line, keep the person', async () => {
    expect(await people('Speakers this year:\n- Maria Kowalczyk\n- Daniel Osei\nBoth run labs in Accra.')).toContain('Daniel Osei');
    expect(await people('- The talk was given by Torvik Anselm, who runs the lab.')).toContain('Torvik Anselm');
  });
});

const places = (text: string) => namesOf('place', text, lookup);

describe("a language's name after a preposition is no place (issue 18)", () => {
  it('"-ish" and "-ese" names after "in"', async () => {
    expect(await places('The menu at the noodle bar was printed only in Japanese.')).toEqual([]);
    expect(await places('Our guide answered every question in Danish.')).toEqual([]);
  });

  it('a place after "in" stays', async () => {
    expect(await places('The noodle bar opened a second branch in Tarvessa.')).toContain('Tarvessa');
  });
});
