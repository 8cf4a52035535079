import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * Kinds of wrong article-built people found by the audit of seed 29 (links-judged-2026-12-07-s29.json). Sentences written for
 * these tests, with other names than the real pages'.
 */
const person = async (text: string, surface: string) => (await mentionAt(text, surface)).e?.type === 'person';

describe('a one-word name the article names only after "by" or "according to"', () => {
  it('is no person: a firm, a site or a brand stands there as often', async () => {
    expect(await person('According to a study by Quorvane titled “2024 App Survey,” 48% of firms spent over $100,000.', 'Quorvane')).toBe(false);
    expect(await person('Demand for drives will grow by a third by 2030, according to Propvane.', 'Propvane')).toBe(false);
    expect(await person('The most common sizes are 23.6mm by Velcoro and 22.2mm by Dremmon for crop sensors.', 'Dremmon')).toBe(false);
  });
  it('but a given name, one called "his" or "her", a person’s act or a second person keeps it a person', async () => {
    const picks = 'Moon Colony Chosen by Fiona. It is a game you always lose. Tides of Torment Chosen by Esmay. It is my top pick.';
    expect(await person(picks, 'Fiona')).toBe(true);
    expect(await person(picks, 'Esmay')).toBe(true);
    expect(await person('Coffee was discovered in Ethiopia by Kaldor, a goat herder. He saw that his goats danced after eating the berries.', 'Kaldor')).toBe(
      true,
    );
    // (A passive's "by" alone is no person's evidence for one word — "a study by Clutch", "Photo by Pixabay", "favoured by Newcombe":
    // built-person-doubt.ts, issue 18's built-people audits; a work's or a choice's maker, "Chosen by Esmay", stays.)
    expect(await person('The later date can only be right if a leap month was added that year, but this was favoured by Newcombe.', 'Newcombe')).toBe(false);
    expect(await person('Georges returned to Geneva, accompanied by Rosane, an 18 year old who was the daughter of a friend.', 'Rosane')).toBe(true);
    expect(await person('A new report by Pawlen and Rivera said the talks ended late.', 'Pawlen')).toBe(true);
  });
  it('and a speaker after or before the verb stays a person', async () => {
    expect(await person('“We will rebuild the market,” Saqib said on Tuesday.', 'Saqib')).toBe(true);
    expect(await person('“The deal is done,” says Tarlo, who led the talks.', 'Tarlo')).toBe(true);
  });
});

describe('a one-word name made a person by weak evidence only', () => {
  it('is no person where a firm’s goods follow it somewhere ("Aman hotels", "the Soneva brand")', async () => {
    expect(await person('The resort was founded by the owners of the Velmora brand. Velmora opened a second resort in 2001 on an atoll.', 'Velmora')).toBe(
      false,
    );
    expect(await person('Framing their settings, Velmora hotels are renowned. In 2001, Velmora opened a second resort on an atoll.', 'Velmora')).toBe(false);
  });
  it('nor where it is shaped as a compound with a lower-case part or an adjective in -sable, -zable, -ible', async () => {
    expect(await person('Pros: Hassle-free claims and free quotes. Cons: a maximum issue age.', 'Hassle-free')).toBe(false);
    expect(await person('Meta-analyses have suggested that self-compassion is related to well-being.', 'Meta-analyses')).toBe(false);
  });
  it('but a person’s possessions, a capitalised compound or "Grable" keep it a person', async () => {
    expect(await person('Velmora said the painting was hers. Velmora’s brother sold it in 1990.', 'Velmora')).toBe(true);
    expect(await person('Moholy-Nagy taught at the Bauhaus and moved to Chicago in 1937.', 'Moholy-Nagy')).toBe(true);
    expect(await person('In the film, Grable sang two songs, and she danced in a third.', 'Grable')).toBe(true);
  });
});

describe('a name of two or three words typed by its shape alone', () => {
  it('is no person when its first word is an everyday English word and no given name', async () => {
    expect(await person('If you want the simplest setup: Choose Podia or Teachable.', 'Choose Podia')).toBe(false);
    expect(await person('Red wines: Pinot Noir and Merlot are the most planted.', 'Pinot Noir')).toBe(false);
    expect(await person('New episodes are out each Monday on YouTube, Apple Podcasts, Spotify and all major platforms.', 'Apple Podcasts')).toBe(false);
  });
  it('but a given name first, one that is also a word ("Will"), a verb of a life after or a naming word before keeps it a person', async () => {
    expect(await person('Mason Rudolph threw two passes, and Maurkice Pouncey blocked for him.', 'Maurkice Pouncey')).toBe(true);
    expect(await person('The band met Vasek Pospisil at the airport.', 'Vasek Pospisil')).toBe(true);
    expect(await person('“It was an attempt to mislead voters,” Will Moy, chief executive of the charity, wrote.', 'Will Moy')).toBe(true);
    expect(await person('According to exit polls, Mitt Romney had a ten-point lead among the group.', 'Mitt Romney')).toBe(true);
    expect(await person('My name is Visit Phunnarungsi.', 'Visit Phunnarungsi')).toBe(true);
  });
});

describe('a family name written first, after the dataset person’s full name', () => {
  it('is that person’s later mention, not a person built apart', async () => {
    const text = 'President Xi Jinping of China spoke on Monday. Xi said the talks went well.';
    const at = text.indexOf('Xi said');
    const xi = (await mentionAt(text, 'Xi Jinping')).e;
    expect(xi?.id).toBe('person:xi-jinping');
    expect(xi?.mentions.some((m) => m.start === at && m.end === at + 2)).toBe(true);
  });
  it('but a given name first, or the word named before the full name, stays apart', async () => {
    const before = 'Xi said the talks went well. Later, President Xi Jinping of China spoke to reporters.';
    expect((await mentionAt(before, 'Xi'))?.e?.id).toBeNull();
    const joe = 'President Joe Biden spoke on Monday. Joe said the talks went well.';
    const biden = (await mentionAt(joe, 'Joe Biden')).e;
    expect(biden?.mentions.some((m) => m.start === joe.indexOf('Joe said'))).toBe(false);
  });
});
