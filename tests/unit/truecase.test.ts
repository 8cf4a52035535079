import { describe, expect, it } from 'vitest';
import { lookup, mentionAt } from './support/mention-at';
import { findEntities } from '../../lib/entities';

/**
 * A headline written in Title Case read as prose (lib/entities/truecase.ts): its function words, and on a line of seven words
 * or more its everyday words, are lower case in a view of the text with the same offsets. Sentences written for these tests,
 * with other names and words than the trap fixtures'.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);
const names = async (text: string) =>
  (await findEntities(text, lookup)).entities.map((e) => `${e.fromDataset ? '' : 'built '}${e.type}:${text.slice(e.mentions[0]!.start, e.mentions[0]!.end)}`);

describe('a Title Case headline read as prose', () => {
  it('a place after a preposition Title Case capitalised is the place', async () => {
    expect(await linked('Ferry Services Resume To Leeds After Week Of Storms', 'Leeds')).toEqual(['place:leeds']);
    expect(await linked('Owls Nest On Church Tower In Nottingham For Third Spring Running', 'Nottingham')).toEqual(['place:nottingham']);
  });
  it('a place before an everyday word that is no head of a name, on a long line', async () => {
    expect(await linked('Oregon Grandmother Wins Pie Contest With Recipe From Her Late Husband', 'Oregon')).toEqual(['place:oregon']);
  });
  it('the view keeps the offsets: the mention is the word as written', async () => {
    const text = 'Ferry Services Resume To Leeds After Week Of Storms';
    const { entities } = await findEntities(text, lookup);
    const m = entities.find((e) => e.id === 'place:leeds')!.mentions[0]!;
    expect(text.slice(m.start, m.end)).toBe('Leeds');
  });
});

describe('what the view leaves capitalised', () => {
  it('a place before a head word of a name stays part of the longer name', async () => {
    expect(await linked('Man Arrested After Fight Outside Nightclub In Kansas City On Saturday', 'Kansas')).toEqual([]);
    expect(await linked('Students Return To Campus As Arizona State University Lifts Mask Rule', 'Arizona')).toEqual([]);
  });
  it('a short heading keeps its everyday words: it is more often a name', async () => {
    expect(await linked('Blue Cross Blue Shield of Michigan', 'Michigan')).toEqual([]);
    expect(await linked('Oklahoma Farm Bureau Insurance', 'Oklahoma')).toEqual([]);
  });
  it('an everyday word beside a name’s word stays in that name', async () => {
    expect(await linked('Graduates Celebrate As Michigan Technological University Holds First Ceremony Since Fire', 'Michigan')).toEqual([]);
  });
  it('a dataset name of two words keeps its everyday word', async () => {
    expect(await linked('Tourists Flock Back To New York As Broadway Theatres Reopen Their Doors', 'New York')).toEqual(['place:new-york']);
  });
  it('prose is not touched', async () => {
    expect(await names('The council said the Harbour Road bridge would reopen on Friday.')).toEqual(
      await names('The council said the Harbour Road bridge would reopen on Friday.'),
    );
  });
});

describe('an everyday word after a place is prose only where the line says place', () => {
  it('a place that opens the line or follows a preposition of place, then a verb', async () => {
    expect(await linked('Pickers From Montana Say Cherry Harvest Is The Best In Twenty Years', 'Montana')).toEqual(['place:montana-us']);
  });
  it('not a place after another word, which is a product’s or a service’s name ("a Japan Rail Pass")', async () => {
    expect(await linked('Where To Buy An Ohio Rail Pass Before The Summer Season Starts', 'Ohio')).toEqual([]);
  });
  it('not a line of a table', async () => {
    expect(await linked('| Leeds Building Society | Mutual | 1.2M members | Yes | Yes | Branches Across The North |', 'Leeds')).toEqual([]);
  });
});
