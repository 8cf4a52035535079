import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';
import { lookup } from './support/mention-at';

/** A signature line's name (lib/entities/signature.ts), on lines written for this file. */
const people = (text: string) => mentionsOf('person', text, lookup);

describe('the name opening a signature line (issue 18)', () => {
  it('the first two words, or three with an initial, before the firm and a telephone number or address', async () => {
    expect(await people('See you then.\nOrla Pennick Harbour Freight Partners 415-555-0182')).toEqual(['Orla Pennick']);
    expect(await people('See you then.\nDervla T. Oakes Quillon Systems dt@example.org')).toEqual(['Dervla T. Oakes']);
  });

  it('no contact on the line, a head word or a known place: no name', async () => {
    expect(await people('See you then.\nOrla Pennick Harbour Freight Partners\n')).not.toContain('Orla Pennick');
    expect(await people('See you then.\nRiverside Hospital Main Desk 415-555-0182')).toEqual([]);
  });

  it('the line after a closing, holding only a name, is the name the message is signed with', async () => {
    expect(await people('Thank you for your time.\nWarm regards,\nTrevan Quillfeather')).toEqual(['Trevan Quillfeather']);
    expect(await people('The draft is attached.\nBest wishes,\nDervla T. Oakes.')).toEqual(['Dervla T. Oakes']);
    expect(await people('See you then.\nCheers,\nOrvik')).toEqual(['Orvik']);
  });

  it('not after another line, nor a line that goes on, nor a known place or a team', async () => {
    expect(await people('We met at noon.\nTrevan Quillfeather')).toEqual([]);
    expect(await people('Regards,\nOrvik sends the draft tomorrow with the notes')).toEqual([]);
    expect(await people('Regards,\nNew York')).toEqual([]);
    expect(await people('Regards,\nThe Team')).toEqual([]);
  });

  it('a line crediting its writer: "From", "By" or "Posted by", then only a name, in lower case a given name (issue 18)', async () => {
    expect(await people('Great curry.\nThanks From Orvik')).toEqual(['Orvik']);
    expect(await people('Nice shop.\nPosted by darin')).toEqual(['darin']);
    expect(await people('Nice shop.\nBy samantha Quillfeather')).toEqual(['samantha Quillfeather']);
  });

  it('a credit line with an everyday word, a lower-case word no given name, or more after the name: no name', async () => {
    expect(await people('Go there.\nBy Car\nBy Appointment Only\nPosted by admin\nFrom Here\nby the way')).toEqual([]);
  });
});
