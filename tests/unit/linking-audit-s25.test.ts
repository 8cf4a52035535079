import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { reportsAsMedium } from '../../lib/entities/outlet-context';
import { lookup } from './support/mention-at';

/** Issue 18, precision: the kinds of error read in the seed-25 and seed-124 links audits (tests/fixtures/links-judged-2026-12-06-s25.json, -s124.json). */
const linked = async (text: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.fromDataset).flatMap((e) => e.mentions.map((m) => `${text.slice(m.start, m.end)}=${e.id}`));
};
const ids = async (text: string, surface: string) => (await linked(text)).filter((x) => x.startsWith(`${surface}=`));
const span = (text: string, surface: string) => ({ start: text.indexOf(surface), end: text.indexOf(surface) + surface.length });

describe('an outlet called by a weak name, continued by a capitalised word: the cue of reporting is the longer name’s (outlet-context.ts)', () => {
  it.each([
    'Her 2018 study has now been cited more than 1,600 times according to Google Scholar. It also jumpstarted her career.',
    'His h-index is 40, according to Google Scholar, though citation counts vary between databases.',
  ])('no news outlet: %s', async (text) => {
    expect(await ids(text, 'Google')).toEqual([]);
  });

  it.each([
    ['The figure rose, according to Google Scholar, though counts vary.', 'Google'],
    ['The findings were published in Nature Communications last week.', 'Nature'],
    ['Shares slid 4%, according to Yahoo Finance, before recovering.', 'Yahoo'],
  ])('reportsAsMedium reads the longer name: %s', (text, surface) => {
    expect(reportsAsMedium(text, span(text, surface))).toBe(false);
  });

  it('the outlet itself still reports: its name alone, before a weekday or a month, before its own staff', async () => {
    expect(await ids('The drug failed in a second trial, according to Nature.', 'Nature')).toEqual(['Nature=outlet:nature.com']);
    expect(await ids('The findings were published in Nature on Wednesday.', 'Nature')).toEqual(['Nature=outlet:nature.com']);
    expect(await ids('The drug works, according to Nature Editor Magdalena Skipper.', 'Nature')).toEqual(['Nature=outlet:nature.com']);
    const weekday = 'Prices rose, according to Nature Monday.';
    expect(reportsAsMedium(weekday, span(weekday, 'Nature'))).toBe(true);
    const month = 'The paper appeared, published in Nature November 2019 issue.';
    expect(reportsAsMedium(month, span(month, 'Nature'))).toBe(true);
  });
});

describe('a one-word name before a head’s tenure is a head of state’s or government’s (leader-pairs.ts tenureHolders)', () => {
  it.each([
    'Hillary Clinton said on Tuesday that the United States must act. Unlike the Nixon and Clinton impeachment proceedings, this inquiry has no special prosecutor.',
    'Hillary Clinton, who was born in Chicago, spoke in Iowa. She defended the Clinton administration’s record on trade.',
    'Hillary Clinton spoke in Iowa. The Clinton and Obama administrations both tried.',
  ])('not Hillary Clinton’s card, though she is named in full: %s', async (text) => {
    const clinton = await ids(text, 'Clinton');
    expect(clinton).not.toContain('Clinton=person:hillary-clinton');
    // (Where it links, it is the president's: the article names his country.)
    expect(clinton.every((x) => x === 'Clinton=person:william-clinton')).toBe(true);
  });

  it('the person named in full keeps the surname elsewhere, and a head keeps his tenure', async () => {
    expect(await ids('Hillary Clinton toured Ohio. The Clinton campaign denied it.', 'Clinton')).toContain('Clinton=person:hillary-clinton');
    expect(await ids('Hillary Clinton toured Ohio. Clinton said the administration had failed.', 'Clinton')).toContain('Clinton=person:hillary-clinton');
    expect(await ids('Joe Biden spoke in Delaware. The Biden administration urged schools to act.', 'Biden')).toContain('Biden=person:joe-biden');
    expect(await ids('Barack Obama spoke in Chicago. Obama’s administration had tried the same.', 'Obama')).toContain('Obama=person:barack-obama');
  });
});

describe('a state’s bare name that the dataset gives a city: one reading as the state makes the article’s other mentions the state, unless it spells the city out (us-state-context.ts)', () => {
  it.each([
    ['Wildfires burned across Washington state this week. Crews in Washington said the fires were contained near Spokane.', 'Washington'],
    [
      'Producers to look out for: Eyrie, Elk Cove, Cristom\n\nWashington\n\nThe state of Washington in the Pacific northwest is second after California in terms of importance for wine. Washington is becoming recognised globally for the production of fine cabernet.',
      'Washington',
    ],
    ['A New York man pleaded guilty on Tuesday to threatening a congresswoman, the U.S. Attorney for the Western District of New York said.', 'New York'],
  ])('no card of the city: %s', async (text, surface) => {
    const cards = await ids(text, surface);
    expect(cards.filter((x) => x.endsWith('place:washington-d-c') || x.endsWith('place:new-york'))).toEqual([]);
  });

  it('the city stays where the article spells it out, or where nothing reads as the state', async () => {
    const spelt = 'The Michelin stars are back in New York. Below are the New York City honorees; upstate New York got one too.';
    expect(await ids(spelt, 'New York')).toContain('New York=place:new-york');
    const capital = 'Lawmakers in Washington, D.C., passed the bill. Sen. Patty Murray of Washington state voted no. The vote in Washington came late.';
    expect(await ids(capital, 'Washington')).toContain('Washington=place:washington-d-c');
    expect(await ids('He moved to New York in 2010 and opened a bakery in Brooklyn.', 'New York')).toEqual(['New York=place:new-york']);
  });
});

describe('a name at a street corner, the other street named as one, is a street’s (meant-else.ts)', () => {
  it.each([
    ['Located on the corner of Washington and 1st St., they offer stretch therapy and cold plunges.', 'Washington'],
    ['The fire started near the corner of Oregon and 12th Street on Monday.', 'Oregon'],
    ['The corner of Michigan and Wacker Drive is the busiest in the Loop.', 'Michigan'],
  ])('no card: %s', async (text, surface) => {
    expect(await ids(text, surface)).toEqual([]);
  });

  it('not where no street is named: continents at a corner, a state’s corner, a name and a street in two clauses', async () => {
    expect(await ids('Istanbul sits at the corner of Europe and Asia.', 'Europe')).toEqual(['Europe=place:europe']);
    expect(await ids('The corner of Texas is dry in summer.', 'Texas')).toEqual(['Texas=place:texas']);
    expect(await ids('We met in Washington and 1st Street was closed.', 'Washington')).toEqual(['Washington=place:washington-d-c']);
  });
});

describe('a US state’s name the dataset gives a city, in brackets where brackets hold states elsewhere in the article (state-kinds.ts)', () => {
  it('the state, not the capital', async () => {
    const table = '11 | UW Foster School of Business (Washington) | 10 | 645\n14 | Carlson School of Management (Minnesota) | 11 | 600';
    expect(await ids(table, 'Washington')).toEqual([]);
    expect(await ids(table, 'Minnesota')).toEqual(['Minnesota=place:minnesota']);
  });

  it('the capital stays where no state stands in brackets', async () => {
    expect(await ids('Delegates from the capital (Washington) and from Ottawa (Canada) met.', 'Washington')).toEqual(['Washington=place:washington-d-c']);
  });
});
