import { describe, expect, it } from 'vitest';
import { writtenInLowerCase } from '../../lib/entities/lower-phrase';
import { capitalIndexes, tokenize } from '../../lib/entities/candidates';

/**
 * Answers kept per text for speed (issue 18): each is the answer the plain computation gives, for the text it was asked of.
 */
describe('per-text answers kept for speed', () => {
  it('a lower-case phrase is read again for another text with the same name', () => {
    const name = 'Size Range';
    expect(writtenInLowerCase('Size Range: up to 6X. We keep a wide size range.', name)).toBe(true);
    expect(writtenInLowerCase('Size Range: up to 6X. We keep every size in range.', name)).toBe(false);
    expect(writtenInLowerCase('Size Range: up to 6X. We keep a wide size range.', name)).toBe(true);
  });

  it('a lower-case phrase after its own initials is still a name, found either way round', () => {
    const text = 'The Graphic Design School (TGDS) opened in 2008; graphic design school fees rose.';
    expect(writtenInLowerCase(text, 'Graphic Design School')).toBe(false);
    expect(writtenInLowerCase(text, 'Design School')).toBe(true);
  });

  it('the capitalised tokens of a list, in order, and the same array when asked again', () => {
    const tokens = tokenize('the Bank of England met in London and Paris on Monday');
    const caps = capitalIndexes(tokens);
    expect([...caps].map((i) => tokens[i]!.text)).toEqual(['Bank', 'England', 'London', 'Paris', 'Monday']);
    expect(capitalIndexes(tokens)).toBe(caps);
    expect(capitalIndexes(tokenize('all lower case here')).length).toBe(0);
  });
});
