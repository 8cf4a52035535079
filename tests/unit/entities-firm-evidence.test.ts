import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';
import { lookup } from './support/mention-at';

/** What a sentence says of a firm that it says of no person (lib/entities/firm-evidence.ts); sentences written for these tests. */
describe('organisations by what the sentence says of them', () => {
  it('the subject of a verb whose object is "its" is a firm: "Quorvex said its profit rose"', async () => {
    expect(await mentionsOf('organization', 'Quorvex said its quarterly profit rose by a fifth.')).toEqual(['Quorvex']);
    expect(await mentionsOf('organization', 'Costs climbed, and Dalvane Group shut its two plants in Ohio.')).toEqual(['Dalvane Group']);
    expect(await mentionsOf('organization', 'After the storm, TRX closed its refinery for a week.')).toEqual(['TRX']);
    // (not after a preposition or a determiner, nor an abstract noun, nor a verb opening the sentence, nor "and its")
    expect(await mentionsOf('organization', 'The update ships with Orvane Fabric, which enhances its reach.')).toEqual([]);
    expect(await mentionsOf('organization', 'Brutalism has its place in the city.')).toEqual([]);
    expect(await mentionsOf('organization', 'Rounding out its features is a microphone.')).toEqual([]);
    expect(await mentionsOf('organization', 'We toured Talvere and its old harbour.')).toEqual([]);
  });

  it('a name after a job at it, or in a list of companies, is a firm: "a job at Quill Barrel", "companies like Vorlane, TCHX and …"', async () => {
    expect(await mentionsOf('organization', 'She took a job at Quill Barrel after college.')).toEqual(['Quill Barrel']);
    expect(await mentionsOf('organization', 'Makers face companies like Sorrel Berger, TCHX, and smaller chocolatiers.', undefined, true)).toEqual([
      'Sorrel Berger',
      'TCHX',
    ]);
    // (a list of products is no evidence, nor a member cut short by "&"; a compound adjective is no word of the name)
    expect(await mentionsOf('organization', 'Run it on platforms like Kestrel Cloud, Vantor, and others.')).toEqual([]);
    expect(await mentionsOf('organization', 'Shop retailers such as Crane & Barrow, Wistful, and more.')).toEqual(['Wistful']);
    expect(await mentionsOf('organization', 'Firms such as US-based Quellon, and others, bid.')).not.toContain('US-based Quellon');
  });

  it('what a firm acquires, or each firm of a list it acquired, is a firm: "acquiring Quillfox", "acquired Vorlane, Zintro and Mellow Labs"', async () => {
    expect(await mentionsOf('organization', 'There is talk of Brenna acquiring Quillfox next year.')).toContain('Quillfox');
    expect(await mentionsOf('organization', 'They have acquired Vorlane, Zintro, Mellow Labs, and Quaddle.')).toEqual([
      'Vorlane',
      'Zintro',
      'Mellow Labs',
      'Quaddle',
    ]);
  });

  it('a name with its people after it, then their verb, is a body: "Greenpeace activists climbed", "Zelvan employees were told"', async () => {
    expect(await mentionsOf('organization', 'Zelvan employees were told on Monday that the plant would close.')).toEqual(['Zelvan']);
    expect(await mentionsOf('organization', 'On Monday, Morvane activists climbed the chimney.')).toEqual(['Morvane']);
    // (not an everyday word, a participle or an adjective in -ed before the people)
    expect(await mentionsOf('organization', 'Service workers are scripts that run in the background.')).toEqual([]);
    expect(await mentionsOf('organization', 'Salaried employees are assumed to work 40 hours.')).toEqual([]);
    expect(await mentionsOf('organization', 'Keeping employees informed is key.')).toEqual([]);
  });
});

describe('a party named before "party" in lower case', () => {
  it('after a political adjective, or with the party’s people after: "the ruling Fatah party", "Vantor party officials"', async () => {
    expect(await mentionsOf('organization', 'He told supporters of the ruling Tavrik party that he would stay.')).toEqual(['Tavrik']);
    expect(await mentionsOf('organization', 'Two Vantor party officials resigned on Monday.')).toEqual(['Vantor']);
    // (a party of another kind: no political adjective, no party people)
    expect(await mentionsOf('organization', 'We held a Halloween party at the office.')).toEqual([]);
    expect(await mentionsOf('organization', 'She joined the Velmor party in the garden.')).toEqual([]);
  });
});

