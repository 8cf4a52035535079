import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { aliasKey } from '../../lib/dataset/alias-key';
import { buildOutlets, type KagiOutlet } from '../../lib/dataset/build/outlets';
import { newDraft } from '../../lib/dataset/build/draft';
import { seatKeys, unnameSeatDivision } from '../../lib/dataset/build/division-seats';
import { lookup } from './support/mention-at';

/** Wrong cards found by the round's link audit (tests/fixtures/links-judged-2026-12-05*.json), each fixed by a general rule. */
const linked = async (text: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities.filter((e) => e.fromDataset).map((e) => e.id ?? '');
};

const kagi = (row: Partial<KagiOutlet> & Pick<KagiOutlet, 'organization' | 'domains'>): KagiOutlet => ({
  country: 'France',
  owner: '',
  typology: 'Private Media',
  ...row,
});
const outlets = (rows: KagiOutlet[]) => buildOutlets([], rows, [], () => undefined, { stateMedia: 'state-media', kagi: 'kagi-media', curated: 'curated' });

describe("an outlet's owner is not the outlet (Kagi's organization field naming the owner)", () => {
  it('the description names the outlet; the owner’s own name is no alias of it', () => {
    const [d] = outlets([
      kagi({
        organization: 'Artemis',
        owner: 'Famille Pinault via Arttemis',
        domains: ['lepoint.fr', 'pointdevue.fr'],
        description: 'Le Point is a magazine focused on political, economic, and cultural news.',
      }),
    ]);
    expect(d!.name).toBe('Le Point');
    expect(d!.alias.has('le point')).toBe(true);
    expect(d!.alias.has('artemis')).toBe(false);
    expect(d!.weak.has('artemis')).toBe(false);
  });

  it('a company named after its outlet stays an alias; an outlet named by its own name is unchanged', () => {
    const [monde, npr] = outlets([
      kagi({
        organization: 'Groupe Le Monde',
        owner: 'Le Monde Group is held by the holding company Le Monde Libre',
        domains: ['lemonde.fr'],
        description: 'Le Monde is a French daily afternoon newspaper founded after WWII.',
      }),
      kagi({
        country: 'United States',
        organization: 'National Public Radio',
        owner: 'Non-profit organization',
        domains: ['npr.org'],
        description: 'NPR is a non-profit media organization providing public radio broadcasting.',
      }),
    ]);
    expect(monde!.name).toBe('Le Monde');
    expect(monde!.alias.has(aliasKey('Groupe Le Monde'))).toBe(true);
    expect(npr!.name).toBe('National Public Radio');
  });

  it('a group named after its flagship keeps the flagship’s sites only: its other titles are not the flagship', () => {
    const [monde] = outlets([
      kagi({
        organization: 'Groupe Le Monde',
        owner: 'Le Monde Group is held by the holding company Le Monde Libre',
        domains: ['huffingtonpost.fr', 'lavie.fr', 'lemonde.fr', 'monde-diplomatique.fr', 'nouvelobs.com', 'telerama.fr'],
        description: 'Le Monde is a French daily afternoon newspaper founded after WWII.',
      }),
    ]);
    expect(monde!.name).toBe('Le Monde');
    expect(monde!.id).toBe('outlet:lemonde.fr');
    expect(monde!.domains).toEqual(['lemonde.fr']);
    // Two groups sharing a small paper's site are two outlets, not one card under the first group's flagship.
    const two = outlets([
      kagi({
        organization: 'Groupe La Dépêche du Midi',
        owner: 'Groupe La Dépêche du Midi',
        domains: ['centrepresseaveyron.fr', 'ladepeche.fr', 'petitbleu.fr'],
        description: 'La Dépêche du Midi is a regional daily newspaper.',
      }),
      kagi({
        organization: 'Groupe La Montagne',
        owner: 'Groupe La Montagne',
        domains: ['centrepresseaveyron.fr', 'lamontagne.fr', 'leberry.fr'],
        description: 'La Montagne is a regional daily newspaper.',
      }),
    ]);
    expect(two.map((d) => [d.name, d.domains])).toEqual([
      ['La Dépêche du Midi', ['ladepeche.fr']],
      ['La Montagne', ['lamontagne.fr']],
    ]);
  });

  it('on the bundled dataset, NASA’s Artemis programme opens no outlet’s card, Le Point still does', async () => {
    expect(await linked('NASA has recruited three commercial lunar lander ideas to join its Artemis moon program.')).not.toContain('outlet:lepoint.fr');
    expect(await linked('The minister gave an interview to Le Point on Sunday.')).toContain('outlet:lepoint.fr');
  });
});

