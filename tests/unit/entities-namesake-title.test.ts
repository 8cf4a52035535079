import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * A title of the person's own office right before a full name keeps an ordinary appositive after it the office-holder's
 * (lib/entities/namesakes.ts describedAsSomebodyElse). Sentences written for these tests, not taken from the trap fixture.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe("an appositive after a full name with the person's own title before it", () => {
  it('the office-holder, whatever the appositive says of his life', async () => {
    expect(await linked('Former prime minister Gordon Brown, a longtime patron, opened the new library in Kirkcaldy on Friday.', 'Gordon Brown')).toEqual([
      'person:gordon-brown',
    ]);
  });
  it('no title, or a trade before the name: the appositive describes a namesake', async () => {
    expect(await linked('Gordon Brown, a longtime patron, opened the new library in Kirkcaldy on Friday.', 'Gordon Brown')).toEqual([]);
    expect(await linked('Plumber Gordon Brown, a longtime patron, opened the new library in Kirkcaldy on Friday.', 'Gordon Brown')).toEqual([]);
  });
});

describe('an appositive after a regnal name', () => {
  it('a trade in the appositive after a name without a regnal number: still a namesake', async () => {
    expect(await linked('Anthony Albanese, a plumber from Sydney, opened the new gallery.', 'Anthony Albanese')).toEqual([]);
  });
  it('a name with a regnal number: the monarch, whatever the appositive says of his life', async () => {
    expect(await linked('Charles III, a keen beekeeper, toured the honey show on Tuesday.', 'Charles III')).toEqual(['person:charles-iii']);
  });
});

describe("a family's numeral after a surname is no regnal number", () => {
  it('a trade in the appositive: a namesake', async () => {
    expect(await linked('Carlos Dominguez III, a retired plumber from Manila, won the pub quiz on Friday.', 'Carlos Dominguez III')).toEqual([]);
  });
});