describe('a place’s name opening an institution’s (lib/entities/link.ts, partOfName)', () => {
  it('a work’s or an event’s head word before an institution’s is a word of its name: "the Chicago Symphony Orchestra"', async () => {
    expect(await mentionsOf('organization', 'We took the class to hear the Chicago Symphony Orchestra rehearse.', lookup)).toEqual([
      'Chicago Symphony Orchestra',
    ]);
    expect(await mentionsOf('place', 'We took the class to hear the Chicago Symphony Orchestra rehearse.', lookup)).toEqual([]);
    // (without the institution's head word after it, the place stays: "the Chicago Marathon")
    expect(await mentionsOf('place', 'She ran the Chicago Marathon twice, the Illinois paper said.', lookup)).toEqual(['Chicago', 'Illinois']);
  });
});

describe('a firm whose name ends as a group’s name or a noun does', () => {
  it('is still a firm by what the sentence says of it: "Quorvex Electronics posted its …", "founder of Dravik Analytics"', async () => {
    expect(await mentionsOf('organization', 'Quorvex Electronics posted its best quarter in two years.')).toEqual(['Quorvex Electronics']);
    expect(await mentionsOf('organization', 'She is the founder of Dravik Analytics, a data firm.')).toEqual(['Dravik Analytics']);
    // (no such evidence: the group or the noun stays no name)
    expect(await mentionsOf('organization', 'Many Quorvex Electronics fans queued.')).toEqual([]);
  });
});

describe('a name in apposition to a kind of organisation', () => {
  it('is an organisation’s, whatever verb follows: "The union, Unite, said", "Zelvan, a Tokyo-based carmaker, said"', async () => {
    expect(await mentionsOf('organization', 'The union, Tarnwell, said members had rejected the offer.')).toEqual(['Tarnwell']);
    expect(await mentionsOf('person', 'The union, Tarnwell, said members had rejected the offer.')).toEqual([]);
    expect(await mentionsOf('organization', 'Zelvan, a Tokyo-based carmaker, said sales fell.')).toEqual(['Zelvan']);
    // (not a person's role with the kind in it, not a name's own head word, not a kind that things are too)
    expect(await mentionsOf('organization', 'Quarrel, a union leader, said no.')).toEqual([]);
    expect(await mentionsOf('organization', 'He signed with the label The Rocket Record Company, Kiki Dee, in 1976.')).not.toContain('Kiki Dee');
    expect(await mentionsOf('organization', 'We tried the Vortello, a budget espresso maker, for a month.')).toEqual([]);
  });
});

describe('a dateline’s source', () => {
  it('is the news agency: "WASHINGTON (AP) —", "TEHRAN (AFP) -"; not an acronym in brackets elsewhere', async () => {
    expect(await mentionsOf('organization', 'KARVEN (QPA) — The council voted on Tuesday.')).toEqual(['QPA']);
    expect(await mentionsOf('organization', 'The ratio of the two (QB) - the rest - is small.')).toEqual([]);
  });
  it('a name between "the" and a kind only bodies are is a body: "the Zelvo union said", "the QXT union"', async () => {
    expect(await mentionsOf('organization', 'Nurses will strike in May, the Zelvo union said.')).toEqual(['Zelvo']);
    expect(await mentionsOf('organization', 'Drivers walked out, the QXT union said on Monday.')).toEqual(['QXT']);
    expect(await mentionsOf('organization', 'Sales at the Brindlecote carmaker fell again.')).toEqual(['Brindlecote']);
    // (not a people's adjective, nor what a person leads, nor a kind that names plants or drugs too)
    expect(await mentionsOf('organization', 'It is the Danish carmaker that won.')).toEqual([]);
    expect(await mentionsOf('organization', 'A new rule came from the Varnley administration.')).toEqual([]);
    expect(await mentionsOf('organization', 'Water the Calathea group less in winter.')).toEqual([]);
  });
});
