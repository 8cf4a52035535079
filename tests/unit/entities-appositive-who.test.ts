import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';
import { lookup } from './support/mention-at';

/** An appositive whose noun a "who" follows makes a person (personEvidence, lib/entities/name-scan.ts); own sentences. */
const people = (text: string) => namesOf('person', text, lookup);

describe('a name, then an appositive noun and "who", is a person (issue 18)', () => {
  it('"the … who", "a … who"', async () => {
    expect(await people('The best-known figure of the valley is Quorvash, the old ferryman who carried pilgrims.')).toContain('Quorvash');
    expect(await people('We spoke to Brelvik, a local farmer who grows wheat.')).toContain('Brelvik');
  });

  it("not a firm's noun, and not a clause that goes on past its subject", async () => {
    expect(await people('We visited Zorvane, the company who makes it.')).not.toContain('Zorvane');
    expect(await people('Prices rose. Additionally, the report found those who left paid more.')).not.toContain('Additionally');
  });
});
