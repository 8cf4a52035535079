import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';
import { tradeAfter } from '../../lib/entities/place-trades';

/**
 * A one-word place placed by one of its people named by trade, its courts and hospitals, or one of its estates and firms
 * (lib/entities/place-trades.ts), and the shapes that look alike but name a person, a firm, an animal or a fixed term.
 * Sentences written for these tests, not taken from the trap fixtures.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);
const at = (text: string, word: string) => tradeAfter(text, { start: text.indexOf(word), end: text.indexOf(word) + word.length });

describe('a place before one of its people by trade', () => {
  it('after "a" or "the", or as a false title before a full name', async () => {
    expect(await linked('A Cumbria plumber found the hoard while fixing a leak under the floor.', 'Cumbria')).toEqual(['place:cumbria']);
    expect(await linked('The prize went to the Fife taxi driver who returned a lost violin.', 'Fife')).toEqual(['place:fife']);
    expect(await linked('Rotterdam boatman Kees Bakker ferried the mayor across the harbour.', 'Rotterdam')).toEqual(['place:rotterdam']);
    expect(await linked('The cabinet was restored by a Nottingham cabinetmaker over six months.', 'Nottingham')).toEqual(['place:nottingham']);
  });
  it('in the plural inside a sentence', async () => {
    expect(await linked('Prices have doubled since March, Wellington builders say.', 'Wellington')).toEqual(['place:wellington']);
  });
});

describe('a place before its court, its hospital, one of its estates or firms', () => {
  it('a court or a hospital after any determiner; an estate, a site or a firm of a trade after "a"', async () => {
    expect(await linked('The appeal will be heard at the Leeds county court next spring.', 'Leeds')).toEqual(['place:leeds']);
    expect(await linked('Nurses at a Wellington hospital voted to strike.', 'Wellington')).toEqual(['place:wellington']);
    expect(await linked('Deer roam freely across a Herefordshire estate of 900 acres.', 'Herefordshire')).toEqual(['place:herefordshire']);
    expect(await linked('Cranes stood idle at a Fife construction site for a month.', 'Fife')).toEqual(['place:fife']);
    expect(await linked('A Lisbon tile firm has restored the station murals.', 'Lisbon')).toEqual(['place:lisbon']);
  });
});

describe('a place whose name a person or an everyday word shares, placed the same way (decide.ts weak keys)', () => {
  it('one of its people by trade, or its own cathedral', async () => {
    expect(await linked('A Sydney plumber found the ring in a drain.', 'Sydney')).toEqual(['place:sydney']);
    expect(await linked('Tobacco growers said Virginia farmers had suffered most.', 'Virginia')).toEqual(['place:virginia']);
    expect(await linked('Choirs sang under the dome of Cologne Cathedral at midnight.', 'Cologne')).toEqual(['place:cologne']);
  });
  it('not its estate or a firm of it, not a country’s name (the state of that name is no candidate outside an American story)', async () => {
    expect(await linked('Visitors crowded onto a Sydney estate for the open day.', 'Sydney')).toEqual([]);
    expect(await linked('Georgia oysterman Tom Hale sold his boat.', 'Georgia')).toEqual([]);
  });
});

describe('shapes that look alike, left as before', () => {
  it('namesakes: a person, a firm, a full name', async () => {
    expect(await linked('A portrait of Virginia Woolf by a local painter sold for £9,000.', 'Virginia')).toEqual([]);
    expect(await linked('The calculator ran on a Texas Instruments chip that a collector prized.', 'Texas')).toEqual([]);
    expect(await linked('Transcriber Georgia Whitcombe typed up the evidence in four weeks.', 'Georgia')).toEqual([]);
  });
  it('an everyday word before a trade, and a plural opening a sentence (a fixed term: "Hackney carriage drivers")', async () => {
    expect(await linked('Turkey farmers in Suffolk fear a poor Christmas after the outbreak.', 'Turkey')).toEqual([]);
    expect(at('Hackney cab drivers queued outside the council offices.', 'Hackney')).toBeNull();
  });
  it('a club’s or a firm’s people, and an estate after "the" (a peer’s family estate is named after the title)', () => {
    expect(at('The Leeds striker scored twice.', 'Leeds')).toBeNull();
    expect(at('A Zurich spokesman declined to comment.', 'Zurich')).toBeNull();
    expect(at('The Leeds playmaker was rested.', 'Leeds')).toBeNull();
    expect(at('Visitors to the Marlborough estate paid £12.', 'Marlborough')).toBeNull();
  });
});
