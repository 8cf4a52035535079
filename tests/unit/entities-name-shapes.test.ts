import { describe, expect, it } from 'vitest';
import { typedMentions } from './support/typed-mentions';

describe('organisation shapes (lib/entities/name-shapes.ts)', () => {
  it('takes a legal form into a firm’s name: ", Inc." after it, the full stop of "Corp."', async () => {
    expect(await typedMentions('The deal was signed with CCNG, Inc. last year.')).toContain('organization CCNG, Inc.');
    expect(await typedMentions('He sold his stake in Enron Corp. last year.')).toContain('organization Enron Corp.');
    expect(await typedMentions('She moved from the Mozilla Foundation to Google, Inc. in January.')).toContain('organization Google, Inc.');
    // A legal form alone is no firm.
    expect(await typedMentions('The magazine is called Inc. and sells well.')).toEqual([]);
  });

  it('ends a military body’s name in "Marines" as in "Army" or "Navy" ("US Marines", "Royal Marines"), not a person', async () => {
    expect(await typedMentions('US Marines moved into the city on Wednesday.')).toEqual(['organization US Marines']);
    expect(await typedMentions('Royal Marines landed on Tuesday.')).toEqual(['organization Royal Marines']);
    // Members counted are no body's name.
    expect(await typedMentions('Two Marines were hurt on Tuesday.')).toEqual([]);
  });

  it('reads a title word after an institution’s "of" as its domain, not a role: "Department of Justice", not "Minister of Justice"', async () => {
    expect(await typedMentions('The Department of Justice opened an inquiry on Monday.')).toEqual(['organization Department of Justice']);
    expect(await typedMentions('A ruling by the International Court of Justice came later.')).toEqual(['organization International Court of Justice']);
    // A role stays a role; a run cut short before another capitalised word is not an institution.
    expect(await typedMentions('The Minister of Justice spoke on Monday.')).not.toContain('organization Minister of Justice');
    expect(await typedMentions('If you are choosing the Division of General Studies, tell us why.')).not.toContain('organization Division of General');
  });

  it('keeps "and" inside an institution’s "of" part, but not before an institution of its own', async () => {
    // "and The …" opens another name.
    expect(await typedMentions('A survey by the Journal of Accountancy and The Tax Adviser found it.')).toContain('organization Journal of Accountancy');
    expect(await typedMentions('The complaint was filed with the Department of Housing and Urban Development on Monday.')).toEqual([
      'organization Department of Housing and Urban Development',
    ]);
    const two = await typedMentions('Officials of the Ministry of Trade and FBI agents met on Monday.');
    expect(two).not.toContain('organization Ministry of Trade and FBI');
  });

  it('lets a last institution head word win over an event word inside the name', async () => {
    expect(await typedMentions('The Greater Springfield Fair Housing Action Center filed a complaint.')).toContain(
      'organization Greater Springfield Fair Housing Action Center',
    );
    // An event's name stays no organisation.
    expect(await typedMentions('Crowds came to the Springfield County Fair on Sunday.')).not.toContain('organization Springfield County Fair');
  });
});

describe('regions of the world', () => {
  it('names a region a place, not where it is an adjective or a title', async () => {
    expect(await typedMentions('Conflicts in the Balkans grew and troops crossed the Sahara.')).toEqual(['place Balkans', 'place Sahara']);
    expect(await typedMentions('The ship sailed to the Mediterranean and back.')).toEqual(['place Mediterranean']);
    expect(await typedMentions('She cooks Mediterranean food at home.')).toEqual([]);
    expect(await typedMentions('He wrote about it in The Atlantic last week.')).toEqual([]);
    expect(await typedMentions('Migrants from Latin America arrived.')).toEqual(['place Latin America']);
  });
});

describe('a name that owns something after a place preposition', () => {
  it('is no place ("in Yasser Arafat’s legacy")', async () => {
    expect(await typedMentions('He cloaked himself in Yasser Arafat’s legacy.')).not.toContain('place Yasser Arafat');
    expect(await typedMentions('They opened a shop in Palo Alto last year.')).toEqual(['place Palo Alto']);
  });
});

describe('storms are no people', () => {
  it('drops a person who is the article’s storm', async () => {
    const found = await typedMentions('Hurricane Rita threatened the coast. Later, Rita packed winds of 240 kilometres an hour. Rita Ora said she was safe.');
    expect(found).not.toContain('person Rita');
    expect(found).not.toContain('person Hurricane Rita');
    expect(found).toContain('person Rita Ora');
  });
});

describe('names glued into file names, addresses and handles', () => {
  it('drops an article-built name with "_" or "@" right after it, or "@" before it', async () => {
    expect(await typedMentions('Attached: Lisa_resume.doc and Lisa_coverletter.doc')).toEqual([]);
    expect(await typedMentions('Forwarded by John Griffith@ENRON on Monday.')).not.toContain('person John Griffith');
    // "_" before a name separates credits.
    expect(await typedMentions('Director_Oh Kyeong Taek, Composer_Kim Cheol Hwan, Art Director_Park Dong Woo')).toContain('person Kim Cheol Hwan');
  });
});

describe('a name starts after an article (other-names.ts, what cannot start a name)', () => {
  it('keeps the first word after "the" ("Yesterday the British Army", "The American Dental Association")', async () => {
    expect(await typedMentions('Yesterday the British Army would go.')).toEqual(['organization British Army']);
    expect(await typedMentions('The American Dental Association recommends it.')).toContain('organization American Dental Association');
    // A heading's words after "The" still open no name.
    expect(await typedMentions('The Best French Press for a Brew')).not.toContain('organization Best French Press');
  });
});

describe('a name-shaped phrase that qualifies a thing is no person (other-names.ts)', () => {
  it('drops a shape-typed person before a noun or after a determiner, not before a verb', async () => {
    expect(await typedMentions('Sand Hill park was a great beach.')).not.toContain('person Sand Hill');
    expect(await typedMentions('Please find a worksheet for a Master Firm contract.')).not.toContain('person Master Firm');
    expect(await typedMentions('Kenyan runner Faith Kipyegon broke the world record.')).toContain('person Faith Kipyegon');
    expect(await typedMentions('He fell in love with Florence Garrard who was boarding there.')).toContain('person Florence Garrard');
  });

  it('follows no surname inside a longer name ("Star Trek film" after "Star Trek and")', async () => {
    const found = await typedMentions('2009’s Star Trek and its sequel did well. The fourth Star Trek film was greenlit.');
    expect(found.filter((m) => m === 'person Trek')).toEqual([]);
  });
});
