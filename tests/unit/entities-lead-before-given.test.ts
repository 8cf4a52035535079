import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';
import { lookup } from './support/mention-at';

/** A role, party or label run on before a given name is no word of the name (leadBeforeGiven, lib/entities/not-people.ts); own sentences. */
const people = (text: string) => namesOf('person', text, lookup);

describe('the word before a given name that opens a run is no part of the name (issue 18)', () => {
  it('a role or label first: the person from the given name on', async () => {
    const names = await people('Tycoon Harold Quibbleton has spoken about the deal.');
    expect(names).toContain('Harold Quibbleton');
    expect(names).not.toContain('Tycoon Harold Quibbleton');
  });

  it('not a place or a thing named with a given name in it', async () => {
    expect(await people('We stayed in San Rafael Quorvo for a week.')).not.toContain('Rafael Quorvo');
    expect(await people('The Taking Cara Babies classes are popular.')).toEqual([]);
  });
});
