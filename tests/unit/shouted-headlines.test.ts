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
