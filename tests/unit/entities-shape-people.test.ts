import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';
import { lexiconSets } from '../../lib/entities/lexicon-sets';
import { NAME_LEXICON } from '../../lib/entities/lexicon';
import { thingName } from '../../lib/entities/shape-people';
import type { EntityResult } from '../../lib/types';

const people = (text: string) => namesOf('person', text);

describe('shape-only people with an everyday word after the first are things (lib/entities/shape-people.ts)', () => {
  it('drops a name typed by its shape alone whose later word is an everyday word', async () => {
    expect(await people('Every page of the manual points to Torvik Parts for spares.')).toEqual([]);
    expect(await people('We rented a cabin through Kelvo Guide and it was fine.')).toEqual([]);
    expect(await people('The team builds its dashboards with Quorra Tables and a lot of coffee.')).toEqual([]);
  });

  it("knows rarer everyday words too (the list runs to spoken English's 40,000 most frequent words)", async () => {
    // "dentistry" ranks 28,094 and "hatchery" 39,561: past a list of 10,000, both were people.
    expect(await people('We booked our cleanings at Kelvo Dentistry last spring.')).toEqual([]);
    expect(await people('The ducks came by post from Torvik Hatchery in April.')).toEqual([]);
  });

  it('keeps such a name where the article shows a person', async () => {
    expect(await people('Fans cheered the striker Renko Stone after the match.')).toContain('Renko Stone'); // a role before
    expect(await people('Dr. Renko Stone opened the clinic in the spring.')).toEqual(['Renko Stone']); // an honorific
    expect(await people('After the war Renko Stone was born again as a painter of the sea.')).toEqual(['Renko Stone']);
    expect(await people('Renko Stone has finished his third novel.')).toEqual(['Renko Stone']); // "his" after
  });

  it('keeps a shape-only name without an everyday word', async () => {
    expect(await people('The league fined Tavor Quist after the game.')).toEqual(['Tavor Quist']);
  });

  it('before a Roman numeral asks the first word: a numbered part or a pronoun, not a monarch', async () => {
    expect(await people('The rules we set out in Part II still hold for the second edition.')).toEqual([]);
    expect(await people('Sometimes I wonder why the ferry runs so late on weekdays.')).toEqual([]);
    expect(await people('Do I need a visa for a weekend in the hills? Am I too late to book?')).toEqual([]);
    expect(await people('The old coins show Tavrik II wearing a crown of oak leaves.')).toEqual(['Tavrik II']);
  });

  it('drops one everyday word after a capitalised title: a phrase in Title Case', async () => {
    expect(await people('Theme: Trading Player Count: 2-4 Play Time: an hour')).toEqual([]);
    expect(await people('The village remembers King Stone, who ruled it for years.')).toEqual(['Stone']);
  });

  it('asks nothing of a name whose first word is a listed given name, or of one word', () => {
    const L = lexiconSets(NAME_LEXICON);
    const text = 'Helen Stone and Torvik Parts; Parts.';
    const person = (name: string, start: number): EntityResult => ({
      id: null,
      name,
      type: 'person',
      fromDataset: false,
      mentions: [{ start, end: start + name.length }],
      card: { title: name, lines: [], sources: [] },
    });
    expect(thingName(text, person('Helen Stone', 0), L)).toBe(false);
    expect(thingName(text, person('Torvik Parts', 16), L)).toBe(true);
    expect(thingName(text, person('Parts', 30), L)).toBe(false); // (after no title)
  });
});
