import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * A building that also names the body inside it, after a preposition of where one is, is a place (lib/entities/building-venue.ts,
 * asked by classify-name.ts). Sentences written for these tests; made-up names where the dataset may know a real one.
 */
const typed = async (text: string, surface: string) => {
  const { e } = await mentionAt(text, surface);
  return e ? e.type : null;
};

describe('a cathedral, an abbey, a museum one is at', () => {
  it('is a place', async () => {
    expect(await typed('The bishop led the service at Marwick Cathedral on Sunday.', 'Marwick Cathedral')).toBe('place');
    expect(await typed('Staff at the Quellan Museum walked out on Monday.', 'Quellan Museum')).toBe('place');
    expect(await typed('The couple married in Dunmere Abbey last spring.', 'Dunmere Abbey')).toBe('place');
  });
  it('the body that acts, gives or takes, or is named "of" something, stays an organisation', async () => {
    expect(await typed('The Quellan Museum said it would reopen in May.', 'Quellan Museum')).toBe('organization');
    expect(await typed('The painting was donated to the Quellan Museum.', 'Quellan Museum')).toBe('organization');
    expect(await typed('She works for the Quellan Museum of Art.', 'Quellan Museum of Art')).toBe('organization');
  });
  it('a church or an office stays the body: "in the Catholic Church", "at the Foreign Office"', async () => {
    expect(await typed('He served as a priest in the Marwick Church for years.', 'Marwick Church')).toBe('organization');
  });
  it('a name a known place opens stays the organisation it was (a place of that name would be doubted away)', async () => {
    expect(await typed('They met at the Chicago Design Museum on Friday.', 'Chicago Design Museum')).toBe('organization');
  });
});