describe('an outlet whose name is a person’s name links only as a medium', () => {
  it('the build makes such a one-word name weak', () => {
    const [d] = outlets([
      kagi({ country: 'Switzerland', organization: 'Watson', domains: ['watson.ch'], description: 'Swiss German- and French-language online newspaper' }),
    ]);
    expect(d!.name).toBe('Watson');
    expect(d!.alias.has('watson')).toBe(false);
    expect(d!.weak.has('watson')).toBe(true);
  });

  it('"my dear Watson" is no outlet; "Watson reported" still is', async () => {
    expect(await linked('As Sherlock would say, "Elementary, my dear Watson."')).not.toContain('outlet:watson.ch');
    expect(await linked('The Swiss news site Watson reported that the vote was close.')).toContain('outlet:watson.ch');
  });
});

describe('an outlet called by a short code of letters and digits links only as a medium', () => {
  it('the build makes "L1", "TV2", "B92" weak; a code with no digit ("HR") keeps its own rule', () => {
    const [d] = outlets([kagi({ country: 'Netherlands', organization: 'L1', domains: ['l1.nl'], description: 'Regional broadcaster of Limburg' })]);
    expect(d!.name).toBe('L1');
    expect(d!.alias.has(aliasKey('L1'))).toBe(false);
    expect(d!.weak.has(aliasKey('L1'))).toBe(true);
  });

  it('assembly labels, cache levels and Lagrange points open no outlet; a broadcaster that reports still does', async () => {
    expect(await linked('If `a` is 0, we jump to `.L1` and store the value.')).not.toContain('outlet:l1.nl');
    expect(await linked('The L1 cache holds 64 KB per core.')).not.toContain('outlet:l1.nl');
    expect(await linked('The telescope orbits the L1 Lagrange point.')).not.toContain('outlet:l1.nl');
    expect(await linked('Danish broadcaster TV2 reported that the minister resigned.')).toContain('outlet:tv2.dk');
  });
});

describe('a shouted line says nothing of acronyms', () => {
  it('"ALL THE TIME" opens no magazine and "IN THE CAR" no country; "TIME magazine" and "A U.S. study" still link', async () => {
    expect(await linked('STOP PUTTING YOUR FURNITURE UP AGAINST THE WALL ALL THE TIME.')).not.toContain('outlet:time.com');
    expect(await linked('WE SLEPT IN THE CAR ALL NIGHT.')).toEqual([]);
    expect(await linked('TIME magazine named her person of the year.')).toContain('outlet:time.com');
    expect(await linked('A U.S. study on data privacy found that most users opt out.')).toContain('country:us');
  });
});

describe('an outlet’s one-word name written with a release number is a product there', () => {
  it('"Polygon 2.0 … Polygon zkEVM" (the blockchain) is not Vox Media’s Polygon; "Polygon reported" still is', async () => {
    const text = 'Polygon 2.0 introduced a restructured modular framework, integrating ZK tech. Polygon zkEVM launched in mainnet-beta.';
    expect(await linked(text)).not.toContain('outlet:polygon.com');
    expect(await linked('Polygon reported that the game was delayed to next spring.')).toContain('outlet:polygon.com');
    expect(await linked('The review on Polygon called the game a triumph.')).toContain('outlet:polygon.com');
  });
});

