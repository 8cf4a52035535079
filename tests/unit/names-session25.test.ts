import { describe, expect, it } from 'vitest';
import { namesOf } from './support/found';
import { lookup } from './support/mention-at';

/** Article-built names that are pieces of a longer name (names-judged-2026-12-06-s59 kinds); sentences written for these tests. */
const people = (text: string) => namesOf('person', text, lookup);
const orgs = (text: string) => namesOf('organization', text, lookup);
const places = (text: string) => namesOf('place', text, lookup);

describe('a name joined to a capitalised word by "&" is a piece of a longer name (issue 18)', () => {
  it("a firm's two halves, a firm's word after it, an institution's '… of … & …'", async () => {
    expect(await people('To learn your options, call Morgan & Morgan for a free case review.')).not.toContain('Morgan');
    expect(await people('The job went to Dorian Vessel & Sons, a family firm from Ohio.')).not.toContain('Dorian Vessel');
    expect(await orgs('A study in the Journal of Coastal Ecology & Marine Policy found the same.')).not.toContain('Journal of Coastal Ecology');
    expect(await orgs('Movers we like: Kessel Moving & Storage Co., Inc. was founded in 1992.')).not.toContain('Storage Co');
    expect(await orgs('Top firms: Dimon & Bacorn Company of Binghamton and two more.')).toEqual([]);
  });

  it('two people credited together, two names each written alone, and places stay', async () => {
    expect(await people('The show pairs Maggi Hollis & Sarah Lund in one room.')).toContain('Maggi Hollis');
    const both = await orgs('We post on Facebook & Instagram. Ads on Instagram cost more than ads on Facebook.');
    expect(both).toContain('Facebook');
    expect(both).toContain('Instagram');
    expect(await places('We install heat pumps in Northern Kentucky & Southern Ohio.')).toContain('Northern Kentucky');
  });
});

describe('an institution named for its subject with "on" is one name (issue 18)', () => {
  it('neither the head nor the subject is shown alone', async () => {
    expect(await orgs('The National Institute on Drug Abuse has also estimated that many teens use it.')).not.toContain('National Institute');
    expect(await orgs('Jim Wade, of the Business Group on Health, said costs rose.')).not.toContain('Business Group');
    expect(await people('The Greater Velmor Institute on Coastal Policy said the levels rose.')).toEqual([]);
  });

  it('a date, a street or a number after "on" keeps the name', async () => {
    expect(await orgs('The Velmor Institute on Monday named a new head.')).toContain('Velmor Institute');
    expect(await orgs('The talk is at the Velmor Arts Center on Peachtree Street.')).toContain('Velmor Arts Center');
  });
});

describe('a qualifier before everyday words the article writes in lower case is no place (issue 18)', () => {
  it('a heading or a list item: an adjective before a noun', async () => {
    expect(await places('Enclosed porches are the New Living Room. A living room needs light.')).not.toContain('New Living Room');
    expect(await places('Pros of a Rebuild or New Build\nA new build takes a year.')).not.toContain('New Build');
    expect(await places('Week 2: Adapt to New Training Zones. Your training zones change as you get fitter.')).not.toContain('New Training Zones');
    expect(await places('Con: Lower Pay in Industry\nThe pay is lower than in consulting.')).not.toContain('Lower Pay');
  });

  it("a word of the place's own or a second qualifier keeps the place", async () => {
    expect(await places('We drove on to Little Brennick, a town of 900 people.')).toContain('Little Brennick');
    expect(await places('She moved to the Greater East End; the east end of the bay is quiet.')).toContain('Greater East End');
  });
});
