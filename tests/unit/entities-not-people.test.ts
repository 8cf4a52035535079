import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { namesOf } from './support/found';

/** No dataset: only the name finder's lists. */
const people = (text: string) => namesOf('person', text);

describe('names the article shows are no people’s (lib/entities/not-people.ts)', () => {
  it('drops a name set whole in quotation marks: a title, a term or a variety, at every mention', async () => {
    expect(await people('We watched “Harbor Lights,” a film about a ferry. Harbor Lights won a prize.')).toEqual([]);
    expect(await people('The contract never defines the term "Balancing Window Charge" anywhere.')).toEqual([]);
    expect(await people('Plant ‘Velvet Duchess’ in spring; ‘Velvet Duchess’ flowers in June.')).toEqual([]);
  });

  it('keeps a quoted name that is a possessive, an address’s display name or a one-word given name', async () => {
    expect(await people('“Orla Brennick’s garden is lovely,” said her neighbour.')).toContain('Orla Brennick');
    expect(await people('From: "Dara Quillfeather" <dq@example.com>\nSee you at noon.')).toEqual(['Dara Quillfeather']);
    expect(await people('She asked me to write “Anastasia” on the cup, said the barista.')).toEqual(['Anastasia']);
  });

  it('takes a Roman numeral for a regnal number after a name, not after a word of the article or the pronoun I (other-names.ts)', async () => {
    expect(await people('Do I need a permit? You do, and I can help. I sometimes wait; Sometimes I wait a week.')).toEqual([]);
    expect(await people('The first part was easy; the next phase is long. Part II covers the rest, and Phase II begins in May.')).toEqual([]);
    expect(await people('In 1502 the king Zarathos II rebuilt the walls that Darius I had begun.')).toEqual(['Zarathos II', 'Darius I']);
  });

  it('takes a name that is all its line holds for a heading, unless a given name opens it (other-names.ts)', async () => {
    expect(await people('Final Thoughts\nThe desk is solid.\n\nFast Facts:\nIt weighs little.\nBrain Freeze!\nWe loved it.')).toEqual([]);
    expect(await people('The desk is solid and cheap.\n\nMarta Quellbrook\nStaff writer')).toEqual(['Marta Quellbrook']);
  });

  it('drops a name the sentence says a place’s, a firm’s or a thing’s, at every mention', async () => {
    expect(await people('Quorvane was founded in 1888 by settlers. Quorvane said no to the railway.')).toEqual([]);
    expect(await people('Bellmoor Vance is a wonderful place to take your family.')).toEqual([]);
    expect(await people('Velmora Kest is headquartered in Ohio, and Velmora Kest said profits rose.')).toEqual([]);
    // The head noun decides: "a product builder" is a person.
    expect(await people('Russell Quarry is a product builder, and he said so.')).toEqual(['Russell Quarry']);
  });

  it('drops a person who is a country’s adjective, alone or before a plural, not a name after one (index.ts, with the dataset)', async () => {
    const { createMemoryLookup } = await import('../../lib/dataset/memory-lookup');
    const { loadBundledDataset } = await import('../../lib/tools/load-dataset');
    const lookup = createMemoryLookup(loadBundledDataset());
    const found = async (text: string) => (await findEntities(text, lookup)).entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(await found('The report criticised the continued Israeli settlement of the hills.')).toEqual([]);
    expect(await found('It has turned even Iraqi Shiites, who were grateful at first, against the plan.')).toEqual([]);
    expect(await found('Thai Vantrell said the plan would work.')).toEqual(['Thai Vantrell']);
  });

  it('takes an adverb, a gerund or a compound adjective opening a sentence for a subject only before a verb of a life from the list (name-scan.ts)', async () => {
    expect(await people('The case is light. Originally designed for divers, it floats.')).toEqual([]);
    expect(await people('Beans are cheap. Buying dried beans saves money. Cost-effective planning helped.')).toEqual([]);
    expect(await people('Quillingsly was born in Ohio and moved west.')).toEqual(['Quillingsly']);
  });

  it('drops a person whose name a model number follows at two mentions, unless a given name opens it (article-people.ts)', async () => {
    const text = 'Our tester liked the mouse, said Zephrix. The Zephrix 2 weighs 60 grams and the Zephrix 3 weighs 55 grams.';
    expect(await people(text)).toEqual([]);
    expect(await people('Tennis: Brantov beat Orlik 6-3, 6-4. Later Orlik 7-5 won, said the coach Orlik.')).toContain('Orlik');
  });

  it('takes "Gen" before a generation for no title (name-scan.ts)', async () => {
    expect(await people('Most millennials and Gen Zers (63%) budget monthly; Gen Z savers lead.')).toEqual([]);
    expect(await people('Gen Harrow Vint said the troops would stay.')).toEqual(['Harrow Vint']);
  });
});
