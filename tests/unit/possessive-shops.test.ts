import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';

/**
 * Shops named by their owner's possessive and a trade's noun (lib/entities/possessive-shops.ts; issue 18, session 34): uner-ewt
 * dev annotates "Ray 's Pizza" and "Burch 's Karate" as organisations, and the real pages name "Gold’s Gym", "Cheever’s Cafe".
 * Sentences invented for these tests; each positive failed before the change.
 */
describe('a possessive and a trade’s noun name a shop', () => {
  it('"Joe’s Pizza", "Katz’s Deli", tokenised "Burch ’s Karate": one organisation, the possessive inside', async () => {
    expect(await mentionsOf('organization', "We ate at Joe's Pizza after the game.")).toEqual(["Joe's Pizza"]);
    expect(await mentionsOf('organization', 'Marek’s Deli opened on the corner in 1988.')).toEqual(['Marek’s Deli']);
    expect(await mentionsOf('organization', "Everyone says Burch 's Karate is the best in town.")).toEqual(["Burch 's Karate"]);
    expect(await mentionsOf('organization', 'For maximum accountability, join your local Gold’s Gym!')).toEqual(['Gold’s Gym']);
  });
  it('words between the owner and the noun, and an owner named in full: the shop, no person', async () => {
    expect(await mentionsOf('organization', 'Dinner at Hallam’s Pizza Kitchen is a treat.')).toEqual(['Hallam’s Pizza Kitchen']);
    const t = 'Stop by Mary Tolland’s Kitchen for a quick breakfast.';
    expect(await mentionsOf('organization', t)).toEqual(['Mary Tolland’s Kitchen']);
    expect(await mentionsOf('person', t)).toEqual([]);
  });
  it('not a heading whose name goes on, not a place’s, a firm’s or a kind of people’s, not a named firm of a person', async () => {
    expect(await mentionsOf('organization', 'Here is a Beginner’s Gym Guide with six levels.')).toEqual([]);
    expect(await mentionsOf('organization', 'The best tables are in Hell’s Kitchen, near the river.')).toEqual([]);
    expect(await mentionsOf('organization', 'Sales of Women’s Apparel rose in May.')).toEqual([]);
    expect(await mentionsOf('organization', "London's Tech Bar opened in May.")).toEqual([]);
    expect(await mentionsOf('organization', "In LA, Roy Choi's Kogi BBQ truck was a hit.")).not.toContain("Roy Choi's Kogi BBQ");
    expect(await mentionsOf('organization', "She praised Cheever's cooking at length.")).toEqual([]);
  });
});

describe('a possessive that owns nothing after "at", "to", "from", and the owner’s possessive again', () => {
  it('"dined at Cattlemen’s.", "a tribute to Nando’s, and": the shop, possessive and all', async () => {
    expect(await mentionsOf('organization', 'You have not really dined at Brackley’s. Try the lamb.')).toEqual(['Brackley’s']);
    expect(await mentionsOf('organization', "We are going to Del Frisco's for dinner.")).toEqual(["Del Frisco's"]);
  });
  it('not a home: after a given name, a kin word, or where the possessive owns what follows', async () => {
    expect(await mentionsOf('organization', "We went to John's for dinner.")).toEqual([]);
    expect(await mentionsOf('organization', "We ate at Mom's yesterday.")).toEqual([]);
    expect(await mentionsOf('organization', "We stayed at Grandma's for a week.")).toEqual([]);
    expect(await mentionsOf('organization', "The fields map to Quorvel's and Tamsin's records.")).toEqual([]);
  });
  it('the owner’s possessive elsewhere is the shop, no person ("Britt’s Pizza … former Britt’s location")', async () => {
    const t = "Britt's Pizza is long gone. The new deli opened at former Britt's location. Britt's pizza was better.";
    expect(await mentionsOf('organization', t)).toEqual(["Britt's Pizza", "Britt's", "Britt's pizza"]);
    expect(await mentionsOf('person', t)).toEqual([]);
  });
});
