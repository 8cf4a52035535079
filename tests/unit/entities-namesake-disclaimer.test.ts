import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';
import { disclaimedInSentence } from '../../lib/entities/namesake-disclaimer';

/**
 * A namesake disclaimer later in a full name's own sentence (lib/entities/namesake-disclaimer.ts). Sentences written for these
 * tests, not taken from the trap fixture.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);
const at = (text: string, name: string) => disclaimedInSentence(text, { start: text.indexOf(name), end: text.indexOf(name) + name.length });

describe('a disclaimer at the end of a long appositive', () => {
  it('"is no relation of", "is not related to", "not to be confused with": a namesake', async () => {
    const long =
      'Narendra Modi, a tea seller who has run the same stall outside the bus station in Surat for thirty-one years, is no relation of the prime minister.';
    expect(await linked(long, 'Narendra Modi')).toEqual([]);
    expect(
      await linked(
        'The prize went to Mark Carney, a baker from Cork whose sourdough has won the county show four years running and who is not related to the former banker.',
        'Mark Carney',
      ),
    ).toEqual([]);
    expect(
      at(
        'Emmanuel Macron, a goalkeeper for the village team who saved three penalties in the final on Sunday, is not to be confused with the president.',
        'Emmanuel Macron',
      ),
    ).toBe(true);
  });
  it('another person\'s appositive, another sentence, or an unrelated "no relation to": the person', async () => {
    expect(await linked('Narendra Modi, speaking in Delhi, met Rahul Gandhi, who is not related to the former prime minister.', 'Narendra Modi')).toEqual([
      'person:narendra-modi',
    ]);
    expect(at('Narendra Modi, speaking in Delhi, said the new figures bore no relation to what the opposition had claimed.', 'Narendra Modi')).toBe(false);
    expect(at('Narendra Modi, speaking in Delhi, was cheered. A tea seller of the same name is no relation of his.', 'Narendra Modi')).toBe(false);
    expect(at('Narendra Modi said a tea seller in Surat is no relation of his.', 'Narendra Modi')).toBe(false);
  });
});

describe('a quoted "no relation" in brackets right after the name (named-after.ts namesakeCue)', () => {
  it('("no relation," he says) or (“no relation”): a namesake', async () => {
    expect(await linked('The lollipop man, Keir Starmer ("no relation," he insists), has seen three generations cross.', 'Keir Starmer')).toEqual([]);
    expect(await linked('Our new barista, Narendra Modi (“no relation”), makes the best flat white in town.', 'Narendra Modi')).toEqual([]);
  });
  it('a quotation in brackets that says something else: the person', async () => {
    expect(await linked('Keir Starmer ("we will not raise taxes," he said) spoke in Leeds on Monday.', 'Keir Starmer')).toEqual(['person:keir-starmer']);
  });
});

describe('"who happens to share a name with …" in the name’s own appositive', () => {
  it('disclaims the name; the same words about somebody else in the sentence do not', async () => {
    expect(
      await linked(
        '“Gnomes are folk art,” said Victoria Atkins, a collector from Norfolk who happens to share a name with the former health secretary.',
        'Victoria Atkins',
      ),
    ).toEqual([]);
    expect(at('Mark Carney, a retired miner who shares his name with the Canadian prime minister, led the walk.', 'Mark Carney')).toBe(true);
    expect(at('Mark Carney, the prime minister, met John Smith, who shares a name with a footballer.', 'Mark Carney')).toBe(false);
  });
});
