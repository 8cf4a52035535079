import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

/**
 * Issue 18 (names, precision first), on sentences written for this file (no labelled set's): words
 * that are no names — contractions, a portfolio's word before a name — stay out of people's names.
 */
const people = async (text: string) =>
  (await findEntities(text, lookup)).entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));

describe('words that are no part of a name (issue 18)', () => {
  it('a pronoun or verb with its clitic is nobody ("I’m", "We’ve", "Don’t")', async () => {
    expect(await people('I’m sure of it. I’ve never seen such a crowd. We’ve waited, and We’re tired. Don’t go yet.')).toEqual([]);
    expect(await people("I'm told the talks failed, We'd heard, and I'll wait.")).toEqual([]);
    // Names with an apostrophe stay names.
    expect(await people('“We lost,” said Maeve O’Donnelly. D’Arcangelo said nothing.')).toEqual(['Maeve O’Donnelly', 'D’Arcangelo']);
  });

  it('a portfolio’s word before a name belongs to the office, not to the name', async () => {
    expect(await people('Minister of State for Finance Hamdan al-Zaraani said growth would slow.')).toEqual(['Hamdan al-Zaraani']);
    expect(await people('The Minister of Finance and National Economy Tariq Bensaleh said the budget was ready.')).toEqual(['Tariq Bensaleh']);
    expect(await people('Finance Hamdan al-Zaraani told reporters the deficit had narrowed.')).toEqual(['Hamdan al-Zaraani']);
    // The person's surname still follows the name.
    const text = 'Minister of State for Defence Ruth Okereke-Banda said the base would close. Okereke-Banda did not say when.';
    expect(await people(text)).toEqual(['Ruth Okereke-Banda', 'Okereke-Banda']);
  });
});
