import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * Things named after a place or a person (lib/entities/named-after.ts), namesakes by the article's own word,
 * hyphenated place compounds (compounds.ts) and two leaders' bare surnames side by side (leader-pairs.ts).
 * Sentences written for these tests, not taken from the trap fixture.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a product named after its place', () => {
  it('what is poured or served from a container is the product', async () => {
    expect(await linked('The waiter brought two glasses of Bordeaux and some bread.', 'Bordeaux')).toEqual([]);
    expect(await linked('Add a dash of Tabasco to the sauce.', 'Tabasco')).toEqual([]);
  });
  it('what is drunk is the drink', async () => {
    expect(await linked('At dinner they sipped a Tabasco-free Bloody Mary and uncorked a Bordeaux.', 'Bordeaux')).toEqual([]);
  });
  it('the place itself still links', async () => {
    expect(await linked('Hail damaged the vines around Bordeaux last summer.', 'Bordeaux')).toEqual(['place:bordeaux']);
  });
});

describe('a club named after its city', () => {
  it('in a match, by its score, its players or its plural verb, it is a club, not the city', async () => {
    for (const [text, word] of [
      ['Valencia 2-2 Sevilla was the pick of the weekend.', 'Valencia'],
      ['Sevilla were beaten 3-0 by Lyon at home.', 'Lyon'],
      ['Lazio midfielder Luis Alberto was booked twice.', 'Lazio'],
      ["Marseille's coach blamed the pitch.", 'Marseille'],
      ['Leeds were relegated on the final day.', 'Leeds'],
    ] as const) {
      expect(await linked(text, word), text).toEqual([]);
    }
    const club = await mentionAt('Valencia 2-2 Sevilla was the pick of the weekend.', 'Valencia');
    expect(club.e?.type).toBe('organization');
  });
  it('a national side is its country, and a city in other use stays the city', async () => {
    expect(await linked('Chile beat Peru 2-0 in Santiago.', 'Chile')).toEqual(['country:ci']);
    // (A nation that fields its own side is read as a country is, by the fixture's convention: country-evidence.ts, session 30.)
    expect(await linked('Scotland drew 1-1 with Norway in Oslo, and the UK sports minister was there.', 'Scotland')).toEqual(['place:scotland']);
    expect(await linked('Scotland drew 1-1 with Norway in Oslo.', 'Scotland')).toEqual(['place:scotland']);
    expect(await linked('Hotel prices in Lyon were up 20-30 per cent for the festival.', 'Lyon')).toEqual(['place:lyon']);
    expect(await linked('Rents in Leeds are rising fast.', 'Leeds')).toEqual(['place:leeds']);
  });
  it('a country without a national side of its own is a club in a match', async () => {
    expect(await linked('Brest lost 2-1 to Monaco on Friday.', 'Monaco')).toEqual([]);
  });
});

describe('a vessel or a building named after a place or a leader', () => {
  it("a ship's prefix or kind before the name", async () => {
    expect(await linked('The destroyer HMS Prince of Wales is not a real ship.', 'Wales')).toEqual([]);
    expect(await linked('The icebreaker Moskva was refitted in Helsinki.', 'Moskva')).toEqual([]);
    expect(await linked('Engineers inspected the carrier Shandong in port.', 'Shandong')).toEqual([]);
  });
  it("an heir's title names a territory it does not rule; a reigning prince's country stays", async () => {
    expect(await linked('Crowds greeted the Princess of Wales in Newport.', 'Wales')).toEqual([]);
    expect(await linked('Albert II, the Prince of Monaco, watched the race.', 'Monaco')).toEqual(['country:mn']);
  });
  it("a building's head after a leader's name", async () => {
    expect(await linked('Cyclists crossed the Emmanuel Macron Bridge at dawn.', 'Emmanuel Macron')).toEqual([]);
    expect(await linked('Narendra Modi opened the stadium.', 'Narendra Modi')).toEqual(['person:narendra-modi']);
  });
});

describe('a namesake by the article’s word', () => {
  it('"also called", "a … named", "no relation"', async () => {
    expect(await linked('The baker, who is also called Keir Starmer, laughs about the post.', 'Keir Starmer')).toEqual([]);
    expect(await linked('A teacher named Rachel Reeves won the prize.', 'Rachel Reeves')).toEqual([]);
    expect(await linked('Boris Johnson (no relation) coaches the under-nines.', 'Boris Johnson')).toEqual([]);
  });
  it('the officeholder still links, "named" as "appointed" too', async () => {
    expect(await linked('Keir Starmer named a new cabinet on Friday.', 'Keir Starmer')).toEqual(['person:keir-starmer']);
  });
});

describe('a place inside a hyphenated compound', () => {
  it('"-based", "-born", "-listed": the place', async () => {
    expect(await linked('The Madrid-based lender cut its forecast.', 'Madrid')).toEqual(['place:madrid']);
    expect(await linked('A Hong Kong-listed carmaker recalled 10,000 cars.', 'Hong Kong')).toHaveLength(1);
  });
  it('"-backed", "-run", "-era": whoever backs, runs or gave the era its name, by the rules of a name alone', async () => {
    expect(await linked('An Iran-backed militia claimed the attack.', 'Iran')).toEqual(['country:ir']);
    expect(await linked('The Hamas-run ministry gave the figures.', 'Hamas')).toEqual(['group:hamas']);
    expect(await linked('Joe Biden spoke on Monday. The Biden-era rules were dropped.', 'Biden-era')).toEqual(['person:joe-biden']);
    // (A bare surname still needs its person introduced.)
    expect(await linked('The Biden-era rules were dropped.', 'Biden-era')).toEqual([]);
  });
  it('not a style, and not an adjective', async () => {
    expect(await linked('They cooked a Thailand-style curry.', 'Thailand')).toEqual([]);
    expect(await linked('The Canadian-born actor won.', 'Canadian')).toEqual([]);
  });
});

describe("two leaders' bare surnames side by side", () => {
  it('each names its leader', async () => {
    expect(await linked('Modi and Erdoğan spoke by phone.', 'Modi')).toEqual(['person:narendra-modi']);
    expect(await linked('Modi and Erdoğan spoke by phone.', 'Erdoğan')).toEqual(['person:recep-tayyip-erdogan']);
  });
  it('not surnames many bear, nor one leader alone', async () => {
    expect(await linked('Johnson and Costa both scored.', 'Johnson')).toEqual([]);
    expect(await linked('Erdoğan spoke by phone.', 'Erdoğan')).toEqual([]);
  });
});
