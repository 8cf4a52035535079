import { describe, expect, it } from 'vitest';
import { evalTraps } from '../eval/ner';

/** The trap scorer itself (tests/eval/ner.ts): what it counts as a false link, a miss and a right link. */
describe('evalTraps scores a meant link by the entity’s type and name', () => {
  it('takes a dataset id’s prefix as the type ("org:" is an organisation), and still counts another entity as wrong', async () => {
    const text = 'NATO ministers met in Brussels on Tuesday.';
    const right = await evalTraps([{ topic: 't', text, expect: [{ text: 'NATO', expect: 'org:NATO' }] }]);
    expect(right.falseLinks).toEqual([]);
    expect(right.missed).toEqual([]);
    const spelled = await evalTraps([{ topic: 't', text, expect: [{ text: 'NATO', expect: 'organization:NATO' }] }]);
    expect(spelled.falseLinks).toEqual([]);
    const wrong = await evalTraps([{ topic: 't', text, expect: [{ text: 'NATO', expect: 'org:United Nations' }] }]);
    expect(wrong.falseLinks.map((f) => f.got)).toEqual(['organization:NATO']);
    const trap = await evalTraps([{ topic: 't', text, expect: [{ text: 'NATO', expect: null }] }]);
    expect(trap.falseLinks).toHaveLength(1);
  });
});
