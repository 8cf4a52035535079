import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/entities';
import { lookup } from './support/mention-at';

/**
 * Issue 18 (names, precision first), on sentences written for this file (no labelled set's): words
 * that are no names — contractions, a portfolio's word before a name — stay out of people's names.
 */
const people = async (text: string) =>
  (await findEntities(text, lookup)).entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));

describe('words that are no part of a name (issue 18)', () => {
  it('a pronoun or verb with its clitic is nobody ("I’m", "We’ve", "Don’t")', async () => {
    expect(await people('I’m sure of it. I’ve never seen such a crowd. We’ve waited, and We’re tired. Don’t go yet.')).toEqual([]);
    expect(await people("I'm told the talks failed, We'd heard, and I'll wait.")).toEqual([]);
    // Names with an apostrophe stay names.
    expect(await people('“We lost,” said Maeve O’Donnelly. D’Arcangelo said nothing.')).toEqual(['Maeve O’Donnelly', 'D’Arcangelo']);
  });

  it('a portfolio’s word before a name belongs to the office, not to the name', async () => {
    expect(await people('Minister of State for Finance Hamdan al-Zaraani said growth would slow.')).toEqual(['Hamdan al-Zaraani']);
    expect(await people('The Minister of Finance and National Economy Tariq Bensaleh said the budget was ready.')).toEqual(['Tariq Bensaleh']);
    expect(await people('Finance Hamdan al-Zaraani told reporters the deficit had narrowed.')).toEqual(['Hamdan al-Zaraani']);
    // The person's surname still follows the name.
    const text = 'Minister of State for Defence Ruth Okereke-Banda said the base would close. Okereke-Banda did not say when.';
    expect(await people(text)).toEqual(['Ruth Okereke-Banda', 'Okereke-Banda']);
  });

  it('a one-word "person" the article calls "its" is a thing, unless stronger evidence or a given name says person', async () => {
    const firm =
      'Zorvex said on Monday it would cut 400 jobs. Zorvex told staff that its offices in Leeds would close. ' +
      'Analysts expect Zorvex to sell its stake in the venture. Zorvex shares fell.';
    expect(await people(firm)).toEqual([]);
    // A person the article calls "his" keeps every occurrence.
    const man = 'Tarlo said on Monday he would resign. Tarlo told staff that his office would close. Analysts expect Tarlo to leave.';
    expect(await people(man)).toEqual(['Tarlo', 'Tarlo', 'Tarlo']);
    // One "its" is not enough: the pronoun may be anybody's.
    expect(await people('Tarlo said the plant would close. The firm sold its stake.')).toEqual(['Tarlo']);
    // A given name stays a person's name, whatever the pronouns.
    const given = 'Marisol said the shop would close. Marisol told staff that its doors would shut. Marisol sold its stock.';
    expect(await people(given)).toEqual(['Marisol', 'Marisol', 'Marisol']);
    // A title before one occurrence is a person's evidence, whatever the pronouns.
    const titled = 'Mr Quellin said the firm would sell its stake. Quellin told staff that its offices would close. Quellin left.';
    expect(await people(titled)).toEqual(['Quellin', 'Quellin', 'Quellin']);
  });

  it('a product typed a person by its shape is not followed by its last word when the article shows it a product', async () => {
    // The first word stands alone elsewhere: a maker's name, not a given name.
    expect(await people('Buyers liked Zentrix Pulvo more than expected. Pulvo ships in May. Zentrix has sold out twice.')).toEqual(['Zentrix Pulvo']);
    // ("Zentrix Pulse": an everyday word after the first, the name is no person's at all — shape-people.ts.)
    expect(await people('Buyers liked Zentrix Pulse more than expected. Pulse ships in May. Zentrix has sold out twice.')).toEqual([]);
    // The last word is also written in lower case: a common noun, and the name no person's at all (other-names.ts).
    expect(await people('Buyers liked the new Kolvani Grater more than expected. Grater ships in May, and a cheese grater is no toy.')).toEqual([]);
    // A person's surname still follows.
    expect(await people('Buyers met Bautista Quenlan at the fair. Quenlan ships his pottery in May.')).toEqual(['Bautista Quenlan', 'Quenlan']);
  });

  it('a one-word person is not followed into a longer name that opens with the word', async () => {
    const mentionsOf = async (text: string, name: string) =>
      (await findEntities(text, lookup)).entities.find((e) => e.name === name)?.mentions.map((m) => [m.start, text.slice(m.start, m.end)]);
    const text = 'Mr Quellin said the plan was sound. Later, Quellin Pharma staff disagreed, and Quellin left.';
    expect(await mentionsOf(text, 'Quellin')).toEqual([
      [3, 'Quellin'],
      [79, 'Quellin'],
    ]);
    // A line break ends a name: a signature's name on the next line is the person again.
    expect(await mentionsOf('Mr Tarlo said so.\nTarlo\nPharma staff agreed.', 'Tarlo')).toEqual([
      [3, 'Tarlo'],
      [18, 'Tarlo'],
    ]);
  });

  it('words that open sentences, plural groups and half titles make no one-word person', async () => {
    // A word that opens sentences, whatever verb follows.
    expect(await people('Others reported waits of two hours. You said so yourself.')).toEqual([]);
    // A people's plural name is a group ("Americans say", "Republicans voted").
    expect(await people('Most Americans say the plan failed, and Republicans voted against it.')).toEqual([]);
    // "Prime" and "Vice" are titles only before the title they open.
    expect(await people('Shoppers used Prime Now, and Vice Quarterly sold out.')).toEqual([]);
    expect(await people('Prime Minister Tavish Orlund said the vote was close.')).toEqual(['Tavish Orlund']);
    // An honorific ends no compound word: "hit-or-miss Taiwanese publication".
    expect(await people('The story cited the hit-or-miss Taiwanese publication DigiTimes.')).toEqual([]);
    expect(await people('Miss Tavish said the vote was close.')).toEqual(['Tavish']);
  });

  it('planets and imperatives are no one-word people', async () => {
    // Weak evidence ("listed with a person", "said") does not make a planet a person…
    expect(await people('The transit of Venus worried them. Venus and Mercury were both afflicted, the astrologer Orrin Talbot said.')).toEqual([
      'Orrin Talbot',
    ]);
    expect(await people('Earth shook the next morning, and Earth said nothing.')).toEqual([]);
    // …a title does ("Mr Moon said").
    expect(await people('Mr Moon said the vote was close.')).toEqual(['Moon']);
    // A word listed with a planet is an astrologer's body, wherever it stands ("by Rahu", "Rahu and Mercury")…
    expect(await people('The chart is closely aspected by Ketari. In March, Ketari and Mercury afflict Venus.')).toEqual([]);
    expect(await people('The chart is closely aspected by Ketari. Venus or Ketari rules the house.')).toEqual([]);
    // …not one listed with a longer name that holds a planet's word ("Mars Ltd", "Bruno Mars").
    expect(await people('Asked about it, Kestrel said nothing. Later Kestrel and Mars Ltd agreed.')).toEqual(['Kestrel', 'Kestrel']);
    expect((await people('Asked about it, Kestrel said nothing. Later Bruno Mars and Kestrel agreed.')).sort()).toEqual(['Bruno Mars', 'Kestrel', 'Kestrel']);
    // A verb that opens a sentence as a request is no name, nor part of one.
    expect(await people('Thanks for the numbers.\n(See attached file: report.doc)\nSee you on Monday.')).toEqual([]);
    expect(await people('Try Varkala, it is by the beach.')).toEqual([]);
    expect(await people('Buy Now for $49. Enter Zellmoor, the app that delivers.')).toEqual([]);
  });

  it('a one-word "person" with a firm\'s people or things after it is a firm', async () => {
    const text = 'Zorvex said on Monday it would cut jobs. Zorvex has been investigated, according to a Zorvex spokesperson.';
    expect(await people(text)).toEqual([]);
    expect(await people('Zorvex said on Monday it would cut jobs, and Zorvex employees were told.')).toEqual([]);
    // A title is a person's evidence, whatever follows the name.
    expect(await people('Mr Zorvex said on Monday he would go, a Zorvex spokesperson said.')).toEqual(['Zorvex', 'Zorvex']);
  });

  it("a question's first word is no part of a name", async () => {
    expect(await people('Would Tavish Orlund agree to that?')).toEqual(['Tavish Orlund']);
    expect(await people('Why Evidence Action Beta matters: a review.')).toEqual([]);
  });

  it("a product's name is nobody's", async () => {
    expect(await people('Reviewers liked Zentrix Pulse Pro more than expected, and Brydge Pro sold out. Kolvani Keyboard costs $99.')).toEqual([]);
  });
});

describe('"by" before a one-word name', () => {
  it('is a byline after a verb of writing or saying, not after what a firm does to a thing ("Owned by Meta")', async () => {
    expect(await people('Owned by Meta, both platforms grew.')).toEqual([]);
    expect(await people('The app, acquired by Snap in 2020, closed.')).toEqual([]);
    expect(await people('The letter was written by Alexander, a teacher.')).toEqual(['Alexander']);
  });

  it('a one-word name with weak evidence is an everyday word where the article writes it in lower case too', async () => {
    expect(await people('Hard began the race. Then the climb got hard and the legs burned.')).toEqual([]);
    expect(await people('Kwastek began the race. Then the climb got hard and the legs burned.')).toEqual(['Kwastek']);
  });
});
