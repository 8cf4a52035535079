import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * Names a sentence gives to things, to performers and to teams (lib/entities/named-by.ts, thing-cues.ts stageName,
 * us-state-context.ts namesTeam): a list of names given in a passive, a name somebody performs under, a state's name before its
 * team's nickname and a result. Sentences written for these tests, not taken from the trap fixture.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('names given to things, taken by performers and borne by teams', () => {
  it('"the new ferries are called X, Y and Z": the things, every name of the list', async () => {
    expect(await linked('The three new ferries are called Kenya, Jersey and Malta, the operator said.', 'Jersey')).toEqual([]);
    expect(await linked('The three new ferries are called Kenya, Jersey and Malta, the operator said.', 'Malta')).toEqual([]);
  });
  it('a place’s own kind named so keeps the place', async () => {
    expect(await linked('The islands are called Fiji, Samoa and Tonga.', 'Samoa')).toEqual(['country:ws']);
  });
  it('"performs under the name X", "writes under the pseudonym X": a name taken, no person', async () => {
    expect(await linked('The juggler, who performs under the name Merkel, toured Scotland in May.', 'Merkel')).toEqual([]);
    expect(await linked('A baker from Leeds writes thrillers under the pseudonym Macron.', 'Macron')).toEqual([]);
    expect(await linked('Emmanuel Macron met the juggler in Paris.', 'Emmanuel Macron')).toEqual(['person:emmanuel-macron']);
  });
  it('a shouted headline: a state with its team’s nickname and a result is the team, and so is the other side', async () => {
    expect(await linked('OHIO BUCKEYES EDGE MICHIGAN IN OVERTIME CLASSIC', 'MICHIGAN')).toEqual([]);
    expect(await linked('OHIO BUCKEYES EDGE MICHIGAN IN OVERTIME CLASSIC', 'OHIO')).toEqual([]);
    expect(await linked('Ohio Buckeyes edge Michigan in overtime classic.', 'Michigan')).toEqual([]);
  });
  it('a shouted line of no sport, or a verb of movement: the state', async () => {
    expect(await linked('MICHIGAN FARMERS EDGE TOWARD RECORD HARVEST IN DRY SUMMER', 'MICHIGAN')).toEqual(['place:michigan']);
    expect(await linked('STORMS BATTER OHIO AS MICHIGAN BRACES FOR MORE RAIN', 'MICHIGAN')).toEqual(['place:michigan']);
  });
});
