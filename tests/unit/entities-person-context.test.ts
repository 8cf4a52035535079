import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { listsOnly } from './support/lists-only';

/** No dataset: only the name finder's lists. */
const lookup = listsOnly;

async function types(text: string): Promise<Record<string, string>> {
  const { entities } = await findEntities(text, lookup);
  return Object.fromEntries(entities.map((e) => [e.name, e.type]));
}

describe('one-word people and the words around them', () => {
  it('a one-word name the article writes after "in" is no person on a verb alone', async () => {
    const found = await types('Fallujah was closed on Tuesday in a general strike. Clerics in Fallujah condemned the raid.');
    expect(found.Fallujah).not.toBe('person');
    expect((await types('The API was rewritten in TypeScript last year. TypeScript said nothing.')).TypeScript).not.toBe('person');
  });

  it('a leader named before the administration or presidency that was his', async () => {
    expect(await types('He served in the Reagan administration for years.')).toMatchObject({ Reagan: 'person' });
    expect(await types('Key services: payroll and Benefits administration.')).not.toHaveProperty('Benefits');
  });

  it('a possessive before what only a person has, tokenised or not', async () => {
    expect(await types("The vacuum after Arafat 's passing is deep.")).toMatchObject({ Arafat: 'person' });
    expect(await types("Nobody expected Zelikow's resignation.")).toMatchObject({ Zelikow: 'person' });
  });

  it('a one-word name after a title is no person where the article writes it, or its singular, in lower case', async () => {
    const found = await types('Download the Taxi App today. The app is free. Top Expert Recommendations follow; each recommendation is tested.');
    expect(found.App).toBeUndefined();
    expect(found['Taxi App']).toBeUndefined();
    expect(found.Recommendations).toBeUndefined();
    expect(await types('Judge Bibas rejected the claim, the judge said.')).toMatchObject({ Bibas: 'person' });
    // …but after an honorific or an office the name stays a person's, whatever the article writes in lower case.
    expect(await types('Mr. Brown said the brown dog was his.')).toMatchObject({ Brown: 'person' });
    expect(await types('Judge Rice ruled that rice farmers must pay.')).toMatchObject({ Rice: 'person' });
  });

  it('a one-word person on any evidence is none where the article writes the word, or its singular, in lower case', async () => {
    expect(await types('Students learn online. Tools utilized to enhance learning include video. A good tool helps.')).not.toHaveProperty('Tools');
    // (…not after an honorific: "Mr. Hope … Hope said there was hope".)
    expect(await types('Mr. Hope arrived. Hope said there was hope.')).toMatchObject({ Hope: 'person' });
  });
});
