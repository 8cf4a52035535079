import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * Places by rules added in session 34 (issue 18: one-word and island places a reader is sure of, read on the tuning traps).
 * Sentences written for these tests, not taken from the trap fixtures. Each positive failed before the change.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a town’s public ways, quarters and shore before "of" (lib/text/place-words.ts ONLY_PLACE_OF_NOUNS)', () => {
  it('place the name, even one people bear as a given name or an everyday word', async () => {
    expect(await linked('Café terraces spill onto the boulevards of Paris every spring.', 'Paris')).toEqual(['place:paris']);
    expect(await linked('Hawkers crowd the pavements of Kathmandu before dawn.', 'Kathmandu')).toEqual(['place:kathmandu']);
    expect(await linked('Houseboats drift along the backwaters of Kerala all winter.', 'Kerala')).toEqual(['place:kerala']);
  });
  it('a given name only after what no person has ("the streets of"), not after what a person has too', async () => {
    expect(await linked('Crowds filled the streets of Sydney after the final.', 'Sydney')).toEqual(['place:sydney']);
    expect(await linked('The heart of Sydney was broken when the band split.', 'Sydney')).toEqual([]);
    expect(await linked('The lawyers of Sydney, his sister, filed the claim.', 'Sydney')).toEqual([]);
  });
});

describe('an island’s name after "on" (lib/entities/on-island.ts)', () => {
  it('places a name the dataset calls an island, ending its phrase', async () => {
    expect(await linked('Potato farmers on Prince Edward Island planted late this year.', 'Prince Edward Island')).toEqual(['place:prince-edward-island']);
    expect(await linked('She still knits sweaters by hand on Guernsey, she says.', 'Guernsey')).toEqual(['country:gk']);
  });
  it('not before a noun it modifies, nor a name the dataset does not call an island', async () => {
    expect(await linked('The stamp was printed on Jersey paper by the bureau.', 'Jersey')).toEqual([]);
    expect(await linked('He relied on Victoria, his sister, for the accounts.', 'Victoria')).toEqual([]);
  });
});

describe('a place’s people by street trade, its sanctuary, workshop, yard and hotel bar (place-sites.ts, place-trades.ts)', () => {
  it('link the place', async () => {
    expect(await linked('Lisbon shoe shiner Rui Costa has worked the same corner since 1979.', 'Lisbon')).toEqual(['place:lisbon']);
    expect(await linked('Budapest carriage driver Tamás Kiss keeps two horses.', 'Budapest')).toEqual(['place:budapest']);
    expect(await linked('The owls were moved to the Lincolnshire sanctuary last week.', 'Lincolnshire')).toEqual(['place:lincolnshire']);
    expect(await linked('The sign was repainted by a Porto workshop in a fortnight.', 'Porto')).toEqual(['place:porto']);
    expect(await linked('Mark Hale, whose Wolverhampton yard repairs buses, is hiring.', 'Wolverhampton')).toEqual(['place:wolverhampton']);
    expect(await linked('A pianist at a Tokyo hotel bar played until two.', 'Tokyo')).toEqual(['place:tokyo']);
    expect(await linked('The ferry will be delayed again, Vancouver transit officials said.', 'Vancouver')).toEqual(['place:vancouver']);
  });
  it('not a shoe named after a place, nor a chocolate bar', async () => {
    expect(await linked('He bought a pair of Derby shoes in the sale.', 'Derby')).toEqual([]);
    expect(await linked('She unwrapped a Dubai chocolate bar on the train.', 'Dubai')).toEqual([]);
  });
});

describe('what is in the air over a place (place-sites.ts overheadBefore)', () => {
  it('places the name', async () => {
    expect(await linked('A drone display over Abuja lit up the night.', 'Abuja')).toEqual(['place:abuja']);
    expect(await linked('Fireworks over Tbilisi were cancelled because of the wind.', 'Tbilisi')).toEqual(['place:tbilisi']);
  });
  it('not a bare "over": a choice or a dispute', async () => {
    expect(await linked('The director chose her over Sydney for the lead role.', 'Sydney')).toEqual([]);
  });
  it('reads a Title Case headline’s "Above" as the preposition it is (truecase.ts)', async () => {
    expect(await linked('Gondola Stalls High Above Tbilisi During an Evening Storm, Stranding Twelve', 'Tbilisi')).toEqual(['place:tbilisi']);
  });
});

describe('a number counting a unit after a name is no part of it (candidates.ts numberInName)', () => {
  it('"a wigmaker in Vienna 90 hours" is Vienna', async () => {
    expect(await linked('The wig took a wigmaker in Vienna 90 hours to knot.', 'Vienna')).toEqual(['place:vienna']);
  });
  it('"France 24" stays the channel', async () => {
    expect(await linked('France 24 reported the fire on Sunday.', 'France 24')).toEqual(['outlet:france24.com']);
  });
});
