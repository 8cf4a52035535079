import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

/** Recall where the meaning is clear (session 25): a place in a headline shouted in capitals. */
const linked = async (text: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.fromDataset).flatMap((e) => e.mentions.map((m) => `${text.slice(m.start, m.end)}=${e.id}`));
};

describe('a dataset place in a headline shouted in capitals, after a word of place (shouted.ts)', () => {
  it('after "IN", "AT", "FROM", "OF", or beside another place with "AND"', async () => {
    expect(await linked('STORMS CUT POWER TO HOMES IN OREGON AND IDAHO')).toEqual(expect.arrayContaining(['OREGON=place:oregon', 'IDAHO=place:idaho']));
    expect(await linked('MARATHON IN BRISBANE DRAWS RECORD FIELD')).toContain('BRISBANE=place:brisbane');
    expect(await linked('JAZZ FESTIVAL AT MONTREAL SELLS OUT IN A DAY')).toContain('MONTREAL=place:montreal');
    expect(await linked('BAKER OF HOUSTON WINS NATIONAL PIE CONTEST')).toContain('HOUSTON=place:houston');
  });

  it('not a longer name, an everyday word, a given name, a venue, or "OF" after an institution’s head', async () => {
    const places = async (t: string) => (await linked(t)).filter((x) => /=(?:place|country):/.test(x));
    expect(await places('PANDAS ARRIVE AT TORONTO ZOO AS CROWDS WAIT')).toEqual([]);
    expect(await places('LECTURER AT UNIVERSITY OF CHICAGO WINS AWARD')).toEqual([]);
    expect(await places('IN FOCUS: THE BATTLE FOR THE SOUTH')).toEqual([]);
    expect(await places('STORM IN CHARLOTTE AS TEAM WAITS')).toEqual([]);
    expect(await places('ROW IN PARIS HILTON CASE DELAYS HEARING')).toEqual([]);
    expect(await places('Floods hit towns in Oregon and Idaho')).toEqual(expect.arrayContaining(['Oregon=place:oregon', 'Idaho=place:idaho']));
  });
});
