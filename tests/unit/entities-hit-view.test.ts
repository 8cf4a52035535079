import { describe, expect, it } from 'vitest';
import { endsBeforeSpaces, isSpaceAt, perHit, possessiveAt, spacesBefore, wordAfter } from '../../lib/entities/hit-view';
import type { Hit } from '../../lib/entities/link';
import { overheadBefore, reachBefore } from '../../lib/entities/place-sites';
import { roleConflict } from '../../lib/entities/role-conflict';
import { LowerWords } from '../../lib/entities/article-words';
import { tokenize } from '../../lib/entities/candidates';

/**
 * The character readers the rules ask before their patterns (lib/entities/hit-view.ts): exact preconditions, so a rule answers as
 * it did without them (issue 18, speed). Sentences written for these tests.
 */
const at = (text: string, word: string): number => text.indexOf(word);

describe('what stands right around a name, read by character', () => {
  it('white space as \\s reads it, a run of it before a position', () => {
    expect(isSpaceAt('a b', 1)).toBe(true);
    expect(isSpaceAt('a\u00a0b', 1)).toBe(true);
    expect(isSpaceAt('a-b', 1)).toBe(false);
    expect(isSpaceAt('ab', -1)).toBe(false);
    expect(spacesBefore('far as  Canada', 8)).toBe(6);
    expect(spacesBefore('(Canada', 1)).toBe(-1);
  });
  it('the word before the white space, however many spaces', () => {
    const s = 'visitors from as far away as  Canada';
    expect(endsBeforeSpaces(s, at(s, 'Canada'), 'as')).toBe(true);
    expect(endsBeforeSpaces(s, at(s, 'Canada'), 'of')).toBe(false);
    expect(endsBeforeSpaces('Canada', 0, 'as')).toBe(false);
  });
  it('a possessive after the name, as written or tokenised', () => {
    expect(possessiveAt("Smith's death", 5)).toBe(true);
    expect(possessiveAt('Smith’s death', 5)).toBe(true);
    expect(possessiveAt("Arafat 's passing", 6)).toBe(true);
    expect(possessiveAt('Smith said', 5)).toBe(false);
    expect(possessiveAt('Smith', 5)).toBe(false);
  });
  it('the word after the white space, after a possessive if asked', () => {
    expect(wordAfter('Peder and I were', 5)).toBe('and');
    expect(wordAfter('Peder, and I', 5)).toBe('');
    expect(wordAfter("Zillow's CEO said", 6, true)).toBe('CEO');
    expect(wordAfter("Zillow 's shares fell", 6, true)).toBe('shares');
    expect(wordAfter('Zillow shares fell', 6, true)).toBe('shares');
    expect(wordAfter("Zillow's", 6, true)).toBe('');
  });
});

describe('per-hit answers read once', () => {
  it('reads once per hit and key, a null answer too', () => {
    const memo = new WeakMap<Hit, Map<string, string | null>>();
    const h: Hit = { span: { start: 0, end: 5 }, key: 'smith', candidates: [], tokens: 1 };
    let reads = 0;
    const read = () => (reads++, null);
    expect(perHit(memo, h, 'person:a', read)).toBeNull();
    expect(perHit(memo, h, 'person:a', read)).toBeNull();
    expect(reads).toBe(1);
    perHit(memo, h, 'person:b', read);
    expect(reads).toBe(2);
  });
});

describe('rules behind the readers answer as before', () => {
  it('a reach and what is in the air over a place (place-sites.ts)', () => {
    const reach = 'Entrants came from as far away as Canada.';
    expect(reachBefore(reach, at(reach, 'Canada'))).toBe(true);
    const idiom = 'As far as Jordan is concerned, the talks failed.';
    expect(reachBefore(idiom, at(idiom, 'Jordan'))).toBe(false);
    const sky = 'Fireworks lit the skies over Athens.';
    expect(overheadBefore(sky, at(sky, 'Athens'))).toBe(true);
    const shouted = 'Drones flew LOW OVER Kyiv at dawn.';
    expect(overheadBefore(shouted, at(shouted, 'Kyiv'))).toBe(true);
    const row = 'They had a row over Jordan.';
    expect(overheadBefore(row, at(row, 'Jordan'))).toBe(false);
  });
  it('a firm post after "its" reads the sentence the name stands in', () => {
    const own = new Set<string>(['minister']);
    const trade = () => false;
    const firm = 'The Communist Party met on Monday. A tyre maker said its chairman, Li Qiang, told reporters.';
    expect(roleConflict(firm, { start: at(firm, 'Li Qiang'), end: at(firm, 'Li Qiang') + 8 }, own, trade)).toBe('chairman');
    const party = 'The Communist Party said its chairman, Li Qiang, told reporters.';
    expect(roleConflict(party, { start: at(party, 'Li Qiang'), end: at(party, 'Li Qiang') + 8 }, own, trade)).toBeNull();
  });
});

describe('the tokens of a list of words, from the index of the lower-case words', () => {
  it('finds the lower-case tokens of each word, in text order, never a capitalised one', () => {
    const tokens = tokenize('Starbucks opened; go 2 starbucks, then verizon and starbucks again.');
    const lower = new LowerWords(tokens);
    const at = lower.indexesOf(['verizon', 'starbucks', 'google']);
    expect(at.map((i) => tokens[i]!.text)).toEqual(['starbucks', 'verizon', 'starbucks']);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(lower.indexes('google')).toEqual([]);
  });
});
