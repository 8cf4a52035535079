import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';
import { animalGivenName, animalNamed } from '../../lib/entities/animal-names';

/**
 * A name in apposition to an animal's noun, or given to one after a comma (lib/entities/animal-names.ts, lib/text/animal-words.ts).
 * Sentences written for these tests, not taken from the trap fixture.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);
const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return animalNamed(text, { start, end: start + name.length }, text.slice(0, start).trim().split(/\s+/).pop());
};

describe("an animal's name", () => {
  it('after an animal noun or a breed and a comma: the animal', async () => {
    expect(await linked('Her Labrador, Dallas, found the missing hiker in the woods of Vermont.', 'Dallas')).toEqual([]);
    expect(await linked('Lost Hiker Found by Her Retriever, Houston, After Two Nights in Colorado', 'Houston')).toEqual([]);
    expect(await linked('His collie, named Houston, herds sheep on a farm in Texas.', 'Houston')).toEqual([]);
    expect(at('The sanctuary in Kent took in two donkeys, Jamaica and Peru, last spring.', 'Jamaica')).toBe(true);
    expect(at('The sanctuary in Kent took in two donkeys, Jamaica and Peru, last spring.', 'Peru')).toBe(false); // (a list's second: named-by.ts's)
  });
  it('a capital, a place list, a possessive or a modifier after the comma: the place', async () => {
    expect(await linked('Officials travelled from Zurich to the capital, Bern, on Monday.', 'Bern')).toEqual(['place:bern']);
    expect(await linked("The bear, Alaska's state mammal, is common on the islands.", 'Alaska')).toEqual(['place:alaska']);
    expect(await linked('The fox, Texas officials said, was rabid.', 'Texas')).toEqual(['place:texas']);
    expect(at('The family moved from Labrador, Newfoundland, to Ontario.', 'Newfoundland')).toBe(false);
  });
  it('a breed no place is named, capitalised, then a comma: the horse', async () => {
    expect(await linked('ZURICH — The stable in Tyrol says its Percheron, Bern, will retire next spring.', 'Bern')).toEqual([]);
    expect(at('The farmer near York says her Clydesdale, Lincoln, still pulls logs.', 'Lincoln')).toBe(true);
    expect(at('The family moved from Clydesdale, Lanarkshire, to Ontario.', 'Lanarkshire')).toBe(false);
  });
});

const given = (text: string, name: string) => {
  const start = text.indexOf(name);
  return animalGivenName(text, { start, end: start + name.length }, text.slice(0, start).trim().split(/\s+/).pop()?.toLowerCase());
};

describe('a name a verb of naming gives an animal', () => {
  it("a leader's surname given to a horse, a dog or a list of them: no person", async () => {
    expect(await linked('A Berlin cabbie named his two black mares Merkel and Scholz, and tourists love them.', 'Scholz')).toEqual([]);
    expect(await linked('In Washington, a beagle named Biden was crowned best in show.', 'Biden')).toEqual([]);
    expect(await linked('A Budapest farmer keeps three old ponies called Kossuth, Orbán and Petőfi.', 'Orbán')).toEqual([]);
    expect(given('She named her new kittens Paris and Rome.', 'Rome')).toBe(true);
  });
  it('a verb of naming that appoints, or no animal: the person stays', async () => {
    expect(await linked('In Budapest, the party named Orbán as its candidate for prime minister.', 'Orbán')).toEqual(['person:viktor-orban']);
    expect(given('The horses named Orbán’s allies in parliament.', 'Orbán')).toBe(false);
    expect(given('In Berlin, voters named Merz and Scholz as their favourites.', 'Scholz')).toBe(false);
    expect(await linked('The horse-racing magazine named Texas its top state for breeders.', 'Texas')).toEqual(['place:texas']);
  });
  it('names chosen later in the sentence for animals a verb of naming asked for: no person', async () => {
    expect(await linked('The zoo in Paris let pupils name its two baby otters, and they chose Biden and Macron.', 'Macron')).toEqual([]);
    expect(given('Asked to name the new foals, the stable lads picked Merz and Scholz.', 'Scholz')).toBe(true);
  });
  it('a choice with no animal to name, or a name given to a person: the person stays', async () => {
    expect(given('The school group chose Merz and Macron as the topic of their debate.', 'Macron')).toBe(false);
    expect(given('They had to name a captain, and the squad chose Scholz.', 'Scholz')).toBe(false);
  });
});

describe('after "pet", a noun that is often something else ("python", "rat", "boxer")', () => {
  it('"pet python, Montana,": the animal', async () => {
    expect(await linked('At the pub in Devon, the landlord’s pet python, Alaska, sleeps in a tank behind the bar.', 'Alaska')).toEqual([]);
    expect(at('Her pet rat, Boston, rides on her shoulder to the shop.', 'Boston')).toBe(true);
  });
  it('the same noun without "pet", or "pet" before another noun: not read so', () => {
    expect(at('The python, Montana officials said, was found in a shed.', 'Montana')).toBe(false);
    expect(at("The mayor's pet project, Atlanta, is late.", 'Atlanta')).toBe(false);
  });
});

describe('names given in a passive, a list or a quote about an animal', () => {
  it('"her ferrets are called X, Y and Z": no person, no place', async () => {
    expect(await linked('His two old donkeys are called Merkel and Scholz, and children feed them carrots.', 'Scholz')).toEqual([]);
    expect(await linked('Their three goats were named Biden, Macron and Pickle after a family vote.', 'Macron')).toEqual([]);
    expect(given('The ponies are called Paris, Rome and Berlin.', 'Berlin')).toBe(true);
  });
  it('a quote that opens with the name, "said … of the poodle": the animal', async () => {
    expect(await linked('"Kenya was a nervous wreck at first," the trainer said of her rescue greyhound.', 'Kenya')).toEqual([]);
    expect(animalGivenName('“Houston slept through the whole show,” said owner Jo Hart of the spaniel.', { start: 1, end: 8 }, null)).toBe(true);
  });
  it('a quote about anything else, or a passive of people: the name stays', async () => {
    expect(await linked('"Georgia will not bow to pressure," the minister said of the talks.', 'Georgia')).toEqual(['country:gg']);
    expect(animalGivenName('“Houston has a problem,” said the engineer of the launch.', { start: 1, end: 8 }, null)).toBe(false);
    expect(given('The candidates are called Merkel and Scholz.', 'Scholz')).toBe(false);
  });
});
