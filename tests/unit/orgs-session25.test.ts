import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';

/**
 * Organisations by kinds of evidence added in session 25 (issue 18), read on the tuning parts of uner-ewt (dev, test half A);
 * sentences and names invented for these tests. Each positive is a test of its own (each failed before the change).
 */
describe('names joined by "&" before a legal form or a partners’ word', () => {
  it('"Varrow & Quint, LLP": a legal form after the second name', async () => {
    expect(await mentionsOf('organization', 'Varrow & Quint, LLP; invoice #4412 dated 3/2/01')).toEqual(['Varrow & Quint, LLP']);
  });
  it('"Tomas R. Pellin & Associates, PC": a person’s full name first, no person', async () => {
    const text = 'Tomas R. Pellin & Associates, PC; invoice #10461 dated 5/28/00.';
    expect(await mentionsOf('organization', text)).toEqual(['Tomas R. Pellin & Associates, PC']);
    expect(await mentionsOf('person', text)).toEqual([]);
  });
  it('"Brannock & Sons": a partners’ word last, after a word that opens the sentence', async () => {
    expect(await mentionsOf('organization', 'Contact Brannock & Sons for a quote on the roof.')).toEqual(['Brannock & Sons']);
  });
  it('"Ostley & Marr Co.": the short form’s full stop in the span', async () => {
    expect(await mentionsOf('organization', 'Shares of Ostley & Marr Co. rose on Tuesday.')).toEqual(['Ostley & Marr Co.']);
  });
  it('"All Star Moving & Storage, Inc." in a list: a word that opens sentences is kept mid-sentence', async () => {
    expect(await mentionsOf('organization', 'Movers we called: Clark Moving - All Star Moving & Storage, Inc. - Reliable Movers LLC.')).toContain(
      'All Star Moving & Storage, Inc.',
    );
  });
  it('not names joined by "&" alone (people, a heading’s words), nor a body’s name and a firm’s', async () => {
    expect(await mentionsOf('organization', 'Chuck & Gretchen were very kind to us.')).toEqual([]);
    expect(await mentionsOf('organization', 'News & Events')).toEqual([]);
    expect(await mentionsOf('organization', 'Varrow & Quint met for lunch on Friday.')).toEqual([]);
    expect(await mentionsOf('organization', 'She runs Glisten Academy & Glimmer Cleaning Co. in Leeds.')).not.toContain(
      'Glisten Academy & Glimmer Cleaning Co.',
    );
    // (nor a piece of a name that goes on past "of")
    expect(await mentionsOf('organization', 'We hired Varrow & Quint Company of Tarvel for the move.')).toEqual([]);
  });
});

describe('an institution’s head word before the last "of", after a place’s "of"', () => {
  it('"the District of Tarvel Court of Appeals" is a court, not a place', async () => {
    const text = 'She was named a judge of the District of Tarvel Court of Appeals, replacing Ellis Morrow.';
    expect(await mentionsOf('organization', text)).toEqual(['District of Tarvel Court of Appeals']);
    expect(await mentionsOf('place', text)).toEqual([]);
  });
});

describe('a team named in the plural, "the" before it, a team’s noun after it', () => {
  it('"the Corvettes game": a team, though nothing else says so', async () => {
    expect(await mentionsOf('organization', 'I have an extra ticket for the Corvettes game on Saturday.')).toEqual(['Corvettes']);
  });
  it('"the Giants fans": an everyday word as a team’s name', async () => {
    expect(await mentionsOf('organization', 'We sat with the Giants fans near the end zone.')).toEqual(['Giants']);
  });
  it('not a people’s plural, nor a word without "the"', async () => {
    expect(await mentionsOf('organization', 'He drew the Americans fans had hoped for.')).toEqual([]);
    expect(await mentionsOf('organization', 'Corvettes game nights are fun.')).toEqual([]);
  });
});
