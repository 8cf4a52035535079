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

describe('a name before a state code in a table of towns, or a town of two words, is no person (issue 18)', () => {
  it('a row of a ranked table: a code that is also a degree, then a figure', async () => {
    const text = 'Top Small Cities Score 1. Union City, CA 94.3 2. Lowell, MA 85.3 3. Santa Clara, CA 83.1';
    expect(await people(text)).not.toContain('Lowell');
  });

  it('a town of two words before its state code', async () => {
    const text = 'Hottest markets: 11. Harlingen, TX 16.0 12. Glen Ellyn, IL 16.2 13. Cedar Park, TX 16.7';
    expect(await people(text)).not.toContain('Glen Ellyn');
  });

  it("a person's full name before a credential that is also a state's code stays", async () => {
    expect(await people('"Eat more beans," says Vanessa Mendez, MD, a gastroenterologist.')).toContain('Vanessa Mendez');
    expect(await people('"Stretch first," says Jana Rollins, DC, a chiropractor in Ohio.')).toContain('Jana Rollins');
  });
});
