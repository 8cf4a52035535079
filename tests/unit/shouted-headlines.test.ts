import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/** Headlines shouted in capitals (lib/entities/candidates.ts, lib/entities/shouted.ts). Sentences written for these tests. */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a possessive in a headline shouted in capitals', () => {
  it('"’S" after a capital is no part of the name', async () => {
    const { e } = await mentionAt("SPAIN'S FARMERS BLOCK ROADS IN PROTEST OVER DIESEL PRICES", 'SPAIN');
    expect(e?.id).toBe('country:sp');
  });
  it('a word in capitals that ends in S keeps it', async () => {
    expect((await mentionAt('CROWDS CHEER AS THE TOUR ENDS IN PARIS', 'PARIS')).e?.id).toBe('place:paris');
  });
});

describe('a place after "TO", "INTO" or "AS" in a headline shouted in capitals', () => {
  it('where one goes, and a place that is the subject of a clause after "AS"', async () => {
    expect(await linked('FANS QUEUE OVERNIGHT AS BAND ADDS SECOND DATE TO LEEDS TOUR LEG AFTER SELL-OUT', 'LEEDS')).toEqual([]);
    expect(await linked('STRIKING DOCKERS MARCH TO SHEFFIELD TOWN HALL', 'SHEFFIELD')).toEqual([]);
    expect(await linked('RETIRED MINER WALKS FROM CORNWALL TO NOTTINGHAM FOR CHARITY', 'NOTTINGHAM')).toEqual(['place:nottingham']);
    expect(await linked('ROADWORKS BEGIN AS LEEDS TRAFFIC GRINDS TO A HALT', 'LEEDS')).toEqual(['place:leeds']);
  });
  it('not a given name after "AS", nor a place before a name’s word', async () => {
    expect(await linked('CROWDS CHEER AS VICTORIA WAVES FROM THE BALCONY', 'VICTORIA')).toEqual([]);
    expect(await linked('NETS FALL AGAIN AS LEEDS RHINOS WIN AWAY', 'LEEDS')).toEqual([]);
  });
});

describe('a one-word country in a shouted headline needs what the line says of it', () => {
  it('not a country the line says nothing of ("ANTIQUE CHINA VASE")', async () => {
    expect(await linked('BARGAIN HUNTER BUYS ANTIQUE CHINA VASE FOR £5 AT CAR BOOT SALE', 'CHINA')).toEqual([]);
    expect(await linked('PENSIONER SELLS HIS OLD CHINA DINNER SERVICE TO PAY FOR A NEW BOILER', 'CHINA')).toEqual([]);
  });
  it('but one that opens the line, follows a preposition of place, is a possessive or is in a list of places', async () => {
    expect(await linked('CHINA CUTS RATES AGAIN AS GROWTH SLOWS', 'CHINA')).toEqual(['country:ch']);
    expect(await linked('FLOODS IN CHINA DISPLACE THOUSANDS AS RIVERS BURST THEIR BANKS', 'CHINA')).toEqual(['country:ch']);
    expect(await linked("EXPORTERS FEAR CHINA'S NEW TARIFFS ON BEEF AND WINE", 'CHINA')).toEqual(['country:ch']);
    expect(await linked('NEW TARIFFS HIT CHINA AND JAPAN AS TRADE TALKS STALL', 'CHINA')).toEqual(['country:ch']);
  });
  it('a country of two words needs nothing more', async () => {
    expect(await linked('NEW ENVOY SAYS SOUTH AFRICA WILL HOST THE TALKS', 'SOUTH AFRICA')).toEqual(['country:sf']);
  });
});

