import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * A member of Congress named in full beside the state of the member's own seat (lib/entities/seat-state.ts). Sentences
 * written for these tests, not taken from the trap fixture.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe("a member of Congress named in full beside the own seat's state, in a short text", () => {
  it('the state in the same sentence, no two words of politics: the member', async () => {
    expect(await linked('Tammy Baldwin visited a cheese cooperative in western Wisconsin on Monday and tasted its new cheddar.', 'Tammy Baldwin')).toEqual([
      'person:tammy-baldwin',
    ]);
    expect(await linked('Lobstermen in Maine want Susan Collins to help them sell more of their catch abroad.', 'Susan Collins')).toEqual([
      'person:susan-m-collins',
    ]);
    expect(
      await linked('ATHENS, Alabama — Peanut farmers here say Tommy Tuberville has heard their worries about the price of fertiliser.', 'Tommy Tuberville'),
    ).toEqual(['person:tommy-tuberville']);
  });
  it('an appositive with a word of politics names the seat', async () => {
    expect(await linked('Tammy Baldwin, a Democrat from Wisconsin, toured a dairy farm on Monday.', 'Tammy Baldwin')).toEqual(['person:tammy-baldwin']);
  });
  it('a state whose name is also a city\'s or a country\'s ("Washington", "Georgia") is no seat named', async () => {
    expect(await linked('Maria Cantwell toured an apple orchard in central Washington on Monday.', 'Maria Cantwell')).toEqual([]);
    expect(await linked('Jon Ossoff toured a peach orchard in central Georgia on Monday.', 'Jon Ossoff')).toEqual([]);
  });
  it('another state, no state, or the state in another sentence: not linked', async () => {
    expect(await linked('Tammy Baldwin visited a cheese cooperative in northern Vermont on Monday and tasted its new cheddar.', 'Tammy Baldwin')).toEqual([]);
    expect(await linked('Tammy Baldwin visited a cheese cooperative on Monday and tasted its new cheddar.', 'Tammy Baldwin')).toEqual([]);
    expect(await linked('Tammy Baldwin visited a cheese cooperative on Monday. The cheddar is sold all over Wisconsin.', 'Tammy Baldwin')).toEqual([]);
  });
  it('a sentence of sport, or a trade said for the name: a namesake', async () => {
    expect(await linked('Tommy Tuberville coached the team to a win over Auburn in Alabama that autumn.', 'Tommy Tuberville')).toEqual([]);
    expect(await linked('Mike Rogers scored twice as Alabama beat Auburn on Saturday.', 'Mike Rogers')).toEqual([]);
    expect(await linked('Wisconsin cheesemaker Tammy Baldwin won a blue ribbon at the county fair.', 'Tammy Baldwin')).toEqual([]);
    expect(await linked('Tammy Baldwin, a cheesemaker in Wisconsin, won a blue ribbon at the county fair.', 'Tammy Baldwin')).toEqual([]);
    // (A player's move, a private person's home right after the name: "signed with", "of Louisiana".)
    expect(await linked('Chris Smith, who grew up in New Jersey, signed with the Browns on Tuesday.', 'Chris Smith')).toEqual([]);
    expect(await linked('Mike Johnson of Louisiana won the bass fishing contest on Saturday.', 'Mike Johnson')).toEqual([]);
    // (A private life's words before the state: where a person was raised or lives, not a seat.)
    expect(await linked('Mike Johnson grew up in Louisiana and now bakes bread for a living.', 'Mike Johnson')).toEqual([]);
    expect(await linked('Susan Collins, 71, moved to Maine after the mill closed and keeps bees.', 'Susan Collins')).toEqual([]);
  });
  it('in a long article without words of politics the state is not enough', async () => {
    const filler = ' The cooperative sells cheese at markets across the region, and its members meet every month to plan the next season.'.repeat(6);
    expect(await linked(`Tammy Baldwin visited a cheese cooperative in western Wisconsin on Monday.${filler}`, 'Tammy Baldwin')).toEqual([]);
  });
});

describe('a member of Congress beside another American office-holder and a word of politics', () => {
  it('the president named unambiguously and one word of politics: the member', async () => {
    expect(
      await linked('Donald Trump hosted steelworkers at the White House on Monday, and Bernie Sanders called the tariffs a gimmick.', 'Bernie Sanders'),
    ).toEqual(['person:bernard-sanders']);
  });
  it('no word of politics, or only other members of Congress: not enough', async () => {
    expect(await linked('Donald Trump praised the Cowboys, and Chris Smith signed with the Browns.', 'Chris Smith')).toEqual([]);
    expect(await linked('Bernie Sanders and Tammy Baldwin were seen at a diner in Ohio on Sunday with the House in recess.', 'Bernie Sanders')).toEqual([]);
  });
});
