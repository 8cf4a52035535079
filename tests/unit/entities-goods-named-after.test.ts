import { describe, expect, it } from 'vitest';
import { goodsNamedAfter } from '../../lib/entities/goods-named-after';
import { placeTerm } from '../../lib/entities/place-terms';
import { mentionAt } from './support/mention-at';

/**
 * A place's name opening the name of goods, a food, a breed or a species called after it (lib/entities/goods-named-after.ts,
 * asked by place-terms.ts placeTerm): no place card at that mention, neither the dataset's nor one built from the article.
 * Sentences written for these tests, not taken from the trap fixture.
 */
const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  return goodsNamedAfter(text, { start, end: start + word.length });
};
/** The dataset entities inside the word, and the type of the card whose mention is exactly the word (built or dataset). */
const cards = async (text: string, word: string) => {
  const m = await mentionAt(text, word);
  return { dataset: m.datasetInside.map((e) => e.id), type: m.e?.type ?? null };
};

describe('goods, a food, a breed or a species named after a place', () => {
  it('is no mention of the place, dataset or built', async () => {
    for (const [text, word] of [
      ['The butcher in Aberdeen sells Highland and Angus beef from local farms.', 'Highland'],
      ['The butcher in Aberdeen sells Highland and Angus beef from local farms.', 'Angus'],
      ['The knife was forged from Damascus steel by a smith in Sheffield.', 'Damascus'],
      ['Riggers on the tall ship still prefer Manila rope, which stretches less, and the crew sailed from Lisbon.', 'Manila'],
      ['The terrace in Leeds was relaid in reclaimed York stone.', 'York'],
      ['Dealers in Bristol were offering Suffolk lamb at a premium.', 'Suffolk'],
      ['The mason in Bath prefers Portland stone for carving.', 'Portland'],
    ])
      expect(await cards(text!, word!), text).toEqual({ dataset: [], type: null });
  });
  it('reads the head where the phrase ends: punctuation, a function word, a participle, names sharing the head', () => {
    expect(at('Rangers found roosting Indiana bats behind the bark.', 'Indiana')).toBe(true);
    expect(at('Headstones of Bath, Portland and York stone were set in rows.', 'Bath')).toBe(true);
    expect(at('Manila rope, spun from fibre, is strong.', 'Manila')).toBe(true);
    expect(at('Portland stone quarried on the island was shipped.', 'Portland')).toBe(true);
  });
});

describe('the place stays', () => {
  it('before a noun of its people, trade, institutions or weather, which is no goods', () => {
    for (const [text, word] of [
      ['Patients at a York hospital waited for hours.', 'York'],
      ['A Texas meatpacker has recalled tinned meat.', 'Texas'],
      ['Staff at the Manila office were told to work from home.', 'Manila'],
      ['Indiana voters go to the polls on Tuesday.', 'Indiana'],
      ['Players wilted in the Texas heat on Sunday.', 'Texas'],
    ])
      expect(at(text!, word!), text).toBe(false);
  });
  it('where a noun after the head makes it the place’s trade, or a comma parts the name from the noun', () => {
    expect(at('A Nottingham lace firm is hiring weavers.', 'Nottingham')).toBe(false);
    expect(at('Auckland rope makers are busy.', 'Auckland')).toBe(false);
    expect(at('Builders in York, stone by stone, rebuilt the wall.', 'York')).toBe(false);
  });
  it('after a preposition of place, where the noun opens a clause of its own', () => {
    expect(at('In Yorkshire lamb is cheap this spring.', 'Yorkshire')).toBe(false);
    expect(at('Across Wales wool fetched record prices.', 'Wales')).toBe(false);
  });
  it('a country before its goods says where they come from: placeTerm does not ask a country', () => {
    const text = 'Importers said tariffs on Brazil beef would rise.';
    const span = { start: text.indexOf('Brazil'), end: text.indexOf('Brazil') + 6 };
    expect(placeTerm(text, span, 'on', true)).toBe(false);
    expect(placeTerm(text, span, 'on', false)).toBe(true);
  });
  it('linked in whole sentences: an office, voters, a comma', async () => {
    expect((await cards('Staff at the Manila office were told to work from home.', 'Manila')).dataset).toEqual(['place:manila']);
    expect((await cards('Indiana voters go to the polls on Tuesday.', 'Indiana')).dataset).toEqual(['place:indiana']);
    expect((await cards('Builders in York, stone by stone, rebuilt the wall.', 'York')).dataset).toEqual(['place:york']);
  });
  it('its weather is the place’s (lib/text/place-nouns.ts): linked, not held as a modifier of goods', async () => {
    expect((await cards('Players wilted in the Texas heat on Sunday.', 'Texas')).dataset).toEqual(['place:texas']);
    expect((await cards('Crews cleared roads after the Ohio snow.', 'Ohio')).dataset).toEqual(['place:ohio']);
  });
});

describe('goods after a quantity, a load or a pack and "of"', () => {
  it('"crates of … and Angus beef wait": the goods, whatever verb follows', async () => {
    expect(at('Crates of Cornish new potatoes and Angus beef sit in the warehouse outside Leicester.', 'Angus')).toBe(true);
    expect(at('Two tonnes of York stone arrive at the cathedral every week.', 'York')).toBe(true);
    expect((await cards('Sacks of Angus beef wait at the depot near Leicester for the lorries.', 'Angus')).dataset).toEqual([]);
  });
  it('no quantity before, or a preposition of place: the noun after the head may be a noun of the place', () => {
    expect(at('Prices of Angus beef farmers rose near Leicester.', 'Angus')).toBe(false);
    expect(at('In Angus beef farmers met on Monday.', 'Angus')).toBe(false);
  });
});
