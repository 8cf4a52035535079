import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';
import { lookup } from './support/mention-at';

/** A message signed with initials (lib/entities/signature.ts initialsSignOffs), on lines written for this file. */
const people = (text: string) => mentionsOf('person', text, lookup);

describe('initials alone on a line, beside the full name (issue 18)', () => {
  it('are a mention of the person they abbreviate', async () => {
    expect(await people('Please clarify the amount.\nThx\ndq\nDebra Quillfeather\nRevised Article 4.6')).toEqual(['dq', 'Debra Quillfeather']);
    expect(await people('Do you have this information?\nDq\nDebra Quillfeather')).toEqual(['Dq', 'Debra Quillfeather']);
  });

  it('not when two people nearby share them, nor far from the name, nor a common acronym', async () => {
    expect(await people('Photos by Jane Doe and John Dean\nJD')).toEqual(['Jane Doe', 'John Dean']);
    expect(await people(`dq\n${'The draft is long. '.repeat(30)}\nDebra Quillfeather said so.`)).toEqual(['Debra Quillfeather']);
    expect(await people('Tim Vance said so.\nTV')).toEqual(['Tim Vance']);
  });
});