describe('a division named like its seat is not its city', () => {
  it('the build keeps the bare name only against namesakes and names the division with its kind', () => {
    const d = newDraft('place:kyoto', 'place', 'Kyoto');
    d.alias.set('kyoto', { surface: 'Kyoto', rank: 5 });
    d.alias.set('kyoto prefecture', { surface: 'Kyoto Prefecture', rank: 4.5 });
    const seats = seatKeys([{ name: 'Kyoto', country: 'JP', featureCode: 'PPLA' }]);
    expect(unnameSeatDivision(d, 'prefecture', 'JP', seats)).toBe(true);
    expect(d.name).toBe('Kyoto Prefecture');
    expect(d.claimOnly?.has('kyoto')).toBe(true);
    // A city-kind division is the city itself; another country's seat is no match.
    const cardiff = newDraft('place:cardiff', 'place', 'Cardiff');
    expect(unnameSeatDivision(cardiff, 'unitary authority', 'GB', seatKeys([{ name: 'Cardiff', country: 'GB', featureCode: 'PPLA' }]))).toBe(false);
    expect(
      unnameSeatDivision(newDraft('place:nara', 'place', 'Nara'), 'region', 'ML', seatKeys([{ name: 'Nara-shi', country: 'JP', featureCode: 'PPLA' }])),
    ).toBe(false);
  });

  it('"cities such as Osaka, Kyoto, and Nara" link no prefecture, nor Mali’s Nara region', async () => {
    const ids = await linked('This will let you explore Tokyo and other popular cities in Japan such as Osaka, Kyoto, and Nara. Stay in Nara for a night.');
    expect(ids).toContain('place:tokyo');
    expect(ids.filter((id) => /^place:(?:kyoto|nara)/.test(id))).toEqual([]);
  });

  it('the bare name is the city: a place from the article whose card claims no division', async () => {
    const { entities } = await findEntities('This will let you explore Tokyo and other popular cities in Japan such as Osaka, Kyoto, and Nara.', lookup);
    const nara = entities.find((e) => e.name === 'Nara');
    expect(nara).toMatchObject({ type: 'place', fromDataset: false, id: null });
    // (Its card says which dataset entry of the name it is not: unlinked-note.ts.)
    expect(nara!.card.lines).toEqual([
      'From this article — not linked to any of the 2 entries of this name in the Backstory dataset',
      'Place named 1 time in this article',
    ]);
    // A city the name finder's lists know needs no country named.
    const places = async (text: string) => (await findEntities(text, lookup)).entities.filter((e) => e.type === 'place').map((e) => e.name);
    expect(await places('We visited Hiroshima and Nagasaki last year.')).toContain('Hiroshima');
    // Not a name that is also a given name, an everyday word, or unknown as a city with its country unnamed.
    expect(await places('Nelson tapped the rebound into the open net for his sixth goal.')).not.toContain('Nelson');
    expect(await places('“I’m Batman,” you will say.')).not.toContain('Batman');
    expect(await places('She bought a new Van for the shop.')).not.toContain('Van');
  });

  it('the division with its kind still links, in any case', async () => {
    expect(await linked('Kambayashi is a region on the countryside of the Kyoto prefecture in Japan.')).toContain('place:kyoto');
    expect(await linked('The governor of Kyoto Prefecture spoke on Monday.')).toContain('place:kyoto');
  });
});

describe('a namesake of a foreign politician', () => {
  it('"businessman Andrew Yang" in a US debate story is not Taiwan’s defence minister', async () => {
    const text = 'Tulsi Gabbard, businessman Andrew Yang and Tom Steyer are under pressure before the Democratic debate in Atlanta, Georgia.';
    expect(await linked(text)).not.toContain('person:andrew-yang');
  });

  it('a trade before the full name is a namesake even where the country is named', async () => {
    expect(await linked('In Taiwan, businessman Andrew Yang opened a noodle shop in Taipei.')).not.toContain('person:andrew-yang');
  });

  it('with the country named, the minister still links', async () => {
    expect(await linked('Taiwan’s defence minister Andrew Yang resigned in Taipei after a week.')).toContain('person:andrew-yang');
  });
});

