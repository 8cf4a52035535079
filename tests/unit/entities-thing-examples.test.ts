import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';
import { lookup } from './support/mention-at';

/** A name given as an example of a kind of things is no person (withoutThingExamples, lib/entities/thing-examples.ts), on sentences written for this file. */
const people = (text: string) => namesOf('person', text, lookup);

describe('a name given as an example of things is no person (issue 18)', () => {
  it('an example of a kind of things or firms, first in its list or later', async () => {
    expect(await people('Many teams now rely on design tools like Quenby Larch to draft pages.')).not.toContain('Quenby Larch');
    expect(await people('The kit is stocked by retailers such as Brindle, Marsh and Sophie Pell.')).not.toContain('Sophie Pell');
    expect(await people('Writing assistants like Tessa, Quill and Draftly help marketers.')).not.toContain('Tessa');
    expect(await people('Games like Oscar Quest sold well.')).not.toContain('Oscar Quest');
    expect(await people('Firms like Quorvane hired Mayor Tessa Brindle as an adviser.')).not.toContain('Quorvane');
  });

  it('a kind of people still makes a person; a title keeps one', async () => {
    expect(await people('The show featured artists such as Harlow Pell and Mina Drost.')).toContain('Harlow Pell');
    expect(await people('Firms like Quorvane hired Mayor Tessa Brindle as an adviser.')).toContain('Tessa Brindle');
  });
});
