import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';
import { lookup } from './support/mention-at';

/** A name set among people of a kind (amongPeople, lib/entities/kind-of-people.ts), on sentences written for this file. */
const people = (text: string) => namesOf('person', text, lookup);

describe('a name set among people of a kind is a person (issue 18)', () => {
  it('an example of a plural of people', async () => {
    expect(await people('The board heard from officials such as Quarrender before the vote.')).toContain('Quarrender');
    expect(await people('The party courted people like Velzimov.')).toContain('Velzimov');
  });

  it('listed with other or fellow people', async () => {
    expect(await people('The envoy met Velzimov and other senior ministers in the capital.')).toContain('Velzimov');
    expect(await people('The envoy met Velzimov and other Bulgarian officials on Friday.')).toContain('Velzimov');
  });

  it('joined by "and" to a personal pronoun', async () => {
    expect(await people('The quarrel between him and Quarrender is old news.')).toContain('Quarrender');
    expect(await people('We were delighted to welcome Quarrender and his team to the project.')).toContain('Quarrender');
  });

  it('not a firm given as an example, a kind of firms or software, or an adjective', async () => {
    expect(await people('The group works with partners including Brelvane, a lighting maker.')).not.toContain('Brelvane');
    expect(await people('The deal covers software editors like Quorvix and its rivals.')).not.toContain('Quorvix');
    expect(await people('Many people like Brelvane phones.')).not.toContain('Brelvane');
    expect(await people('The plan hurt workers, including Zorvish-style cuts to wages.')).not.toContain('Zorvish-style');
    expect(await people('The envoy met Zorvane and other tech companies.')).not.toContain('Zorvane');
  });

  it('a plural of people opening a sentence is a group, not a name', async () => {
    expect(await people('The vote was close. Analysts say the result will stand.')).not.toContain('Analysts');
    expect(await people('Sources told the paper that the plan was dropped.')).not.toContain('Sources');
    expect(await people('Investigators focused on the missing records.')).not.toContain('Investigators');
  });
});

describe('one studied under, corresponded with, married to: a person (issue 18)', () => {
  it('after what one does only beside or under another person, a place preposition before the name too', async () => {
    expect(await people('She corresponded with Quarrender for years.')).toContain('Quarrender');
    expect(await people('He was married to Velzimov until her death.')).toContain('Velzimov');
    expect(await people('As a boy he studied under Brelvash.')).toContain('Brelvash');
    expect(await people('Her affair with Zorvane caused a scandal at court.')).toContain('Zorvane');
  });

  it('not what firms, clubs or places are partnered with, trained with or loved', async () => {
    expect(await people('The firm partnered with Quorvix last year.')).toEqual([]);
    expect(await people('The striker trained with Brelvane last summer.')).toEqual([]);
    expect(await people('She fell in love with Quarrendale on her first visit.')).toEqual([]);
  });

  it('"towns such as Husum and Tonder were flooded", "ports include …": examples of places, no pair of people', async () => {
    expect(await people('Many towns such as Quarrendale and Velzimore were flooded.')).toEqual([]);
    expect(await people('Tutoring websites include Brelvy, Quorply and Zorvant.')).toEqual([]);
    expect(await people('Speakers include Quarrender and Velzimov.')).toEqual(expect.arrayContaining(['Quarrender', 'Velzimov']));
  });
});
