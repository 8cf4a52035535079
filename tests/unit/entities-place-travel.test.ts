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

describe('"intended to reach Tarvessa": a journey told in the past, then the base form (issue 18)', () => {
  it('a past intent or a march, "to", then reach, visit or enter before a one-word name', async () => {
    expect(await places('The expedition was led by a general who intended to reach Tarvessa.')).toEqual(['Tarvessa']);
    expect(await places('He tried to enter Kelbrin in the winter of 1812.')).toEqual(['Kelbrin']);
    expect(await places('The army marched to reach Vardomir before the snow.')).toEqual(['Vardomir']);
  });

  it('not a reader told what to do, a reporter who tried to reach a firm, or a wish', async () => {
    expect(await places('You need to reach Silver status first.')).toEqual([]);
    expect(await places('Reporters failed to reach Quorvix for comment.')).toEqual([]);
    expect(await places('I wanted to visit Quorvix in May.')).toEqual([]);
  });
});

describe('"born at Fulham", "died at Southsea", "stationed at Aldershot": where a life or a stay is told (issue 18)', () => {
  it('a verb of a life or of a soldier’s stay, "at", then a one-word name ending its phrase', async () => {
    expect(await places('He was born at Tarvessa in 1840.')).toEqual(['Tarvessa']);
    expect(await places('She died at Kelbrin in 1901.')).toEqual(['Kelbrin']);
    expect(await places('The regiment was stationed at Vardomir.')).toEqual(['Vardomir']);
  });

  it('not a school, an employer or a hotel after "at"', async () => {
    expect(await places('He was educated at Quorvix.')).toEqual([]);
    expect(await places('She worked at Quorvix for years.')).toEqual([]);
    expect(await places('They stayed at Quorvix for a week.')).toEqual([]);
  });
});
