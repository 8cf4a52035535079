import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

const orgs = async (text: string) =>
  (await findEntities(text, lookup)).entities.filter((e) => e.type === 'organization').map((e) => e.mentions.map((m) => text.slice(m.start, m.end)));

describe('"Air" and a country or a place name a firm (named-after.ts, classify-name.ts)', () => {
  it('"Air Portugal", "Air Tahiti": an organisation at each mention', async () => {
    expect(await orgs('We flew Air Portugal to Lisbon. I would fly Air Portugal again.')).toEqual([['Air Portugal', 'Air Portugal']]);
    expect(await orgs('The crew of Air Tahiti were kind.')).toEqual([['Air Tahiti']]);
  });
  it('not "air" in lower case before a place', async () => {
    expect(await orgs('The air in Portugal was clean, and air pollution in Lisbon fell.')).toEqual([]);
  });
});
