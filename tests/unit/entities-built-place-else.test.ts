import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';
import { lookup } from './support/mention-at';
import { camelCaseBrand } from '../../lib/entities/built-place-else';

/**
 * An article-built place's mention that names a team or a thing called after a place gets no place card
 * (lib/entities/built-place-else.ts); own sentences, after the kinds the built-places audits (seeds 34 and 35) found.
 */
const places = (text: string) => namesOf('place', text, lookup);

describe('a built place that names a team or a thing gets no place card (issue 18)', () => {
  it('a city that beat another in a sentence of sport, at every mention', async () => {
    const text = 'Kyle Dorsey made 31 saves and Winnipeg defeated Nashville on Friday. Winnipeg has now won four in a row.';
    const found = await places(text);
    expect(found).not.toContain('Winnipeg');
    expect(found).not.toContain('Nashville');
  });

  it("a city's player or post, or a score after it", async () => {
    expect(await places('He was fined for shoving Pittsburgh quarterback Dale Orwin to the ground late in the game.')).not.toContain('Pittsburgh');
    expect(await places('Our reporter said Winnipeg 3, Calgary 1 was the best game of the week.')).not.toContain('Winnipeg');
  });

  it('a thing named after a place: streaming software, a vegetable', async () => {
    expect(await places('You can go live from the browser or through streaming software like Riverside, once verified.')).not.toContain('Riverside');
    expect(await places('If nobody in the family likes Brussels sprouts, do not plant them this year.')).not.toContain('Brussels');
  });

  it('the same cities as places stay', async () => {
    const text = 'She grew up in Winnipeg and later moved to Nashville, where she opened a bakery with her brother.';
    const found = await places(text);
    expect(found).toContain('Winnipeg');
    expect(found).toContain('Nashville');
  });

  it('a game held in a city, with no side named by it, stays', async () => {
    expect(await places('The final will be played in Pittsburgh on Sunday, and tickets sold out within an hour.')).toContain('Pittsburgh');
  });

  it('a word capitalised inside itself is a brand, at every mention', async () => {
    const text = 'The team rewrote the client in TypeScript last spring. Most of our tools now run in BigQuery, and the rest in TypeScript.';
    const found = await places(text);
    expect(found).not.toContain('TypeScript');
    expect(found).not.toContain('BigQuery');
  });

  it("a place's joined prefix or a neighbourhood's clipped syllables stay", async () => {
    expect(camelCaseBrand('McAllen')).toBe(false);
    expect(camelCaseBrand('DeKalb')).toBe(false);
    expect(camelCaseBrand('LaGrange')).toBe(false);
    expect(camelCaseBrand('SoHo')).toBe(false);
    expect(camelCaseBrand('SoCal')).toBe(false);
    expect(camelCaseBrand('WeWork')).toBe(true);
    expect(await places('We rented a loft in SoHo and walked to work in FiDi every morning.')).toContain('SoHo');
  });

  it('"State of" and everyday words or capitals is a report\'s title, at every mention', async () => {
    const text = 'The State of AI newsletter is published monthly. Who writes the State of AI? Its survey, State of Data Teams 2025, came out in May.';
    const found = await places(text);
    expect(found).not.toContain('State of AI');
    expect(found).not.toContain('State of Data Teams 2025');
  });

  it('"State of" and a place\'s name stays a place', async () => {
    expect(await places('The delegation flew on to the State of Velmora, where talks resumed on Monday.')).toContain('State of Velmora');
  });
});
