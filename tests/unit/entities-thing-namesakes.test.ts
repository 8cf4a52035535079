import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * Namesakes the sentence itself tells apart (lib/entities/thing-appositive.ts, namesakes.ts legislatorInContext,
 * place-evidence.ts NAME_GOES_ON). Sentences written for these tests, not taken from the trap fixtures.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('an appositive that says the name is a thing', () => {
  it('unlinks a place, a country or a person named so: a work, an animal, a band, a drink', async () => {
    for (const [text, word] of [
      ['Lisbon, the new crime thriller, opens on Friday.', 'Lisbon'],
      ['Peru, the racehorse that won at Ascot, was retired.', 'Peru'],
      ['Helsinki, a Finnish rock band, split up in 2019.', 'Helsinki'],
      ['Ghana, a Cambridge rowing coach’s favourite cocktail, is mostly rum.', 'Ghana'],
      ['Nepal, Mira Shah’s 2004 documentary, was restored.', 'Nepal'],
      ['Keepers fed a lion named Kenya at the zoo.', 'Kenya'],
      ['Ghana, a bay colt trained in Ireland, won by a length.', 'Ghana'],
    ])
      expect(await linked(text!, word!), text).toEqual([]);
  });
  it('leaves the place where the appositive describes a place, or after a preposition', async () => {
    expect(await linked('Lisbon, the Portuguese capital, hosted the summit.', 'Lisbon')).toEqual(['place:lisbon']);
    expect(await linked('Ghana, the world’s second-largest cocoa grower, raised prices.', 'Ghana')).toEqual(['country:gh']);
    expect(await linked('Lisbon, the film capital of the week, was busy.', 'Lisbon')).toEqual(['place:lisbon']);
    expect(await linked('In Peru, the documentary, which took years to make, was banned.', 'Peru')).toEqual(['country:pe']);
  });
});

describe('an office no member of Congress holds before a legislator’s full name', () => {
  it('names a namesake', async () => {
    expect(await linked('Historians said President Mike Johnson of the 1880s was forgotten by Congress.', 'Mike Johnson')).toEqual([]);
  });
  it('leaves a legislator’s own title', async () => {
    expect(await linked('Speaker Mike Johnson told the House the vote would go ahead.', 'Mike Johnson')).toEqual(['person:mike-johnson']);
  });
});

describe('a work by the verb before it', () => {
  it('is what one stars in, or sings or performs with no preposition', async () => {
    expect(await linked('He starred in Lisbon for a season on the stage.', 'Lisbon')).toEqual([]);
    expect(await linked('The choir sang Jerusalem before kick-off.', 'Jerusalem')).toEqual([]);
    expect(await linked('The tenor performed Vienna as an encore.', 'Vienna')).toEqual([]);
  });
  it('leaves the place after a preposition or before a possessive', async () => {
    expect(await linked('The choir sang in Vienna on Sunday.', 'Vienna')).toEqual(['place:vienna']);
    expect(await linked('She starred in Vienna’s oldest theatre.', 'Vienna')).toEqual(['place:vienna']);
  });
});

describe('a longer name going on after a particle', () => {
  it('is not the capital of the first word', async () => {
    expect(await linked('The Lima de Arriba festival drew crowds.', 'Lima')).toEqual([]);
    expect(await linked('Lima is the capital of Peru.', 'Lima')).toEqual(['place:lima']);
  });
});

describe('a one-word party name the sentence calls a party', () => {
  it('links by an appositive with "party" or by seats won', async () => {
    expect(await linked('Vox, the hard-right party, gained ground in Spain.', 'Vox')).toEqual(['party:sp:vox']);
    expect(await linked('In the Spanish vote Vox won 19 seats.', 'Vox')).toEqual(['party:sp:vox']);
  });
  it('not by a comma and another noun', async () => {
    expect(await linked('In Spain, Vox, the news site, laid off staff.', 'Vox')).toEqual([]);
  });
});

describe('an organisation named by an appositive that says it is a thing', () => {
  it('is no link to the organisation', async () => {
    expect(await linked('Interpol, the indie rock band, played two nights in Dublin.', 'Interpol')).toEqual([]);
    expect(await linked('Interpol, the police body, issued a red notice.', 'Interpol')).toEqual(['org:interpol']);
  });
});

describe('"the <city> side" in sports writing', () => {
  it('is the club, not the city', async () => {
    expect(await linked('Talks between the Lisbon side and the coach’s agents stalled.', 'Lisbon')).toEqual([]);
  });
  it('leaves a side of the place', async () => {
    expect(await linked('Crowds gathered on the Lisbon side of the river.', 'Lisbon')).toEqual(['place:lisbon']);
  });
});

describe('a place’s name alone in quotation marks', () => {
  it('is a title (a song, a track, a cultivar), not the place', async () => {
    expect(await linked('The album closes with “Lisbon,” a slow ballad.', 'Lisbon')).toEqual([]);
    expect(await linked('Prune the ‘Perth’ rose in late winter.', 'Perth')).toEqual([]);
  });
  it('not a quotation that goes on, nor a possessive', async () => {
    expect(await linked('“Lisbon is my home,” she said.', 'Lisbon')).toEqual(['place:lisbon']);
    expect(await linked('"Lisbon\'s trams are full," she said.', 'Lisbon')).toEqual(['place:lisbon']);
  });
});

describe('a city before a sport’s word and a player or team', () => {
  it('is the club', async () => {
    expect(await linked('The charity was founded by Lisbon football legend Eusebio.', 'Lisbon')).toEqual([]);
  });
  it('leaves a country (its national side)', async () => {
    expect(await linked('Portugal football team lost in the final.', 'Portugal')).toEqual(['country:po']);
  });
});
