import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

/**
 * People named once (issue 18), on sentences written for this file (no labelled set's): an appositive whose head is a role
 * after some description (appositive-role.ts), dates of a life in brackets, two one-word names after an agent's "by"
 * (agent-pairs.ts), a nickname in quotes inside the name (nicknames.ts), and a full name written again where only its surname
 * was taken (patronymic.ts) — and the look-alikes that stay what they are.
 */
const found = async (text: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities.flatMap((e) => e.mentions.map((m) => `${e.type}:${text.slice(m.start, m.end)}`));
};
const people = async (text: string) => (await found(text)).filter((s) => s.startsWith('person:')).map((s) => s.slice(7));

describe('people named once', () => {
  it('an appositive whose head, after a description, is a role or a word only people are', async () => {
    expect(await people('Kowalczyk, a 34-year-old mechanic, was taken to hospital.')).toEqual(['Kowalczyk']);
    expect(await people('Okonkwo, a retired teacher, said nothing.')).toEqual(['Okonkwo']);
    expect(await people('Okonkwo, the former mayor of the town, was arrested.')).toEqual(['Okonkwo']);
    expect(await people('Adeyemi Okonkwo, a 34-year-old man, was taken to hospital.')).toEqual(['Adeyemi Okonkwo']);
  });

  it('no role heads a firm’s or a place’s appositive, nor one firms are called too', async () => {
    expect(await people('Zentrix, a giant industrial producer, has cut its emissions.')).toEqual([]);
    expect(await people('Zentrix, the chief supplier of chips, said profits fell.')).toEqual([]);
    expect(await people('Ikorodu, a town of 500,000 people, lies to the north.')).toEqual([]);
    // (The appositive must close: a role word opening a longer clause is no appositive's head.)
    expect(await people('Zentrix, the maker of the mayor’s car, said profits fell.')).toEqual([]);
  });

  it('dates of a life in brackets', async () => {
    expect(await people('Bensaid (born 1950) is an Algerian writer.')).toEqual(['Bensaid']);
    expect(await people('A statue of Marchetti (died 1990) stands in the square.')).toEqual(['Marchetti']);
    // A span of years alone is no life's: states and eras have them too.
    expect(await people('Zentrovia (1701–1918) was a kingdom in the north.')).toEqual([]);
  });

  it('two one-word names after the "by" of a work’s or a deed’s agent', async () => {
    expect(await people('The song was written by Lennard and Mackaby in 1963.')).toEqual(['Lennard', 'Mackaby']);
    expect(await people('The theory was later refined by Heisenfeld and Paulin.')).toEqual(['Heisenfeld', 'Paulin']);
  });

  it('no pair after what firms do to things, nor after "according to"', async () => {
    expect(await people('The book was published by Simmons and Schuyler in 1963.')).toEqual([]);
    expect(await people('The accounts were audited by Ernstell and Youngman last year.')).toEqual([]);
    expect(await people('According to Gartnell and Forrester, sales fell.')).toEqual([]);
  });

  it('a nickname in quotes between a given name and a surname is one name', async () => {
    expect(await people('Henry "Hank" Arlington was a baseball player.')).toEqual(['Henry "Hank" Arlington']);
    expect(await people('George Herman “Babe” Ruthven hit 60 home runs.')).toEqual(['George Herman “Babe” Ruthven']);
  });

  it('a quoted word after a given name and before a word that opens sentences is no nickname', async () => {
    expect(await people('She told Sarah "Go" Then left the room.')).not.toContain('Sarah "Go" Then');
  });

  it('a full name written again is one mention, not its surname and a stray given name', async () => {
    const text = 'Adeyemi Okonkwo, a retired teacher, was arrested. Later Adeyemi Okonkwo said he was innocent.';
    expect(await found(text)).toEqual(['person:Adeyemi Okonkwo', 'person:Adeyemi Okonkwo']);
  });

  it('a given name on the line above is no part of a later mention', async () => {
    const text = 'Adeyemi Okonkwo, a retired teacher, was arrested.\nRegards, Adeyemi\nOkonkwo said he was innocent.';
    expect(await people(text)).not.toContain('Adeyemi\nOkonkwo');
  });
});
