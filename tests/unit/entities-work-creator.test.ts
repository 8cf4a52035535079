import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';
import { creatorBeforeQuotedWork, creatorOfQuotedWork } from '../../lib/entities/work-creator';

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

const before = (text: string, name: string) => {
  const start = text.indexOf(name);
  return creatorBeforeQuotedWork(text, { start, end: start + name.length });
};

describe("a creator's possessive before a quoted title", () => {
  it("<band>'s “<Title>” in a sentence of a song: no place", async () => {
    expect(await linked('The retired teacher from Leeds wanted Kansas\'s "Dust in the Wind" played at her wake.', 'Kansas')).toEqual([]);
    expect(before('On the ferry to Oslo a fiddler gave us Europe’s ‘The Final Countdown’ twice.', 'Europe')).toBe(false); // (no word of a work)
    expect(before('At the wedding the band covered Europe’s ‘The Final Countdown’ twice.', 'Europe')).toBe(true);
  });
  it("a place's own campaign, a policy in lower case or its noun after the title: the place", async () => {
    expect(before('While we focus on South Dakota\'s "Meth. We\'re On It." ad campaign, the band played on.', 'South Dakota')).toBe(false);
    expect(before("Critics say Europe's 'green deal' will hurt farmers, the band said.", 'Europe')).toBe(false);
    expect(await linked('The Texas\'s "Don\'t Mess With Texas" slogan was played on the radio in Austin.', 'Texas')).toEqual(['place:texas']);
  });
});
