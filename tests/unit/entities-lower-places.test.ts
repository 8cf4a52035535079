import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { listsOnly } from './support/lists-only';

/** No dataset: only the name finder's lists. */
const lookup = listsOnly;

async function places(text: string): Promise<string[]> {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.type === 'place').flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('known places in a line written all in lower case', () => {
  it('after a place preposition, several words at most', async () => {
    expect(await places('i am from mexico traveling to san francisco next week')).toEqual(['mexico', 'san francisco']);
    expect(await places("i'm doing a project on migratory birds in punjab")).toEqual(['punjab']);
  });

  it('not without the preposition', async () => {
    // (Since session 26 a listed place that is no everyday word is one after the preposition in a line with capitals too:
    // "We flew from mexico to the coast on Monday" names Mexico; lower-places.ts lowerPlacesAnywhere.)
    expect(await places('We flew from mexico to the coast on Monday.')).toEqual(['mexico']);
    expect(await places('mexico is a big country and we love it')).toEqual([]);
  });
});
