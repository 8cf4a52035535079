import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { brandCase } from '../../lib/entities/product-names';
import { listsOnly } from './support/lists-only';

/** No dataset: only the name finder's lists. */
const lookup = listsOnly;

async function people(text: string): Promise<string[]> {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.type === 'person').map((e) => e.name);
}

describe('products and firms are no people (lib/entities/product-names.ts)', () => {
  it('drops a name whose first word is a listed company', async () => {
    expect(await people('The new service, Google Stadia, launched last year. Many gamers tried it.')).toEqual([]);
    expect(await people('We compared it with Google Gemini and found it slower.')).toEqual([]);
    expect(await people('Microsoft Excel is a spreadsheet program that analysts use every day.')).toEqual([]);
    // Nor a place for it, after a place preposition.
    const { entities } = await findEntities('Share short videos on YouTube Shorts and elsewhere.', lookup);
    expect(entities.map((e) => e.name)).not.toContain('YouTube Shorts');
  });

  it('drops a name with a word in a brand’s case, not a surname’s own capital', async () => {
    expect(await people('The Braun BrewSense makes good coffee, our tester said.')).toEqual([]);
    expect(await people('He ported it to JavaScript, said the author.')).toEqual([]);
    expect(brandCase('BrewSense')).toBe(true);
    expect(brandCase('DeepSeek')).toBe(true);
    for (const w of ['McDonald', 'MacKenzie', 'DiCaprio', 'LeCun', 'LaToya', 'DeAndre', 'Smith', "O'Brien"]) expect(brandCase(w)).toBe(false);
  });

  it('drops a one-word person whose word the article shows as a product’s name, at every mention', async () => {
    expect(await people('The newest Leaf said to be a hit, and Leaf sales grew. The Nissan Leaf was a pioneer.')).toEqual([]);
    expect(await people('Java said hello. We compared TypeScript Python JavaScript Java and C.')).not.toContain('Java');
  });

  it('drops a name with a common noun’s ending, not a surname’s', async () => {
    expect(await people('Officials said the road would reopen.')).toEqual([]);
    expect(await people('The report covers the General Data Protection Regulation, said the lawyer.')).not.toContain('Data Protection Regulation');
    expect(await people('The study was led by David Blankenship and Michael Hession of the institute.')).toEqual(['David Blankenship', 'Michael Hession']);
  });

  it('drops a full name whose last word the article writes in lower case, unless a given name opens it', async () => {
    const text = "We painted the room in Benjamin Moore's Richmond Gray, which is more green than gray.";
    expect(await people(text)).toEqual(['Benjamin Moore']);
    expect(await people('Margaret Brown said the brown dog ran.')).toEqual(['Margaret Brown']);
  });

  it('drops a label before a colon at every mention, but not after a lower-case word', async () => {
    expect(await people('Office Location: London, UK\nYear Founded: 2008\nTeam Size: 50')).toEqual([]);
    const text = 'Mentor Mode: the AI is a teacher. In Mentor Mode, you learn by doing.';
    const { entities } = await findEntities(text, lookup);
    expect(entities.map((e) => e.name)).not.toContain('Mentor Mode');
    expect(await people('My name is Zorbin Quill: I write code.')).toEqual(['Zorbin Quill']);
  });

  it('drops a name that ends in a business’s head word, even after a given name', async () => {
    expect(await people('We ate at Zubrick Pizza last week, and Harlan Quist Motorsports fixed the bike.')).toEqual([]);
    expect(await people('The photos were by Talia Venn Photography, said the couple.')).toEqual([]);
    expect(await people('The show moved to Harlow Pimm Gallery, and we heard it on the Quinlan Oduya Podcast.')).toEqual([]);
    expect(await people('We tested Velora Shield against two rivals; Tamsin Glow Cleanser said little.')).toEqual([]);
    // A person named beside the business is kept.
    expect(await people('Dana Whitlock, the owner, opened Lantern Grill in May.')).toEqual(['Dana Whitlock']);
  });

  it('keeps people: a given name first, a surname with Mc/Di/Le', async () => {
    expect(await people('The study was led by Chris RuiWen Kuo of the hospital.')).toEqual(['Chris RuiWen Kuo']);
    expect(await people('Leonardo DiCaprio stars as a former revolutionary.')).toEqual(['Leonardo DiCaprio']);
    expect(await people('A letter went to Kevin McAleenan, who resigned on Friday.')).toEqual(['Kevin McAleenan']);
  });
});
