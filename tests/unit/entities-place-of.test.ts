import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';
import { listsOnly } from './support/lists-only';

/** No dataset: only the name finder's lists. */
const lookup = listsOnly;

const places = (text: string) => mentionsOf('place', text, lookup);

describe('what only a place has, and "of"', () => {
  it('a ruler, an officer, the inhabitants, the quarters or the compass of a name make it a place', async () => {
    expect(await places('Letters from the kings of Zorvath swore loyalty to the pharaoh.')).toEqual(['Zorvath']);
    expect(await places('Most inhabitants of Brelton voted to rebuild the bridge.')).toEqual(['Brelton']);
    expect(await places('The farm lies a few miles northwest of Quenby and floods each spring.')).toEqual(['Quenby']);
  });

  it('not a people, an adjective, a longer name or what a firm has too', async () => {
    expect(await places('The army resisted an invasion of Trolls for a month.')).toEqual([]);
    expect(await places('He grew up in the streets of Georgian Bristol.')).not.toContain('Georgian');
    expect(await places('She became head of Marlowe after the merger.')).toEqual([]);
  });
});

describe('what armies conquer', () => {
  it('a one-word name after a verb of conquest is a place', async () => {
    expect(await places('In the spring the king invaded Velmora and annexed its coast.')).toEqual(['Velmora']);
    expect(await places('For two years the legions besieged Tarvessa without success.')).toEqual(['Tarvessa']);
  });

  it('not after "captured" (people are captured too), nor a possessive', async () => {
    expect(await places('Rebels captured Halvorsen near the border post.')).toEqual([]);
    expect(await places('The troops occupied Drenna’s farm for a week.')).toEqual([]);
  });
});

describe('a listed city placed by a kind of place and "of"', () => {
  it('"the city of X" places a city of the longer list as surely as "in X"', async () => {
    // (Ramadi is on the city list; before, only "in"/"near" or ", State" after it placed such a one-word city.)
    expect(await places('Gunmen stormed a checkpoint in the western city of Ramadi overnight.')).toEqual(['Ramadi']);
    expect(await places('Two soldiers were hurt after the army occupied Ramadi last week.')).toEqual(['Ramadi']);
  });

  it('not a listed city after an "of" no kind of place explains', async () => {
    expect(await places('She wrote a short history of Ramadi cooking for the magazine.')).toEqual([]);
  });
});

describe('a kind of place in lower case after the name', () => {
  it('"X district", "the X area", "X province" make a one-word name a place', async () => {
    expect(await places('Police detained two men from Kelbrook district on Monday.')).toEqual(['Kelbrook']);
    expect(await places('Prices rose fastest in the Quellmore area last year.')).toEqual(['Quellmore']);
  });

  it('not a faith or a people before it, nor another word after the name', async () => {
    expect(await places('Most shops in the Druze village were closed.')).toEqual([]);
    expect(await places('Most shops in the Arab district were closed.')).toEqual([]);
    expect(await places('He met Kelbrook districtwide officials.')).toEqual([]);
  });
});
