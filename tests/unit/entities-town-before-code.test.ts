import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';
import { lookup } from './support/mention-at';

/** A one-word name before ", <state code>" is the town of an address (townBeforeCode, lib/entities/state-codes.ts); own sentences. */
const people = (text: string) => namesOf('person', text, lookup);

describe('a given name before a US state code is a town, no person (issue 18)', () => {
  it('an address or a list of venues and dates', async () => {
    expect(await people('Tour dates: May 2 – Arena One, Shelby, NC May 4 – Hall Two, Tyler, TX.')).not.toContain('Shelby');
    expect(await people('The lab moved from Tyler, TX to a new site.')).not.toContain('Tyler');
  });

  it('a code that is also a word or a degree leaves the person', async () => {
    expect(await people('Dear Tyler, OK, here is the plan.')).toContain('Tyler');
  });
});
