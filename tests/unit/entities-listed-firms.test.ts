import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

const named = async (text: string, type: string) =>
  (await findEntities(text, lookup)).entities.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
const orgs = (text: string) => named(text, 'organization');

describe('a name listed with an organisation is an organisation (listed-firms.ts)', () => {
  it('"Google and Amazon", "Apple and Google": the name beside a firm', async () => {
    expect(await orgs('In this movie Google and Amazon create a brave new world of media.')).toContain('Amazon');
    expect(await orgs('Apple and Google are facing new rules.')).toContain('Apple');
    expect(await orgs('Both Amazon and Google sell books.')).toEqual(['Amazon', 'Google']);
    expect(await orgs('Use Travelocity or Expedia and see what you come up with.')).toContain('Travelocity');
  });
  it('a list that goes on: each member vouches for the next', async () => {
    expect(await orgs('Microsoft is 4-0 (they took down Netscape, Suns Systems, MAC and IBM) and Google may be next.')).toEqual(
      expect.arrayContaining(['Netscape', 'Suns Systems', 'MAC', 'IBM']),
    );
    expect(await orgs('We have Hobby Lobby, Just for Fun Fabrics, Walmart, and Interior Mall just inside Barling.')).toEqual(
      expect.arrayContaining(['Fun Fabrics', 'Interior Mall']),
    );
  });
  it('not alone, nor in lower case ("the amazon rainforest", "google it")', async () => {
    expect(await orgs('Amazon is a big word. We walked in the amazon rainforest.')).toEqual([]);
    expect(await orgs('Just google it and see.')).toEqual([]);
  });
  it('not where the organisation qualifies a person of a list of people ("Lakers assistant coach Jason Kidd")', async () => {
    const text = 'Only Oscar Robertson, Russell Westbrook, Lakers great Magic Johnson and Lakers assistant coach Jason Kidd had done it.';
    expect(await orgs(text)).not.toContain('Magic Johnson');
    expect(await named(text, 'person')).toContain('Jason Kidd');
  });
  it('a one-word name is no person by it', async () => {
    expect(await named('Google and Amazon said on Monday they would cut jobs.', 'person')).toEqual([]);
  });
  it('not a place, a given name, a person, a word the article writes in lower case, nor a heading', async () => {
    expect(await orgs('Google and Paris signed a deal.')).not.toContain('Paris');
    expect(await orgs('Google and Kate met on Monday.')).not.toContain('Kate');
    expect(await named('Google and Larry Page met.', 'person')).toEqual(['Larry Page']);
    expect(await orgs('Microsoft and Windows are big. Open the windows.')).not.toContain('Windows');
    expect(await orgs('Google and Apple Face New Rules In Europe')).not.toContain('Apple Face New');
  });
  it("not things: a firm's product, a list of tools, a name before the things it names", async () => {
    expect(await orgs('It offers consumer products, such as Google Search, Gmail, and YouTube, to everyone.')).not.toContain('Google Search');
    expect(await orgs('It integrates with tools like Trello and Expedia.')).not.toContain('Trello');
    expect(await orgs('Watch Disney, Pixar, Marvel, and Star Wars movies from one subscription.')).not.toContain('Star Wars');
  });
  it('not a clause joined by ", and", nor a word of one body\'s name ("the X and Y Group")', async () => {
    expect(await orgs('Most users do not intend to use Gmail, and Google is not as popular.')).not.toContain('Gmail');
    expect(await orgs('We announce that the Tawhid and Jihad Group has pledged allegiance.')).not.toContain('Tawhid');
  });
});
