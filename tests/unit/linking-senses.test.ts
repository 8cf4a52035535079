import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

/** Senses of a place's name that are not the place (names-judged-2026-12-05 sample), each by a general rule; sentences written for these tests. */
const linked = async (text: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.fromDataset).map((e) => e.id ?? '');
};

describe('a place’s name in another sense', () => {
  it('a place named in a list of companies is a company: "firms like Amazon, Meta and Netflix"', async () => {
    expect(await linked('In Colombia the course is backed by firms like Amazon, Meta and Netflix, the organisers said.')).not.toContain('place:meta');
    expect(await linked('Bogotá’s new hub has sponsors, including companies such as Meta and Spotify.')).not.toContain('place:meta');
    expect(await linked('In Colombia, Amazon, Meta and other tech companies hire engineers.')).not.toContain('place:meta');
    // (the department needs its country named; it stays where no list of companies stands around it)
    expect(await linked('Villavicencio is the capital of Meta, a department in eastern Colombia.')).toContain('place:meta');
  });

  it('a city’s or state’s name with a win-loss record or a score is its team: "Chicago fell to 3-5", "Chicago 3, Detroit 2"', async () => {
    expect(await linked('The Bears lost again on Sunday, and Chicago fell to 3-5 after the defeat.')).not.toContain('place:chicago');
    expect(await linked('Their goalie made 31 stops as New York improved to 9-2-1 this month.')).not.toContain('place:new-york');
    expect(await linked('Chicago (4-6) travels to Green Bay next week.')).not.toContain('place:chicago');
    expect(await linked('Late results: Chicago 3, Detroit 2 and Ottawa 5, Boston 1.')).not.toContain('place:chicago');
    expect(await linked('Late results: Detroit 2, Chicago 3 after a shootout.')).not.toContain('place:chicago');
    expect(await linked('Chicago fell to a record low temperature on Sunday, Illinois forecasters said.')).toContain('place:chicago');
  });

  it('what a state grants — a registered business entity, a licence — is the state, not the city', async () => {
    expect(await linked('Applicants must be a registered business entity in New York to bid.')).not.toContain('place:new-york');
    expect(await linked('Only agents licensed in New York may sell these policies.')).not.toContain('place:new-york');
    expect(await linked('She opened a bakery in New York last spring.')).toContain('place:new-york');
  });
});
