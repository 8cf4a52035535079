import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';
import { listsOnly } from './support/lists-only';

/** No dataset: only the name finder's lists. */
const lookup = listsOnly;

const places = (text: string) => mentionsOf('place', text, lookup, true);

describe('a US state code after a town and a comma, or after "the state of"', () => {
  it('the code and its town are places', async () => {
    expect(await places('The band plays in Bothell, WA and then in Findlay, OH next month.')).toEqual(['Bothell', 'WA', 'Findlay', 'OH']);
    expect(await places('Forms go to the clerk, Albany,NY 12231 by post.')).toEqual(['Albany', 'NY']);
    expect(await places('She got her licence in the state of NJ last year.')).toEqual(['NJ']);
  });

  it('a town named like a person counts only where it is known as a place', async () => {
    expect(await places('We spent a week in Lawrence, KS with friends.')).toEqual(['Lawrence', 'KS']);
    expect(await places('Dear Lisa, OK then, see you soon.')).toEqual([]);
  });

  it('no degree after a name, no answer, no line of capitals', async () => {
    expect(await places('The study was led by Dana Whitfield, MD, and her team.')).toEqual([]);
    expect(await places('Authors: Pat Greenway1, MS; Lee Harlow2, PhD.')).toEqual([]);
    expect(await places('Yes, OK. We will go.')).toEqual([]);
    expect(await places('PLEASE SIGN IN, OR REGISTER NOW')).toEqual([]);
  });
});

describe("a big city's short name after a preposition of place or travel", () => {
  it('is a place', async () => {
    expect(await places('We moved to NYC last spring and flew on to LA.')).toEqual(['NYC', 'LA']);
    expect(await places('Any quiet cafe in SF for a first date?')).toEqual(['SF']);
  });

  it('not as a current, a genre or part of a longer name', async () => {
    expect(await places('Few hybrids can charge at DC fast chargers.')).toEqual([]);
    expect(await places('She reads a lot of work in SF magazines.')).toEqual([]);
    expect(await places('He drew for years in DC Comics titles.')).toEqual([]);
  });
});

describe('a state code written in title case after a town ("Seattle, Wa", "San Rafael Ca")', () => {
  it('after a place and a comma, or ending a built place: the code is a place of its own', async () => {
    expect(await places('I used a firm based in Seattle, Wa.')).toEqual(['Seattle', 'Wa']);
    expect(await places('What to do in San Rafael Ca?')).toEqual(['San Rafael', 'Ca']);
    expect(await places('okay so i live in San Rafael Ca like by the mall.')).toEqual(['San Rafael', 'Ca']);
  });

  it('not a code that is also a word or a title ("Pa", "Ma"), not after a person, not going on as a name', async () => {
    expect(await places('We flew home to Seattle, Pa said.')).toEqual(['Seattle']);
    expect(await places('Thanks for the card, Wa Lee wrote.')).toEqual([]);
    expect(await places('I used a firm based in Seattle, Wa Lee said.')).toEqual(['Seattle']);
  });
});