describe('two dataset people of one full name', () => {
  const diop = async (date?: string) => {
    const { entities } = await findEntities('Mali’s minister Abdoulaye Diop presented the plan in Bamako.', lookup, date);
    return entities.filter((e) => e.fromDataset && e.type === 'person').map((e) => e.id);
  };
  it('the one whose dated roles cover the article’s date', async () => {
    expect(await diop('2010-03-01')).toEqual(['person:abdoulaye-diop-q2821369']); // finance minister 2001–2012
    expect(await diop('2022-05-01')).toEqual(['person:abdoulaye-diop']); // foreign minister since 2021
  });
  it('neither when none does', async () => {
    expect(await diop('2013-06-01')).toEqual([]);
  });
});

describe('a member of Congress named after an earlier member', () => {
  it('"Robert Menendez" is the father’s name too: not the son’s card; his name with the suffix is', async () => {
    const ids = await linked('Senators Jeff Merkley (D-Ore.) and Robert Menendez (D-N.J.) questioned the bank in Washington.');
    expect(ids.filter((id) => id.startsWith('person:robert-menendez'))).toEqual([]);
    expect(await linked('Rep. Robert Menendez Jr. of New Jersey voted against the bill in Washington.')).toContain('person:robert-menendez-jr');
  });
});

describe('a US state’s name for its team, or for the state where the dataset has its city', () => {
  it('"Minnesota’s game at Northwestern", "Minnesota beat Buffalo", "scored for New Jersey" are teams, not the states', async () => {
    expect(await linked('The status of quarterback Tanner Morgan is uncertain for Minnesota’s game at Northwestern after back-to-back sacks.')).not.toContain(
      'place:minnesota',
    );
    expect(await linked('Zach Parise scored twice, Alex Stalock made 30 saves and Minnesota beat Buffalo.')).not.toContain('place:minnesota');
    expect(await linked('Blake Coleman scored for New Jersey, which was looking for its first three-game winning streak.')).not.toContain('place:new-jersey');
    // More results ("held off", "rallied past") and more words of sport (a conference title, a semifinal, a bowl game).
    expect(await linked('Georgia held off Alabama 27-24 in the conference championship game.')).not.toContain('country:gg');
    expect(await linked('Michigan rallied past Ohio in the semifinal on Saturday.')).not.toContain('place:michigan');
    // Without a word of sport, the same verb leaves the country: "held off talks".
    expect(await linked('Russia and Georgia held off talks until the spring.')).toContain('country:gg');
  });

  it('without a word of sport the state stays: "New York vs. New Jersey", "ruled against Ohio"', async () => {
    expect(await linked('New York vs. New Jersey: the cost to file in New Jersey is $125.')).toContain('place:new-jersey');
    expect(await linked('A federal appeals court ruled Friday against Ohio’s procedure for removing voters.')).toContain('place:ohio');
  });

  it('a lawmaker "of New York", a Senate race in it: the state, no city’s card (h95 audit of PolNeAR texts)', async () => {
    expect(await linked('"It is very smart," said Representative Charles B. Rangel of New York.')).not.toContain('place:new-york');
    expect(await linked('Sen. Patty Murray of Washington voted against the bill.')).not.toContain('place:washington-d-c');
    expect(await linked('She won her 2000 and 2006 Senate races in New York.')).not.toContain('place:new-york');
    expect(await linked('The mayor of New York said the subway would reopen.')).toContain('place:new-york');
  });

  it('"an LLC in New York", "upstate New York", "the state of Washington" are no city’s card', async () => {
    expect(await linked('Do I need a business license to operate an LLC in New York?')).not.toContain('place:new-york');
    expect(await linked('He also bought 60 acres of land in upstate New York with some friends.')).not.toContain('place:new-york');
    expect(await linked('The state of Washington in the Pacific northwest is second after California for wine.')).not.toContain('place:washington-d-c');
    expect(await linked('The sales tax rate in New York is 4%, and counties add their own.')).not.toContain('place:new-york');
    expect(await linked('Most movers in New York are licensed for interstate work.')).not.toContain('place:new-york');
  });

  it('a town before the state, as addresses write it, makes "Washington" and "New York" the states (the state’s own card where the dataset has one)', async () => {
    expect(await linked('The plant in Tacoma, Washington, makes parts for the new ferries.')).not.toContain('place:washington-d-c');
    expect(await linked('Born in 1921 in Elmira, New York, she later taught drawing in Ohio.')).not.toContain('place:new-york');
    const { entities } = await findEntities('Our second office is in Yakima, Washington.', lookup);
    // (The dataset calls the state "Washington (state, United States)": address-state.ts links that card.)
    expect(entities.find((e) => e.mentions.some((m) => m.start === 32))).toMatchObject({ id: 'place:washington', fromDataset: true, type: 'place' });
  });

  it('beside other states in a list or a table, "New York" and "Washington" are the states', async () => {
    expect(await linked('The card works in Ohio, Utah, New York and Kansas only.')).not.toContain('place:new-york');
    expect(await linked('Rank 11 Nevada 71.2 12 Washington 70.9 13 Idaho 70.1')).not.toContain('place:washington-d-c');
    expect(await linked('We compared the fees of New York vs. Delaware for a new firm.')).not.toContain('place:new-york');
    // (Past a state's name that is a city's too: "Vermont, New York or Washington".)
    expect(await linked('The rebate is open to Vermont, New York or Washington drivers this year.')).not.toContain('place:washington-d-c');
    expect(await linked('Flights from Boston, New York or Washington were delayed by fog.')).toContain('place:washington-d-c');
  });

  it('a federal court’s district is the state’s: "the Southern District of New York" opens no card of the city', async () => {
    expect(await linked('The U.S. Attorney for the Southern District of New York declined to comment.')).not.toContain('place:new-york');
    expect(await linked('A judge in the Eastern District of Washington ruled on Friday.')).not.toContain('place:washington-d-c');
  });

  it('a campus’s town after its state and "at" is in that state, not a namesake abroad', async () => {
    expect(await linked('She moved her lab from the University of Alabama at Birmingham to Boston.')).not.toContain('place:birmingham');
    expect(await linked('Aston Villa fans gathered in Birmingham on Saturday.')).toContain('place:birmingham');
  });

  it('a town before its country, as addresses write it, is that country’s: "San Jose, United States" is not Costa Rica’s', async () => {
    expect(await linked('The summit meets on 3 May at the convention centre in San Jose, United States.')).not.toContain('place:san-jose');
    expect(await linked('The summit meets on 3 May at the convention centre in San Jose, Costa Rica.')).toContain('place:san-jose');
    expect(await linked('The firm has offices in Toronto, Singapore, Paris and London.')).toContain('place:toronto');
  });

  it('"Ohio State" with its capital is the university, not the state; "New York State" is the state', async () => {
    expect(await linked('Every student must follow Ohio State’s code of academic conduct.')).not.toContain('place:ohio');
    expect(await linked('The New York State Attorney General opened an inquiry.')).toContain('place:new-york-us');
    expect(await linked('Turnout in Ohio state elections rose again.')).toContain('place:ohio');
  });

  it('one sense per article: where most of its mentions read as the state, the others are the state too', async () => {
    const text =
      'Forming an LLC in New York takes a week. Names must comply with New York naming rules. The sales tax rate in New York is 4%. ' +
      'The agent must keep an address in New York.';
    expect(await linked(text)).not.toContain('place:new-york');
    // (One state reading among city ones leaves the city alone.)
    const city = 'She moved to New York in May. New York rents are high. The sales tax rate in New York is 4%. She loves New York.';
    expect(await linked(city)).toContain('place:new-york');
  });

  it('the city and the capital stay in an institution’s address, a list of cities, "D.C." and "NY"', async () => {
    expect(await linked('The print is held by the Museum of Modern Art, New York, and two other museums.')).toContain('place:new-york');
    expect(await linked('The tour stops in Toronto, New York, and Chicago this spring.')).toContain('place:new-york');
    expect(await linked('She grew up in Bethesda, Maryland, and then worked in Arlington, Virginia, and Washington, D.C., for years.')).toContain(
      'place:washington-d-c',
    );
    expect(await linked('Our office is at 12 Main Street, New York, NY 10010.')).toContain('place:new-york');
    expect(await linked('Talks between Washington and Tokyo resumed on Monday.')).toContain('place:washington-d-c');
    expect(await linked('We met the senators on the Hill today. Thanks, Washington, for the welcome.')).toContain('place:washington-d-c');
  });

  it('the city and the capital stay where nothing says state', async () => {
    expect(await linked('She moved to New York to work on Wall Street.')).toContain('place:new-york');
    expect(await linked('She occupies one of the key positions of power in Washington as the attorney general.')).toContain('place:washington-d-c');
  });
});

