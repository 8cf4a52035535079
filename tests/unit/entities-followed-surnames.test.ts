import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

/**
 * A person named in full is named again by surname later — but only by a word that can stand for a
 * person: "Dan I said …" made every later "I" of the article a mention of "Dan I" (a highlight on
 * each), as a regnal number would ("Amyntas I … I doubt it").
 */
const mentionsOf = async (text: string, name: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.name === name).flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
};

describe('later surnames of people the article names', () => {
  it('a regnal number or an initial at a name’s end is not followed', async () => {
    expect(await mentionsOf('Dan I said the plan would work. I think so too, and I agree.', 'Dan I')).not.toContain('I');
    expect(await mentionsOf('King Amyntas I accepted the terms. I doubt it lasted.', 'Amyntas I')).not.toContain('I');
  });

  it('an ordinary surname still is', async () => {
    expect(await mentionsOf('Jane Doe arrived on Monday. Doe said the talks went well.', 'Jane Doe')).toEqual(['Jane Doe', 'Doe']);
  });
});
