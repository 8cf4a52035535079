import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';
import { lookup } from './support/mention-at';

/**
 * A one-word subject whose clause calls it "he" or "she" (lib/entities/pronoun-evidence.ts), on sentences
 * written for this file — and the look-alikes: "it", a noun the word qualifies, a participle, an object.
 */
const people = (text: string) => mentionsOf('person', text, lookup);

describe('he or she after a one-word subject (issue 18)', () => {
  it('the subject of its clause, then "his" or "herself" in the same sentence', async () => {
    expect(await people('Ostrander is convinced that the archive holds the key to his theory.')).toEqual(['Ostrander']);
    expect(await people('The vote was close, and Quillby soon found herself in the minority.')).toEqual(['Quillby']);
  });

  it('an asking verb\'s object before "to", whose to-clause calls it "he" or "she"; not "its"', async () => {
    expect(await people('The chief began to encourage Ostrander to form his own network inside the ministry.')).toEqual(['Ostrander']);
    expect(await people('The board began to encourage Ostrander to form its own network inside the ministry.')).toEqual([]);
  });

  it('"it" and "its" make no person', async () => {
    expect(await people('Ostrander is convinced that the archive holds the key to its future.')).toEqual([]);
  });

  it('a noun the word qualifies, a participle opening the sentence, an object after a verb', async () => {
    expect(await people('Brindle tests revealed that his lungs were weak.')).toEqual([]);
    expect(await people('Exhausted from his journey, he slept.')).toEqual([]);
    expect(await people('The chef has used Morvane pans for years in his kitchen.')).toEqual([]);
  });

  it('another capitalised word between the name and the pronoun leaves it undecided', async () => {
    expect(await people('Zentrix is keen on Brauer and his team.')).not.toContain('Zentrix');
  });
});
