import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * Wrong dataset links found by a sweep of the real pages' links in the session-27 audit (helper 163), one kind each: a city a
 * manager "managed" (its club), a lead in the standings over a state's name (its team), a list under a label of nebulae (named
 * after places), a city's name after a shop and "on" (its street). Sentences written for these tests.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a city a manager "managed" is its club', () => {
  it('"managed Porto, Real Madrid and Inter Milan"', async () => {
    expect(await linked('Mourinho, who also managed Porto, Real Madrid and Inter Milan, has turned down several offers.', 'Porto')).not.toContain(
      'place:porto',
    );
    expect(await linked('He managed Lyon and Marseille before retiring.', 'Lyon')).not.toContain('place:lyon');
  });
  it('but a country managed is its national side, its card', async () => {
    expect(await linked('Scolari, who managed Brazil and Portugal, was unveiled on Monday.', 'Brazil')).toEqual(['country:br']);
  });
  it('and a city not ending its phrase after "managed" is not read so', async () => {
    expect(await linked('She managed Lyon operations for the bank in France for a decade.', 'Lyon')).toEqual(['place:lyon']);
  });
});

describe('a lead in the standings over a state’s name is its team’s', () => {
  it('"a one-game lead in the West Division on Wisconsin"', async () => {
    const text = 'Minnesota hosts the Wildcats on Saturday, with a one-game lead in the West Division on Wisconsin.';
    expect(await linked(text, 'Wisconsin')).not.toContain('place:wisconsin');
    expect(await linked('The Buckeyes hold a two-game lead over Michigan in the East.', 'Michigan')).not.toContain('place:michigan');
  });
  it('but a lead in the state is the state', async () => {
    expect(await linked('The governor holds a four-point lead in Wisconsin, a new poll found.', 'Wisconsin')).toEqual(['place:wisconsin']);
  });
});

describe('a list under a label of nebulae', () => {
  it('"Wide-field nebulae: North America, Heart & Soul, Rosette" names nebulae', async () => {
    expect(await linked('Best use cases\n- Wide-field nebulae: North America, Heart & Soul, Rosette, California Nebula', 'North America')).toEqual([]);
    expect(await linked('- Large emission nebulae: Rosette, North America, Heart & Soul', 'North America')).toEqual([]);
  });
  it('but a list under another label keeps its places', async () => {
    expect(await linked('Markets: North America, Europe and Asia.', 'North America')).toEqual(['place:north-america']);
  });
});

describe('a city’s name after a shop and "on" is its street', () => {
  it('"a celebrated store on Houston, …"', async () => {
    expect(await linked('From a barrel to a celebrated brick-and-mortar store on Houston, Joel Russ made history in New York.', 'Houston')).toEqual([]);
  });
  it('but a shop "in" the city, or the city going on with its possessive, is the city', async () => {
    expect(await linked('From a barrel to a celebrated store in Houston, Joel Russ made history in Texas.', 'Houston')).toEqual(['place:houston']);
    expect(await linked('They opened a shop on Houston’s east side, near the Texas ship channel.', 'Houston')).toEqual(['place:houston']);
  });
});

describe('a business’s head word alone before "of" and a place is a firm’s name', () => {
  it('"Moving of America" is a movers’ firm, not the country', async () => {
    expect(await linked('5. Moving of America Total Reviews: 106 Average Rating: 3.8', 'America')).toEqual([]);
    expect(await linked('Moving of America is more than just your friendly local moving company.', 'America')).toEqual([]);
  });
  it('but not after another capitalised word, nor in lower case', async () => {
    expect(await linked('Her film was shown in the National Pavilion of Ireland at the Venice Biennale.', 'Ireland')).toEqual(['country:ei']);
    expect(await linked('The people of America deserve better, the senator said.', 'America')).toEqual(['country:us']);
  });
});

describe('a city before "as (an assistant) coach" names its club or college', () => {
  it('"returned to Georgetown as an assistant coach" (a tuning trap)', async () => {
    const text = 'Patrick Ewing returned to Georgetown as an assistant coach, four decades after leading the Hoyas to the national title.';
    expect(await linked(text, 'Georgetown')).toEqual([]);
    expect(await linked('Ralf Rangnick went back to Leipzig as head coach in 2018.', 'Leipzig')).not.toContain('place:leipzig');
  });
  it('but a country so is its national side, and "as coach of …" keeps the city', async () => {
    expect(await linked('Luis Enrique returned to Spain as coach after a year away.', 'Spain')).toEqual(['country:sp']);
    expect(await linked('He moved to Madrid as manager of the national team in 2018.', 'Madrid')).toEqual(['place:madrid']);
  });
});
