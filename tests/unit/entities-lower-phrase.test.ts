import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';
import { lookup } from './support/mention-at';
import { writtenInLowerCase } from '../../lib/entities/lower-phrase';

/**
 * A built organisation's name of two words or more that the article also writes wholly in lower case is a phrase of
 * common nouns (lib/entities/lower-phrase.ts); own sentences, after the real pages' kinds ("Benefits of Hiring a Marketing
 * Agency", "Size Range | Up to 6X").
 */
const orgs = (text: string) => namesOf('organization', text, lookup);

describe('a name the article also writes in lower case is no body (issue 18)', () => {
  it('a heading capitalises a kind of firm the prose writes in lower case', async () => {
    const text = 'Why Hire a Relocation Agency? A relocation agency plans the move for you and keeps the boxes safe.';
    expect(await orgs(text)).not.toContain('Relocation Agency');
  });

  it('a label in a product list', () => {
    const text = 'Brindle Coat. Size Range: up to 6X. This brand keeps a wide size range in every season.';
    expect(writtenInLowerCase(text, 'Size Range')).toBe(true);
  });

  it('a place named by everyday words stays (organisations only)', async () => {
    expect(await namesOf('place', 'We sailed round Long Island. It is a long island.', lookup)).toEqual(['Long Island']);
  });

  it('a name written only with its capitals stays', async () => {
    const text = 'Lenders such as the Corvale Building Society cut rates. The Corvale Building Society said the cut was overdue.';
    expect(writtenInLowerCase(text, 'Corvale Building Society')).toBe(false);
  });

  it('a name given with its initials stays, whatever the prose writes', () => {
    const text = 'Courses by The Velnor Design School The Velnor Design School (TVDS) began in 2008. Pick a velnor design school near you.';
    expect(writtenInLowerCase(text, 'Velnor Design School')).toBe(false);
  });

  it('one word, or a phrase inside a longer word, is not enough', () => {
    expect(writtenInLowerCase('Amazon sells books; the amazon is a river.', 'Amazon')).toBe(false);
    expect(writtenInLowerCase('The Price Range was wide; see priceranges.', 'Price Range')).toBe(false);
  });
});
