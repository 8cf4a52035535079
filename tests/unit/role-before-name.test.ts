import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

const people = async (text: string) => (await findEntities(text, lookup)).entities.filter((e) => e.type === 'person').map((e) => e.name);

/**
 * A job's or a kind's noun written capitalised right before a full name is the person's label, no word of the name
 * (role-before-name.ts, asked by the name scan through surname-heads.ts titleAt / titleBeforeGiven).
 */
describe('a capitalised role word before a full name is no part of the name (issue 18)', () => {
  it('a role word after a speech verb or inside a run of capitalised words starts the name at the given name', async () => {
    expect(await people('"We care about our customers," says Owner John Saunders.')).toContain('John Saunders');
    expect(await people('"We care about our customers," says Owner John Saunders.')).not.toContain('Owner John Saunders');
    expect(await people('Co-Owner Lisa Park said the bakery would reopen in May.')).toContain('Lisa Park');
    expect(await people('The Corner Pasta Owner John Smith opened a second shop last week.')).toContain('John Smith');
    expect(await people('The crowd cheered when Forward James Walker scored his second goal.')).toContain('James Walker');
    expect(await people('The crowd cheered when Forward James Walker scored his second goal.')).not.toContain('Forward James Walker');
  });

  it('a job noun alone between a speech verb and a comma is the label of the name after it, no person', async () => {
    expect(await people('"Our goal is to listen first," says Co-Founder, Stephanie Ozcan.')).toEqual(['Stephanie Ozcan']);
    expect(await people('"It works," says Owner, Jane Roberts.')).toEqual(['Jane Roberts']);
    expect(await people('"It works," says Owner, Jane Roberts.')).not.toContain('Owner');
  });

  it('keeps a first word that is a given name, and a role word with no full name after it', async () => {
    expect(await people('Hunter Biden appeared in court on Tuesday.')).toContain('Hunter Biden');
    const firm = await findEntities('Forward Thinking Group hired ten staff last year.', lookup);
    expect(firm.entities.some((e) => e.name === 'Thinking Group' || e.name === 'Group')).toBe(false);
  });
});
