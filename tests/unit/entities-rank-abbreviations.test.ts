import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';
import { lookup } from './support/mention-at';

/** Short forms of ranks and offices are honorifics (lib/text/words.ts HONORIFICS), on lines written for this file. */
const people = (text: string) => mentionsOf('person', text, lookup);

describe('"Cpl. Brennan", "Cllr Hobbs": a rank or an office written short before a surname makes a person (issue 18)', () => {
  it('the surname after a short rank or office is a person, with or without the full stop', async () => {
    expect(await people('Cpl. Brennan and Cmdr. Okafor were wounded in the ambush.')).toEqual(['Brennan', 'Okafor']);
    expect(await people('Cllr Hobbs voted against the plan for the bypass.')).toEqual(['Hobbs']);
    expect(await people('The case was handed over to Supt. Garvey last week.')).toEqual(['Garvey']);
    expect(await people('A letter from Msgr. Walsh was read at the service.')).toEqual(['Walsh']);
  });

  it('the rank is no part of the name', async () => {
    expect(await people('Insp Morrow found the van abandoned near the ferry port.')).toEqual(['Morrow']);
  });

  it('not "Det", which opens Danish and Norwegian names, nor a private limited company\'s "Pvt. Ltd."', async () => {
    expect(await people('Det Norske Veritas certified the hull after the refit.')).toEqual([]);
    expect(await people('The order went to Quorvix Gases Pvt. Ltd. last week.')).toEqual([]);
    expect(await people('The council approved the bypass after a long debate.')).toEqual([]);
  });
});
