import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';
import { lookup } from './support/mention-at';

/** A one-word name opening its line as the person a message speaks to (lib/entities/vocative.ts), on lines written for this file. */
const people = (text: string) => mentionsOf('person', text, lookup);

describe('a name the message speaks to (issue 18)', () => {
  it('a name, a comma, then a request, a question or the line end', async () => {
    expect(await people('Quennell, Please see the attached draft.')).toEqual(['Quennell']);
    expect(await people('Ostrava team notes\nBrisbo,\nthe draft is attached.')).toEqual(['Brisbo']);
  });

  it('adverbs, closings and everyday words opening a line are no names', async () => {
    expect(await people('Anyway, I sent the draft.\nFrankly, I liked it.')).toEqual([]);
    expect(await people('The draft is attached.\nRegards,\nSincerely,\n')).toEqual([]);
    expect(await people('Update, Please read: the update is below.')).toEqual([]);
  });

  it('a greeting, then the name and a comma, a dash or "!"', async () => {
    expect(await people('Hey Brisbo,\nDo you still have the file?')).toEqual(['Brisbo']);
    expect(await people('Good Morning Quennell -\nI have attached the draft.')).toEqual(['Quennell']);
    expect(await people('It was simple.\nThanks Brisbo!')).toEqual(['Brisbo']);
  });

  it('a greeting before an everyday word, a title or a phrase list is no name', async () => {
    expect(await people('Dear Readers,\nWe are back.')).toEqual([]);
    expect(await people('Dear Sir,\nI write to you.')).toEqual([]);
    expect(await people('Thank you Arigato\nGood Morning Ohayou\nGood afternoon Konnichiwa')).toEqual([]);
  });

  it('a name, a comma and "you", or a postscript\'s mark before the name (issue 18)', async () => {
    expect(await people('Quennell, you are the best!')).toEqual(['Quennell']);
    expect(await people('The file is below.\nP.S. Brisbo, Please, call me.')).toEqual(['Brisbo']);
  });

  it('an answer, an interjection or an everyday word before ", you" is no name', async () => {
    expect(await people('Yes, you can.\nAgain, you are wrong.\nOverall, you get value.\nOkay, you win.')).toEqual([]);
  });
});
