import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';
import { lookup } from './support/mention-at';

/** How web text and mail name people (issue 18), on sentences written for this file. */
const people = (text: string) => mentionsOf('person', text, lookup, true);
const places = (text: string) => mentionsOf('place', text, lookup, true);

describe('an Arabic surname written later without its joined article', () => {
  it('is the person named in full before', async () => {
    expect(await people('Hamid al-Qasimi chaired the meeting. Later, Qasimi’s deputy read the minutes.')).toEqual(['Hamid al-Qasimi', 'Qasimi']);
    expect(await people('Warda el-Tahiry wrote the report. The critics of Tahiry were few.')).toEqual(['Warda el-Tahiry', 'Tahiry']);
  });

  it('not a word before the full name', async () => {
    expect(await people('Qasimi Street is closed. Hamid al-Qasimi chaired the meeting.')).toEqual(['Hamid al-Qasimi']);
  });
});

describe('"I" after a given name', () => {
  it('is the writer before a verb it takes, not a king’s number', async () => {
    expect(await people('Trevor I think the plan works.')).toEqual(['Trevor']);
    expect(await people('Marcy I for one am glad you came.')).toEqual(['Marcy']);
  });

  it('stays a number after a title, or before what a king did', async () => {
    expect(await people('King Osric I ruled the valley.')).toEqual(['Osric I']);
    expect(await people('The chronicle says Osric I died young.')).toEqual(['Osric I']);
  });
});

describe('a given name in lower case where mail puts a name', () => {
  it('alone on the line after a closing, or after a greeting', async () => {
    expect(await people('See you at the depot.\nCheers,\nterry')).toEqual(['terry']);
    expect(await people('The invoice is attached.\nthanks\n- wendy')).toEqual(['wendy']);
    expect(await people('hi gordon, the truck left at noon.')).toEqual(['gordon']);
  });

  it('not an everyday word, nor a word that is no given name', async () => {
    expect(await people('See you at the depot.\nRegards,\nwill')).toEqual([]);
    expect(await people('hi everyone, the truck left at noon.')).toEqual([]);
    expect(await people('The truck left.\nCheers,\nbye')).toEqual([]);
    // (Not after a line that closes nothing.)
    expect(await people('The truck left at noon.\nterry')).toEqual([]);
  });
});

describe('a name its shape alone made a person’s, listed between places', () => {
  it('is a place', async () => {
    expect(await places('We drove through Boston, Arvo Lindel, Chicago and Denver.')).toContain('Arvo Lindel');
    expect(await people('We drove through Boston, Arvo Lindel, Chicago and Denver.')).toEqual([]);
    expect(await places('Stops: Paris, Vienna and Arvo Lindel.')).toContain('Arvo Lindel');
  });

  it('not a name other evidence made a person’s, nor one with a place on one side only', async () => {
    expect(await people('Stops in Paris, Marla Vance, Vienna and Rome.')).toEqual(['Marla Vance']);
    expect(await people('Guests from Paris and Arvo Lindel came.')).toEqual(['Arvo Lindel']);
  });
});

describe('a name introduced as a person’s', () => {
  it('after "my name is", or a word only people are called by and "named" or "called"', async () => {
    expect(await people('Good evening, my name is Oyelade Brun and I sell tiles.')).toEqual(['Oyelade Brun']);
    expect(await people('We met a guy named Quillon at the fair.')).toEqual(['Quillon']);
    expect(await people('Our guide, a woman called Nkemdi, knew every street.')).toEqual(['Nkemdi']);
  });

  it('not after a thing’s or a place’s kind', async () => {
    expect(await people('They hired a firm named Quillon to build it.')).toEqual([]);
    expect(await people('Her niece had a doll named Quillon.')).toEqual([]);
  });
});

describe('one asked for by name', () => {
  it('is a person, a one-word name ending its phrase', async () => {
    expect(await people('When you get there, ask for Brinley and mention the coupon.')).toEqual(['Brinley']);
  });

  it('not a longer name, nor one a noun follows', async () => {
    expect(await people('We asked for Zentrio Premium at the desk.')).toEqual([]);
    expect(await people('Be sure to ask for Zentrio cola at the bar.')).toEqual([]);
  });
});

describe('a verb said to a person, opening the sentence before a given name', () => {
  it('is no part of the name', async () => {
    expect(await people('Tell Harriet that the van is ready.')).toEqual(['Harriet']);
    expect(await people('Email Gerald the invoice before noon.')).toEqual(['Gerald']);
  });

  it('not before a word that is no given name', async () => {
    expect(await people('Email Quorvane the invoice before noon.')).not.toContain('Quorvane');
  });
});

describe('a surname that is a head word of places or bodies', () => {
  it('ends a person’s name after a given name, where a speech verb follows or an honorific stands before', async () => {
    expect(await people('Jennifer Park said the plan was sound.')).toEqual(['Jennifer Park']);
    expect(await people('We wrote to Ms. Harriet Church last week.')).toEqual(['Harriet Church']);
  });

  it('not without that evidence, nor without a given name first', async () => {
    expect(await people('We walked through Jennifer Park on Sunday.')).toEqual([]);
    expect(await people('Quorvane Park said it would reopen.')).toEqual([]);
  });
});

describe('a verb that takes a person, on the line before', () => {
  it('governs no word opening the next line (a line without its full stop ends there)', async () => {
    expect(await people('The rebels were captured and jailed\nYes, that was the rumour.')).toEqual([]);
  });

  it('still governs a name after it on its own line', async () => {
    expect(await people('The rebels captured and jailed Quorvane last spring.')).toEqual(['Quorvane']);
  });
});

describe('words of faiths and peoples together', () => {
  it('are no person’s name', async () => {
    expect(await people('Militias drawn from Sunni Arab and Kurdish clans met.')).toEqual([]);
  });

  it('but a given name first stays one', async () => {
    expect(await people('The actor Christian Okonkwo arrived.')).toEqual(['Christian Okonkwo']);
  });
});
