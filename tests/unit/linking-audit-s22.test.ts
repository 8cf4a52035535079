import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

/** Issue 18, precision: kinds of error read in the seed-22 links audit (tests/fixtures/links-judged-2026-12-06-s22.json). */
const linked = async (text: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.fromDataset).flatMap((e) => e.mentions.map((m) => `${text.slice(m.start, m.end)}=${e.id}`));
};
const ids = async (text: string, surface: string) => (await linked(text)).filter((x) => x.startsWith(`${surface}=`));

describe('a quoted title given to a work, a product or a venue (quoted-title.ts)', () => {
  it.each([
    ['The band toured Portugal that spring. Late one night a demo came in called “Lisbon (Stay Awhile)” and everybody wept.', 'Lisbon'],
    ['Moreno grew up in Spain, and her second single, titled “Madrid (Reprise)”, reached number four.', 'Madrid'],
    ['The gallery in Germany shows a photograph entitled “Berlin, 1989” by an unknown hand.', 'Berlin'],
    ['Her debut album, titled “Vienna, Forever”, sold well in Austria.', 'Vienna'],
    ['Visitors to Japan queue for a cocktail simply called “Tokyo (No. 2)” at the hotel bar.', 'Tokyo'],
  ])('a work called, titled or entitled “X (…)”, not the place: %s', async (text, surface) => {
    expect(await ids(text, surface)).toEqual([]);
  });

  it('not a place called so, words quoted after an active "called", nor "so-called"', async () => {
    expect(await ids('Crowds marched against what officials called “Russia’s war” on the border.', 'Russia')).toEqual(['Russia=country:rs']);
    expect(await ids('The band toured Portugal and played a small hall in Lisbon on Friday.', 'Lisbon')).toEqual(['Lisbon=place:lisbon']);
    expect(await ids('The region of Germany that its rulers once called “Prussia” is gone; Berlin remains its capital.', 'Berlin')).toEqual([
      'Berlin=place:berlin',
    ]);
  });

  it('nor an article-built place: the quoted title is no place at all (other-names.ts)', async () => {
    const text = 'At the last minute a demo came in called “Lisbon (Stay Awhile)” and everybody wept.';
    const { entities } = await findEntities(text, lookup);
    expect(entities.filter((e) => e.type === 'place' && e.mentions.some((m) => text.slice(m.start, m.end) === 'Lisbon'))).toEqual([]);
  });
});
