import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';
import { institutionNamed } from '../../lib/entities/office-bodies';
import type { DatasetEntity } from '../../lib/types';

/**
 * Kinds of evidence added after reading the errors of trap sets y and z (session 26). Sentences written for these tests with
 * other names and words than the trap fixtures'.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a board named after a place', () => {
  it('"a <place> deck" is the board’s maker, not the place', async () => {
    expect(await linked('She learnt to ride on a Santa Cruz deck her brother had outgrown.', 'Santa Cruz')).toEqual([]);
  });
  it('but the place with a deck elsewhere in the sentence stays', async () => {
    expect(await linked('Passengers crowded the upper deck as the ferry left Santa Cruz.', 'Santa Cruz')).toEqual(['place:santa-cruz-bl']);
  });
});

describe('an appositive that calls the name a club or a lounge', () => {
  it('is the venue, though a preposition of place stands before it', async () => {
    expect(await linked('The band played at Lisbon, a jazz club near the station, until the police arrived.', 'Lisbon')).toEqual([]);
    expect(await linked('Drinks at Havana, a cigar lounge in Soho, cost twenty pounds.', 'Havana')).toEqual([]);
  });
  it('but an appositive that calls it a city keeps the place', async () => {
    expect(await linked('The band played in Lisbon, a city of hills, for three nights.', 'Lisbon')).toEqual(['place:lisbon']);
  });
});

describe('two countries side by side', () => {
  it('a country beside another country’s own name that people also bear is in a list of countries', async () => {
    expect(await linked('Farmers in Chad and Niger are planting earlier because the rains have shifted.', 'Niger')).toEqual(['country:ng']);
    expect(await linked('Water from the river is shared by Jordan and Syria under a 1987 treaty.', 'Syria')).toEqual(['country:sy']);
  });
});

describe('a country English writes with "the", after a preposition of place', () => {
  it('is the country though a verb follows it', async () => {
    expect(await linked('Exporters in the Netherlands expect a weaker harvest this year.', 'Netherlands')).toEqual(['country:nl']);
  });
  it('but not a name that goes on', async () => {
    expect(await linked('Tickets from the Netherlands Chamber Orchestra sold out.', 'Netherlands')).toEqual([]);
  });
});

describe('what only a place has, after its possessive', () => {
  it('a side of the city, its port, its mines', async () => {
    expect(await linked('The shooting happened on Chicago’s South Side late on Friday.', 'Chicago')).toEqual(['place:chicago']);
    expect(await linked('Rotterdam’s port handled fewer containers in March.', 'Rotterdam')).toEqual(['place:rotterdam']);
  });
  it('but not what a person owns', async () => {
    expect(await linked('Bolton’s restaurants closed early.', 'Bolton')).toEqual([]);
  });
});

describe('the edge of a place', () => {
  it('places it as its outskirts do', async () => {
    expect(await linked('A new stadium will rise on the eastern edge of Coventry, the council said.', 'Coventry')).toEqual(['place:coventry']);
  });
});

describe('a division named in full with its own kind', () => {
  it('is the division though its country goes unnamed', async () => {
    expect(await linked('Roads across Nagano prefecture were closed by snow on Sunday.', 'Nagano')).toEqual(['place:nagano']);
  });
  it('but its bare name is still the city it seats', async () => {
    expect(await linked('Roads in Nagano were closed by snow on Sunday.', 'Nagano')).toEqual([]);
  });
});

describe('kinds read in the tuning set ad', () => {
  it('a person named in full whose office’s institution the article names is that person', async () => {
    expect(await linked('Rates will fall slowly, Andrew Bailey said, adding that the Bank of England was watching wages.', 'Andrew Bailey')).toEqual([
      'person:andrew-bailey',
    ]);
  });
  it('but an institution every country has is no one person’s', () => {
    const governor = (title: string) => ({ id: 'person:x', type: 'person', name: 'X', facts: [], aliases: [], roles: [{ title }] }) as unknown as DatasetEntity;
    expect(institutionNamed(governor('Governor of the Central Bank'), 'the Central Bank cut rates')).toBe(false);
    expect(institutionNamed(governor('Governor of the Bank of England'), 'the Bank of England cut rates')).toBe(true);
  });
  it('a country’s name before a US state’s abbreviation is a town of that state', async () => {
    expect(await linked('In Peru, Ind., the county fair opened on Friday.', 'Peru')).toEqual([]);
  });
  it('a genre’s group or a rapper before a place’s name is the performer', async () => {
    expect(await linked('The country group Alabama will tour Europe next spring.', 'Alabama')).toEqual([]);
    expect(await linked('Tickets for the rapper Montana sold out in minutes.', 'Montana')).toEqual([]);
  });
  it('but "the group" alone keeps the place', async () => {
    expect(await linked('The tour group visited Alabama in May.', 'Alabama')).toEqual(['place:alabama']);
  });
  it('a place before a kind of drink and its word is the drink', async () => {
    expect(await linked('A can of Arizona iced tea cost a dollar at the petrol station in Ohio.', 'Arizona')).toEqual([]);
  });
});

describe('kinds read in the tuning set ac', () => {
  it('a sportsman’s position in an appositive makes a namesake of a dataset person', async () => {
    expect(await linked('David Thompson, the veteran goalkeeper who joined from Stoke, kept a clean sheet.', 'David Thompson')).toEqual([]);
  });
  it('a region’s possessive before a quoted title that is sung is the band’s', async () => {
    expect(await linked('Fans were singing Europe’s “The Final Countdown” as the players came out.', 'Europe')).toEqual([]);
  });
  it('but a country’s possessive before a sung title stays the country', async () => {
    expect(await linked('The choir sang Mexico’s “Cielito Lindo” to close the concert.', 'Mexico')).toEqual(['country:mx']);
  });
});

describe('kinds read in the tuning set af', () => {
  it('birds named after places, one or a list of them before the head', async () => {
    expect(await linked('Birders flocked to the harbour after an Iceland gull was seen on Monday.', 'Iceland')).toEqual([]);
    expect(await linked('May brought Tennessee, Kentucky and Canada warblers to the lake shore.', 'Kentucky')).toEqual([]);
  });
  it('but a list of places before a plural noun of people stays places', async () => {
    expect(await linked('Tennessee and Kentucky farmers protested in Washington on Friday.', 'Kentucky')).toEqual(['place:kentucky']);
  });
  it('a title with its own exclamation mark, the sentence going on', async () => {
    expect(await linked('The school’s production of Oklahoma! was cancelled after one night.', 'Oklahoma')).toEqual([]);
  });
  it('a pet’s name after its kind and a comma', async () => {
    expect(await linked('The model shows the engineer walking his old dog, Bern, beside the tracks.', 'Bern')).toEqual([]);
  });
  it('but a capital after "the capital," stays the city', async () => {
    expect(await linked('Officials travelled from Zurich to the capital, Bern, on Monday.', 'Bern')).toEqual(['place:bern']);
  });
});

describe('a term coined after a place, in a headline shouted in capitals', () => {
  it('is read in lower case', async () => {
    expect(await linked('TWITCHERS FLOCK TO PIER AS ICELAND GULL TURNS UP IN A HEATWAVE', 'ICELAND')).toEqual([]);
  });
  it('but the country in a shouted line stays the country', async () => {
    expect(await linked('STORMS BATTER ICELAND AS GULLS FLEE THE COAST', 'ICELAND')).toEqual(['country:ic']);
  });
});

describe('kinds read in the tuning set ah', () => {
  it('a closing quotation mark is no possessive', async () => {
    expect(await linked('Critics Hail Gilliam’s ‘Brazil’ Restoration At The Festival', 'Brazil')).toEqual([]);
    expect(await linked('The Philippines’ economy grew by 5 per cent.', 'Philippines')).toEqual(['country:rp']);
  });
  it('a surname alone in quotation marks is a title, "the X family" a family', async () => {
    expect(await linked('The orchestra played Fleetwood Mac’s ‘Tusk’ at the festival in Warsaw.', 'Tusk')).toEqual([]);
    expect(await linked('The vineyard near Rome has been owned by the Conte family since 1890.', 'Conte')).toEqual([]);
  });
  it('an office title none of the dataset’s bearers holds names somebody else', async () => {
    expect(await linked('SOUTH KOREAN FILM WINS TOP PRIZE AS DIRECTOR LEE THANKS HIS CAST', 'LEE')).toEqual([]);
  });
  it('a stage name after "performs as"', async () => {
    expect(await linked('The Toronto songwriter who performs as Bahamas will tour Norway this winter.', 'Bahamas')).toEqual([]);
  });
  it('gear, tweed and boots named after a place', async () => {
    expect(await linked('The streamer wore Jordan gear from head to toe during the broadcast.', 'Jordan')).toEqual([]);
    expect(await linked('Models wore Donegal tweed at the show in Dublin.', 'Donegal')).toEqual([]);
  });
  it('a dish’s word and a quoted nickname in a shouted headline', async () => {
    expect(await linked('JUDGE FURIOUS OVER CONTESTANT’S BRAZIL NUT PESTO IN FINAL', 'BRAZIL')).toEqual([]);
    expect(await linked('SALSA KINGS TAKE CROWN AS CAPTAIN ‘CUBA’ RAMIREZ THANKS HIS MOTHER', 'CUBA')).toEqual([]);
  });
});

describe('kinds read in the tuning set ag', () => {
  it('the last of a list of bands, and an aged drink', async () => {
    expect(await linked('Reissues by the rock bands Boston and Kansas sold well before Christmas.', 'Kansas')).toEqual([]);
    expect(await linked('Guests sampled a 10-year-old Madeira poured by the estate’s owner.', 'Madeira')).toEqual([]);
  });
  it('but a list of places and a person’s age stay places', async () => {
    expect(await linked('A 20-year-old from Madeira won the race in Lisbon.', 'Madeira')).toEqual(['place:madeira']);
  });
});

describe('kinds read in the tuning set ae', () => {
  it('a place that ends a quoted title in title case is the title’s word', async () => {
    expect(await linked('The band closed with ‘A Night in Tunisia’ and left the stage.', 'Tunisia')).toEqual([]);
  });
  it('but a quoted question or a quoted phrase in lower case keeps the place', async () => {
    expect(await linked('Ask it: "Who is the President of Kenya?" and wait for the answer.', 'Kenya')).toEqual(['country:ke']);
    expect(await linked('He said "we are flying to Madrid" and hung up.', 'Madrid')).toEqual(['place:madrid']);
  });
});

describe('kinds read in the tuning set ai', () => {
  it('a town and its state in a headline in title case', async () => {
    expect(await linked('Army Buys Tents From Maker In Paris, Tennessee After Supplier Fails Tests', 'Paris')).toEqual([]);
  });
  it('but a list that goes on with a person named like a state keeps the place', async () => {
    expect(await linked('Delegates from Paris, Virginia Woolf’s biographer said, were late.', 'Paris')).toEqual(['place:paris']);
  });
  it('a shouted surname after an abbreviated title and a given name', async () => {
    expect(await linked('CREWS TO TRAIN IN TEXAS WITH INSTRUCTOR SGT. DENVER BRAZIL THIS SPRING', 'BRAZIL')).toEqual([]);
    expect(await linked('PRIME MINISTER VISITS BRAZIL FOR TRADE TALKS', 'BRAZIL')).toEqual(['country:br']);
  });
});

describe('kinds read in the tuning set aj', () => {
  it('a peer’s style in a headline shouted in capitals', async () => {
    expect(await linked('CHARITY NIGHT AT THE DUKE OF YORK RAISES £900 FOR THE HOSPICE', 'YORK')).toEqual([]);
    expect(await linked('FLOODS IN YORK CLOSE ROADS AS THE RIVER RISES', 'YORK')).toEqual(['place:york']);
  });
  it('an outlet’s name before a politician’s role is the politician’s label', async () => {
    expect(await linked('The Independent councillor for Northfield, Jo Bell, opened the show.', 'The Independent')).toEqual([]);
  });
  it('a club member’s role before a full name makes a namesake', async () => {
    expect(await linked('Choir member Sandra Mason sang the solo at the harvest festival.', 'Sandra Mason')).toEqual([]);
  });
});