describe('a name written as something else than the entity (h69 audit of real pages)', () => {
  it('a country’s code glued to a currency sign is the currency: "US$12.99" opens no card of the United States', async () => {
    expect(await linked('A yearly plan costs US$59.99, or US$7 a month.')).not.toContain('country:us');
    expect(await linked('The US dollar fell against the yen.')).toContain('country:us');
    expect(await linked('The fund raised $40m in the US last year.')).toContain('country:us');
  });

  it('a surname with bare initials among other authors in a list of references is an author, not the officeholder', async () => {
    expect(await linked('12. De Sousa RA, Pinto LM, Braga FT. Effects of exercise on sleep. Sleep Med. 2020;4:12–19.')).not.toContain(
      'person:marcelo-rebelo-de-sousa',
    );
    expect(await linked('3. Braga FT, De Sousa RA. Effects of exercise on sleep. Sleep Med. 2020;4:12–19.')).not.toContain('person:marcelo-rebelo-de-sousa');
    expect(await linked('Portugal’s president, Marcelo Rebelo de Sousa, spoke in Lisbon. De Sousa said the vote was fair.')).toContain(
      'person:marcelo-rebelo-de-sousa',
    );
  });
});

describe('a place’s name that is a person’s surname inside a longer run (h69 audit)', () => {
  it('"Kate York and Caitlyn Smith … York said", "Pamela Lyon of the University … Lyon sees": the person, not the place', async () => {
    expect(await linked('Her co-writers were Kate York and Caitlyn Smith. “It was new,” York said.')).not.toContain('place:york');
    expect(await linked('“It was the last frontier,” says Pamela Lyon of the University of Adelaide. Lyon sees it otherwise.')).not.toContain('place:lyon');
    const { entities } = await findEntities('Her co-writers were Kate York and Caitlyn Smith. “It was new,” York said.', lookup);
    expect(entities.find((e) => e.name === 'Kate York')?.mentions).toHaveLength(2);
  });

  it('the place stays where no person of that surname is named', async () => {
    expect(await linked('The co-writers met in York and worked with Caitlyn Smith. York was quiet that week.')).toContain('place:york');
  });
});

