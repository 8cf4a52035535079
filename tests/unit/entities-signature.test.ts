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
});
