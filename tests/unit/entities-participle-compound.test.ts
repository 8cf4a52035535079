import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';

const places = (text: string) => mentionsOf('place', text, undefined, true);
const people = (text: string) => mentionsOf('person', text, undefined, true);

describe('a capitalised compound adjective in a participle is no word of a name (name-words.ts PARTICIPLE_COMPOUND)', () => {
  it('"in Egyptian-controlled Sinai": the place without the compound before it', async () => {
    expect(await places('The troops stayed in Egyptian-controlled Sinai for a year.')).toEqual(['Sinai']);
  });
  it('"Michelin-starred Kelvora", "Velto-based Macs": no person', async () => {
    expect(await people('The chef, who ran the Michelin-starred Kelvora until 2019, cooks here now.')).toEqual([]);
    expect(await people('Crashes may occur on Velto-based Macs when the switch is on.')).toEqual([]);
  });
});
