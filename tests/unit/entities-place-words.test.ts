import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';

const places = (text: string) => namesOf('place', text);

describe('one capitalised word after a place preposition (lib/entities/place-words.ts)', () => {
  it('is no place where the article writes the word in lower case', async () => {
    // A heading's topic, a season, a tool: each written in lower case elsewhere in the same text.
    expect(await places('Robots in Farming. Farming has changed, and robots now help with farming chores.')).toEqual([]);
    expect(await places('The garden looks best in Autumn, when autumn rain turns the leaves.')).toEqual([]);
    expect(await places('Most of the team now works in Sketchbook, and a sketchbook app is on every tablet.')).toEqual([]);
  });

  it('is still a place where the article never writes it in lower case', async () => {
    expect(await places('The ferry took them from the coast to an inn in Brevask, where they stayed the night.')).toEqual(['Brevask']);
    expect(await places('Robots in Farming. She grew up in Vellmore and learned farming there.')).toEqual(['Vellmore']);
  });

  it('is still a place when a listed city is written in lower case too', async () => {
    // Web text is not always capitalised; the city list (a city of 100,000 people or more) vouches for the name.
    expect(await places('We drove through noida at dawn and by noon were back in Noida for lunch.')).toContain('Noida');
  });
});

describe("a people's plural after a place preposition is no place", () => {
  it('"modelled in Peruvians": no place', async () => {
    expect(await places('The show was modelled in Peruvians, not in Chileans, the director said.')).toEqual([]);
    expect(await places('The show was filmed in Talvera, not in Peruvians.')).toEqual(['Talvera']);
  });
});
