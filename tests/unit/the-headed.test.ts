import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';
import { theHeaded, theHeadedMostly } from '../../lib/entities/the-headed';

/**
 * A one-word name the article mostly writes as "the X" heading its phrase is a thing's, a place's or a group's, not one
 * person's (lib/entities/the-headed.ts). Real pages had "the Gateway" (a lunar station) and "the Democrats" built as people.
 * Sentences written for these tests, with other names.
 */
const typeAt = async (text: string, surface: string) => (await mentionAt(text, surface)).e?.type;

describe('a one-word name mostly headed by "the"', () => {
  it('is no person, whatever verb stands after its bare mention', async () => {
    const station =
      'Critics say Starport died years ago. Engineers still want the Starport in orbit, and the agency said the Starport would host crews. Nobody sees a role for the Starport.';
    expect(await typeAt(station, 'Starport')).not.toBe('person');
    const party = "Senator Paul Drake accused the Whigs of blocking the bill. He said the Whigs are wrong, and Whigs said they would fight the Whigs' critics.";
    expect(await typeAt(party, 'Whigs')).not.toBe('person');
    expect(await typeAt(party, 'Paul Drake')).toBe('person');
  });
  it('but "the" before a name used as a modifier, or once among bare mentions, keeps the person', async () => {
    expect(await typeAt('Critics say Starport died years ago, said Lena Ortiz, who said the Starport family was proud.', 'Starport')).toBe('person');
    const twice = 'Critics say Varnell died in 1911, said the curator. Varnell painted the harbour, and the Varnell in the hall is his.';
    expect(await typeAt(twice, 'Varnell')).toBe('person');
  });
});

describe('theHeaded', () => {
  const at = (text: string, word: string) => theHeaded(text, { start: text.indexOf(word), end: text.indexOf(word) + word.length });
  it('reads "the" right before and punctuation, a possessive, a number or a small word after', () => {
    expect(at('a role for the Gateway.', 'Gateway')).toBe(true);
    expect(at('accused the Whigs of lying', 'Whigs')).toBe(true);
    expect(at("the Whigs' critics", 'Whigs')).toBe(true);
    expect(at('the RedCat 51 is fast', 'RedCat')).toBe(true);
  });
  it('not a modifier, a capital "The", or a word between', () => {
    expect(at('the Bush administration said', 'Bush')).toBe(false);
    expect(at('The Whigs are wrong', 'Whigs')).toBe(false);
    expect(at('the late Varnell said', 'Varnell')).toBe(false);
    expect(at('other Whigs are wrong', 'Whigs')).toBe(false);
  });
  it('counts every whole-word occurrence, not parts of longer words', () => {
    expect(theHeadedMostly('the Gate is shut. Gateway said no. Gateways opened.', 'Gate')).toBe(true);
    expect(theHeadedMostly('the Gate is shut. Gate said no. Gate opened.', 'Gate')).toBe(false);
  });
});
