import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { institutionShortForm } from '../../lib/entities/institution-short';
import { lookup } from './support/mention-at';

/** Issue 18, precision: the kind of error read in the seed-23 links audit (tests/fixtures/links-judged-2026-12-06-s23.json). */
const linked = async (text: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.fromDataset).flatMap((e) => e.mentions.map((m) => `${text.slice(m.start, m.end)}=${e.id}`));
};
const ids = async (text: string, surface: string) => (await linked(text)).filter((x) => x.startsWith(`${surface}=`));
const at = (text: string, surface: string) => {
  const start = text.lastIndexOf(`${surface}’s`) >= 0 ? text.lastIndexOf(`${surface}’s`) : text.lastIndexOf(`${surface}'s`);
  return { start, end: start + surface.length };
};

describe('a place in the possessive before a person the article places at an institution named after it (institution-short.ts)', () => {
  it.each([
    ['Priya Raman, who runs a robotics lab at the University of Oregon, builds walking machines. As Oregon’s Raman put it, bodies come first.', 'Oregon'],
    ['Marco Diaz, a chemist at Arizona State University, led the work. "It surprised us," Arizona’s Diaz said on Tuesday.', 'Arizona'],
    ['The study was written by Helen Okafor of the University of Kentucky and two colleagues. Kentucky’s Okafor disagreed with the critics.', 'Kentucky'],
    ['Wen Li, an economist from the National University of Singapore, spoke first. Later Singapore’s Li returned to the subject of rents.', 'Singapore'],
  ])('the institution, not the place: %s', async (text, surface) => {
    expect(await ids(text, surface)).toEqual([]);
    expect(institutionShortForm(text, at(text, surface))).toBe(true);
  });

  it('the place stays without such a sentence: a governor, a person placed elsewhere, a university named but not theirs', async () => {
    expect(await ids('The bill passed on Monday. Oregon’s governor Tina Kotek signed it into law in Salem.', 'Oregon')).toContain('Oregon=place:oregon');
    const elsewhere = 'Lena Ortiz teaches at the University of Arizona in Tucson. In Phoenix, Arizona’s Hobbs vetoed the bill on Friday.';
    expect(await ids(elsewhere, 'Arizona')).toContain('Arizona=place:arizona');
    expect(institutionShortForm(elsewhere, at(elsewhere, 'Arizona'))).toBe(false);
    const other = 'Dana Whitfield studied at Ohio State University before moving west. Kentucky’s Whitfield now runs a farm near Lexington.';
    expect(institutionShortForm(other, at(other, 'Kentucky'))).toBe(false);
  });

  it('reads only a possessive followed by a capitalised name', () => {
    const text = 'Tom Reyes works at the University of Oregon. Oregon’s forests burned; Oregon is dry.';
    expect(institutionShortForm(text, { start: text.indexOf('Oregon’s'), end: text.indexOf('Oregon’s') + 6 })).toBe(false);
    expect(institutionShortForm(text, { start: text.lastIndexOf('Oregon'), end: text.lastIndexOf('Oregon') + 6 })).toBe(false);
  });
});
