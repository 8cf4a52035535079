import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';
import { appositiveHead, calledAs } from '../../lib/entities/called-kind';

/**
 * An outlet's or an organisation's name given to a thing of another kind (lib/entities/called-kind.ts). Sentences written for
 * these tests, not taken from the trap fixture.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);
const noun = (text: string, name: string) => {
  const start = text.indexOf(name);
  return calledAs(text, { start, end: start + name.length });
};

describe('a name given to a thing of another kind', () => {
  it('a shop, a bar or a team named after an outlet or a group: no card', async () => {
    expect(await linked('Commuters queue every morning at a tiny bakery called Asharq Al-Awsat near the station.', 'Asharq Al-Awsat')).toEqual([]);
    expect(await linked('A pub quiz team from Leeds, who call themselves the Gulf Cartel, won the county final.', 'Gulf Cartel')).toEqual([]);
    expect(await linked('A five-a-side team calling itself Tren de Aragua topped the league.', 'Tren de Aragua')).toEqual([]);
    expect(noun('The winning pair from Oslo, who call themselves Boko Haram, laughed.', 'Boko Haram')).toBe('pair');
    expect(noun('She sold it to a small gift shop named the Daily Mail.', 'Daily Mail')).toBe('shop');
  });
  it('a medium, a gang, militants or a party of that name: the card', async () => {
    expect(await linked('He rents his flat from the editor of a newspaper called Asharq Al-Awsat.', 'Asharq Al-Awsat')).toEqual(['outlet:aawsat.com']);
    expect(await linked('Police say a gang called Tren de Aragua ran the smuggling route.', 'Tren de Aragua')).toEqual(['group:tren-de-aragua']);
    expect(await linked('The militants, who call themselves Boko Haram, attacked the village.', 'Boko Haram')).toEqual(['group:boko-haram']);
    expect(await linked('A new party called Reform UK won five seats.', 'Reform UK')).toEqual(['party:uk:reform-uk']);
    // (A verb's subject before "called" and its object after the name: "called the shortage a crisis" calls, names nothing.)
    expect(await linked('In Caracas, its president called Tren de Aragua a threat to the nation.', 'Tren de Aragua')).toEqual(['group:tren-de-aragua']);
  });
  it('no noun of its own before the name: nothing to read', () => {
    expect(noun('The so-called Islamic State claimed the attack.', 'Islamic State')).toBeNull();
    expect(noun('Officials called Hamas a terrorist group.', 'Hamas')).toBeNull();
    expect(noun('Meta, formerly known as Facebook, said so.', 'Facebook')).toBeNull();
  });
});

describe('what an appositive after the name says it is', () => {
  const head = (text: string, name: string) => {
    const start = text.indexOf(name);
    return appositiveHead(text, { start, end: start + name.length });
  };
  it("a venue or a shop of an outlet's name: no card", async () => {
    expect(await linked('Couples dance every Friday at The Hill, a converted Victorian chapel in Leeds, until midnight.', 'The Hill')).toEqual([]);
    expect(await linked('Regulars at Politico, a cocktail bar near the station, were served free oysters.', 'Politico')).toEqual([]);
    expect(head('Regulars at Politico, a cocktail bar near the station, were served free oysters.', 'Politico')).toBe('bar');
  });
  it('a medium, a firm, a relation or a clause after the comma: the card stays', async () => {
    expect(await linked('The Hill, a Washington news site, reported the vote on Tuesday.', 'The Hill')).toEqual(['outlet:thehill.com']);
    expect(await linked('Interpol, an international police organisation based in Lyon, issued a red notice.', 'Interpol')).toEqual(['org:interpol']);
    expect(head('The Hill, a rival of Politico, reported the vote.', 'The Hill')).toBeNull();
    // (An act's noun after a clause's last name is the clause's appositive: "…, a move that", "…, a project championed by".)
    expect(await linked('The new bridge in Gdańsk was paid for by the European Union, a move welcomed by local traders.', 'European Union')).toEqual([
      'org:eu',
    ]);
    expect(head('According to The Hill, a spokesman said on Monday that the bill had stalled.', 'The Hill')).toBeNull();
  });
});

describe("a band's name (band-named.ts)", () => {
  it('a band member or the band named with its concert or album: no organisation', async () => {
    expect(await linked('Tickets for the Interpol concert sold out in an hour, and the band added a second night in Glasgow.', 'Interpol')).toEqual([]);
    expect(await linked('The Interpol drummer signed autographs outside the venue.', 'Interpol')).toEqual([]);
  });
  it("a body's own concert, or no band in the sentence: the organisation", async () => {
    expect(await linked('The Interpol concert for retired officers raised money for a police charity in Lyon.', 'Interpol')).toEqual(['org:interpol']);
    expect(await linked('Interpol, the international police body, issued a red notice on Monday.', 'Interpol')).toEqual(['org:interpol']);
  });
});

describe("a foreign outlet's title of everyday words (generic-titles.ts)", () => {
  it("its country not named: somebody's local paper, no card", async () => {
    expect(await linked('She kept the Daily News clipping about her grandfather in a drawer in Ohio for forty years.', 'Daily News')).toEqual([]);
    expect(await linked('The Daily News reported on Tuesday that the county fair would be cancelled.', 'Daily News')).toEqual([]);
  });
  it('its country named: the outlet', async () => {
    expect(await linked('The Daily News in Colombo reported that the Sri Lankan cabinet had approved the budget.', 'Daily News')).toEqual([
      'outlet:dailynews.lk',
    ]);
  });
});
