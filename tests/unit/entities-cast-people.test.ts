import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';
import { lookup } from './support/mention-at';

/** The parts actors play (lib/entities/cast-people.ts), on sentences written for this file. */
const people = (text: string) => namesOf('person', text, lookup);

describe('a part an actor plays is a person (issue 18)', () => {
  it('a full name, "as", then the part', async () => {
    expect(await people('The tour starred Michael Quimsby as Velzimov and Rachel Torvald as Amaranthe.')).toEqual(
      expect.arrayContaining(['Velzimov', 'Amaranthe']),
    );
    expect(await people('The cast also includes Brelvan Stoeke as Quarrender, with a new score.')).toContain('Quarrender');
  });

  it('not an office, a role, a known place, nor without a given name or a word of the stage', async () => {
    expect(await people('The board named Jane Quimsby as Director and Mark Torvald as Treasurer.')).toEqual(
      expect.not.arrayContaining(['Director', 'Treasurer']),
    );
    expect(await people('The firm listed Brelvan Stoeke as Quarrender in its filing.')).not.toContain('Quarrender');
    expect(await people('The film starred Michael Quimsby as London.')).not.toContain('London');
  });
});
