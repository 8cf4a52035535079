import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * A firm, a band or a title named like a place (issue 18; session 34, helper 229): a trading figure "at" the name with a firm
 * speaking after it (trading-at.ts), a band's verb and its music after it (band-verbs.ts), a capitalised preposition before it
 * inside a sentence (titled-run.ts). Sentences written for these tests, with other words than the trap fixtures'.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a trading figure "at" a name, and a firm as the sentence’s speaker (trading-at.ts)', () => {
  it('makes the name the firm’s', async () => {
    expect(await linked('Like-for-like sales at Iceland fell 3 per cent over Christmas, the frozen food retailer said on Tuesday.', 'Iceland')).toEqual([]);
    expect(await linked('Profits at Iceland doubled in the year to March, the grocer said.', 'Iceland')).toEqual([]);
  });
  it('keeps the place with "in", or with no firm speaking', async () => {
    expect(await linked('Sales in Iceland jumped 11 per cent in the quarter, the carmaker said.', 'Iceland')).toEqual(['country:ic']);
    expect(await linked("Hotel sales at Iceland's airports rose, officials in Reykjavik said.", 'Iceland')).toEqual(['country:ic']);
  });
});

describe('a band’s verb and its music after a place’s name (band-verbs.ts)', () => {
  it('makes the name a band’s', async () => {
    expect(await linked('Alabama reunited for one last tour in Nashville, the band said.', 'Alabama')).toEqual([]);
    expect(await linked("Kansas Reunite for Farewell Tour as Band's Complete Songbook Is Reissued in a New Piano Edition", 'Kansas')).toEqual([]);
  });
  it('keeps the place or the country with no music in the verb’s phrase', async () => {
    expect(await linked('Texas reunited after the storm, the governor said in Austin.', 'Texas')).toEqual(['place:texas']);
    expect(await linked('Germany reunited in 1990, and the band toured Berlin.', 'Germany')).toEqual(['country:gm']);
  });
});

describe('a capitalised preposition inside a sentence before a place’s name (titled-run.ts)', () => {
  it('makes the place’s name a title’s word', async () => {
    expect(await linked('Swim Across America, which raised $2m for research this year, will hold an event in Doha.', 'America')).toEqual([]);
    expect(await linked('Volunteers from the Walk Through Ireland charity met in Cork.', 'Ireland')).toEqual([]);
  });
  it('keeps the place after a lower-case preposition, at a sentence’s start, or on a Title Case line', async () => {
    expect(await linked('Volunteers walked through Ireland for charity, organisers in Cork said.', 'Ireland')).toEqual(['country:ei']);
    expect(await linked('Across Europe, farmers protested against the new rules.', 'Europe')).toEqual(['place:europe']);
    expect(await linked('Floods Sweep Across Europe as Rivers Burst Their Banks', 'Europe')).toEqual(['place:europe']);
  });
});

describe('a performer’s or a show’s words after a name (performed-by.ts)', () => {
  it('make the name a band’s or a show’s, not the gang’s or the news site’s', async () => {
    expect(await linked('Los Lobos closed the benefit concert in Quito with an acoustic version of their oldest song.', 'Los Lobos')).toEqual([]);
    expect(await linked('Los Lobos played an acoustic version of La Bamba at the benefit in Quito.', 'Los Lobos')).toEqual([]);
    expect(await linked('The Block contestants cried when the last house failed to sell.', 'The Block')).toEqual([]);
  });
  it('keep the name with no music piece or no show’s people after it', async () => {
    expect(await linked('Police said Los Lobos controlled the prison in Guayaquil.', 'Los Lobos')).toEqual(['group:los-lobos']);
    expect(await linked('The Block reported that bitcoin fell 5 per cent.', 'The Block')).toEqual(['outlet:theblock.co']);
    expect(await linked('Britain opened the talks with a new version of its proposal, officials in Brussels said.', 'Britain')).toEqual(['country:uk']);
  });
});

describe('an interjection opening an exclamation (interjections.ts)', () => {
  it('is no news site’s name', async () => {
    expect(await linked('"Crikey! That wave was huge," said surfer Tom Hale at Bondi in Sydney.', 'Crikey')).toEqual([]);
    expect(await linked('“Crikey, it was cold,” said the swimmer at Manly.', 'Crikey')).toEqual([]);
  });
  it('keeps the site as a subject or before its appositive', async () => {
    expect(await linked('Crikey reported that the minister had resigned in Canberra.', 'Crikey')).toEqual(['outlet:crikey.com.au']);
    expect(await linked('Crikey, the Australian news site, reported that the minister had resigned in Canberra.', 'Crikey')).toEqual(['outlet:crikey.com.au']);
  });
});