describe('a capitalised "The" inside a sentence before a town’s name (h69 audit)', () => {
  it('names a firm or a venue, not the town; a heading or a sentence opening on "The" does not', async () => {
    expect(await linked('He priced risks first at The Hanover and now at Aon.')).not.toContain('place:hanover');
    // (The dataset's Hanover is a parish of Jamaica: placed by its country named, place-evidence.ts.)
    expect(await linked('The Hanover fair opened on Monday, Jamaican organisers said.')).toContain('place:hanover');
  });
});

describe('an organisation called by "the" and a common noun (h94 audit of PolNeAR texts)', () => {
  it('"The Commission on Presidential Debates" and "The Union said members would strike" are no EU card', async () => {
    expect(await linked('The Commission on Presidential Debates chose the moderator.')).not.toContain('org:european-commission');
    expect(await linked('The Union said members would strike on Monday.')).not.toContain('org:eu');
    expect(await linked('The Commission said it would fine the firm.')).not.toContain('org:european-commission');
  });

  it('the short form stays where the article names the organisation, or what it is part of', async () => {
    expect(await linked('The European Union fined the firm. The Commission said the fine was fair.')).toContain('org:european-commission');
    expect(await linked('The European Commission fined the firm. The Commission said the fine was fair.')).toContain('org:european-commission');
    expect(await linked('EU leaders met in Brussels. The Union will act soon, they said.')).toContain('org:eu');
  });
});

