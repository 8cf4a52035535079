import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { listsOnly } from './support/lists-only';

/** No dataset: only the name finder's lists. */
const lookup = listsOnly;

/** "type surface" for every mention, in text order. */
async function mentions(text: string): Promise<string[]> {
  const { entities } = await findEntities(text, lookup);
  return entities
    .flatMap((e) => e.mentions.map((m) => ({ at: m.start, s: `${e.type} ${text.slice(m.start, m.end)}` })))
    .sort((a, b) => a.at - b.at)
    .map((x) => x.s);
}

describe('organisation shapes (lib/entities/name-shapes.ts)', () => {
  it('takes a legal form into a firm’s name: ", Inc." after it, the full stop of "Corp."', async () => {
    expect(await mentions('The deal was signed with CCNG, Inc. last year.')).toContain('organization CCNG, Inc.');
    expect(await mentions('He sold his stake in Enron Corp. last year.')).toContain('organization Enron Corp.');
    expect(await mentions('She moved from the Mozilla Foundation to Google, Inc. in January.')).toContain('organization Google, Inc.');
    // A legal form alone is no firm.
    expect(await mentions('The magazine is called Inc. and sells well.')).toEqual([]);
  });

  it('ends a military body’s name in "Marines" as in "Army" or "Navy" ("US Marines", "Royal Marines"), not a person', async () => {
    expect(await mentions('US Marines moved into the city on Wednesday.')).toEqual(['organization US Marines']);
    expect(await mentions('Royal Marines landed on Tuesday.')).toEqual(['organization Royal Marines']);
    // Members counted are no body's name.
    expect(await mentions('Two Marines were hurt on Tuesday.')).toEqual([]);
  });

  it('reads a title word after an institution’s "of" as its domain, not a role: "Department of Justice", not "Minister of Justice"', async () => {
    expect(await mentions('The Department of Justice opened an inquiry on Monday.')).toEqual(['organization Department of Justice']);
    expect(await mentions('A ruling by the International Court of Justice came later.')).toEqual(['organization International Court of Justice']);
    // A role stays a role; a run cut short before another capitalised word is not an institution.
    expect(await mentions('The Minister of Justice spoke on Monday.')).not.toContain('organization Minister of Justice');
    expect(await mentions('If you are choosing the Division of General Studies, tell us why.')).not.toContain('organization Division of General');
  });

  it('keeps "and" inside an institution’s "of" part, but not before an institution of its own', async () => {
    // "and The …" opens another name.
    expect(await mentions('A survey by the Journal of Accountancy and The Tax Adviser found it.')).toContain('organization Journal of Accountancy');
    expect(await mentions('The complaint was filed with the Department of Housing and Urban Development on Monday.')).toEqual([
      'organization Department of Housing and Urban Development',
    ]);
    const two = await mentions('Officials of the Ministry of Trade and FBI agents met on Monday.');
    expect(two).not.toContain('organization Ministry of Trade and FBI');
  });

  it('lets a last institution head word win over an event word inside the name', async () => {
    expect(await mentions('The Greater Springfield Fair Housing Action Center filed a complaint.')).toContain(
      'organization Greater Springfield Fair Housing Action Center',
    );
    // An event's name stays no organisation.
    expect(await mentions('Crowds came to the Springfield County Fair on Sunday.')).not.toContain('organization Springfield County Fair');
  });
});

describe('regions of the world', () => {
  it('names a region a place, not where it is an adjective or a title', async () => {
    expect(await mentions('Conflicts in the Balkans grew and troops crossed the Sahara.')).toEqual(['place Balkans', 'place Sahara']);
    expect(await mentions('The ship sailed to the Mediterranean and back.')).toEqual(['place Mediterranean']);
    expect(await mentions('She cooks Mediterranean food at home.')).toEqual([]);
    expect(await mentions('He wrote about it in The Atlantic last week.')).toEqual([]);
    expect(await mentions('Migrants from Latin America arrived.')).toEqual(['place Latin America']);
  });
});

describe('a name that owns something after a place preposition', () => {
  it('is no place ("in Yasser Arafat’s legacy")', async () => {
    expect(await mentions('He cloaked himself in Yasser Arafat’s legacy.')).not.toContain('place Yasser Arafat');
    expect(await mentions('They opened a shop in Palo Alto last year.')).toEqual(['place Palo Alto']);
  });
});

describe('storms are no people', () => {
  it('drops a person who is the article’s storm', async () => {
    const found = await mentions('Hurricane Rita threatened the coast. Later, Rita packed winds of 240 kilometres an hour. Rita Ora said she was safe.');
    expect(found).not.toContain('person Rita');
    expect(found).not.toContain('person Hurricane Rita');
    expect(found).toContain('person Rita Ora');
  });
});

describe('names glued into file names, addresses and handles', () => {
  it('drops an article-built name with "_" or "@" right after it, or "@" before it', async () => {
    expect(await mentions('Attached: Lisa_resume.doc and Lisa_coverletter.doc')).toEqual([]);
    expect(await mentions('Forwarded by John Griffith@ENRON on Monday.')).not.toContain('person John Griffith');
    // "_" before a name separates credits.
    expect(await mentions('Director_Oh Kyeong Taek, Composer_Kim Cheol Hwan, Art Director_Park Dong Woo')).toContain('person Kim Cheol Hwan');
  });
});

describe('a name starts after an article (other-names.ts, what cannot start a name)', () => {
  it('keeps the first word after "the" ("Yesterday the British Army", "The American Dental Association")', async () => {
    expect(await mentions('Yesterday the British Army would go.')).toEqual(['organization British Army']);
    expect(await mentions('The American Dental Association recommends it.')).toContain('organization American Dental Association');
    // A heading's words after "The" still open no name.
    expect(await mentions('The Best French Press for a Brew')).not.toContain('organization Best French Press');
  });
});

describe('a name-shaped phrase that qualifies a thing is no person (other-names.ts)', () => {
  it('drops a shape-typed person before a noun or after a determiner, not before a verb', async () => {
    expect(await mentions('Sand Hill park was a great beach.')).not.toContain('person Sand Hill');
    expect(await mentions('Please find a worksheet for a Master Firm contract.')).not.toContain('person Master Firm');
    expect(await mentions('Kenyan runner Faith Kipyegon broke the world record.')).toContain('person Faith Kipyegon');
    expect(await mentions('He fell in love with Florence Garrard who was boarding there.')).toContain('person Florence Garrard');
  });

  it('follows no surname inside a longer name ("Star Trek film" after "Star Trek and")', async () => {
    const found = await mentions('2009’s Star Trek and its sequel did well. The fourth Star Trek film was greenlit.');
    expect(found.filter((m) => m === 'person Trek')).toEqual([]);
  });
});
