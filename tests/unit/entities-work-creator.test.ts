import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';
import { creatorOfQuotedWork } from '../../lib/entities/work-creator';

/**
 * A place's name after "by" that follows a quoted title: the work's author or band (lib/entities/work-creator.ts). Sentences
 * written for these tests, not taken from the trap fixture.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);
const at = (text: string, name: string) => {
  const start = text.lastIndexOf(name);
  return creatorOfQuotedWork(text, { start, end: start + name.length });
};

describe('a creator after a quoted title', () => {
  it('"<Title>" by <band>: no place', async () => {
    expect(
      await linked('A busker near the pier played "Livin\' on a Prayer" by Bon Jovi and "The Final Countdown" by Europe all afternoon.', 'Europe'),
    ).toEqual([]);
    expect(await linked('The choir in Denver closed its set with ‘Carry On Wayward Son,’ by Kansas.', 'Kansas')).toEqual([]);
    expect(at('At the wedding in Ohio the band opened with "Sister Golden Hair" by America.', 'America')).toBe(true);
  });
  it('quoted speech, a name given by somebody, a modifier after "by": left as they were', async () => {
    expect(at('The raid was described as "an act of aggression" by China.', 'China')).toBe(false);
    expect(at('The prison, dubbed the "Hanoi Hilton" by America, closed in 1973.', 'America')).toBe(false);
    expect(at('The town was voted "Best Place To Live" by Texas newspapers.', 'Texas')).toBe(false);
    expect(await linked('Her essay "Why I Left" by Texas standards was short, the judges in Austin said.', 'Texas')).toEqual(['place:texas']);
  });
});