describe('a place after an adjective inside a longer name (h94 audit of PolNeAR texts)', () => {
  it('"Radio Free Europe" is no region’s card; "in Eastern Europe", "Security Council Ukraine expert" keep theirs', async () => {
    expect(await linked('Funding for Voice of America and Radio Free Europe/Radio Liberty was cut.')).not.toContain('place:europe');
    expect(await linked('Radio Free Europe reported the arrests.')).not.toContain('place:europe');
    expect(await linked('Growth in Eastern Europe slowed, and Europe as a whole stalled.')).toContain('place:europe');
    expect(await linked('He was the National Security Council Ukraine expert.')).toContain('country:up');
  });
});

describe('names that are no place in the sentence (blind trap sets j and k, read after their first run)', () => {
  it('a kin’s given name: "their daughters Florence, Sydney and Georgia", "a son, Israel, and a daughter, India"', async () => {
    expect(await linked('She is survived by her husband, Tony, and their daughters Florence, Sydney and Georgia.')).not.toContain('country:gg');
    const ids = await linked('He leaves a son, Israel, and a daughter, India, both doctors.');
    expect(ids).not.toContain('country:is');
    expect(ids).not.toContain('country:in');
    // Not after "of", nor with another word between.
    expect(await linked('The sons of Israel went down to Egypt.')).toContain('country:is');
    expect(await linked('His brother in Israel sent money home.')).toContain('country:is');
  });

  it('a longer Romance name’s last word: "the Tour de France", "Banco de Mexico"', async () => {
    expect(await linked('The Tour de France will start in Barcelona in 2026.')).not.toContain('country:fr');
    expect(await linked('The Banco de Mexico raised rates again.')).not.toContain('country:mx');
    expect(await linked('Growers in Chile and the south of France expect a poor harvest.')).toContain('country:fr');
  });

  it('a vessel named after a place, after its kind and a comma: "his yacht, Montserrat"', async () => {
    expect(await linked('He crossed the Atlantic twice in his yacht, Montserrat.')).not.toContain('country:mh');
    expect(await linked('He sailed his yacht to Montserrat last spring.')).toContain('country:mh');
  });

  it('garments and peppers named after places: "Guernsey jumpers", "Chile pepper growers"', async () => {
    expect(await linked('A chunky Guernsey jumper in navy wool is this winter’s must-have.')).not.toContain('country:gk');
    expect(await linked('Chile pepper growers in New Mexico lost half their crop.')).not.toContain('country:ci');
  });
});

describe('a point of the compass between a preposition and a place (blind trap sets j and k, read after their first run)', () => {
  it('"in eastern Ontario", "across north Wales" place the name', async () => {
    expect(await linked('Heavy snow closed roads in eastern Ontario on Tuesday.')).toContain('place:ontario');
    expect(await linked('He built up a chain of bakeries across north Wales.')).toContain('place:wales');
    // Without the preposition the compass word says nothing.
    expect(await linked('Eastern Ontario growers met on Tuesday.')).not.toContain('place:ontario');
  });
});

describe('a thing or a river named like a country (blind trap sets j and k, read after their first run)', () => {
  it('"Fiji, a free image-analysis program," is software; "The Niger burst its banks" is the river', async () => {
    expect(await linked('The researchers used Fiji, a free image-analysis program, to count the cells.')).not.toContain('country:fj');
    expect(await linked('Fiji, a Pacific nation of 900,000 people, held elections.')).toContain('country:fj');
    expect(await linked('The Niger burst its banks in Niamey, flooding homes near the river.')).not.toContain('country:ng');
    expect(await linked('Floods hit Niger and Chad after weeks of rain.')).toContain('country:ng');
  });
});

describe('a title in title case that a place’s name opens, in quotation marks (blind trap sets j and k, read after their first run)', () => {
  it('"\'Georgia on My Mind\' plays" is a song; "“Georgia is home,”" is somebody’s words', async () => {
    expect(await linked("'Georgia on My Mind' plays over the closing credits.")).not.toContain('country:gg');
    expect(await linked('He wrote “China in the World Economy” in 2004.')).not.toContain('country:ch');
    expect(await linked('He said: “Georgia is home to me.”')).toContain('country:gg');
  });
});

