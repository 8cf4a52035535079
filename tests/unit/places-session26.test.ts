import { describe, expect, it } from 'vitest';
import { mentionsOf } from './support/found';

/** Places and organisations the name finder reads from their words (session 26, helper 149; no dataset: the lists only). */
const places = (text: string) => mentionsOf('place', text);
const orgs = (text: string) => mentionsOf('organization', text);

describe('a side of the compass and "of the", or "the river", before a name', () => {
  it('makes a one-word name a place, and its later mentions nearby', async () => {
    expect(await places('The land immediately south of the Velmark had been lost in the winter.')).toEqual(['Velmark']);
    expect(await places('The border was now secured at the river Quensel after the war.')).toEqual(['Quensel']);
    expect(await places('The army held the ground north of the Drennwall. Few had thought the Drennwall could fall.')).toEqual(['Drennwall', 'Drennwall']);
  });

  it('not "of the" after words other than the compass, nor a name that goes on', async () => {
    expect(await places('She was the head of the Velmark and its council.')).toEqual([]);
    expect(await places('Letters of the Drennwall family were kept in the archive.')).toEqual([]);
  });
});

describe('a religious house named by where it stands', () => {
  it('"the X cloister", "the X monastery" make a one-word name a place', async () => {
    expect(await places('The displaced nuns were moved to the Quellbach cloister.')).toEqual(['Quellbach']);
    expect(await places('The Orsenberg monastery was destroyed during the war.')).toEqual(['Orsenberg']);
  });

  it('not a faith before it', async () => {
    expect(await places('The nuns moved to the Catholic convent in the valley.')).toEqual([]);
  });
});

describe('a capitalised "The" inside a sentence opens the organisation after it', () => {
  it('takes "The" into the span', async () => {
    expect(await orgs('He worked with his record label The Rocket Record Company for a decade.')).toEqual(['The Rocket Record Company']);
    expect(await orgs('My source of income changed from The Velmora Foundation to a bank.')).toEqual(['The Velmora Foundation']);
  });

  it('not at a sentence start, after a full stop, a bracket or a dash, nor before more of the run', async () => {
    expect(await orgs('Prices rose. The Velmora Foundation said so.')).toEqual(['Velmora Foundation']);
    expect(await orgs('Restaurants: Cafe Luna - The Orsen Press - Hatch')).not.toContain('The Orsen Press');
    expect(await orgs('Products are offered through The Quist Centre at Velmora Bank and are not insured.')).not.toContain('The Quist Centre');
  });
});

describe("a peer's style names a place", () => {
  it('the name after a capitalised rank and "of" is a place', async () => {
    expect(await places('Her latest book is about Margaret Douglas, Countess of Quellmore.')).toEqual(['Quellmore']);
    expect(await places('He was made Earl of Velmarsh in 1640.')).toEqual(['Velmarsh']);
  });

  it('not a quoted variety name, nor a lower-case rank', async () => {
    expect(await places('I grow a ‘Duchess of Velmarsh’ on the obelisk near my greenhouse.')).toEqual([]);
    expect(await places('The count of Velmarsh ballots took two days.')).toEqual([]);
  });
});

describe('a listed city after "at"', () => {
  it('places a city of the longer list as "in" does', async () => {
    expect(await places('Islamic medicine influenced the school at Salerno.')).toEqual(['Salerno']);
  });
});

describe('a kind of body in lower case right before the name', () => {
  it('"satellite imaging company X", "private equity firm X", "the record label X" name an organisation', async () => {
    expect(await orgs('They bought Urchin and satellite imaging company Keyhole last year.')).toContain('Keyhole');
    expect(await orgs('The deal was backed by private equity firm Brelcor last year.')).toEqual(['Brelcor']);
    expect(await orgs('He signed with the record label Quillmark in 2001.')).toEqual(['Quillmark']);
  });

  it('not an everyday word after a determiner and the kind, nor an institution head alone', async () => {
    expect(await orgs('Our company Website is down again.')).toEqual([]);
    expect(await orgs('Later the company Board met in private.')).toEqual([]);
  });
});

describe('an armed group in lower case after the name', () => {
  it('"the outlawed X militant group" names an organisation', async () => {
    expect(await orgs('He belonged to the outlawed Velkor-e-Drenn militant group until 2001.')).toEqual(['Velkor-e-Drenn']);
  });

  it("not a people's adjective", async () => {
    expect(await orgs('The Palestinian militant organisation announced a truce.')).toEqual([]);
  });
});

describe('"Strip" after a name', () => {
  it("names a place after a place's own word", async () => {
    expect(await places('Rockets were fired from the Qandar Strip after a weekend of violence.')).toEqual(['Qandar Strip']);
  });

  it('not after an everyday word', async () => {
    expect(await places('He read the Sunday Comic Strip every week.')).toEqual([]);
  });
});

describe('a noun of an armed operation after a one-word name', () => {
  it('"the X fighting", "the X assault" make it a place, and its later mentions nearby', async () => {
    expect(await places('The Tarvessa fighting has killed many civilians. There is some black satire on Tarvessa today.')).toEqual(['Tarvessa', 'Tarvessa']);
    expect(await places('He wrote on the implications of the Quenby assault for the region.')).toEqual(['Quenby']);
  });

  it("not a people's adjective, nor a campaign or an attack (a candidate's, a group's)", async () => {
    expect(await places('The Velmarian offensive stalled in the mud.')).toEqual([]);
    expect(await places('Reporters followed the Brenner campaign all week.')).toEqual([]);
  });
});

describe("a state's abbreviation with its stops after a place and a comma", () => {
  it('"Manchester, N.J.", "Washington, D.C.", "Monroe, La., on …" name the state (or the district) too', async () => {
    expect(await places('He lives at 1027 Jolson Court, Manchester, N.J. 08759 with his dogs.')).toContain('N.J.');
    expect(await places('Trump said at a rally in Monroe, La., on Nov. 6.')).toEqual(['Monroe', 'La.']);
  });

  it('not after a person, nor without the comma', async () => {
    expect(await places('Dear Lisa, Pa. is calling you.')).toEqual([]);
    expect(await places('She studied at Monroe La. College for a year.')).not.toContain('La.');
  });
});

describe('a listed place in lower case after a preposition of place, outside a lower-case line', () => {
  it('"living in malaysia", "some weed in auckland" name the place', async () => {
    expect(await places("Good day, I 'm a foreigner living in malaysia, german citizen.")).toEqual(['malaysia']);
    expect(await places('Can someone tell me where I can buy some weed in auckland.')).toEqual(['auckland']);
  });

  it('not an everyday word, a word before a name, a URL, nor a name the article capitalises', async () => {
    expect(await places('We had dinner in turkey sandwiches at Noon.')).toEqual([]);
    expect(await places('Visit us in midtown Manhattan today.')).toEqual(['Manhattan']);
    expect(await places('Visit example.com/in/london today.')).toEqual([]);
    // (lower-places.ts leaves a name the article capitalises; lower-again.ts, since the thirtieth session, takes it as the
    // capitalised place after a word of place or travel — "pizza from chicago" — but not glued to other words.)
    expect(await places('Pizza from Chicago is great, like pizza from chicago.')).toEqual(['Chicago', 'chicago']);
    expect(await places('Pizza from Chicago is great, like chicago-style pizza.')).toEqual(['Chicago']);
  });
});

describe('"Courant" ends a newspaper\'s name', () => {
  it('"the Edinburgh Evening Courant" is an organisation', async () => {
    expect(await orgs('He wrote drama reviews for the Brelton Evening Courant in his youth.')).toEqual(['Brelton Evening Courant']);
  });
});
