import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

/**
 * Outlets whose names are everyday words ("Star", "Today", "The National", "Daily News") were linked
 * inside longer names: "Star Wars" carried a Turkish daily's card, "The National Assembly" an Emirati
 * paper's. An outlet's name inside a longer capitalised name is a word of that name; the outlet's own
 * longer forms ("Xinhua News Agency") and a year before it ("2019 Associated Press") are not.
 */
const outlets = async (text: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.fromDataset && e.type === 'outlet').map((e) => e.name);
};

describe('an outlet inside a longer name is not the outlet', () => {
  it('titles, institutions and other papers that contain an outlet’s name link to no outlet', async () => {
    for (const text of [
      'Fans queued overnight for the new Star Wars film.',
      'The fourth Star Trek film was announced on Tuesday.',
      'The National Assembly resumed its sitting after a minute of silence.',
      'Experts on jail suicide told USA TODAY that checks were skipped.',
      'The chain owns the New York Daily News and the Kansas City Star.',
      'Participants completed the “7 Days of Calm” program first.',
      'The Star of David was painted on the wall.',
    ])
      expect(await outlets(text), text).toEqual([]);
  });

  it('the outlet itself, and its own longer forms, still link', async () => {
    expect(await outlets('The man was infected, according to the state-run Xinhua News Agency.')).toEqual(['Xinhua']);
    expect(await outlets('Copyright 2019 Associated Press. All rights reserved.')).toEqual(['The Associated Press']);
  });
});

/**
 * Outlets called by an everyday word or a short acronym ("Focus", "Index", "HR" of Croatia's HRT,
 * "CT", "RSS") link only where the sentence uses the name as a medium's. On wcxb-dev's article
 * pages such names were most outlet links, nearly all wrong: "HR" in human-resources copy,
 * "Focus on …", "Index funds", "CT scans", "TL;DR", "RSS feeds", and "Arabic" in a list of
 * languages as People's Daily (an edition's language read as a name of the paper).
 */
describe('an outlet named by an everyday word or an acronym links only as a medium', () => {
  it('everyday words, acronyms and languages in ordinary copy link to no outlet', async () => {
    for (const text of [
      'As your business grows, your HR needs evolve and outsourced HR firms can help.',
      'Focus on warm, flattering tones in the living room.',
      'Index funds track major financial markets at a low cost.',
      'Doctors ordered MRI, CT and PET scans before the operation.',
      'TL;DR: the new release is faster.',
      'Think of it this way: RSS is your known network of feeds.',
      'The app supports English, French, Italian, Arabic and Japanese.',
      'Cash flow assesses incoming and outgoing money.',
      'The rapid rise of CCTV pipe inspection technology helps plumbers.',
      'Nutrients like omega-3 DHA are found in fish.',
      'Apps in Apple’s App Store and Google’s Play Store are many.',
      'Consoles include PlayStation, Xbox, and Leap TV.',
      'ONVIF (Open Network Video Interface Forum) sets the standards.',
      'Each seller offers an ABI between the JS and the Wasm, with NBT metadata and RTB exchanges.',
    ])
      expect(await outlets(text), text).toEqual([]);
  });

  // (An outlet on Kagi's list or ours, not state-controlled, whose own name is an acronym — "CNN",
  // "ESPN" — still links alone; China's "CCTV" and Turkey's "DHA" do not: "CCTV pipe inspection", "omega-3 DHA".)
  it('the same names used as media still link', async () => {
    expect(await outlets('"The answers were rife with lies," Caroline Hawley, BBC diplomatic correspondent, wrote.')).toEqual(['BBC News']);
    expect(await outlets('As Emily Feng reports for NPR, the first cases came to light in December.')).toEqual(['National Public Radio']);
    expect(await outlets('"We have set up a vegetable garden," a farmer from Rajshahi told BSS on Sunday.')).toEqual(['Bangladesh Sangbad Sangstha']);
    expect(await outlets('The Hungarian site Index reported on Monday that the ministry had cancelled the contract.')).toEqual(['Index']);
    expect(await outlets('The story was first reported by the German magazine Focus.')).toEqual(['Focus']);
    expect(await outlets('Media companies such as Reuters, CNN and the BBC have signed the deal.')).toEqual(
      expect.arrayContaining(['Reuters', 'CNN', 'BBC News']),
    );
    expect(await outlets('Hrvatska radiotelevizija has a new director. HRT said its budget would grow.')).toEqual(['Hrvatska radiotelevizija']);
  });
});

/**
 * Brands whose news is a sideline (the media list's own description calls them a gaming brand, a web
 * services provider, or names "Google News" under "Google"): the console, the search engine or the
 * company is not a news outlet. On wcxb-dev's articles "Google" alone had 428 links as "news outlet".
 */