describe('a place in a shouted headline: the subject of a verb, a possessive, a weak name after "IN"', () => {
  it('the subject of a verb in the present that has an object ("AS TOKYO WEIGHS ITS …", ": SWEDEN ORDERS 40 …")', async () => {
    expect(await linked('MARKETS SLIDE AS NAIROBI PREPARES FOR A FUEL STRIKE', 'NAIROBI')).toEqual(['place:nairobi']);
    expect(await linked('TRAINS ARE BACK: NORWAY ORDERS 12 NEW SLEEPER CARS', 'NORWAY')).toEqual(['country:no']);
    expect(await linked('PRICES CLIMB WHILE CHILE COUNTS THE COST OF THE DROUGHT', 'CHILE')).toEqual(['country:ci']);
  });
  it('not a plural noun after the name, nor a club’s verb, nor a given name', async () => {
    expect(await linked('ROADWORKS BEGIN AS LEEDS BUSES RUN LATE', 'LEEDS')).toEqual([]);
    expect(await linked('FANS SING AS LEEDS BEATS THE LEAGUE LEADERS', 'LEEDS')).toEqual([]);
    expect(await linked('CROWDS CHEER AS VICTORIA WAVES FROM THE BALCONY', 'VICTORIA')).toEqual([]);
  });
  it('a possessive before an everyday word; not before a name or a title', async () => {
    expect(await linked("OLD TRAMS: HOW OSLO'S FORGOTTEN DEPOTS TURNED INTO GALLERIES", 'OSLO')).toEqual(['place:oslo']);
    expect(await linked("FANS REACT AS LIVERPOOL'S SALAH SCORES TWICE", 'LIVERPOOL')).toEqual([]);
  });
  it('a weak name after "IN" or "ACROSS", as prose reads it', async () => {
    expect(await linked('FLOOD WARNINGS ISSUED FOR VILLAGES IN KENT AFTER NIGHT OF RAIN', 'KENT')).toEqual(['place:kent']);
    expect(await linked('A LETTER FROM KENT TO THE EDITOR', 'KENT')).toEqual([]);
  });
  it('a part of the place between the preposition and the name ("ACROSS RURAL SCOTLAND")', async () => {
    expect(await linked('BUS ROUTES CUT ACROSS RURAL WALES AS FUNDING DRIES UP', 'WALES')).toEqual(['place:wales']);
  });
  it('a country called by another of its names, said of as its own name is', async () => {
    expect(await linked("WET SUMMER: BRITAIN'S FARMERS COUNT THE COST", 'BRITAIN')).toEqual(['country:uk']);
    expect(await linked('LIMITED EDITION BRITAIN MUG FOR COLLECTORS', 'BRITAIN')).toEqual([]);
  });
});

describe('a town in capitals opening a news dateline', () => {
  it('with or without its country, before a sentence', async () => {
    expect(await linked('GLASGOW — Bus drivers walked out on Monday over a pay offer they called an insult.', 'GLASGOW')).toEqual(['place:glasgow']);
    expect(await linked('NOTTINGHAM, England — A bridge closed for repairs will reopen next week, the council said.', 'NOTTINGHAM')).toEqual([
      'place:nottingham',
    ]);
  });
  it('a town whose name is also a given name or an everyday word too (a weak alias: decide.ts reads weakPlaceEvidence)', async () => {
    expect(await linked('MILAN — Fashion buyers said orders for the spring collections were down by a fifth on last year.', 'MILAN')).toEqual(['place:milan']);
  });
  it('not a heading before a dash, nor a foreign town’s name before a US state’s abbreviation', async () => {
    expect(await linked('GLASGOW — HOTELS, TOURS AND TICKETS', 'GLASGOW')).toEqual([]);
    expect(await linked('NOTTINGHAM, Md. — A bridge closed for repairs will reopen next week, the town said.', 'NOTTINGHAM')).toEqual([]);
  });
});

describe('an inn or a tavern named after a place, in a headline shouted in capitals', () => {
  it('"KENYA INN …", "AT IRELAND TAVERN": the inn, not the country', async () => {
    expect(await linked('KENYA INN OWNER WINS LOTTERY JACKPOT ON BIRTHDAY', 'KENYA')).toEqual([]);
    expect(await linked('BLAZE GUTS BAR AT CHILE TAVERN AS REGULARS WATCH', 'CHILE')).toEqual([]);
  });
  it('the country itself, or "ARMS" (a deal\'s too): the country', async () => {
    expect(await linked('KENYA WARNS TANZANIA OVER BORDER CLOSURE', 'KENYA')).toEqual(['country:ke']);
  });
});
