import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';

const places = (text: string) => mentionsOf('place', text, undefined, true);

describe('what one visited, reached or fled is a place', () => {
  it('"visited Tarvessa.", "fled Kelbrin in 1864", "reaching Vardo"', async () => {
    expect(await places('The peacekeeping chief visited Tarvessa.')).toEqual(['Tarvessa']);
    expect(await places('Thousands fled Kelbrin in 1864.')).toEqual(['Kelbrin']);
    expect(await places('The convoy was reaching Vardo, officials said.')).toEqual(['Vardo']);
  });

  it('not what a reader is told to visit, a reporter reached, a noun qualified, an abbreviation or a people', async () => {
    for (const text of [
      'Students can visit Tarvessa to buy used textbooks.',
      'Kelbrin could not be reached for comment, and we reached Vardo by phone.',
      'The minister visited Tarvessa factories last week.',
      'Officials met the visiting Vardonians on Monday.',
    ])
      expect(await places(text)).toEqual([]);
    expect(await places('They visited St. Kelbrin Island.')).not.toContain('St');
  });

  it('a site\u2019s noun and "at" before the name: "the temple at Tarvessa", "the refinery at Kelbrin"; not a firm or a school after "at"', async () => {
    expect(await places('An inscription was found in the temple at Tarvessa.')).toEqual(['Tarvessa']);
    expect(await places('Workers struck at the refinery at Kelbrin, officials said.')).toEqual(['Kelbrin']);
    expect(await places('She took a job at Vardo and is finishing law school at Kelbrin.')).toEqual([]);
  });

  it('a kind of place "called" or "named" the name, a sure placing carried to its mentions nearby', async () => {
    expect(await places('Why is the town called Tarvessa? There is a Tarvessa in Ohio too.')).toEqual(['Tarvessa', 'Tarvessa', 'Ohio']);
    expect(await places('A firm called Kelbrin made it.')).toEqual([]);
  });
});