describe('a name papers the world over share, or a state-controlled outlet by its acronym, links as a medium only with its country named', () => {
  it('"The Chronicle says" in a US story is not Zimbabwe’s paper; "CNS reported" of Christian News Service is not China News Service', async () => {
    expect(await outlets('The Chronicle says he was arrested a block away.')).toEqual([]);
    expect(await outlets('Christian News Service reported the news. CNS reported Monday that the U.S. had accepted refugees.')).toEqual([]);
  });
  it('"The Post has learned" in a New York story is not New Zealand’s The Post, even under its own full name', async () => {
    expect(await outlets('The mayor ditched her escort, The Post has learned, and went home to New York.')).toEqual([]);
    expect(await outlets('Honorable mentions: Phantom Thread, The Post, The Shape of Water and Logan Lucky.')).toEqual([]);
    expect(await outlets('In Wellington, The Post has learned that the minister will resign. New Zealand voters were told on Monday.')).toEqual(['The Post']);
  });
  it('with the country named, they link', async () => {
    expect(await outlets('In Zimbabwe, The Chronicle reported that the minister resigned.')).toEqual(['The Chronicle']);
    expect(await outlets('Chinese officials told CNS on Monday that talks would resume.')).toEqual(['China News Service']);
  });
});

describe('a brand whose news is a sideline links only as a medium', () => {
  it('the company or the product links to no outlet card', async () => {
    for (const text of [
      'Google has bought CloudSimple, a start-up, for an undisclosed sum.',
      'It plays more titles in native 4K than the last Xbox did.',
      'First, let’s say what the Yahoo sale is not.',
    ])
      expect(await outlets(text), text).toEqual([]);
  });
  it('a firm that speaks, is told things or has tools of its own is no medium: only reporting makes a weak name one', async () => {
    for (const text of [
      'Google says the controller will eventually work wirelessly with phones.',
      'In every row you are essentially telling Google what the product costs.',
      'If I worked for Google, I would be embarrassed by this.',
      'According to Google’s keyword tool there are 880 searches per month.',
      'It integrates well with Fire TV, Google TV, and Apple TV devices.',
    ])
      expect(await outlets(text), text).toEqual([]);
    expect(await outlets('According to Yahoo News, the spokesman said on Friday that she would sign it.')).toEqual(['Yahoo']);
    expect(await outlets('The mayor resigned, Focus reported on Monday.')).toEqual(['Focus']);
  });
});

describe('a country acronym other than US, UK, USA and UAE names the country only where the article names it otherwise', () => {
  const countries = async (text: string) => {
    const { entities } = await findEntities(text, lookup);
    return entities.filter((e) => e.fromDataset && (e.type === 'country' || e.type === 'place')).map((e) => e.name);
  };
  it('"PR", "PNG", "AS", "DRC" in ordinary copy are no countries', async () => {
    for (const text of [
      'Former royal PR aides called it a disaster.',
      'Export the chart as a PNG file.',
      'SELECT avg(n) FROM t AS n;',
      'If DRC passes with no errors, the configuration is valid.',
    ])
      expect(await countries(text), text).toEqual([]);
  });
  it('an organisation’s acronym too ("CIS benchmarks", "AU and NZ"), unless its name is in the article or every reader knows it', async () => {
    const orgs = async (text: string) =>
      (await findEntities(text, lookup)).entities.filter((e) => e.fromDataset && e.type === 'organization').map((e) => e.name);
    expect(await orgs('The CIS Cybersecurity Best Practices are free.')).toEqual([]);
    expect(await orgs('Stories in AU and NZ were tested.')).toEqual([]);
    expect(await orgs('The African Union met. The AU said it would send troops.')).toEqual(['African Union']);
    expect(await orgs('The UN said so.')).toEqual(['United Nations']);
  });
  it('with the country named, and for the acronyms every reader knows, they are', async () => {
    expect(await countries('Voters in Puerto Rico went to the polls. PR turnout was low.')).toEqual(['Puerto Rico']);
    expect(await countries('US stocks fell on Monday.')).toEqual(['United States']);
  });
});

describe('an outlet of a country outside the English-language press, by a one-word title', () => {
  it('links only as a medium, listed with outlets, or with its country named', async () => {
    expect(await outlets('The Mir space station re-entered the atmosphere in 2001.')).toEqual([]);
    expect(await outlets('Eurasia and North America were once joined by land.')).toEqual([]);
    expect(await outlets('Mir reported that the talks had stalled.')).toEqual(['Mir']);
    expect(await outlets('In Moscow, Mir said the talks had stalled.')).toEqual(['Mir']);
    // (An outlet alleges as it says; a source credit in brackets alone on its line is a dateline's.)
    expect(await outlets('Mir alleged that the talks had stalled.')).toEqual(['Mir']);
    expect(await outlets('The talks had stalled, officials said.\n(Mir)\nMore to follow.')).toEqual(['Mir']);
    expect(await outlets('The talks had stalled (Mir) and more.')).toEqual([]);
  });
  it('an English-language outlet by its title needs none of that', async () => {
    expect(await outlets('Check Reddit for other popular builds.')).toEqual(['Reddit']);
  });
});
