import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

/** Precision: a place's name used inside a work's title, a fixed phrase or a firm's name is no mention of the place. */
const linked = async (text: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.fromDataset).flatMap((e) => e.mentions.map((m) => `${text.slice(m.start, m.end)}=${e.id}`));
};
const names = async (text: string) => (await linked(text)).map((x) => x.split('=')[0]);

describe('a work titled "A <Noun> to <Place>" or "<Name> in <Place>, first published…" (work-title.ts)', () => {
  it('a title in title case with a work’s words in the sentence names the work', async () => {
    expect(await names('Babar in Mexico, first published in 1961, sold 5,000 copies last year.')).not.toContain('Mexico');
    expect(await names('An Englishman in Norway was screened at the festival in Bergen.')).not.toContain('Norway');
    expect(await names('A Voyage to Chile remains the most borrowed novel at the town library.')).not.toContain('Chile');
  });

  it('but a place after "of", a possessive, "The", a time, a person’s verb or "by" stays the place', async () => {
    expect(await names('Copies of the report were sent to Spain and published in France.')).toEqual(expect.arrayContaining(['Spain', 'France']));
    expect(await names('The novel was published on Saturday in London by a small press.')).toContain('London');
    expect(await names('Sánchez in Mexico said the film would be screened next year.')).toContain('Mexico');
    expect(await names('The film was shot by Scorsese in Ireland and screened in Berlin.')).toEqual(expect.arrayContaining(['Ireland', 'Berlin']));
    expect(await names('A signed copy of the treaty was sent to Chile.')).toContain('Chile');
    expect(await names('The State Library of Victoria in Melbourne has published a new catalogue of its books.')).toContain('Melbourne');
    expect(await names('The screening of Barbie in Paris sold out within an hour.')).toContain('Paris');
    expect(await names('Disney’s Frozen in Japan was screened to packed cinemas.')).toContain('Japan');
    expect(await names('The Bolshoi in Moscow staged the opera for the first time since 1990.')).toContain('Moscow');
    expect(await names('Penguin in Britain published 40,000 copies of the memoir.')).toContain('Britain');
  });
});

describe('a place’s name in an English idiom (place-idioms.ts)', () => {
  it('"sent to Coventry", "might as well live in Timbuktu", "When in Rome, do as…" speak of no place', async () => {
    expect(await names('The striker says he was sent to Coventry by his team-mates after the row.')).not.toContain('Coventry');
    expect(await names('Residents of the valley say the bus service is so poor they might as well live in Timbuktu.')).not.toContain('Timbuktu');
    expect(await names('When in Rome, you do as the Romans do, the minister joked at the dinner.')).not.toContain('Rome');
  });

  it('but the same names in plain prose stay the places', async () => {
    expect(await names('The patient was sent to Coventry for surgery after the crash.')).toContain('Coventry');
    expect(await names('Police sent officers to Coventry’s city centre on Saturday.')).toContain('Coventry');
    expect(await names('When in Rome last week, the minister met the pope.')).toContain('Rome');
    expect(await names('When in Rome, do visit the Vatican museums early in the morning.')).toContain('Rome');
    expect(await names('Ministers were sent to Coventry and Birmingham to campaign before the vote.')).toContain('Coventry');
    expect(await names('Salt caravans still arrive in Timbuktu from the desert mines.')).toContain('Timbuktu');
  });
});

describe('a place’s name as a game’s territory or map (game-maps.ts)', () => {
  it('players and a game’s space (a map, a board, spawn points, loading screens) make the names the game’s', async () => {
    const diplomacy = await names('In Diplomacy, a player who takes Belgium early can push across the map towards Munich within two turns.');
    expect(diplomacy).not.toContain('Belgium');
    expect(diplomacy).not.toContain('Munich');
    expect(await names('Gamers say the loading screens between Lisbon and the coast have vanished in the open-world sequel.')).not.toContain('Lisbon');
  });

  it('but where the players or the makers are, and players without a game’s space, stay places', async () => {
    expect(await names('Players in Brazil complained about long loading screens after the update.')).toContain('Brazil');
    expect(await names('The England players flew to Madrid on Sunday, and the board met in London.')).toEqual(expect.arrayContaining(['Madrid', 'London']));
    expect(await names('The studio in Montreal said players would get a new map next month.')).toContain('Montreal');
    // (A board's or a map's words with players in the plural are sports copy's too.)
    expect(await names('Players from across the map of Europe will compete in the final in Madrid next month.')).toContain('Madrid');
    expect(await names('Rugby players on the Wales board said the Cardiff stadium needed repairs.')).toContain('Cardiff');
  });
});

describe('a place’s name right after a capitalised "Royal" (royal-names.ts)', () => {
  it('names a marque or a club, not the place', async () => {
    expect(await names('A vintage Royal Croydon bicycle was stolen from a shed in Bromley overnight, police said.')).not.toContain('Croydon');
    expect(await names('A restored Royal Barnet motorcycle was sold at auction in Harrow.')).not.toContain('Barnet');
  });

  it('but "Royal" before another word, or in lower case, leaves the place', async () => {
    expect(await names('The Royal Mail depot in Croydon will close next year.')).toContain('Croydon');
    expect(await names('The royal visit to Croydon drew large crowds.')).toContain('Croydon');
  });
});

describe('a place’s name as a code word of the spelling alphabet (spelling-alphabet.ts)', () => {
  it('a list of three or more code words spells letters', async () => {
    const text = 'Pilots read the registration as Quebec, Tango, Delta over the radio to the tower in Quebec.';
    const { entities } = await findEntities(text, lookup);
    const quebec = entities.filter((e) => e.fromDataset).flatMap((e) => e.mentions.filter((m) => text.slice(m.start, m.end) === 'Quebec'));
    expect(quebec.map((m) => m.start)).toEqual([text.lastIndexOf('Quebec')]);
  });

  it('but a list with a place that is no code word, or code words in prose, keeps the places', async () => {
    expect(await names('Flights to Lima, Quito and Bogotá were cancelled on Monday.')).toContain('Lima');
    expect(await names('Mike Pence met Victor Orban in November in India.')).toContain('India');
  });
});
