import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';
import { lookup } from './support/mention-at';

/**
 * A built place's name of everyday words only that heads a value ("Price Range: $11-$88") is a label in a table or a
 * specification list, no place (lib/entities/value-label.ts); own sentences, after the real pages' kinds.
 */
const places = (text: string) => namesOf('place', text, lookup);

describe('a label heading a value is no place (issue 18)', () => {
  it('a specification label before a colon and a measure', async () => {
    const text = 'The Brindle kettle pours well. Capacity: 30 ounces | Temperature Range: 104–212 degrees Fahrenheit. It heats fast.';
    expect(await places(text)).not.toContain('Temperature Range');
  });

  it('a price label, at every mention', async () => {
    const text = 'Velmoor makes linen shirts. Price Range: $11-$88 Available in: most countries. Corvane uses hemp. Price Range: $8-$55 Available.';
    expect(await places(text)).not.toContain('Price Range');
  });

  it('a table heading before its numbers, on the next line', async () => {
    const text = 'Costs rise with size.\nHome Size (Sq. Ft.)\tAverage Cost Range\n1,250\t$18,750–$75,000\n1,600\t$24,000–$96,000';
    expect(await places(text)).not.toContain('Average Cost Range');
    expect(await places('Scooters compared.\nLongest Range\n8.4 miles')).not.toContain('Longest Range');
  });

  it('a place with a name of its own before a value stays', async () => {
    const text = 'Salaries vary by region, but in general: - Eastern Europe: $35,000 - $75,000 per year - Southeast Asia: $20,000 per year.';
    expect(await places(text)).toContain('Eastern Europe');
  });

  it('a range of everyday words with no value after it stays', async () => {
    const text = 'We hiked along the Long Range for three days before the weather turned.';
    expect(await places(text)).toContain('Long Range');
  });

  it("an address's state before its postal code stays", async () => {
    const text = 'Write to Ana Reyes, 21 Jump Street Suite 28A, Metropolis, Evergreen State 21001 for a copy.';
    expect(await places(text)).toContain('Evergreen State');
  });

  it('a price tier in currency signs or a bound before a number, after a colon or a bar', async () => {
    const text = 'Orvane Media | Year Founded: 2019 | Price Range: $$ | Rating: 4.8. Bellcast Agency | Price Range: $$$ | Rating: 4.6.';
    expect(await places(text)).not.toContain('Price Range');
    const sizes = 'Velmoor makes denim. Best For | Denim Size Range | Up to 24 Price Range | $ — $$ Velmoor ships worldwide.';
    const found = await places(sizes);
    expect(found).not.toContain('Size Range');
    expect(found).not.toContain('Price Range');
  });
});
