import { describe, expect, it } from 'vitest';
import { mentionAt } from './support/mention-at';

/**
 * Kinds of evidence for and against a dataset link found in session 17 (blind trap set e, read after its first run);
 * sentences written for these tests, not taken from the trap fixtures.
 */
const linked = async (text: string, word: string) => (await mentionAt(text, word)).datasetInside.map((e) => e.id);

describe('a place name that names something else', () => {
  it('after a noun of a group of performers is the group, with no card of the place nor an article-built place', async () => {
    for (const [text, word] of [
      ['Scottish rockers Texas played two encores.', 'Texas'],
      ['The Swedish duo Europe reunited for one night.', 'Europe'],
    ]) {
      const m = await mentionAt(text!, word!);
      expect(m.datasetInside, text).toEqual([]);
      expect(m.e, text).toBeUndefined();
    }
    // Without the noun, the state.
    expect(await linked('Floods hit Texas again on Sunday.', 'Texas')).toEqual(['place:texas']);
  });
  it('before a breed, a beetle or a vegetable named after it (unless a word makes it the place again), or after a rank', async () => {
    expect(await linked('Guernsey cows graze on the cliff pastures.', 'Guernsey')).toEqual([]);
    expect(await linked('Roast the Jerusalem artichokes with thyme.', 'Jerusalem')).toEqual([]);
    expect(await linked('A Colorado beetle was found on a farm in Kent.', 'Colorado')).toEqual([]);
    expect(await linked('Colorado beetle infestations worried growers.', 'Colorado')).toEqual(['place:colorado']);
    expect(await linked('Two Turkey vultures nested in the barn.', 'Turkey')).toEqual([]);
    expect(await linked('Two more dogs died of Alabama rot this spring.', 'Alabama')).toEqual([]);
    expect(await linked('A Lancashire hotpot won the cook-off.', 'Lancashire')).toEqual([]);
    expect(await linked('The Colorado pickup gets a new engine.', 'Colorado')).toEqual([]);
    expect(await linked('The Minsk agreements collapsed within a year.', 'Minsk')).toEqual([]);
    expect(await linked('A box of Manila envelopes went missing from the office.', 'Manila')).toEqual([]);
    expect(await linked('Talks in Minsk collapsed within a year.', 'Minsk')).toEqual(['place:minsk']);
    expect(await linked('Captain America: Brave New World topped the box office.', 'America')).toEqual([]);
    expect(await linked('Colonel Jordan led the parade through the town.', 'Jordan')).toEqual([]);
  });
});

describe('what places a one-word place name, right after it', () => {
  it('a court, police, commuters or bus fares: what only a place has', async () => {
    expect(await linked('A Karachi court acquitted the two men on Monday.', 'Karachi')).toEqual(['place:karachi']);
    expect(await linked('Lagos police closed the bridge for repairs.', 'Lagos')).toEqual(['place:lagos']);
    expect(await linked('Karachi gained a new cricket coach on Monday.', 'Karachi')).toEqual([]);
  });
});

describe('people, parties and outlets', () => {
  it('a full name with an age and a home town after it, or a private trade in a "the" appositive, is a namesake’s', async () => {
    expect(await linked('Gordon Brown, 52, of Dundee, admitted the theft.', 'Gordon Brown')).toEqual([]);
    expect(await linked('Gordon Brown, the Kirkcaldy taxi driver, retired on Friday.', 'Gordon Brown')).toEqual([]);
    expect(await linked('Gordon Brown, the former prime minister, spoke in Kirkcaldy.', 'Gordon Brown')).toEqual(['person:gordon-brown']);
    expect(await linked('After meeting Keir Starmer, the delegates left the hall.', 'Keir Starmer')).toEqual(['person:keir-starmer']);
  });
  it('a regnal name with another realm after it is an earlier monarch’s ("Charles III of Spain")', async () => {
    expect(await linked('A portrait of Charles III of Spain hangs in the hall.', 'Charles III')).toEqual([]);
    expect(await linked('Charles III of the United Kingdom visited Ottawa.', 'Charles III')).toEqual(['person:charles-iii']);
  });
  it('"The Mirror", a title many papers share, names its one dataset bearer only with its country named', async () => {
    expect(await linked('The Mirror reported that the couple had split.', 'The Mirror')).toEqual([]);
  });
  it('a party whose name holds its country’s initials names its country ("Reform UK")', async () => {
    expect(await linked('Reform UK gained four seats overnight.', 'Reform UK')).toEqual(['party:uk:reform-uk']);
  });
  it('a surname written with its lower-case particles opens the person’s card ("von der Leyen")', async () => {
    expect(await linked('The proposal was tabled, and von der Leyen defended it.', 'von der Leyen')).toEqual(['person:ursula-von-der-leyen']);
  });
  it('the bare surname of the head of an international body the article names', async () => {
    const text = 'The World Trade Organization met again. Okonjo-Iweala said talks would resume.';
    const m = await mentionAt(text, 'Okonjo-Iweala');
    expect(m.e?.id).toBe('person:ngozi-okonjo-iweala');
    expect(m.e?.why).toBe('surname of the head of a body the article names');
    expect(await linked('Talks went on all week. Okonjo-Iweala said talks would resume.', 'Okonjo-Iweala')).toEqual([]);
  });
  it('a name without the generational suffix of a dataset person’s is the father’s: no card', async () => {
    expect(await linked('Ferdinand Marcos fled into exile in 1986.', 'Ferdinand Marcos')).toEqual([]);
    expect(await linked('Ferdinand Marcos Jr. spoke in Manila.', 'Ferdinand Marcos Jr')).toEqual(['person:bongbong-marcos']);
  });
  it('an outlet used as a medium: "obtained by"; a foreign outlet so used names its country, but is no evidence for itself', async () => {
    expect(await linked('A memo obtained by Rolling Stone shows the tour was cancelled.', 'Rolling Stone')).toEqual(['outlet:rollingstone.com']);
    expect(await linked('A memo from Rolling Stone shows the tour was cancelled.', 'Rolling Stone')).toEqual([]);
    expect(await linked('Haaretz reported that police had questioned Netanyahu again.', 'Netanyahu')).toEqual(['person:benjamin-netanyahu']);
    expect(await linked('Police said they had questioned Netanyahu again.', 'Netanyahu')).toEqual([]);
    expect(await linked('Eurostar will add three daily trains in March.', 'Eurostar')).toEqual([]);
    expect(await linked("Stern's film critic called it the year's best debut.", 'Stern')).toEqual(['outlet:stern.de']);
    expect(await linked('Stern called it the year’s best debut.', 'Stern')).toEqual([]);
  });
});

describe('a place name that is also a given name, in a list', () => {
  it('is placed by the preposition that opens the list ("across Cork and Kerry")', async () => {
    expect(await linked('Storms cut power across Cork and Kerry overnight.', 'Kerry')).toEqual(['place:kerry']);
    expect(await linked('Kerry and Cork were both at the dinner.', 'Kerry')).toEqual([]);
  });
});
