import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

/** Recall where the meaning is clear (session 25): a US state after its town, a place in a headline shouted in capitals. */
const linked = async (text: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.fromDataset).flatMap((e) => e.mentions.map((m) => `${text.slice(m.start, m.end)}=${e.id}`));
};

describe('a US state after its town and a comma, the dataset giving its bare name to a country or a city (address-state.ts)', () => {
  it('the state, in mixed case, a dateline and a shouted headline', async () => {
    expect(await linked('A pharmacist from Valdosta, Georgia, was named teacher of the year.')).toContain('Georgia=place:georgia');
    expect(await linked('The couple now run a bakery in Dalton, Georgia.')).toContain('Georgia=place:georgia');
    expect(await linked('She was raised in Madison, Georgia, where her father farmed.')).toContain('Georgia=place:georgia');
    expect(await linked('The plant in Yakima, Washington, employs 300 people.')).toContain('Washington=place:washington');
    expect(await linked('MACON, Georgia — The county board voted on Monday to close two schools.')).toContain('Georgia=place:georgia');
    expect(await linked('LOTTERY WINNER OF ALBANY, GEORGIA, GIVES PRIZE TO CHURCH')).toContain('GEORGIA=place:georgia');
  });

  it('not the country’s own towns, a list of countries, the capital, nor the state without a town', async () => {
    const none = (xs: string[]) => xs.filter((x) => /=place:(?:georgia|washington)$/.test(x));
    expect(none(await linked('Pipelines run from Kutaisi to Tbilisi, Georgia, and on to the coast.'))).toEqual([]);
    expect(none(await linked('Ministers from Armenia, Georgia and Azerbaijan met in Vienna.'))).toEqual([]);
    expect(none(await linked('The Georgian government in Tbilisi said protests in Zugdidi, Georgia, had ended.'))).toEqual([]);
    expect(none(await linked('He flew from Boston to Washington, D.C., for the hearing.'))).toEqual([]);
    expect(none(await linked('Dear Maria, Georgia is lovely in the spring.'))).toEqual([]);
    expect(none(await linked('SUMMIT OF ARMENIA, GEORGIA AND AZERBAIJAN ENDS IN VIENNA'))).toEqual([]);
  });
});

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
