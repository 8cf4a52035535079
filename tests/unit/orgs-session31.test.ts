import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';

/**
 * Organisations by rules added in session 31 (issue 18), read on the tuning parts (uner-wiki half A, uner-ewt dev and test
 * half A); sentences invented for these tests. Each positive failed before the change.
 */
describe('a known organisation before an office’s title or an event’s head word (lib/entities/known-org-first.ts)', () => {
  it('"NASA Administrator Jim Wells", "Google CEO Sundar Pichai": the employer, and the person after the title', async () => {
    const t = 'NASA Administrator Jim Wells said the launch would slip.';
    expect(await mentionsOf('organization', t)).toEqual(['NASA']);
    expect(await mentionsOf('person', t)).toEqual(['Jim Wells']);
    expect(await mentionsOf('organization', 'On Monday Google CEO Sundar Pichai spoke to investors.')).toEqual(['Google']);
    expect(await mentionsOf('organization', 'The deal was signed by Nike Chief Executive Ann Porter.')).toEqual(['Nike']);
  });
  it('"the 2003 NASCAR Winston Cup", "the FIFA World Cup": the organisation inside the event’s name', async () => {
    expect(await mentionsOf('organization', 'He became the 2003 NASCAR Winston Cup champion that year.')).toEqual(['NASCAR']);
    expect(await mentionsOf('organization', 'Millions watched the FIFA World Cup final on television.')).toEqual(['FIFA']);
  });
  it('not a product’s name after the brand, even one ending in a title word, and no title before no name', async () => {
    expect(await mentionsOf('organization', 'The paper is listed in Google Scholar search results.')).toEqual([]);
    expect(await mentionsOf('organization', 'He used Microsoft Search to find the file.')).toEqual([]);
    expect(await mentionsOf('organization', 'Set up the shop in Facebook Business Manager first.')).toEqual([]);
    expect(await mentionsOf('organization', 'We bought a Toyota Venza last winter.')).toEqual([]);
  });
  it('not the organisation’s own longer name, not a shouted line, not a person', async () => {
    expect(await mentionsOf('organization', 'He gave the money to the Ford Foundation in May.')).toEqual(['Ford Foundation']);
    expect(await mentionsOf('organization', 'TOYOTA RAV4 PRIME Toyota is rolling out a new model.')).not.toContain('TOYOTA');
    expect(await mentionsOf('person', 'Harrison Ford said the film was his favourite.')).toEqual(['Harrison Ford']);
  });
});
