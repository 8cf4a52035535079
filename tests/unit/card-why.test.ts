import { describe, expect, it } from 'vitest';
import { whyLine } from '../../lib/card/why';

describe('why a card was linked, as the popup shows it', () => {
  it('spells out the linker’s terse reasons', () => {
    expect(whyLine('name')).toBe('Its name, which one entity in the dataset carries');
    expect(whyLine('full name')).toBe('Its full name, which one entity in the dataset carries');
    expect(whyLine('title + surname')).toBe('A title and a surname that fit one person in the dataset');
  });
  it('drops the article-built prefix and a closing bracket of examples, and keeps the rest', () => {
    expect(whyLine('article-built: a town of an American address (“Athens, Ga.”), not the dataset’s place of that name')).toBe(
      'A town of an American address (“Athens, Ga.”), not the dataset’s place of that name',
    );
    expect(whyLine('article-built: a place of a news dateline ("FALLUJAH, Iraq (AP) —")')).toBe('A place of a news dateline ("FALLUJAH, Iraq (AP) —")');
    expect(whyLine('article-built: a US state code after a town (“Lawrence, KS”)')).toBe('A US state code after a town');
    expect(whyLine('a country’s capital')).toBe('A country’s capital');
  });
  it('gives nothing for no reason', () => {
    expect(whyLine(undefined)).toBeNull();
    expect(whyLine('')).toBeNull();
    expect(whyLine('article-built: ')).toBeNull();
  });
});
