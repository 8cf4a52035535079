import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';
import { lookup } from './support/mention-at';

/** Given names in lines written all in lower case (lib/entities/lower-people.ts), on lines written for this file. */
const people = (text: string) => mentionsOf('person', text, lookup);

describe('a given name where nothing is capitalised (issue 18)', () => {
  it('beside "and i", as a subject before a verb, or told something', async () => {
    expect(await people('so i think shanna and i are going to stay in town.')).toEqual(['shanna']);
    expect(await people('the weather is going to be fine, hector was just blowing smoke.')).toEqual(['hector']);
    expect(await people('i am not going unless lisa promises to get all wasted.')).toEqual(['lisa']);
    expect(await people('i am not looking forward to that but do not tell val.')).toEqual(['val']);
    expect(await people('jill allen finishes her exams today and we are going out.')).toEqual(['jill allen']);
  });

  it("not in a line written normally, not an everyday word, and not without a person's place in the clause", async () => {
    expect(await people('We think lisa and I are going.')).toEqual([]);
    expect(await people('the max speed is ten and the mark was low today.')).toEqual([]);
    expect(await people('the lisa library is fast and small for us.')).toEqual([]);
  });
});
