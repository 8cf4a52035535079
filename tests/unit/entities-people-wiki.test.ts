import { describe, expect, it } from 'vitest';
import { beforeInstitutionHead } from '../../lib/entities/institution-namesake';
import { awardName } from '../../lib/entities/award-names';
import { typedMentions } from './support/typed-mentions';

/**
 * Rules from the people-on-Wikipedia tally (tests/eval/people-wiki.ts, session 33): an institution named after someone
 * (institution-namesake.ts), a party member's word before a name (party-member.ts), a patronymic particle inside a name
 * (patronymic.ts), an award called by a given name (award-names.ts). Sentences written for these tests.
 */
describe('an institution or a street named after someone', () => {
  it('is no person mention: the institution gets its whole name', async () => {
    const m = await typedMentions('Their parents enrolled them at the Rosa Parks School and later at Ellen Marsh University.');
    expect(m).toEqual(['organization Rosa Parks School', 'organization Ellen Marsh University']);
    expect(await typedMentions('The plant was sold to Dana Pruitt Corporation in 1998.')).not.toContain('person Dana Pruitt');
  });
  it('keeps the person named elsewhere in the article, and a surname that is a head word of other names', async () => {
    const m = await typedMentions('Martin Vance said he would retire. The Martin Vance Foundation will carry on his work.');
    expect(m).toEqual(['person Martin Vance', 'organization Martin Vance Foundation']);
    expect(beforeInstitutionHead('Kevin House said so.', { start: 0, end: 5 })).toBe(false);
    expect(beforeInstitutionHead('Ask Ellen Marsh, College Park.', { start: 4, end: 14 })).toBe(false);
    expect(beforeInstitutionHead('Ask Ellen Marsh college staff.', { start: 4, end: 14 })).toBe(false);
  });
});

describe("a party member's word before a name", () => {
  it('is no word of the name, with a middle initial too', async () => {
    const m = await typedMentions('The district was won by Republican Laura K. Benton, who beat Democrat Peter Alvord by 400 votes.');
    expect(m).toContain('person Laura K. Benton');
    expect(m).toContain('person Peter Alvord');
    expect(m.some((s) => s.includes('Republican') || s.includes('Democrat'))).toBe(false);
  });
  it('not before a one-word name or a word that is no given name', async () => {
    const m = await typedMentions('The Republican Guard retreated, and Conservative Judaism grew in the city.');
    expect(m.filter((s) => s.startsWith('person'))).toEqual([]);
  });
});

describe('a patronymic particle inside a name', () => {
  it("makes a person's name though the lists know no given name in it", async () => {
    expect(await typedMentions('The castle passed to Owain ap Tudur after the siege.')).toEqual(['person Owain ap Tudur']);
    expect(await typedMentions('The mosque was built under Abd al-Karim bin Saleh in 1720.')).toContain('person Abd al-Karim bin Saleh');
  });
  it('leaves titles out and reads no English "bin" as a particle', async () => {
    const m = await typedMentions('The recycle bin Monday was full, and Crown Prince Salim bin Rashid spoke.');
    expect(m.filter((s) => s.startsWith('person'))).toEqual(['person Salim bin Rashid']);
  });
});

describe('an award called by a given name', () => {
  it('is no person where every mention names the award', async () => {
    const m = await typedMentions('The film earned three Emmy nominations and won a Grammy award.');
    expect(m.filter((s) => s.startsWith('person'))).toEqual([]);
  });
  it('a person named elsewhere stays', async () => {
    expect(await typedMentions('Tony said he would host the Tony awards.')).toContain('person Tony');
    expect(awardName('Emmy Rossum said so.', { start: 0, end: 4 })).toBe(false);
  });
});

describe('trades and offices before a name', () => {
  it('a trade the lists lacked introduces the person, whose given name no list knows', async () => {
    expect(await typedMentions('Cinematographer Tamsin Oyelaran lives in Leeds.')).toContain('person Tamsin Oyelaran');
  });
  it('a capitalised office alone is no one-word person', async () => {
    const m = await typedMentions('In their tradition, the third rightful Caliph was chosen by a council of elders.');
    expect(m.filter((s) => s.startsWith('person'))).toEqual([]);
  });
});
