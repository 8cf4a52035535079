import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';
import { listsOnly } from './support/lists-only';

/** No dataset: only the name finder's lists. */
const lookup = listsOnly;

const places = (text: string) => mentionsOf('place', text, lookup, true);

describe('a one-word place placed surely is that place at its mentions nearby', () => {
  it('after a conquest, "near" or what only a place has, the later bare mentions are the place', async () => {
    expect(await places('Troops occupied Tarvessa in spring. By summer the outskirts of Tarvessa were quiet, and traders avoided Tarvessa.')).toEqual([
      'Tarvessa',
      'Tarvessa',
      'Tarvessa',
    ]);
  });

  it('not after a weak placing ("in Zorvex"), not opening a sentence, not after an "of" no place explains, not far away', async () => {
    expect(await places('The tool is written in Zorvex. Zorvex compiles slowly, but the Zorvex team is helpful.')).toEqual(['Zorvex']);
    // ("in Rust": an everyday word of the lexicon after the preposition is no place at all since session 31, place-words.ts.)
    expect(await places('The tool is written in Rust. Rust compiles slowly, but the Rust team is helpful.')).toEqual([]);
    expect(await places('Settlers reached the island of Vardo at dawn. Vardo is also a board game.')).toEqual(['Vardo']);
    expect(await places('Settlers reached the island of Vardo at dawn. We played a game of Vardo later.')).toEqual(['Vardo']);
    const near = 'Troops occupied Kelbrin at dawn. Later the critics praised Kelbrin.';
    expect(await places(near)).toEqual(['Kelbrin', 'Kelbrin']);
    const far = `Troops occupied Kelbrin at dawn. ${'Nothing else happened that year. '.repeat(20)}Later the critics praised Kelbrin.`;
    expect(await places(far)).toEqual(['Kelbrin']);
  });
});

describe('a word the article places surely is no person for a verb of a life alone', () => {
  const people = (text: string) => mentionsOf('person', text, lookup, true);
  it('"the northern town of X … such as X received": the town, not a person', async () => {
    const text = 'Riots broke out in the northern town of Kelbrin on Monday. Towns such as Kelbrin received little aid from the capital.';
    expect(await people(text)).toEqual([]);
    expect(await places(text)).toEqual(['Kelbrin', 'Kelbrin']);
  });
  it('a person named by a verb of a life stays where no mention is placed so', async () => {
    expect(await people('Riots broke out near the harbour on Monday. Later Kelbrin received a medal from the mayor.')).toEqual(['Kelbrin']);
  });
});
