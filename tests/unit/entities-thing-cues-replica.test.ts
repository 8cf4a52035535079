import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';
import { thingCue } from '../../lib/entities/thing-cues';

/**
 * A replica, a scale model or a mock-up of a place is a copy, not the place (lib/entities/thing-cues.ts REPLICA_BEFORE). Sentences
 * written for these tests, not taken from the trap fixture.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);
const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return thingCue(text, { start, end: start + name.length }, text.slice(0, start).trim().split(/\s+/).pop()?.toLowerCase());
};

describe('a copy made of a place', () => {
  it('"a replica of the White House", "a scale model of Venice": the copy', async () => {
    expect(await linked('Students in Leeds built a full-size replica of the White House out of cardboard.', 'White House')).toEqual([]);
    expect(at('A scale model of Venice stands in the museum hall.', 'Venice')).toBe(true);
    expect(at('The toy shop sells a Lego mock-up of Paris.', 'Paris')).toBe(true);
  });
  it('the place itself, a model of its ways, or a copy of a paper: the place', async () => {
    expect(await linked('Tourists queued outside the White House on Sunday.', 'White House')).toEqual(['place:white-house']);
    expect(at('The Nordic model of Sweden is admired abroad.', 'Sweden')).toBe(false);
    expect(at('She posted a copy of Paris’s new rules.', 'Paris')).toBe(false);
    expect(await linked('A 1:100 replica of Vienna’s opera house took a retired teacher in Graz ten years to build.', 'Vienna')).toEqual(['place:vienna']);
  });
});
