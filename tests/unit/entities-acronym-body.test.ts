import { describe, expect, it } from 'vitest';
import { bodyActsAfterThe } from '../../lib/entities/acronym-body';
import { mentionsOf } from './support/found';

/** An unlisted acronym that "the" opens and a body's act follows is an organisation's (lib/entities/acronym-body.ts); sentences written for these tests. */
describe('an acronym a sentence makes a body: "The NHS will offer the jab"', () => {
  it('"the", the acronym and a verb of speech or of a body\'s decision make an organisation', async () => {
    expect(await mentionsOf('organization', 'The QVRA will offer the jab to everyone over 75.')).toEqual(['QVRA']);
    expect(await mentionsOf('organization', 'On Monday the RSPCX said the dog was safe.')).toEqual(['RSPCX']);
    expect(await mentionsOf('organization', 'The IIBX offers related credentials to its members.')).toEqual(['IIBX']);
    expect(await mentionsOf('organization', 'Last year the ZTFA banned the drug.')).toEqual(['ZTFA']);
  });

  it('not a role that speaks, a machine, a noun or an adjective after the acronym, nor a heading in capitals', async () => {
    for (const text of [
      'The DA said charges would follow.', // (two letters: a district attorney, a DJ, a GP speak too)
      'The CIO said the rollout was late.',
      'The SVP warned staff on Friday.',
      'The LLM said the answer was four.',
      'Then you write the CSS rules for it.',
      'This is the FIDE approved size.',
      'The SLS has been a key part of the plan.',
      'THE QVRA SAID NO.',
      'QVRA said it would wait.', // (no "the")
    ])
      expect(await mentionsOf('organization', text), text).toEqual([]);
  });

  it('asks only "the" before and a lower-case act after', () => {
    const at = (text: string, name: string, before: string | null) => {
      const start = text.indexOf(name);
      return bodyActsAfterThe(text, { start, end: start + name.length }, before);
    };
    expect(at('the QVRA has warned of delays', 'QVRA', 'the')).toBe(true);
    expect(at('the QVRA rules apply', 'QVRA', 'the')).toBe(false);
    expect(at('a QVRA said', 'QVRA', 'a')).toBe(false);
    expect(at('the QVRA-said thing', 'QVRA', 'the')).toBe(false);
  });
});
