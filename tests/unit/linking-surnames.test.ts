import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

/**
 * A bare surname is the worst place to be wrong: the card names somebody else. These sentences
 * were written for the rules in lib/entities/decide.ts (personCheck) after an audit of 181
 * scrapinghub articles found most surname links made on "the person's country is named" wrong.
 * Each case is a shape, not a page: the article's own person, a pronoun, a title that is not the
 * person's office, a country named with no other tie; and the links that must stay.
 */
const linksOf = async (text: string) => {
  const { entities } = await findEntities(text, lookup);
  return entities
    .filter((e) => e.fromDataset && e.type === 'person')
    .flatMap((e) => e.mentions.map((m) => [text.slice(m.start, m.end), e.name, e.why] as const));
};
const linked = async (text: string, word: string) => (await linksOf(text)).filter(([w]) => w === word);

describe('bare surnames link only to a person the article introduces', () => {
  it("the article's own person keeps the surname, whoever in the dataset shares it", async () => {
    const text = 'The airline’s president, Tim Clark, spoke in the United States on Monday. Clark said orders would grow.';
    expect(await linked(text, 'Clark')).toEqual([]);
  });

  it('a country named in the article is not enough to make a surname its politician', async () => {
    for (const [text, word] of [
      ['Officials in the United States were cautious. Banks won’t lie down and let rivals win, Young said.', 'Banks'],
      ['Officials in the United States were cautious. Banks won’t lie down and let rivals win, Young said.', 'Young'],
      ['The United States has asked the International Court of Justice to rule.', 'Justice'],
    ] as const)
      expect(await linked(text, word), `${word} in: ${text}`).toEqual([]);
  });

  it('a pronoun or a month is nobody’s surname, even after a person whose name ends in it', async () => {
    const text = 'China sent Vice Premier Liu He to the talks in Washington. He said both sides had made progress.';
    const links = await linksOf(text);
    expect(links.some(([w]) => w === 'He')).toBe(false);
    expect(links.some(([w, name]) => w === 'Liu He' && name === 'Liu He')).toBe(true);
  });

  it('a title links a surname only when it is that person’s office', async () => {
    expect(await linked('Prince Andrew visited the United Kingdom’s oldest school.', 'Andrew')).toEqual([]);
    const pence = await linked('The aide to Vice President Pence testified in the United States Congress.', 'Pence');
    expect(pence.map(([, name]) => name)).toEqual(['Mike Pence']);
  });

  it('a head of state or government of a country the article names is known by surname alone', async () => {
    const trump = await linked('Critics in the United States said Trump had acted too late.', 'Trump');
    expect(trump.map(([, name, why]) => [name, why])).toEqual([['Donald Trump', 'surname of a head of state or government of a country the article names']]);
    // Without the country, the surname alone links nobody.
    expect(await linked('Critics said Trump had acted too late.', 'Trump')).toEqual([]);
  });

  it('a surname that is also a given name needs its bearer introduced, however his country is named', async () => {
    // "Bryan" (Albert Bryan, governor of the Virgin Islands; Bryan Pagliano of a 2016 hearing) and "Kim"
    // (Kim Min-seok, South Korea's prime minister since 2025; Kim Jong Un) are given names too.
    for (const [text, word] of [
      ['Officials in the Virgin Islands were cautious. Bryan already asserted his Fifth Amendment right.', 'Bryan'],
      ['South Korea’s president warned the North again. Kim said the tests would go on.', 'Kim'],
    ] as const)
      expect(await linked(text, word), `${word} in: ${text}`).toEqual([]);
    // Introduced, he still links by it.
    const intro = await linked('Kim Min-seok arrived in South Korea’s capital. Kim said the tests would go on.', 'Kim');
    expect(intro.map(([, name]) => name)).toEqual(['Kim Min-seok']);
  });

  it('a surname that is an everyday word needs its bearer introduced, however his country is named', async () => {
    // "brown" is an everyday word (Gordon Brown's weak alias), "obama" is not (weak only beside Obama, Japan).
    expect(await linked('Critics in Britain said Brown had acted too late.', 'Brown')).toEqual([]);
    const obama = await linked('Critics in the United States said Obama had acted too late.', 'Obama');
    expect(obama.map(([, name]) => name)).toEqual(['Barack Obama']);
  });

  it('a namesake named in full keeps his surname, and so does a person introduced after an honorific', async () => {
    const village = 'Muhammad Shahabuddin, a resident of Palpur village in Bangladesh, grows garlic. Shahabuddin said the garden helps.';
    expect(await linked(village, 'Shahabuddin')).toEqual([]);
    expect(await linked(village, 'Muhammad Shahabuddin')).toEqual([]);
    // An age before the appositive ("Gordon Brown, 58, a bus driver from Kirkcaldy"); an office in it keeps the link.
    const driver = 'The committee heard from a constituent, Gordon Brown, 58, a bus driver from Kirkcaldy, who said the cuts hurt.';
    expect(await linked(driver, 'Gordon Brown')).toEqual([]);
    const pm = await linked('Gordon Brown, 73, the former prime minister, said the plan would fail.', 'Gordon Brown');
    expect(pm.map(([, name]) => name)).toEqual(['Gordon Brown']);
    const doctor = 'In Bangladesh, Additional Director Dr Azizur Rahman told reporters the project works. Dr Rahman added that it will grow.';
    expect(await linked(doctor, 'Rahman')).toEqual([]);
  });

  it('a first name before initials is no surname ("President George H.W. Bush"), and a congressman’s namesake keeps his surname', async () => {
    expect(await linked('Israel’s Shamir opposed the talks, and President George H.W. Bush held back loan guarantees.', 'George')).toEqual([]);
    // DL Chris Smith outside American politics is a namesake, and so is the later "Smith".
    expect(await linked('In the United States, the Jets will lean on DL Chris Smith this season. Smith is good for depth.', 'Smith')).toEqual([]);
  });

  it('a count before a surname counts things named after somebody ("21 Trump cards"), a date before it does not', async () => {
    expect(await linked('In the United States, the tarot deck has 21 Trump cards.', 'Trump')).toEqual([]);
    const dated = await linked('In the United States, on May 21 Trump said the deal was done.', 'Trump');
    expect(dated.map(([, name]) => name)).toEqual(['Donald Trump']);
  });

  it('a dataset person named in full keeps the bare surname after a relative is named', async () => {
    const text = 'Emmanuel Macron spoke first. Later his wife Brigitte Macron spoke, and Macron left.';
    const links = (await linksOf(text)).filter(([, name]) => name === 'Emmanuel Macron');
    expect(links.map(([w]) => w)).toEqual(['Emmanuel Macron', 'Macron']);
  });

  it('an appositive that describes somebody ordinary makes a full name a namesake’s', async () => {
    // (American politics is the article's subject, so only the appositive decides.)
    const setting = 'In the United States, lawmakers voted on the bill. ';
    expect(await linked(`${setting}Chris Smith, a defensive lineman, was hurt in the second quarter.`, 'Chris Smith')).toEqual([]);
    const omar = await linked(`${setting}Ilhan Omar, a Democratic congresswoman, spoke on Tuesday.`, 'Ilhan Omar');
    expect(omar.map(([, name]) => name)).toEqual(['Ilhan Omar']);
  });

  it('a member of Congress is linked by full name only in an article about American politics, or after a title', async () => {
    expect(await linked('Chris Smith edited the documentary over two years.', 'Chris Smith')).toEqual([]);
    expect(await linked('The Jets will lean on Chris Smith in the United States opener.', 'Chris Smith')).toEqual([]);
    // A French page's "politique" and "élection" are no English words of politics, and one "House of
    // Cards" alone does not make the article political (the page names the United States too).
    expect(
      await linked(
        'In the United States, Chris Smith a monté ces documents sur la vie politique et l’élection de Jim Carrey, rien à envier à House of Cards.',
        'Chris Smith',
      ),
    ).toEqual([]);
    const titled = await linked('Rep. Chris Smith said the documentary was moving.', 'Chris Smith');
    expect(titled.map(([, name]) => name)).toEqual(['Christopher H. Smith']);
    const political = await linked('Chris Smith, a Republican from New Jersey, voted against the bill.', 'Chris Smith');
    expect(political.map(([, name]) => name)).toEqual(['Christopher H. Smith']);
  });
});
