import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * Classes of weak evidence read from the false links of trap sets az, ba, aw, ax, ar, as, aa and ab (session 31): a place listed
 * with names that are no place, a place that does what only a person does to his or her own body or life, an event called by its
 * town. Sentences written for these tests with other names and words than the trap fixtures'.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a place listed with names that are no place (listed-with-things.ts)', () => {
  it('is a name of their kind: films, horses', async () => {
    expect(await linked('The film society showed scenes from Casablanca, Vertigo and Jaws at its gala.', 'Casablanca')).toEqual([]);
    expect(await linked('The stable’s best horses are Kentucky, Thunder and Clover.', 'Kentucky')).toEqual([]);
  });
  it('and with given names, of people or pets, it is one of them', async () => {
    expect(await linked('Osaka and Hana both won their heats at the championships in Japan.', 'Osaka')).toEqual([]);
    expect(await linked('At the fair in Germany, the puppies Berlin, Oscar and Bruno found homes.', 'Berlin')).toEqual([]);
  });
  it('but a list of places keeps them, with towns the dataset lacks too', async () => {
    expect(await linked('Delegates from Kenya, Uganda and Tanzania met in Arusha.', 'Kenya')).toEqual(['country:ke']);
    expect(await linked('Delegates from Kenya, Uganda and Tanzania met in Arusha.', 'Tanzania')).toEqual(['country:tz']);
    expect(await linked('Fans from Leeds, Otley and Ilkley travelled south.', 'Leeds')).toEqual(['place:leeds']);
    // (An everyday word among names the lexicon does not know, and a kind of place before the list.)
    expect(await linked('Tea planters in Indonesia worked the hills of Java, Flores, Timor and Bali.', 'Bali')).toEqual(['place:bali']);
    expect(await linked('The islands of Bali and Java drew most visitors to Indonesia.', 'Bali')).toEqual(['place:bali']);
  });
  it('nor is a word opening the sentence, a firm beside a country or a party after "between" an item of such a list', async () => {
    expect(await linked('Still, Paris and Rome remain the favourites.', 'Paris')).toEqual(['place:paris']);
    expect(await linked('Apple and China signed the deal.', 'China')).toEqual(['country:ch']);
    expect(await linked('A row between Apple and Brussels deepened on Monday.', 'Brussels')).toEqual(['place:brussels']);
    expect(await linked('North and South Korea held talks.', 'South Korea')).toEqual(['country:ks']);
    expect(await linked('She has visited Paris and its suburbs many times.', 'Paris')).toEqual(['place:paris']);
  });
});

describe('a place that acts on its own body or life by "his" or "her" (person-after.ts)', () => {
  it('is a person', async () => {
    expect(await linked('After the vote, Washington shook his head and left the chamber.', 'Washington')).toEqual([]);
    expect(await linked('At the funeral, Georgia wiped her eyes with a handkerchief.', 'Georgia')).toEqual([]);
  });
  it('but a government acting on somebody’s things is its place', async () => {
    expect(await linked('Washington froze his assets after the vote.', 'Washington')).toEqual(['place:washington-d-c']);
    expect(await linked('London rejected her appeal for asylum.', 'London')).toEqual(['place:london']);
    expect(await linked('A student from Houston wiped his eyes as he spoke.', 'Houston')).toEqual(['place:houston']);
  });
});

describe('an event called by its town after its edition (place-events.ts)', () => {
  it('"last year’s Dakar", "the 45th Dakar" are the rally', async () => {
    expect(await linked('Riders in last year’s Dakar lost three days to sandstorms in Saudi Arabia.', 'Dakar')).toEqual([]);
    expect(await linked('The team finished second at the 45th Dakar, its best result.', 'Dakar')).toEqual([]);
  });
  it('but the town before the event’s own noun stays', async () => {
    expect(await linked('Runners in this year’s London marathon raised money for charity in Britain.', 'London')).toEqual(['place:london']);
  });
});
