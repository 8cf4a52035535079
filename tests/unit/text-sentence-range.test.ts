import { describe, expect, it } from 'vitest';
import { sentenceRangeAround } from '../../lib/text/sentences';

/** The sentence around a name, as the rules that ask for one see it. */
function around(text: string, name: string, reach = 400): string {
  const start = text.indexOf(name);
  return text.slice(...sentenceRangeAround(text, start, start + name.length, reach)).trim();
}

describe('sentenceRangeAround', () => {
  it('stops at a full stop before a space on both sides', () => {
    expect(around('He left early. Athens was quiet on Sunday. Then it rained.', 'Athens')).toBe('Athens was quiet on Sunday');
  });

  it('does not cut at a decimal point or a dotted name before the name', () => {
    const text = 'The firm raised $1.2 billion in Athens, Georgia, on Monday. Next.';
    expect(around(text, 'Athens')).toBe('The firm raised $1.2 billion in Athens, Georgia, on Monday');
    expect(around('Shoppers on Amazon.com in Athens paid more.', 'Athens')).toBe('Shoppers on Amazon.com in Athens paid more');
  });

  it('stops at a line break and within its reach', () => {
    expect(around('HEADLINE\nAthens mayor resigns', 'Athens')).toBe('Athens mayor resigns');
    const far = 'x'.repeat(50) + ' Athens';
    expect(around(far, 'Athens', 10).length).toBeLessThanOrEqual(10 + 'Athens'.length);
  });
});
