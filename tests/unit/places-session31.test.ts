import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';

/**
 * Places by rules changed in session 31 (issue 18), read on the tuning parts (uner-ewt dev and test half A); sentences invented
 * for these tests. Each positive failed before the change.
 */
describe('an everyday English word after a place preposition is no place, written once or not (lib/entities/place-words.ts)', () => {
  it('"seated in Economy", "in Word format", "written in Rust": a class of travel, a program, a language', async () => {
    expect(await mentionsOf('place', 'The champagne was served even in Economy on that flight.')).toEqual([]);
    expect(await mentionsOf('place', 'Please find the signed contract attached in Word format.')).toEqual([]);
    expect(await mentionsOf('place', 'She writes most of her tools in Rust these days.')).toEqual([]);
    expect(await mentionsOf('place', 'He has a doctorate in Psychology from a small college.')).toEqual([]);
  });
  it('not a word no everyday list has, nor a place the lists know', async () => {
    expect(await mentionsOf('place', 'We spent a week in Tarvessa before the rains.')).toEqual(['Tarvessa']);
    expect(await mentionsOf('place', 'They opened a second shop in Bremen last year.')).toEqual(['Bremen']);
    expect(await mentionsOf('place', 'Prices fell sharply in Turkey last month.')).toEqual(['Turkey']);
  });
});
