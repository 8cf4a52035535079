import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';
import { playedByMachine } from '../../lib/entities/music-source';

/**
 * Names a jukebox, a playlist, a radio or a stereo plays: bands', not places' (lib/entities/music-source.ts). Sentences written for
 * these tests, not taken from the trap fixture.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);
const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return playedByMachine(text, { start, end: start + name.length }, text.slice(0, start).trim().split(/\s+/).pop());
};

describe('names a music machine plays', () => {
  it("a list after a jukebox's or a playlist's verb: the bands", async () => {
    expect(await linked('The old jukebox in the corner plays Boston, Texas and Europe, and the coffee is free.', 'Texas')).toEqual([]);
    expect(await linked('The old jukebox in the corner plays Boston, Texas and Europe, and the coffee is free.', 'Europe')).toEqual([]);
    expect(at('The gym runs on a playlist heavy on Kansas and Chicago.', 'Chicago')).toBe(true);
    expect(at('Her car stereo blared Alabama all the way to the coast.', 'Alabama')).toBe(true);
  });
  it('a DJ or a band playing towns, a machine in a place, a possessive: the place', async () => {
    expect(at('The DJ has played Ibiza, Berlin and Tokyo this year.', 'Berlin')).toBe(false);
    expect(await linked('A jukebox in Chicago plays Motown all night.', 'Chicago')).toEqual(['place:chicago']);
    expect(at('The radio played Texas’s own stations all night.', 'Texas')).toBe(false);
    expect(at('The jukebox was shipped to Chicago last week.', 'Chicago')).toBe(false);
    expect(at('The jukebox plays in Chicago every night.', 'Chicago')).toBe(false);
  });
});
