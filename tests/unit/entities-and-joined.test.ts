import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { listsOnly } from './support/lists-only';

/** "type surface" for every mention, in text order (no dataset: only the name finder's lists). */
async function mentions(text: string): Promise<string[]> {
  const { entities } = await findEntities(text, listsOnly);
  return entities
    .flatMap((e) => e.mentions.map((m) => ({ at: m.start, s: `${e.type} ${text.slice(m.start, m.end)}` })))
    .sort((a, b) => a.at - b.at)
    .map((x) => x.s);
}

describe('"and" inside an institution’s name (lib/entities/and-joined.ts)', () => {
  it('keeps the words before "and" in the name where they have no head of their own', async () => {
    expect(await mentions('The rules came from the Housing and Water Supply Board last spring.')).toEqual(['organization Housing and Water Supply Board']);
    expect(await mentions('Farmers wrote to the Mining and Energy Authority about the permits.')).toEqual(['organization Mining and Energy Authority']);
    expect(await mentions('A report by the Coastal Shipping and Harbour Works Commission was late.')).toEqual([
      'organization Coastal Shipping and Harbour Works Commission',
    ]);
  });

  it('leaves two names of a list apart', async () => {
    // Two bodies, each with its head.
    const two = await mentions('She studied at Dornhelm University and Velmora University before the war.');
    expect(two).not.toContain('organization Dornhelm University and Velmora University');
    // A name of its own before "and", or after it ("McClatchy and Tribune", "Baltimore Sun and Hartford Courant").
    expect((await mentions('Talks resumed between Quorbex and Harbour Tribune on Monday.')).join()).not.toContain('Quorbex and');
    expect((await mentions('He sold the Lindale Sun and Hartwick Courant in May.')).join()).not.toContain('Sun and');
    // A list's comma before the part ("Indeed, Modernize and Times Union").
    expect((await mentions('Prices came from Zorvane, Fishing and Times Union this year.')).join()).not.toContain('Fishing and');
    // One word after "and" ("Little, Brown and Company"; "Moonlighter and League of Legends").
    expect((await mentions('He met the Kestrel and Company people in town.')).join()).not.toContain('Kestrel and Company');
  });

  it('does not join people or a field of work', async () => {
    expect((await mentions('Tom and Jerry Smith visited the farm on Sunday.')).join()).not.toContain('Tom and Jerry');
    expect((await mentions('The Sales and Marketing Services team met at noon.')).join()).not.toContain('Sales and Marketing Services');
  });
});
