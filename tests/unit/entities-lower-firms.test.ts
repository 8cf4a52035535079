import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

const named = async (text: string, type: string) =>
  (await findEntities(text, lookup)).entities.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
const orgs = (text: string) => named(text, 'organization');

describe('a well-known firm written in lower case (lower-firms.ts)', () => {
  it('"go 2 starbucks", "I was with verizon", "the taco bell dog", "google is doing"', async () => {
    expect(await orgs('go 2 starbucks do nt spend more than 20 bucks :)')).toEqual(['starbucks']);
    expect(await orgs('I was with verizon and I checked my service and it was great.')).toEqual(['verizon']);
    expect(await orgs('Clients include Adidas, Barilla, and eBay.')).toContain('eBay');
    expect(await orgs("I 'm inclined to say that google is doing what they can.")).toEqual(['google']);
  });
  it('not a noun\'s modifier ("google translate", "fiat currencies"), nor a quoted word of code', async () => {
    expect(await orgs('It was easy with google translate and sign language.')).toEqual([]);
    expect(await orgs('Stablecoins are pegged to fiat currencies.')).toEqual([]);
    expect(await orgs("Their query was wrapping info -> 'dept' in a function.")).toEqual([]);
  });
  it('not a verb ("google it", an imperative opening the sentence), nor an address', async () => {
    expect(await orgs('Just google it and see.')).toEqual([]);
    expect(await orgs('You can google the term first.')).toEqual([]);
    expect(await orgs('Where are they? google nazi stolen art recovery.')).toEqual([]);
    expect(await orgs('Visit google.com or mail me at joe@verizon.net today.')).toEqual([]);
  });
  it('not an everyday word, a place or a common noun\'s phrase ("the amazon rainforest", "a banana republic")', async () => {
    expect(await orgs('We walked in the amazon rainforest and paid with a visa card.')).toEqual([]);
    expect(await orgs('He lives in a banana republic near the river.')).toEqual([]);
    expect(await orgs('i am from mexico and i love it.')).toEqual([]);
  });
  it('a one-word name is no person by it', async () => {
    expect(await named('i talked to verizon yesterday about it', 'person')).toEqual([]);
  });
});
