import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/** Places and countries in lines written all in capitals (lib/entities/shouted-prose.ts, shouted.ts). Sentences written for these tests. */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a place in a shouted line read as prose reads it in lower case', () => {
  it('what only a place has after its name ("LISBON MAYOR PROMISES …")', async () => {
    expect(await linked('FERRY DELAYS: LISBON MAYOR PROMISES NEW BOATS BY THE SUMMER', 'LISBON')).toEqual(['place:lisbon']);
  });
  it('a short name is no acronym in a shouted line ("OSLO MAYOR")', async () => {
    expect(await linked('SNOW CHAOS: OSLO MAYOR ORDERS EXTRA PLOUGHS FOR THE WEEKEND', 'OSLO')).toEqual(['place:oslo']);
  });
  it('not a journey’s word before it, nor a place’s name that is an everyday word', async () => {
    expect(await linked('BAND ADDS THIRD NIGHT TO LEEDS TOUR LEG AFTER TICKETS SELL OUT', 'LEEDS')).toEqual([]);
    expect(await linked('WINE BOTTLES SEALED IN CORK, NOT PLASTIC, SAY THE MAKERS', 'CORK')).toEqual([]);
    expect(await linked('INTERESTED IN READING? JOIN OUR BOOK CLUB AT THE LIBRARY', 'READING')).toEqual([]);
  });
});

describe('a country opening a news dateline', () => {
  it('is the country ("MONACO — Organisers …")', async () => {
    expect(await linked('MONACO — Organisers of the yacht show said on Tuesday that bookings had doubled since last year.', 'MONACO')).toEqual(['country:mn']);
  });
  it('not a name a person bears, nor an everyday word', async () => {
    expect(await linked('JORDAN — The shoes sold out within minutes of going on sale online this morning.', 'JORDAN')).toEqual([]);
    expect(await linked('TURKEY — Roast the bird for four hours and rest it well before carving it.', 'TURKEY')).toEqual([]);
  });
});

describe('a shouted line’s lists, coasts and function words', () => {
  it('a country before a comma and a country of two words ("PERU, NEW ZEALAND AGREE …")', async () => {
    expect(await linked('TRADE ROW: PERU, NEW ZEALAND AGREE ON A FISHING PACT AFTER LONG TALKS', 'PERU')).toEqual(['country:pe']);
  });
  it('a coast one is off ("AGROUND OFF CORNWALL"), but no country after a price’s "OFF"', async () => {
    expect(await linked('CARGO SHIP RUNS AGROUND OFF CORNWALL AFTER ENGINE FAILURE', 'CORNWALL')).toEqual(['place:cornwall']);
    expect(await linked('20% OFF CHINA TEA SETS THIS WEEKEND ONLY IN ALL STORES', 'CHINA')).toEqual([]);
  });
  it('"THROUGH" makes the line a sentence, and the possessive says place ("OSLO’S BIGGEST GARDENS")', async () => {
    expect(await linked("FLOWER SHOW: OSLO'S BIGGEST GARDENS OPEN DOORS THROUGH SUMMER", 'OSLO')).toEqual(['place:oslo']);
  });
});
