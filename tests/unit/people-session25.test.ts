import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';
import { lookup } from './support/mention-at';

/** Person evidence of the twenty-fifth session (issue 18), on sentences written for this file. Each positive failed before its rule. */
const people = (text: string) => mentionsOf('person', text, lookup, true);

describe('surnames written in capitals in a mixed-case sentence (court opinions, rolls)', () => {
  it('are people where a list of them is the subject of a verb of people, and their other mentions follow', async () => {
    expect(await people('MARLOWE filed a dissenting opinion, in which VOSKUIJL and PENDERGAST joined. VOSKUIJL also filed a separate opinion.')).toEqual([
      'MARLOWE',
      'VOSKUIJL',
      'PENDERGAST',
      'VOSKUIJL',
    ]);
    expect(await people('In the end ABERNETHY, QUILLAN, and DROSSEL wrote to the board about the merger.')).toEqual(['ABERNETHY', 'QUILLAN', 'DROSSEL']);
  });
  it('is a surname after a given name in title case, the name from the given name on', async () => {
    expect(await people('According to the minutes, Eleanor RAVENSCROFT delivered the opinion of the panel.')).toEqual(['Eleanor RAVENSCROFT']);
  });
  it('is no person alone before its verb, nor in a shouted line, nor a known acronym', async () => {
    expect(await people('The board of UEFA said the match would be replayed next week.')).toEqual([]);
    expect(await people('The regulator OFWAT said prices rose, and later OFGEM agreed with the estimate.')).toEqual([]);
    expect(await people('MARLOWE AND VOSKUIJL JOINED THE BOARD')).toEqual([]);
    expect(await people('In the end NATO, OPEC, and UNESCO agreed on the text.')).toEqual([]);
  });
});

describe('a signature line of three name words', () => {
  it('takes the third word before a job title or where the e-mail address spells it', async () => {
    expect(await people('Thanks for the help.\nIngrid Van Dijk Consultant Brightwater Advisory Group (312) 555-0147 ivdijk@brightwater.example')).toEqual([
      'Ingrid Van Dijk',
    ]);
    expect(
      await people('See you then.\nTamsin Leigh Fairweather Quorvex Holdings - Contracts Tamsin.Fairweather@quorvex.example (555) 201-3344 Office'),
    ).toEqual(['Tamsin Leigh Fairweather']);
  });
  it('keeps two words before an everyday word of the title', async () => {
    expect(await people('See you then.\nJanelle Okafor Administrative Coordinator Quorvex Legal, Telephone: (555) 201-3344')).toEqual(['Janelle Okafor']);
  });
});

describe('a given name after "with", "to", "for", "from" or "by" and before a possessive or a gerund', () => {
  it('is a person, as tokenised text writes the possessive too', async () => {
    expect(await people("I agree with Marcus 's view of the schedule.")).toEqual(['Marcus']);
    expect(await people('We are fine with Deborah taking the lead on this.')).toEqual(['Deborah']);
  });
  it('but not a word after a preposition that is no given name', async () => {
    expect(await people('We are fine with Quorvex taking the lead on this.')).toEqual([]);
  });
});

describe('a given name in a lower-case line after a determiner and a word for a person or kin', () => {
  it('is a person ("that girl paige", "my cousin ruth")', async () => {
    expect(await people('we should ask that guy marcus from the gym about it.')).toEqual(['marcus']);
    expect(await people('i went to the lake with my cousin deborah last weekend.')).toEqual(['deborah']);
  });
  it('but not an everyday word after it', async () => {
    expect(await people('my boss will not let me leave early today at all.')).toEqual([]);
  });
});

describe('a surname with its particle after the full name', () => {
  it('keeps the particle the full name has before the surname', async () => {
    expect(await people('The actor Pieter Van Der Hoek said he was tired. Later Van Der Hoek left the show.')).toEqual(['Pieter Van Der Hoek', 'Van Der Hoek']);
    expect(await people('Hamid bin Qassar said the firm was sold. Then Bin Qassar moved to Cairo.')).toEqual(['Hamid bin Qassar', 'Bin Qassar']);
  });
});

describe('an indefinite pronoun opening a sentence', () => {
  it('is no person before a speech verb or a verb of a life', async () => {
    expect(await people('Someone told me the bakery on Hollis Street is closing.')).toEqual([]);
    expect(await people('Everybody said the soup was cold. Anyone married there knows it.')).toEqual([]);
    expect(await people('Marisol told me the bakery on Hollis Street is closing.')).toEqual(['Marisol']);
  });
});
