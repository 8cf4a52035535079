import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * Kinds of evidence added after reading the errors of trap sets s and t (session 23). Sentences written for these tests with
 * other names and words than the trap fixtures'.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a ship named after a province', () => {
  it('a vessel’s kind, a comma and "the" before the name make it the ship', async () => {
    expect(await linked('Its newest destroyer, the Jiangsu, left port on Monday, officials in Beijing said.', 'Jiangsu')).toEqual([]);
  });
  it('a carrier group after the name, or after the name and another, is led by the ship', async () => {
    expect(await linked('Officials in Beijing said the Jiangsu and Zhejiang carrier groups exercised near Taiwan.', 'Jiangsu')).toEqual([]);
    expect(await linked('Officials in Beijing said the Jiangsu and Zhejiang carrier groups exercised near Taiwan.', 'Zhejiang')).toEqual([]);
  });
  it('but the province itself stays', async () => {
    expect(await linked('Officials in Jiangsu said China would build the port.', 'Jiangsu')).toEqual(['place:jiangsu']);
  });
});

describe('a town given a country’s name', () => {
  it('"the village of X" is the village', async () => {
    expect(await linked('Voters in the village of Panama, in Iowa, waited for hours.', 'Panama')).toEqual([]);
  });
  it('but the country stays', async () => {
    expect(await linked('Voters in Panama waited for hours.', 'Panama')).toEqual(['country:pm']);
  });
});

describe('a nickname in quotation marks', () => {
  it('names nobody and nowhere', async () => {
    expect(await linked('The march is led by a farmer who goes by the nickname ‘Peru’ and a young priest.', 'Peru')).toEqual([]);
  });
  it('but a quoted phrase that goes on after the name is no nickname of it', async () => {
    expect(await linked('The general is known as "Africa\'s last emperor," and rules by decree.', 'Africa')).toEqual(['place:africa']);
  });
  it('but the country the farmer comes from stays', async () => {
    expect(await linked('The march is led by a farmer who comes from Peru and a young priest.', 'Peru')).toEqual(['country:pe']);
  });
});

describe('a Canadian province’s abbreviation after a town', () => {
  it('puts the town in Canada, not in the dataset’s place abroad', async () => {
    expect(await linked('Farmers near Perth, Ont., say the harvest is late.', 'Perth')).toEqual([]);
    expect(await linked('Growers near Kingston, Ont., say the harvest is late.', 'Kingston')).toEqual([]);
  });
  it('but the dataset’s Canadian place stays', async () => {
    expect(await linked('Police in Toronto, Ont., arrested a man after a crash on the highway.', 'Toronto')).toEqual(['place:toronto']);
  });
});

describe('a private trade before a former minister’s full name', () => {
  it('is a namesake’s, also with an honorific between ("co-author Dr …")', async () => {
    expect(await linked('The study was led by co-author Dr Kevin Rudd, who said the reef was dying.', 'Kevin Rudd')).toEqual([]);
  });
  it('and a name that holds "Bill" is no word of politics ("Retired plumber Bill …")', async () => {
    expect(await linked('Retired plumber Bill English, 79, has built a boat in his garden.', 'Bill English')).toEqual([]);
  });
  it('but an office before the name keeps the person', async () => {
    expect(await linked('Former prime minister Dr Kevin Rudd said the treaty would hold.', 'Kevin Rudd')).toEqual(['person:kevin-rudd']);
  });
});

describe('an outlet’s name before a works’ noun', () => {
  it('is the works', async () => {
    expect(await linked('Workers at the Izvestia plant in Russia went on strike over pay.', 'Izvestia')).toEqual([]);
  });
  it('but the outlet reporting stays', async () => {
    expect(await linked('Izvestia reported that Russia would respond.', 'Izvestia')).toEqual(['outlet:iz.ru']);
  });
});

describe('a capital whose own name carries a saint’s possessive', () => {
  it('is no thing named after the saint', async () => {
    expect(await linked('Officials in Saint George’s said the port would reopen.', 'Saint George')).toEqual(['place:saint-george']);
  });
});