describe('a country’s name that is the surname of the article’s own person (blind trap sets j and k, read after their first run)', () => {
  it('"The Jordan amendment … Sarah Jordan" is hers; "visited Jordan", "flew to Jordan" stay the country', async () => {
    expect(await linked('The Jordan amendment, named after its sponsor, the backbencher Sarah Jordan, was defeated.')).not.toContain('country:jo');
    expect(await linked('Michael Jordan visited Jordan in May.')).toContain('country:jo');
    expect(await linked('Sarah Jordan flew to Jordan on Monday.')).toContain('country:jo');
  });
});

describe('where a place is, said after a pair or past its county (blind trap sets j and k, read after their first run)', () => {
  it('"Delhi, in Norfolk County, Ontario," and "between Perth and Kingston in eastern Ontario" are Canadian towns', async () => {
    expect(await linked('Growers around Delhi, in Norfolk County, Ontario, say the cold spring has set back the crop.')).not.toContain('place:delhi');
    expect(await linked('Heavy snow closed the road between Perth and Kingston in eastern Ontario.')).not.toContain('place:perth');
    expect(await linked('Flights between Perth and Sydney in Australia resumed.')).toContain('place:perth');
    // A list's next item is no appositive: "the Stedelijk Museum, Amsterdam, the Museum of Contemporary Art, Chicago".
    expect(await linked('Works hang in the Stedelijk Museum, Amsterdam, the Museum of Contemporary Art, Chicago, and Tate Modern, London.')).toContain(
      'place:amsterdam',
    );
  });
});

describe('a firm’s word where a person shares the name, and a city’s team (blind trap sets j and k, read after their first run)', () => {
  it('"Air Jordan trainers" is no country; "The Astana team’s sprinter" is no city', async () => {
    expect(await linked('Sales of Air Jordan trainers fell in China for a second quarter.')).not.toContain('country:jo');
    expect(await linked('The Astana team’s sprinter won the stage in a photo finish.')).not.toContain('place:astana');
    expect(await linked('Astana hosted the summit on Tuesday.')).toContain('place:astana');
  });
});

describe('a title word after a lower-case noun is a kind of worker, no title (set l, read in session 19)', () => {
  it('"a tea lady" describes somebody else; "the former prime minister" does not', async () => {
    expect(await linked('Theresa May, a tea lady at the depot for 20 years, retired on Friday.')).not.toContain('person:theresa-may');
    expect(await linked('Theresa May, the former prime minister, spoke on Friday.')).toContain('person:theresa-may');
  });
});

describe('a foreign capital named by a saint’s word in an American article (h108 audit of real pages)', () => {
  it('needs its country named there, as other towns of two words do', async () => {
    expect(await linked('Rents in San Jose and Sacramento rose again, California officials said.')).not.toContain('place:san-jose');
    expect(await linked('Costa Rica’s president gave a speech in San José on Monday, and Texas sent a delegation.')).toContain('place:san-jose');
  });
});

describe('a title word before an institution’s head word after a place (h108 audit of real pages)', () => {
  it('is a word of a hospital’s name, not the place; a government office stays the place’s', async () => {
    expect(await linked('She trained as a surgeon at Kansas General Hospital for six years.')).not.toContain('place:kansas');
    // ("General" ending the name after a place: a hospital called so alone.)
    expect(await linked('A trial at Kansas General showed that the new drug eased pain.')).not.toContain('place:kansas');
    expect(await linked('The Kansas Attorney General sued the firm, Texas officials said.')).toContain('place:kansas');
    expect(await linked('A spokesman for the U.S. Attorney’s Office in Boston declined to comment.')).toContain('country:us');
    expect(await linked('She met the Texas Governor in Houston last week.')).toContain('place:texas');
  });
});

describe('a place’s name before a particle and a capitalised word (h108 audit of real pages)', () => {
  it('opens a longer name, unless the place’s own name goes on so', async () => {
    expect(await linked('The stage ends in Santa Cruz do Norte after 140 kilometres.')).not.toContain('place:santa-cruz-bl');
    expect(await linked('Farmers in Santa Cruz, Bolivia, blocked the highway for a week.')).toContain('place:santa-cruz-bl');
  });
});
