import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * Places in headline case (lib/entities/shouted.ts plainBeside, plainAfterShouted; lib/entities/truecase.ts beforePlace, placeSaid,
 * headAhead): what links a place in prose links it in a headline too, and what a name's capitals say in prose they say there.
 * Headlines written for these tests, with other names than the trap fixtures'.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a shouted headline: plain words beside a place make no longer name of it', () => {
  it('a US state before an everyday word, after one ("ON NEVADA VINEYARDS")', async () => {
    expect(await linked('STORM DUMPS HAIL ON NEVADA VINEYARDS AS GROWERS COUNT THE COST', 'NEVADA')).toEqual(['place:nevada']);
  });
  it('a country one of whose places the line names', async () => {
    expect(await linked('FANS CHEER AS HOSTS NORWAY TAKE TWO GOLDS IN OSLO', 'NORWAY')).toEqual(['country:no']);
  });
  it('not an acronym, a given name, a venue or a product ("HELP US", "PAUL JORDAN", "LONDON ZOO", "AIR JORDAN")', async () => {
    expect(await linked("'HELP US WIN,' BEG VOLUNTEERS AFTER FLOODS CLOSE THE GROUND IN LEEDS", 'US')).toEqual([]);
    expect(await linked('SERGEANT PAUL JORDAN RETIRES AFTER THIRTY YEARS ON THE BEAT', 'JORDAN')).toEqual([]);
    expect(await linked('CHELSEA HARTLEY WINS THE VOTE AS NEW CLUB CAPTAIN', 'CHELSEA')).toEqual([]);
    expect(await linked('FLOODS CLOSE LONDON ZOO FOR A WEEK AS KEEPERS MOVE ANIMALS', 'LONDON')).toEqual([]);
    expect(await linked('SHOPPERS QUEUE FOR NEW AIR JORDAN TRAINERS AT THE MALL', 'JORDAN')).toEqual([]);
    expect(await linked('ROADWORKS BEGIN AS LEEDS BUSES RUN LATE', 'LEEDS')).toEqual([]);
  });
});

describe('a Title Case headline: the everyday words around a place read as prose', () => {
  it('an everyday word before a place that ends there ("Fill Portugal\'s Beaches")', async () => {
    expect(await linked("Record Crowds Fill Portugal's Beaches As Heatwave Drives Families To The Coast", 'Portugal')).toEqual(['country:po']);
  });
  it('a head word after a function word ends no name ("Across Vermont Gather For Storm …")', async () => {
    expect(await linked('Volunteers Across Vermont Gather For Storm Clean-Up As Rivers Recede Overnight', 'Vermont')).toEqual(['place:vermont']);
  });
  it('a place opening a sentence after a colon', async () => {
    expect(await linked('HOUSING CRISIS: Oregon Renters Face Steep Rises As Landlords Pass On Costs', 'Oregon')).toEqual(['place:oregon']);
  });
  it('not a qualifier, a product, a given name ("Little Italy", "Air Jordan", "Paul Jordan", "Chelsea Hartley")', async () => {
    expect(await linked('Villagers Restore Little Italy Chapel After Fire Damages Its Roof And Bell Tower', 'Italy')).toEqual([]);
    expect(await linked('Stores Sell Out Of Air Jordan As Fans Queue Overnight For The Retro Release', 'Jordan')).toEqual([]);
    expect(await linked('Sergeant Paul Jordan Retires After Thirty Years Walking The Same Beat In Leeds', 'Jordan')).toEqual([]);
    expect(await linked('Chelsea Hartley Wins Club Vote As Supporters Back Her Bid To Lead The Team', 'Chelsea')).toEqual([]);
    expect(await linked('Fans Cheer As Jordan Scores Twice And The Visitors Collapse In The Second Half', 'Jordan')).toEqual([]);
  });
});
