import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';
import { lookup } from './support/mention-at';

/** A one-word name after a compass word or "New" opening its run is that longer name's word (scanRuns, lib/entities/name-scan.ts); own sentences. */
const people = (text: string) => namesOf('person', text, lookup);

describe('the word after North, South or New is no one-word person (issue 18)', () => {
  it('a given name that ends a place name or a product name', async () => {
    expect(await people('We drove to South Carolina in June.')).not.toContain('Carolina');
    expect(await people('She studied at the University of North Carolina for a year.')).not.toContain('Carolina');
    expect(await people('The launch of New Glenn from Florida was delayed.')).not.toContain('Glenn');
  });

  it('a given name after other words that open sentences still counts', async () => {
    expect(await people('Thanks Carolina, the cake was lovely.')).toContain('Carolina');
  });
});
