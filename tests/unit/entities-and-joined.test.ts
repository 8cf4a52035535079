import { describe, expect, it } from 'vitest';
import { typedMentions } from './support/typed-mentions';

describe('"and" inside an institution’s name (lib/entities/and-joined.ts)', () => {
  it('keeps the words before "and" in the name where they have no head of their own', async () => {
    expect(await typedMentions('The rules came from the Housing and Water Supply Board last spring.')).toEqual(['organization Housing and Water Supply Board']);
    expect(await typedMentions('Farmers wrote to the Mining and Energy Authority about the permits.')).toEqual(['organization Mining and Energy Authority']);
    expect(await typedMentions('A report by the Coastal Shipping and Harbour Works Commission was late.')).toEqual([
      'organization Coastal Shipping and Harbour Works Commission',
    ]);
  });

  it('leaves two names of a list apart', async () => {
    // Two bodies, each with its head.
    const two = await typedMentions('She studied at Dornhelm University and Velmora University before the war.');
    expect(two).not.toContain('organization Dornhelm University and Velmora University');
    // A name of its own before "and", or after it ("McClatchy and Tribune", "Baltimore Sun and Hartford Courant").
    expect((await typedMentions('Talks resumed between Quorbex and Harbour Tribune on Monday.')).join()).not.toContain('Quorbex and');
    expect((await typedMentions('He sold the Lindale Sun and Hartwick Courant in May.')).join()).not.toContain('Sun and');
    // A list's comma before the part ("Indeed, Modernize and Times Union").
    expect((await typedMentions('Prices came from Zorvane, Fishing and Times Union this year.')).join()).not.toContain('Fishing and');
    // One word after "and" ("Little, Brown and Company"; "Moonlighter and League of Legends").
    expect((await typedMentions('He met the Kestrel and Company people in town.')).join()).not.toContain('Kestrel and Company');
  });

  it('does not join people or a field of work', async () => {
    expect((await typedMentions('Tom and Jerry Smith visited the farm on Sunday.')).join()).not.toContain('Tom and Jerry');
    expect((await typedMentions('The Sales and Marketing Services team met at noon.')).join()).not.toContain('Sales and Marketing Services');
  });
});
